/**
 * The kind of a file by its bytes, whatever its extension. Office files are
 * either zip packages (xlsx, xlsm, ods) or OLE compound files (xls, and
 * password-protected xlsx, which Office wraps in an OLE container). Many
 * programs also export an HTML table or Excel 2003 XML (SpreadsheetML)
 * under an .xls name.
 */
export type ContentKind =
  | { kind: "zip" }
  | { kind: "ole" }
  | { kind: "pdf" }
  | { kind: "html" }
  | { kind: "spreadsheetml" }
  | { kind: "other"; detail: string };

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_SPANNED = [0x50, 0x4b, 0x07, 0x08];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Bytes of a file's start that `sniffContent` needs to see. */
export const SNIFF_BYTES = 64 * 1024;

/** Classifies a file by its first bytes (up to `SNIFF_BYTES`). */
export function sniffContent(head: Uint8Array): ContentKind {
  if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY)) {
    return { kind: "zip" };
  }
  if (startsWith(head, ZIP_SPANNED)) return { kind: "zip" };
  if (startsWith(head, OLE)) return { kind: "ole" };
  if (startsWith(head, PDF)) return { kind: "pdf" };

  const text = new TextDecoder("latin1")
    .decode(head)
    .replace(/^\u00ef\u00bb\u00bf/, "");
  if (isHtmlTable(text)) return { kind: "html" };
  if (isSpreadsheetMl(text)) return { kind: "spreadsheetml" };
  return { kind: "other", detail: describeOther(head) };
}

const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|table)\b/i;

function isHtmlTable(text: string): boolean {
  return HTML_START.test(text) && /<table\b/i.test(text);
}

function isSpreadsheetMl(text: string): boolean {
  return (
    /^\s*<\?xml/.test(text) &&
    text.includes("urn:schemas-microsoft-com:office:spreadsheet")
  );
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

function describeOther(head: Uint8Array): string {
  const text = new TextDecoder("latin1").decode(head.subarray(0, 64));
  if (/^\s*<(?:!doctype\s+)?html/i.test(text)) return "HTML";
  if (/^\s*<\?xml/i.test(text)) return "XML";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return "PNG";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "JPEG";
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21])) return "RAR";
  if (startsWith(head, [0x1f, 0x8b])) return "gzip";
  return isMostlyText(head) ? "văn bản" : "dữ liệu không rõ";
}

function isMostlyText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let printable = 0;
  for (const byte of head) {
    if (byte === 9 || byte === 10 || byte === 13 || byte >= 32) printable++;
  }
  return printable / head.length > 0.95;
}

/** The ODF mimetype entry that an .ods package stores first, uncompressed. */
const ODS_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

/** Reports whether a zip's first local entry is the ODF spreadsheet mimetype. */
export function isOdsPackage(head: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(head.subarray(30, 30 + 60));
  return text.startsWith(ODS_MIMETYPE);
}

/** The kind of an OLE compound file, from its directory's stream names. */
export type OleContent = "encrypted" | "xls" | "other" | "corrupt";

/**
 * Reads the directory of an OLE compound file (MS-CFB) and classifies it by
 * stream names: `EncryptionInfo` marks an encrypted OOXML package,
 * `Workbook` or `Book` a BIFF workbook (.xls).
 */
export function classifyOle(bytes: Uint8Array): OleContent {
  const names = readOleStreamNames(bytes);
  if (names === null) return "corrupt";

  if (names.has("EncryptionInfo") || names.has("EncryptedPackage")) {
    return "encrypted";
  }
  if (names.has("Workbook") || names.has("Book")) return "xls";
  return "other";
}

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

function readOleStreamNames(bytes: Uint8Array): Set<string> | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);

  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;

  const fat = readFat(view, sectorSize, sectorCount);
  const firstDirectorySector = view.getUint32(48, true);
  const names = new Set<string>();

  let sector = firstDirectorySector;
  for (let step = 0; step < sectorCount && sector <= MAX_SECTOR; step++) {
    const offset = (sector + 1) * sectorSize;
    if (offset + sectorSize > bytes.length) return null;
    readDirectorySector(bytes, view, offset, sectorSize, names);
    sector = fat[sector] ?? END_OF_CHAIN;
  }
  return names;
}

/**
 * Collects the file allocation table from the header's 109 DIFAT slots,
 * which cover the first 7 MB of a file with 512-byte sectors.
 * NOTE: further DIFAT sectors are not followed, so in a larger file only
 * the directory's first sector may be read, and a stream named later in
 * the directory is then missed.
 */
function readFat(
  view: DataView,
  sectorSize: number,
  sectorCount: number,
): number[] {
  const fat: number[] = [];
  const perSector = sectorSize / 4;

  for (let slot = 0; slot < 109; slot++) {
    const fatSector = view.getUint32(76 + slot * 4, true);
    if (fatSector > MAX_SECTOR || fatSector >= sectorCount) break;
    const offset = (fatSector + 1) * sectorSize;
    if (offset + sectorSize > view.byteLength) break;
    for (let index = 0; index < perSector; index++) {
      fat.push(view.getUint32(offset + index * 4, true));
    }
  }
  return fat;
}

function readDirectorySector(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  sectorSize: number,
  names: Set<string>,
): void {
  const decoder = new TextDecoder("utf-16le");
  for (let entry = offset; entry < offset + sectorSize; entry += 128) {
    const nameBytes = Math.min(view.getUint16(entry + 64, true), 64);
    if (nameBytes < 2) continue;
    const name = decoder.decode(bytes.subarray(entry, entry + nameBytes - 2));
    names.add(name);
  }
}
