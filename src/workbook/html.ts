/**
 * Cuts an HTML export down to its tables before LibreOffice converts it, so
 * that LibreOffice is handed no reference to another file or host. Scripts,
 * styles, images, frames, links and comments are removed. The table tags
 * that remain keep only their span and value attributes.
 */

const KEPT_TAGS = new Set([
  "html",
  "head",
  "body",
  "title",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "col",
  "colgroup",
  "br",
  "p",
  "span",
  "div",
  "b",
  "i",
  "u",
  "strong",
  "em",
  "font",
  "sup",
  "sub",
]);

/** Attributes that carry a cell's span or value; none can name a resource. */
const KEPT_ATTRIBUTES = new Set(["colspan", "rowspan", "x:num", "x:str"]);

const DROPPED_BLOCKS =
  /<(script|style|iframe|object|embed|noscript|svg|math|template|xml|applet|frameset)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const DECLARATIONS = /<![^>]*>|<\?[\s\S]*?\?>/g;
const TAG = /<(\/?)([A-Za-z][\w:-]*)([^>]*)>/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** Returns the HTML with only table markup and text left, in UTF-8. */
export function sanitizeHtml(html: string): string {
  const body = html
    .replace(COMMENTS, "")
    .replace(DROPPED_BLOCKS, "")
    .replace(DECLARATIONS, "")
    .replace(TAG, (_, slash: string, name: string, attributes: string) =>
      rebuildTag(slash, name.toLowerCase(), attributes),
    );
  return `<!DOCTYPE html><meta charset="utf-8">${body}`;
}

function rebuildTag(slash: string, name: string, attributes: string): string {
  if (!KEPT_TAGS.has(name)) return "";
  if (slash) return `</${name}>`;

  let kept = "";
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const attribute = (match[1] ?? "").toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    if (KEPT_ATTRIBUTES.has(attribute))
      kept += ` ${attribute}="${value.replace(/["<>]/g, "")}"`;
  }
  return `<${name}${kept}>`;
}

/** Decodes an HTML export by its declared charset, UTF-8 by default. */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /charset\s*=\s*["']?([\w-]+)/i
    .exec(head)?.[1]
    ?.toLowerCase();
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
