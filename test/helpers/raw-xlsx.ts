import { strToU8, zipSync, type Zippable } from "fflate";
import { writeFile } from "node:fs/promises";

/**
 * A small xlsx writer for tests, independent of exceljs: hand-written
 * SpreadsheetML with inline strings, no shared strings, and a styles part
 * only when a cell has a number format. It produces workbooks laid
 * out the way other programs write them.
 */

/** One cell: text, number, boolean, empty, or one of the richer kinds. */
export type RawCell =
  | string
  | number
  | boolean
  | null
  | { formula: string; cached?: number | string }
  | { value: number; format: string }
  | { error: string };

export interface RawSheet {
  name: string;
  rows: RawCell[][];
  /** Merged ranges such as `A1:C1`. */
  merges?: string[];
}

export interface RawXlsxOptions {
  /** Writes `date1904="1"` in workbook.xml. */
  date1904?: boolean;
  /** Extra XML placed in each sheet after `</sheetData>`. */
  sheetTail?: string;
  /** Extra XML placed in each sheet before `<sheetData>`. */
  sheetHead?: string;
  /** Extra XML placed in workbook.xml after `</sheets>`. */
  workbookTail?: string;
  /** Text placed before the root element of every sheet, e.g. a DOCTYPE. */
  sheetProlog?: string;
  /** More zip entries, by name. */
  extraEntries?: Record<string, string | Uint8Array>;
  /** Compression level for every entry (0 stores). */
  level?: 0 | 1 | 6 | 9;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_NS =
  "http://schemas.openxmlformats.org/package/2006/relationships";

/** Builds the bytes of an xlsx file. */
export function buildRawXlsx(
  sheets: RawSheet[],
  options: RawXlsxOptions = {},
): Uint8Array {
  const formats = collectFormats(sheets);
  const files: Zippable = {
    "[Content_Types].xml": strToU8(contentTypes(sheets, formats.length > 0)),
    "_rels/.rels": strToU8(rootRelationships()),
    "xl/workbook.xml": strToU8(workbookXml(sheets, options)),
    "xl/_rels/workbook.xml.rels": strToU8(
      workbookRelationships(sheets, formats.length > 0),
    ),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(
      sheetXml(sheet, formats, options),
    );
  });
  if (formats.length > 0) files["xl/styles.xml"] = strToU8(stylesXml(formats));
  for (const [name, content] of Object.entries(options.extraEntries ?? {})) {
    files[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(files, { level: options.level ?? 6 });
}

/** Writes an xlsx file. */
export async function writeRawXlsx(
  path: string,
  sheets: RawSheet[],
  options: RawXlsxOptions = {},
): Promise<void> {
  await writeFile(path, buildRawXlsx(sheets, options));
}

/** Converts a 1-based column number to letters. */
export function columnLetters(column: number): string {
  let name = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function collectFormats(sheets: RawSheet[]): string[] {
  const formats: string[] = [];
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const cell of row) {
        if (isFormatted(cell) && !formats.includes(cell.format))
          formats.push(cell.format);
      }
    }
  }
  return formats;
}

function isFormatted(cell: RawCell): cell is { value: number; format: string } {
  return typeof cell === "object" && cell !== null && "format" in cell;
}

function sheetXml(
  sheet: RawSheet,
  formats: string[],
  options: RawXlsxOptions,
): string {
  const rows = sheet.rows
    .map((row, rowIndex) => rowXml(row, rowIndex + 1, formats))
    .filter((row) => row !== "")
    .join("");
  const merges =
    sheet.merges && sheet.merges.length > 0
      ? `<mergeCells count="${sheet.merges.length}">` +
        sheet.merges.map((range) => `<mergeCell ref="${range}"/>`).join("") +
        "</mergeCells>"
      : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    (options.sheetProlog ?? "") +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (options.sheetHead ?? "") +
    `<sheetData>${rows}</sheetData>${merges}${options.sheetTail ?? ""}</worksheet>`
  );
}

function rowXml(row: RawCell[], rowNumber: number, formats: string[]): string {
  const cells = row
    .map((cell, index) =>
      cellXml(cell, `${columnLetters(index + 1)}${rowNumber}`, formats),
    )
    .join("");
  return cells === "" ? "" : `<row r="${rowNumber}">${cells}</row>`;
}

function cellXml(cell: RawCell, address: string, formats: string[]): string {
  if (cell === null) return "";
  if (typeof cell === "string") {
    return `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  }
  if (typeof cell === "number") return `<c r="${address}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean")
    return `<c r="${address}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ("error" in cell)
    return `<c r="${address}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
  if ("format" in cell) {
    const style = formats.indexOf(cell.format) + 1;
    return `<c r="${address}" s="${style}"><v>${cell.value}</v></c>`;
  }
  return formulaXml(cell, address);
}

function formulaXml(
  cell: { formula: string; cached?: number | string },
  address: string,
): string {
  const formula = `<f>${escapeXml(cell.formula)}</f>`;
  if (cell.cached === undefined) return `<c r="${address}">${formula}</c>`;
  if (typeof cell.cached === "string") {
    return `<c r="${address}" t="str">${formula}<v>${escapeXml(cell.cached)}</v></c>`;
  }
  return `<c r="${address}">${formula}<v>${cell.cached}</v></c>`;
}

function workbookXml(sheets: RawSheet[], options: RawXlsxOptions): string {
  const sheetTags = sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
    )
    .join("");
  const properties = options.date1904 ? '<workbookPr date1904="1"/>' : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${properties}` +
    `<sheets>${sheetTags}</sheets>${options.workbookTail ?? ""}</workbook>`
  );
}

function workbookRelationships(sheets: RawSheet[], styled: boolean): string {
  const relations = sheets.map(
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  if (styled) {
    relations.push(
      `<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="styles.xml"/>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PACKAGE_NS}">${relations.join("")}</Relationships>`;
}

function rootRelationships(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PACKAGE_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    "</Relationships>"
  );
}

function contentTypes(sheets: RawSheet[], styled: boolean): string {
  const sheetTypes = sheets
    .map(
      (_, index) =>
        `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ` +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    )
    .join("");
  const styles = styled
    ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    `${sheetTypes}${styles}</Types>`
  );
}

function stylesXml(formats: string[]): string {
  const numberFormats = formats
    .map(
      (format, index) =>
        `<numFmt numFmtId="${164 + index}" formatCode="${escapeXml(format)}"/>`,
    )
    .join("");
  const cellFormats = formats
    .map(
      (_, index) =>
        `<xf numFmtId="${164 + index}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="${formats.length}">${numberFormats}</numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
    '<borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${cellFormats}</cellXfs>` +
    "</styleSheet>"
  );
}
