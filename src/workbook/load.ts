import ExcelJS from "exceljs";
import { extname } from "node:path";

import { convertWorksheet } from "./cells.js";
import { readInputFile } from "./input.js";
import { convertLegacyText } from "./legacy-text.js";
import { type RebuiltPackage, rebuildPackage } from "./rebuild.js";
import {
  SNIFF_BYTES,
  classifyOle,
  isOdsPackage,
  sniffContent,
} from "./sniff.js";
import { type IsoDateCell, columnName } from "./sheet-filter.js";
import type {
  ReadFailure,
  ReadNote,
  ReadResult,
  Sheet,
  Workbook,
} from "./types.js";
import {
  PackageError,
  type ZipPackage,
  fail,
  inflateWhole,
  openZip,
  readCompressed,
} from "./zip.js";

/** A format that LibreOffice must convert to xlsx before it can be read. */
export type ConvertibleFormat = ".xls" | ".ods" | ".html" | ".xml";

/** The result of loading one file in a worker. */
export type LoadOutcome =
  | { kind: "result"; result: ReadResult }
  | { kind: "convert"; format: ConvertibleFormat; notes: ReadNote[] };

export interface LoadOptions {
  /** The file is LibreOffice's conversion output, named by us. */
  converted?: boolean;
}

/**
 * Reads a workbook file completely: sniffs its content, checks and rebuilds
 * its zip package, parses it with exceljs and converts legacy text. Runs in
 * a worker thread, which bounds its time and memory.
 */
export async function loadWorkbook(
  path: string,
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  try {
    return await loadChecked(path, options);
  } catch (error) {
    return { kind: "result", result: { ok: false, failure: toFailure(error) } };
  }
}

async function loadChecked(
  path: string,
  options: LoadOptions,
): Promise<LoadOutcome> {
  const bytes = await readInputFile(path);
  const content = sniffContent(bytes.subarray(0, SNIFF_BYTES));
  const notes: ReadNote[] = [];

  switch (content.kind) {
    case "zip":
      return loadZip(path, bytes, notes, options);
    case "ole":
      return loadOle(path, bytes, notes);
    case "html":
      checkExtension(path, ".html", notes);
      return { kind: "convert", format: ".html", notes };
    case "spreadsheetml":
      checkXmlProlog(bytes);
      checkExtension(path, ".xml", notes);
      return { kind: "convert", format: ".xml", notes };
    case "pdf":
      return fail("not-a-workbook", { detail: "PDF" });
    default:
      return fail("not-a-workbook", { detail: content.detail });
  }
}

function loadOle(path: string, bytes: Buffer, notes: ReadNote[]): LoadOutcome {
  switch (classifyOle(bytes)) {
    case "encrypted":
      return fail("file-encrypted", {});
    case "xls":
      checkExtension(path, ".xls", notes);
      return { kind: "convert", format: ".xls", notes };
    case "corrupt":
      return fail("file-truncated", {
        detail: "tệp Office cũ bị cắt cụt hoặc hỏng",
      });
    default:
      return fail("not-a-workbook", {
        detail: "tài liệu Office cũ không phải bảng tính",
      });
  }
}

/** Extensions that fit each detected content. */
const EXTENSIONS: Record<string, string[]> = {
  ".xlsx": [".xlsx", ".xlsm", ".xltx", ".xltm"],
  ".xls": [".xls", ".xlt"],
  ".ods": [".ods", ".ots"],
  ".html": [".html", ".htm"],
  ".xml": [".xml"],
};

/** Rejects Excel 2003 XML that declares a DOCTYPE or entities. */
function checkXmlProlog(bytes: Buffer): void {
  const head = bytes.subarray(0, SNIFF_BYTES).toString("latin1");
  const root = head.search(/<[A-Za-z_]/);
  const prolog = root === -1 ? head : head.slice(0, root);
  if (/<!(?:DOCTYPE|ENTITY)/i.test(prolog))
    fail("xml-entities", { part: "SpreadsheetML" });
}

function checkExtension(
  path: string,
  detected: string,
  notes: ReadNote[],
): void {
  const extension = extname(path).toLowerCase();
  if (EXTENSIONS[detected]?.includes(extension)) return;
  notes.push({
    code: "extension-mismatch",
    params: { extension: extension || "(không có)", detected },
  });
}

async function loadZip(
  path: string,
  bytes: Buffer,
  notes: ReadNote[],
  options: LoadOptions,
): Promise<LoadOutcome> {
  const pkg = await openZip(bytes);
  let rebuilt;
  try {
    const format = isOdsPackage(bytes) || (await isOds(pkg)) ? ".ods" : ".xlsx";
    if (!options.converted) checkExtension(path, format, notes);
    if (format === ".ods") return { kind: "convert", format, notes };
    rebuilt = await rebuildPackage(pkg);
  } finally {
    pkg.file.close();
  }
  return parseXlsx(rebuilt, notes);
}

/**
 * Reports whether a package is an OpenDocument spreadsheet whose mimetype
 * entry is not stored first, as some zip tools rewrite it.
 */
async function isOds(pkg: ZipPackage): Promise<boolean> {
  const entry = pkg.entries.get("mimetype");
  if (
    !entry ||
    !pkg.entries.has("content.xml") ||
    entry.uncompressedSize > 100
  ) {
    return false;
  }
  const text = new TextDecoder().decode(
    inflateWhole(entry, await readCompressed(pkg, entry)),
  );
  return text.trim() === "application/vnd.oasis.opendocument.spreadsheet";
}

async function parseXlsx(
  rebuilt: RebuiltPackage,
  notes: ReadNote[],
): Promise<LoadOutcome> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(rebuilt.bytes) as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    fail("file-unreadable", { detail });
  }

  const workbook: Workbook = {
    sheets: [],
    notes: [...notes, ...rebuilt.notes],
  };
  book.eachSheet((worksheet) =>
    workbook.sheets.push(convertWorksheet(worksheet)),
  );
  workbook.sheets.forEach((sheet, index) =>
    addIsoDates(sheet, rebuilt.dates[index] ?? []),
  );
  convertLegacyText(workbook);
  return { kind: "result", result: { ok: true, workbook } };
}

function addIsoDates(sheet: Sheet, dates: IsoDateCell[]): void {
  if (dates.length === 0) return;
  for (const date of dates) {
    sheet.cells.push({
      row: date.row,
      col: date.col,
      address: `${columnName(date.col)}${date.row}`,
      value: { type: "date", value: date.value },
    });
  }
  sheet.cells.sort(
    (first, second) => first.row - second.row || first.col - second.col,
  );
}

function toFailure(error: unknown): ReadFailure {
  if (error instanceof PackageError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError) {
    return { code: "workbook-too-large", params: { detail } };
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    return {
      code: "file-unreadable",
      params: { detail: "không tìm thấy tệp" },
    };
  }
  if (code === "EACCES" || code === "EPERM") {
    return {
      code: "file-unreadable",
      params: { detail: "không có quyền đọc tệp" },
    };
  }
  return { code: "file-unreadable", params: { detail } };
}
