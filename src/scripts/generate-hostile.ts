/**
 * Writes the hostile-input corpus to fixtures/hostile/: small files that
 * each exercise one way a district file can be odd or dangerous, listed
 * with their expected finding code in fixtures/hostile/README.md. Large
 * cases (zip bombs, hundreds of thousands of rows, thousands of entries)
 * are built by the same functions at test time, into a temporary folder.
 *
 * Usage: node dist/scripts/generate-hostile.js [output-folder]
 * LibreOffice (`soffice`) and Gnumeric (`ssconvert`) write the .xls, .ods
 * and other-program xlsx files; without them those files are skipped.
 */
import { execFileSync } from "node:child_process";
import {
  mkdtemp,
  mkdir,
  readFile,
  rename,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import {
  Deflate,
  deflateSync,
  strToU8,
  unzipSync,
  zipSync,
  type Zippable,
} from "fflate";
import { crc32 } from "node:zlib";

/** Label and value rows of a small Appendix 01 quick report. */
export const FORM_ROWS: [string, string | number | Date][] = [
  ["Đơn vị báo cáo", "Ủy ban bầu cử huyện Cao Lộc"],
  ["Thời điểm báo cáo", "10h30"],
  ["Ngày bầu cử", "23/05/2021"],
  ["Tổng số cử tri", 52341],
  ["Tổng số khu vực bỏ phiếu", 139],
  ["Số khu vực bỏ phiếu đã khai mạc", 139],
  ["Số cử tri đã đi bầu", 30712],
  ["Tình hình an ninh, trật tự", "Ổn định"],
  ["Sự cố, vướng mắc phát sinh", "Không"],
];

/** The same labels typed in a TCVN3 (ABC) font. */
export const TCVN3_LABELS = [
  "§¬n vÞ b¸o c¸o",
  "Thêi ®iÓm b¸o c¸o",
  "Ngµy bÇu cö",
  "Tæng sè cö tri",
  "Tæng sè khu vùc bá phiÕu",
  "Sè khu vùc bá phiÕu ®· khai m¹c",
  "Sè cö tri ®· ®i bÇu",
  "T×nh h×nh an ninh, trËt tù",
  "Sù cè, v­íng m¾c ph¸t sinh",
];

/** The same labels typed in a VNI font. */
export const VNI_LABELS = [
  "Ñôn vò baùo caùo",
  "Thôøi ñieåm baùo caùo",
  "Ngaøy baàu cöû",
  "Toång soá cöû tri",
  "Toång soá khu vöïc boû phieáu",
  "Soá khu vöïc boû phieáu ñaõ khai maïc",
  "Soá cöû tri ñaõ ñi baàu",
  "Tình hình an ninh, traät töï",
  "Söï coá, vöôùng maéc phaùt sinh",
];

/** Builds a quick-report workbook with exceljs, optionally with other labels. */
export async function buildForm(labels?: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("PL01");
  sheet.getCell("A1").value = "Phụ lục 01 – Báo cáo nhanh";
  sheet.mergeCells("A1:C1");
  FORM_ROWS.forEach(([label, value], index) => {
    sheet.getCell(index + 3, 1).value = labels?.[index] ?? label;
    sheet.getCell(index + 3, 2).value = value;
  });
  sheet.getCell("C9").value = { formula: "B9/B6", result: 30712 / 52341 };
  sheet.getCell("C9").numFmt = "0.00%";
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Rewrites the first sheet's XML of a package. */
export function editFirstSheet(
  bytes: Uint8Array,
  edit: (xml: string) => string,
): Uint8Array {
  const files = unzipSync(bytes);
  const name = "xl/worksheets/sheet1.xml";
  const xml = new TextDecoder().decode(files[name]);
  files[name] = strToU8(edit(xml));
  return zipSync(files as Zippable);
}

/** Rewrites workbook.xml of a package. */
export function editWorkbookXml(
  bytes: Uint8Array,
  edit: (xml: string) => string,
): Uint8Array {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files["xl/workbook.xml"]);
  files["xl/workbook.xml"] = strToU8(edit(xml));
  return zipSync(files as Zippable);
}

/** Adds a DOCTYPE that declares nested entities to the first sheet. */
export function withEntities(bytes: Uint8Array): Uint8Array {
  const doctype =
    '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
  return editFirstSheet(bytes, (xml) =>
    xml.replace(/(<\?xml[^>]*\?>)/, `$1${doctype}`),
  );
}

/**
 * Adds a data validation and defined names spanning the whole sheet. Read
 * by exceljs 4.4 directly, such ranges kept it busy for over a minute.
 */
export function withWholeSheetRanges(bytes: Uint8Array): Uint8Array {
  const validation =
    '<dataValidations count="1"><dataValidation type="whole" operator="between" ' +
    'allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1>' +
    "<formula2>1000000</formula2></dataValidation></dataValidations>";
  const names =
    '<definedNames><definedName name="Toan_bo">PL01!$A$1:$XFD$1048576</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">PL01!$A:$XFD</definedName>' +
    "</definedNames>";
  const withValidation = editFirstSheet(bytes, (xml) =>
    xml.replace(
      /(<\/sheetData>(?:\s*<mergeCells[\s\S]*?<\/mergeCells>)?)/,
      `$1${validation}`,
    ),
  );
  return editWorkbookXml(withValidation, (xml) =>
    xml.replace("</sheets>", `</sheets>${names}`),
  );
}

/** Appends rows of styled junk cells after the form, as an honest file may. */
export function withJunkRows(bytes: Uint8Array, rows: number): Uint8Array {
  return editFirstSheet(bytes, (xml) => {
    const junk: string[] = [];
    for (let row = 20; row < 20 + rows; row++) {
      junk.push(
        `<row r="${row}"><c r="A${row}" s="0"/><c r="B${row}"><v>0</v></c></row>`,
      );
    }
    return xml.replace("</sheetData>", `${junk.join("")}</sheetData>`);
  });
}

/**
 * Writes a package whose first sheet inflates to about `inflatedBytes`: the
 * form's rows, then padding. Spaces make a bomb (over 1000:1), and junk rows
 * make an honest but oversized sheet. The sheet's size in the zip headers
 * is `declaredBytes` (by default the truth), so one function builds both an
 * honest file and one that lies about its size. The sheet is deflated chunk
 * by chunk, so a gigabyte sheet takes a few megabytes of memory to build.
 */
export async function writeZipBomb(
  path: string,
  form: Uint8Array,
  inflatedBytes: number,
  declaredBytes?: number,
  padding: "spaces" | "rows" = "spaces",
): Promise<void> {
  const files = unzipSync(form);
  const sheetName = "xl/worksheets/sheet1.xml";
  const xml = new TextDecoder().decode(files[sheetName]);
  const split = xml.indexOf("</sheetData>");
  const head = strToU8(xml.slice(0, split));
  const tail = strToU8(xml.slice(split));
  delete files[sheetName];

  const paddingBytes = inflatedBytes - head.length - tail.length;
  const blocks =
    padding === "spaces"
      ? spaceBlocks(paddingBytes)
      : junkRowBlocks(paddingBytes);
  // Junk rows compress poorly at any level, so the fast level saves time.
  const sheet = deflateChunks(head, blocks, tail, padding === "spaces" ? 9 : 1);
  const entries: ZipPart[] = Object.entries(files).map(([name, data]) => ({
    name,
    compressed: deflateSync(data, { level: 6 }),
    crc: crc32(data),
    size: data.length,
  }));
  const size = declaredBytes ?? sheet.size;
  entries.push({
    name: sheetName,
    compressed: sheet.compressed,
    crc: sheet.crc,
    size,
  });
  await writeFile(path, assembleZip(entries));
}

interface ZipPart {
  name: string;
  compressed: Uint8Array;
  crc: number;
  size: number;
}

function* spaceBlocks(bytes: number): Generator<Uint8Array> {
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let left = bytes; left > 0; left -= block.length) {
    yield left >= block.length ? block : block.subarray(0, left);
  }
}

function* junkRowBlocks(bytes: number): Generator<Uint8Array> {
  let row = 100;
  for (let left = bytes; left > 0;) {
    let text = "";
    while (text.length < 1024 * 1024) {
      text += `<row r="${row}"><c r="A${row}" s="1"/><c r="B${row}"><v>${row % 97}</v></c></row>`;
      row++;
    }
    const block = strToU8(text);
    left -= block.length;
    yield block;
  }
}

function deflateChunks(
  head: Uint8Array,
  blocks: Iterable<Uint8Array>,
  tail: Uint8Array,
  level: 1 | 9,
) {
  const output: Uint8Array[] = [];
  const deflater = new Deflate({ level }, (chunk) => output.push(chunk));
  let crc = crc32(head);
  let size = head.length + tail.length;
  deflater.push(head);

  for (const block of blocks) {
    crc = crc32(block, crc);
    size += block.length;
    deflater.push(block);
  }
  crc = crc32(tail, crc);
  deflater.push(tail, true);
  return { compressed: concat(output), crc, size };
}

/** Lays out stored parts as a zip: local headers, data, central directory. */
function assembleZip(parts: ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;

  for (const part of parts) {
    const name = strToU8(part.name);
    const local = new Uint8Array(30 + name.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    writeEntryFields(localView, 4, part);
    local.set(name, 30);
    localView.setUint16(26, name.length, true);

    const record = new Uint8Array(46 + name.length);
    const recordView = new DataView(record.buffer);
    recordView.setUint32(0, 0x02014b50, true);
    recordView.setUint16(4, 20, true);
    writeEntryFields(recordView, 6, part);
    recordView.setUint16(28, name.length, true);
    recordView.setUint32(42, offset, true);
    record.set(name, 46);

    chunks.push(local, part.compressed);
    central.push(record);
    offset += local.length + part.compressed.length;
  }

  const directory = concat(central);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, parts.length, true);
  endView.setUint16(10, parts.length, true);
  endView.setUint32(12, directory.length, true);
  endView.setUint32(16, offset, true);
  return concat([...chunks, directory, end]);
}

/** Version, flags, method, time, CRC and sizes, shared by both headers. */
function writeEntryFields(view: DataView, at: number, part: ZipPart): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, 0, true);
  view.setUint16(at + 4, 8, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, 0x5ab7, true);
  view.setUint32(at + 10, part.crc >>> 0, true);
  view.setUint32(at + 14, part.compressed.length, true);
  view.setUint32(at + 18, part.size, true);
}

/** Adds `count` small entries to a valid form. */
export function withManyEntries(form: Uint8Array, count: number): Uint8Array {
  const files = unzipSync(form) as Zippable;
  for (let index = 0; index < count; index++) {
    files[`customXml/item${index}.xml`] = strToU8(`<item n="${index}"/>`);
  }
  return zipSync(files, { level: 1 });
}

/** Builds a zip that contains a text file and no workbook. */
export function zipWithoutWorkbook(): Uint8Array {
  return zipSync({
    "baocao.txt": strToU8("Báo cáo nhanh 10h30: xem tệp đính kèm."),
  });
}

/** Builds a one-page PDF with a line of text. */
export function minimalPdf(): Uint8Array {
  const stream = "BT /F1 12 Tf 72 720 Td (Bao cao nhanh 10h30) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " +
      "/Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets)
    body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body);
}

/**
 * Builds an OLE compound file (MS-CFB, version 3, 512-byte sectors) with two
 * streams of placeholder bytes. By default they are the two streams Office
 * writes for a password-protected OOXML file.
 */
export function oleContainer(
  names: [string, string] = ["EncryptionInfo", "EncryptedPackage"],
): Uint8Array {
  const sector = 512;
  const streamSectors = 8;
  const sectors = 2 + 2 * streamSectors;
  const file = new Uint8Array(sector * (sectors + 1));
  const view = new DataView(file.buffer);

  writeCfbHeader(view);
  writeCfbFat(view, sector, streamSectors, sectors);
  writeCfbDirectory(view, 2 * sector, streamSectors, names);
  for (let offset = 3 * sector; offset < file.length; offset++)
    file[offset] = offset % 251;
  return file;
}

function writeCfbHeader(view: DataView): void {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  signature.forEach((byte, index) => view.setUint8(index, byte));
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true);
  view.setUint32(48, 1, true);
  view.setUint32(56, 4096, true);
  view.setUint32(60, 0xfffffffe, true);
  view.setUint32(68, 0xfffffffe, true);
  view.setUint32(76, 0, true);
  for (let slot = 1; slot < 109; slot++)
    view.setUint32(76 + slot * 4, 0xffffffff, true);
}

function writeCfbFat(
  view: DataView,
  sector: number,
  streamSectors: number,
  sectors: number,
): void {
  const fat = sector;
  const entries = new Array<number>(sector / 4).fill(0xffffffff);
  entries[0] = 0xfffffffd;
  entries[1] = 0xfffffffe;
  for (let index = 2; index < sectors; index++) {
    const lastOfStream = index === 1 + streamSectors || index === sectors - 1;
    entries[index] = lastOfStream ? 0xfffffffe : index + 1;
  }
  entries.forEach((value, index) =>
    view.setUint32(fat + index * 4, value, true),
  );
}

function writeCfbDirectory(
  view: DataView,
  offset: number,
  streamSectors: number,
  names: [string, string],
): void {
  const entries = [
    {
      name: "Root Entry",
      type: 5,
      child: 1,
      right: 0xffffffff,
      start: 0xfffffffe,
      size: 0,
    },
    {
      name: names[0],
      type: 2,
      child: 0xffffffff,
      right: 2,
      start: 2,
      size: streamSectors * 512,
    },
    {
      name: names[1],
      type: 2,
      child: 0xffffffff,
      right: 0xffffffff,
      start: 2 + streamSectors,
      size: streamSectors * 512,
    },
  ];
  entries.forEach((entry, index) => {
    const base = offset + index * 128;
    for (let char = 0; char < entry.name.length; char++) {
      view.setUint16(base + char * 2, entry.name.charCodeAt(char), true);
    }
    view.setUint16(base + 64, (entry.name.length + 1) * 2, true);
    view.setUint8(base + 66, entry.type);
    view.setUint8(base + 67, 1);
    view.setUint32(base + 68, 0xffffffff, true);
    view.setUint32(base + 72, entry.right, true);
    view.setUint32(base + 76, entry.child, true);
    view.setUint32(base + 116, entry.start, true);
    view.setUint32(base + 120, entry.size, true);
  });
  for (let index = entries.length; index < 4; index++) {
    const base = offset + index * 128;
    view.setUint32(base + 68, 0xffffffff, true);
    view.setUint32(base + 72, 0xffffffff, true);
    view.setUint32(base + 76, 0xffffffff, true);
  }
}

/**
 * Builds the form as an HTML table, as accounting and reporting programs
 * export it under an .xls name, with a script, a style sheet and an image
 * that the reader must strip before conversion.
 */
export function htmlTableForm(): string {
  const rows = FORM_ROWS.map(
    ([label, value]) => `<tr><td>${label}</td><td>${String(value)}</td></tr>`,
  ).join("\n");
  return (
    '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>' +
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
    '<link rel="stylesheet" href="kieu.css"><script>document.title = "x";</script>' +
    "<style>td { background: url(nen.png) }</style></head><body>" +
    '<img src="logo.png"><table border="1">\n' +
    `<tr><td colspan="2">Phụ lục 01 – Báo cáo nhanh</td></tr>\n${rows}\n</table></body></html>`
  );
}

/** Builds the form as Excel 2003 XML (SpreadsheetML). */
export function spreadsheetMlForm(): string {
  const cell = (value: string | number | Date) =>
    typeof value === "number"
      ? `<Cell><Data ss:Type="Number">${value}</Data></Cell>`
      : `<Cell><Data ss:Type="String">${String(value)}</Data></Cell>`;
  const rows = FORM_ROWS.map(
    ([label, value]) => `<Row>${cell(label)}${cell(value)}</Row>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ' +
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
    `<Worksheet ss:Name="PL01"><Table>${rows.join("")}</Table></Worksheet></Workbook>\n`
  );
}

/** Deterministic pseudo-random bytes (xorshift32), so the corpus is stable. */
export function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed || 1;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/**
 * Builds an xlsx the way a program other than Excel writes it: inline
 * strings, no shared strings, formulas without cached results, the 1904
 * date system and custom number and percent formats.
 */
export function otherWriterXlsx(): Uint8Array {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
  const text = (ref: string, value: string) =>
    `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  const rows = [
    `<row r="1">${text("A1", "Tổng số cử tri")}<c r="B1" s="1"><v>52341</v></c></row>`,
    `<row r="2">${text("A2", "Số cử tri đã đi bầu")}<c r="B2"><f>B3+B4</f></c></row>`,
    `<row r="3">${text("A3", "Buổi sáng")}<c r="B3"><v>20000</v></c></row>`,
    `<row r="4">${text("A4", "Buổi chiều")}<c r="B4"><v>10712</v></c></row>`,
    `<row r="5">${text("A5", "Tỷ lệ cử tri đã đi bầu (%)")}<c r="B5" s="2"><f>B2/B1</f></c></row>`,
    // 42877.44375 in the 1904 system is 23 May 2021 10:39.
    `<row r="6">${text("A6", "Thời gian gửi")}<c r="B6" s="3"><v>42877.44375</v></c></row>`,
    `<row r="7">${text("A7", "Tổng")}<c r="B7"><f>SUM(B1:B4)</f></c></row>`,
  ];
  const styles =
    `<styleSheet xmlns="${main}"><numFmts count="2">` +
    '<numFmt numFmtId="164" formatCode="#,##0 &quot;người&quot;"/>' +
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>' +
    '<fonts count="1"><font><sz val="11"/></font></fonts>' +
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
    '<borders count="1"><border/></borders>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>' +
    '<xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs>' +
    "</styleSheet>";
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${pkg}"><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${main}" xmlns:r="${rel}"><workbookPr date1904="true"/>` +
        '<sheets><sheet name="Báo cáo" sheetId="1" r:id="r1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="${pkg}"><Relationship Id="r1" Type="${rel}/worksheet" Target="/xl/worksheets/Report.xml"/>` +
        `<Relationship Id="r2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/worksheets/Report.xml": strToU8(
      `<x:worksheet xmlns:x="${main}"><x:sheetData>${rows.join("").replace(/<(\/?)(row|c|v|f|is|t)\b/g, "<$1x:$2")}</x:sheetData></x:worksheet>`,
    ),
    "xl/styles.xml": strToU8(styles),
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(
    chunks.reduce((sum, chunk) => sum + chunk.length, 0),
  );
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

/** Converts a file with a command-line converter into `output`. */
function convertWith(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore", timeout: 120_000 });
    return true;
  } catch {
    return false;
  }
}

async function convertWithSoffice(
  input: string,
  format: string,
  output: string,
): Promise<boolean> {
  const work = await mkdtemp(join(tmpdir(), "bctinh-hostile-"));
  try {
    const profile = `-env:UserInstallation=file://${join(work, "profile")}`;
    const done = convertWith("soffice", [
      "--headless",
      "--norestore",
      profile,
      "--convert-to",
      format,
      "--outdir",
      work,
      input,
    ]);
    const produced = join(
      work,
      basename(input).replace(/\.[^.]+$/, `.${format.split(":")[0]}`),
    );
    if (!done) return false;
    await rename(produced, output);
    return true;
  } catch {
    return false;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes every committed fixture into `folder`. */
export async function generateHostile(folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const skipped: string[] = [];
  const form = await buildForm();
  const put = (name: string, bytes: Uint8Array | string) =>
    writeFile(join(folder, name), bytes);

  await put("form.xlsx", form);
  await put("form.xlsm", form);
  await put("other-writer.xlsx", otherWriterXlsx());
  await put("tcvn3.xlsx", await buildForm(TCVN3_LABELS));
  await put("vni.xlsx", await buildForm(VNI_LABELS));
  await put("xlsx-named.xls", form);
  await put("zip-without-workbook.xlsx", zipWithoutWorkbook());
  await put("report.pdf", minimalPdf());
  await put("pdf-named.xlsx", minimalPdf());
  await put("encrypted.xlsx", oleContainer());
  await put("broken.xls", oleContainer(["Workbook", "SummaryInformation"]));
  await put("empty.xlsx", new Uint8Array(0));
  await put("truncated.xlsx", form.subarray(0, Math.floor(form.length / 2)));
  await put("random.xlsx", randomBytes(4096, 20210523));
  await put("doctype.xlsx", withEntities(form));
  await put("html-table.xls", htmlTableForm());
  await put("spreadsheetml.xls", spreadsheetMlForm());
  await put("whole-sheet-ranges.xlsx", withWholeSheetRanges(form));
  await put("junk-rows.xlsx", withJunkRows(form, 6_000));
  await put("Cao Lo\u0302\u0323c 10h30.xlsx".normalize("NFD"), form);
  await put("bao cao  nhanh 10h30.xlsx", form);
  await put("CLO-10h30 (1).xlsx", form);

  const source = join(folder, "form.xlsx");
  const copies: [string, string][] = [
    ["xls", "form.xls"],
    ["ods", "form.ods"],
    ["xlsx", "libreoffice.xlsx"],
  ];
  for (const [format, name] of copies) {
    if (!(await convertWithSoffice(source, format, join(folder, name))))
      skipped.push(name);
  }
  const xls = join(folder, "form.xls");
  if (!skipped.includes("form.xls"))
    await put("xls-named.xlsx", await readFile(xls));

  const gnumeric = join(folder, "gnumeric.xlsx");
  if (
    !convertWith("ssconvert", [
      "--export-type=Gnumeric_Excel:xlsx2",
      source,
      gnumeric,
    ])
  ) {
    skipped.push("gnumeric.xlsx");
  }
  return skipped;
}

const invokedDirectly = process.argv[1] === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const folder = process.argv[2] ?? "fixtures/hostile";
  const skipped = await generateHostile(folder);
  if (skipped.length > 0) {
    console.error(
      `Không tạo được (thiếu LibreOffice hoặc Gnumeric): ${skipped.join(", ")}`,
    );
  }
}
