import { strToU8, zipSync } from "fflate";

import { readLimits } from "./limits.js";
import { type IsoDateCell, SheetFilter } from "./sheet-filter.js";
import type { ReadNote } from "./types.js";
import {
  type ZipEntry,
  type ZipPackage,
  checkDeclaredSize,
  fail,
  inflatePart,
  inflateWhole,
  readCompressed,
} from "./zip.js";

/** A package cut down to the parts a form needs, ready for exceljs. */
export interface RebuiltPackage {
  bytes: Uint8Array;
  notes: ReadNote[];
  /** ISO 8601 date cells of each sheet, in sheet order (see `SheetFilter`). */
  dates: IsoDateCell[][];
}

interface SheetReference {
  /** Sheet name exactly as written in workbook.xml, still XML-escaped. */
  rawName: string;
  name: string;
  /** `hidden` or `veryHidden` as written in workbook.xml, else null. */
  state: "hidden" | "veryHidden" | null;
  part: ZipEntry;
}

interface PackageLayout {
  date1904: boolean;
  sheets: SheetReference[];
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
}

const RELATIONSHIP_TYPES = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};

/**
 * Rebuilds a zip package in memory from the workbook, its sheets, shared
 * strings and styles only, with each sheet filtered by `SheetFilter`, so
 * that exceljs never parses the parts it stalls on (defined names, data
 * validations and other sheet extras).
 */
export async function rebuildPackage(pkg: ZipPackage): Promise<RebuiltPackage> {
  const layout = await readLayout(pkg);
  checkTotalSize(layout);

  const files: Record<string, Uint8Array> = {};
  const notes: ReadNote[] = [];
  const dates: IsoDateCell[][] = [];

  for (const [index, sheet] of layout.sheets.entries()) {
    const filtered = await filterSheet(
      pkg,
      sheet.part,
      layout.sharedStrings !== undefined,
    );
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(filtered.xml);
    dates.push(filtered.dates);
    if (filtered.truncated) {
      notes.push({
        code: "sheet-truncated",
        sheet: sheet.name,
        params: { sheet: sheet.name, limit: readLimits.maxRows },
      });
    }
  }

  if (layout.sharedStrings) {
    files["xl/sharedStrings.xml"] = await readUnprefixedPart(
      pkg,
      layout.sharedStrings,
    );
  }
  if (layout.styles) {
    files["xl/styles.xml"] = await readUnprefixedPart(pkg, layout.styles);
  }
  Object.assign(files, skeleton(layout));

  return { bytes: zipSync(files, { level: 0 }), notes, dates };
}

async function readLayout(pkg: ZipPackage): Promise<PackageLayout> {
  const workbookEntry = await findWorkbook(pkg);
  const workbookXml = await readXmlText(pkg, workbookEntry);
  const folder = folderOf(workbookEntry.name);
  const relsEntry = pkg.entries.get(
    `${folder}_rels/${baseName(workbookEntry.name)}.rels`.toLowerCase(),
  );
  const relations = relsEntry
    ? parseRelationships(await readXmlText(pkg, relsEntry))
    : [];

  const relationsById = new Map(relations.map((item) => [item.id, item]));
  const sheets: SheetReference[] = [];
  for (const tag of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    if (sheets.length >= readLimits.maxSheets) {
      fail("workbook-too-large", {
        detail: `hơn ${readLimits.maxSheets} trang tính`,
      });
    }
    const attributes = parseAttributes(tag[0]);
    const relation = relationsById.get(attributes.get("id") ?? "");
    if (!relation || !RELATIONSHIP_TYPES.worksheet.test(relation.type))
      continue;
    const part = pkg.entries.get(
      resolveTarget(folder, relation.target).toLowerCase(),
    );
    const rawName = attributes.get("name");
    if (!part || rawName === undefined) continue;
    sheets.push({
      rawName,
      name: unescapeXml(rawName),
      state: hiddenState(attributes.get("state")),
      part,
    });
  }

  return {
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904=["'](?:1|true)["']/.test(
      workbookXml,
    ),
    sheets,
    sharedStrings: findRelated(
      pkg,
      folder,
      relations,
      RELATIONSHIP_TYPES.sharedStrings,
    ),
    styles: findRelated(pkg, folder, relations, RELATIONSHIP_TYPES.styles),
  };
}

function hiddenState(state: string | undefined): SheetReference["state"] {
  return state === "hidden" || state === "veryHidden" ? state : null;
}

async function findWorkbook(pkg: ZipPackage): Promise<ZipEntry> {
  const rootRels = pkg.entries.get("_rels/.rels");
  if (rootRels) {
    const relations = parseRelationships(await readXmlText(pkg, rootRels));
    const office = relations.find((item) =>
      RELATIONSHIP_TYPES.officeDocument.test(item.type),
    );
    const target = office
      ? pkg.entries.get(resolveTarget("", office.target).toLowerCase())
      : undefined;
    if (
      target &&
      /\.xml$/i.test(target.name) &&
      !/^word\/|^ppt\//i.test(target.name)
    ) {
      return target;
    }
  }
  const fallback = pkg.entries.get("xl/workbook.xml");
  if (fallback) return fallback;
  return fail("not-a-workbook", { detail: describeZip(pkg) });
}

function describeZip(pkg: ZipPackage): string {
  if (pkg.entries.has("word/document.xml")) return "tài liệu Word";
  if (pkg.entries.has("ppt/presentation.xml"))
    return "bản trình chiếu PowerPoint";
  if (pkg.entries.has("content.xml")) return "tài liệu OpenDocument";
  if (pkg.entries.has("xl/workbook.bin")) {
    return "bảng tính Excel nhị phân .xlsb, hãy lưu lại dạng .xlsx";
  }
  return "tệp nén zip không chứa bảng tính";
}

function findRelated(
  pkg: ZipPackage,
  folder: string,
  relations: Relationship[],
  type: RegExp,
): ZipEntry | undefined {
  const relation = relations.find((item) => type.test(item.type));
  if (!relation) return undefined;
  return pkg.entries.get(resolveTarget(folder, relation.target).toLowerCase());
}

function checkTotalSize(layout: PackageLayout): void {
  for (const sheet of layout.sheets)
    checkDeclaredSize(sheet.part, readLimits.maxSheetBytes);

  let total = 0;
  for (const part of [layout.sharedStrings, layout.styles]) {
    if (!part) continue;
    checkDeclaredSize(part);
    total += part.uncompressedSize;
  }
  if (total > readLimits.maxTotalBytes) {
    fail("workbook-too-large", {
      detail: `chuỗi và kiểu định dạng giải nén ra ${Math.round(total / 1024 / 1024)} MB`,
    });
  }
}

async function filterSheet(
  pkg: ZipPackage,
  part: ZipEntry,
  hasSharedStrings: boolean,
) {
  const compressed = await readCompressed(pkg, part);
  const filter = new SheetFilter(part.name, hasSharedStrings);
  const decoder = new TextDecoder("utf-8");

  const push = (chunk: Uint8Array) =>
    filter.push(decoder.decode(chunk, { stream: true }));
  inflatePart(part, compressed, push, readLimits.maxSheetBytes);
  filter.push(decoder.decode());
  return filter.finish();
}

/**
 * Reads a part and removes the prefix bound to the SpreadsheetML namespace
 * (`<x:sst>` becomes `<sst>`), because exceljs matches element names
 * without one and would read prefixed shared strings as empty.
 */
async function readUnprefixedPart(
  pkg: ZipPackage,
  part: ZipEntry,
): Promise<Uint8Array> {
  const bytes = await readXmlPart(pkg, part);
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  const binding = new RegExp(`xmlns:([\\w.-]+)=["']${MAIN_NS}["']`).exec(head);
  if (!binding) return bytes;

  const prefix = binding[1] ?? "";
  const rootTag = /<[\w.-]+:[\w.-]+\b[^>]*>/.exec(head)?.[0] ?? "";
  const hasDefault = /\sxmlns=["']/.test(rootTag);
  let xml = new TextDecoder().decode(bytes);
  xml = xml.split(`<${prefix}:`).join("<").split(`</${prefix}:`).join("</");
  xml = xml.replace(
    binding[0],
    hasDefault ? "" : binding[0].replace(`xmlns:${prefix}=`, "xmlns="),
  );
  return strToU8(xml);
}

async function readXmlPart(
  pkg: ZipPackage,
  part: ZipEntry,
): Promise<Uint8Array> {
  const bytes = inflateWhole(part, await readCompressed(pkg, part));
  checkDeclarations(part.name, bytes);
  return bytes;
}

async function readXmlText(pkg: ZipPackage, part: ZipEntry): Promise<string> {
  return new TextDecoder("utf-8").decode(await readXmlPart(pkg, part));
}

/** Rejects a DOCTYPE or ENTITY declaration in the prolog before the root. */
function checkDeclarations(name: string, bytes: Uint8Array): void {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 64 * 1024));
  const root = head.search(/<[A-Za-z_]/);
  const prolog = root === -1 ? head : head.slice(0, root);
  if (/<!(?:DOCTYPE|ENTITY)/i.test(prolog))
    fail("xml-entities", { part: name });
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function parseRelationships(xml: string): Relationship[] {
  const relations: Relationship[] = [];
  for (const tag of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attributes = parseAttributes(tag[0]);
    const id = attributes.get("Id");
    const type = attributes.get("Type");
    const target = attributes.get("Target");
    if (id && type && target && attributes.get("TargetMode") !== "External") {
      relations.push({ id, type, target: unescapeXml(target) });
    }
  }
  return relations;
}

/** Attributes of one tag by local name, so `r:id` is read as `id`. */
function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(["'])(.*?)\2/g)) {
    const name = (match[1] ?? "").replace(/^[\w.-]+:/, "");
    if (!attributes.has(name)) attributes.set(name, match[3] ?? "");
  }
  return attributes;
}

function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const segment of path.replace(/\\/g, "/").split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash + 1);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, decimal: string) =>
      String.fromCodePoint(Number(decimal)),
    )
    .replace(/&amp;/g, "&");
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS =
  "http://schemas.openxmlformats.org/package/2006/relationships";

/** Writes the workbook, relationship and content-type parts afresh. */
function skeleton(layout: PackageLayout): Record<string, Uint8Array> {
  // The state is kept because a hidden sheet must never be read as the form.
  const sheetTags = layout.sheets
    .map((sheet, index) => {
      const state = sheet.state === null ? "" : ` state="${sheet.state}"`;
      return (
        `<sheet name="${sheet.rawName}" sheetId="${index + 1}"${state} ` +
        `r:id="rId${index + 1}"/>`
      );
    })
    .join("");
  const date1904 = layout.date1904 ? '<workbookPr date1904="1"/>' : "";
  const workbook =
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${date1904}` +
    `<sheets>${sheetTags}</sheets></workbook>`;

  const relations = layout.sheets.map(
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" ` +
      `Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  if (layout.sharedStrings) {
    relations.push(
      `<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`,
    );
  }
  if (layout.styles) {
    relations.push(
      `<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`,
    );
  }

  const rootRels =
    `<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" ` +
    `Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

  return {
    "_rels/.rels": strToU8(xmlDocument(rootRels)),
    "xl/workbook.xml": strToU8(xmlDocument(workbook)),
    "xl/_rels/workbook.xml.rels": strToU8(
      xmlDocument(
        `<Relationships xmlns="${PACKAGE_REL_NS}">${relations.join("")}</Relationships>`,
      ),
    ),
  };
}

function xmlDocument(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}
