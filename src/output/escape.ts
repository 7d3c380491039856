/**
 * Characters that can move the cursor, clear the screen, set the window
 * title or reorder text on a terminal: C0 controls, DEL, C1 controls, the
 * Unicode bidirectional marks, embeddings, overrides and isolates, and the
 * line and paragraph separators.
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes every terminal control and bidi character as `\xNN` or `\uNNNN`,
 * so that a file name or cell text prints as inert text. Every file name
 * and cell text shown in the terminal goes through this function.
 *
 * @example escapeText("a\u001b[2Jb") === "a\\x1B[2Jb"
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    const hex = code.toString(16).toUpperCase();
    return code < 0x100
      ? `\\x${hex.padStart(2, "0")}`
      : `\\u${hex.padStart(4, "0")}`;
  });
}

/**
 * Escapes multi-line cell text for one terminal line: line breaks become
 * ` / ` and every other control character is escaped.
 */
export function escapeCellText(text: string): string {
  return escapeText(text.replace(/\s*(?:\r\n|\r|\n)+\s*/g, " / ").trim());
}
