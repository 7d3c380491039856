import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { closeWorkbookReaders, readWorkbook } from "../../src/workbook/read.js";
import type { CellValue } from "../../src/workbook/types.js";
import {
  type RawSheet,
  type RawXlsxOptions,
  writeRawXlsx,
} from "../helpers/raw-xlsx.js";

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "bctinh-cells-"));
});

afterAll(async () => {
  await closeWorkbookReaders();
  await rm(folder, { recursive: true, force: true });
});

async function readCells(
  sheets: RawSheet[],
  options: RawXlsxOptions = {},
): Promise<Map<string, CellValue>> {
  const path = join(folder, `book-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeRawXlsx(path, sheets, options);
  const result = await readWorkbook(path);
  if (!result.ok) throw new Error(`read failed: ${result.failure.code}`);
  const cells = new Map<string, CellValue>();
  for (const cell of result.workbook.sheets[0]?.cells ?? [])
    cells.set(cell.address, cell.value);
  return cells;
}

describe("readWorkbook formulas without a cached result", () => {
  let cells: Map<string, CellValue>;

  beforeAll(async () => {
    cells = await readCells([
      {
        name: "PL01",
        rows: [
          [100, 200, { formula: "A1+B1" }],
          [{ formula: "C1*2" }, { formula: "A3+1" }, { formula: "SUM(A1:C1)" }],
          ["chữ", { formula: "A3+1" }, { formula: "Sheet2!A1" }],
          [
            { formula: "A4+1" },
            { formula: "VLOOKUP(1,A1:B2,2)" },
            { formula: "A1/0" },
          ],
          [{ formula: "A1*3", cached: 7 }],
        ],
      },
    ]);
  });

  it("computes arithmetic over numbers", () => {
    expect(cells.get("C1")).toEqual({ type: "number", value: 300 });
  });

  it("computes a formula over a formula", () => {
    expect(cells.get("A2")).toEqual({ type: "number", value: 600 });
  });

  it("computes SUM over a row that includes a formula", () => {
    expect(cells.get("C2")).toEqual({ type: "number", value: 600 });
  });

  it("keeps a formula over text", () => {
    expect(cells.get("B3")).toEqual({ type: "formula", formula: "A3+1" });
  });

  it("keeps a formula over another sheet", () => {
    expect(cells.get("C3")).toEqual({ type: "formula", formula: "Sheet2!A1" });
  });

  it("keeps a circular formula", () => {
    expect(cells.get("A4")).toEqual({ type: "formula", formula: "A4+1" });
  });

  it("keeps a function it does not compute", () => {
    expect(cells.get("B4")).toEqual({
      type: "formula",
      formula: "VLOOKUP(1,A1:B2,2)",
    });
  });

  it("keeps a division by zero", () => {
    expect(cells.get("C4")).toEqual({ type: "formula", formula: "A1/0" });
  });

  it("prefers the cached result", () => {
    expect(cells.get("A5")).toEqual({ type: "number", value: 7 });
  });
});

describe("readWorkbook value kinds from another writer", () => {
  let cells: Map<string, CellValue>;

  beforeAll(async () => {
    cells = await readCells([
      {
        name: "PL01",
        rows: [
          ["Tỷ lệ", { value: 0.9878, format: "0.00%" }],
          ["Lỗi", { error: "#DIV/0!" }],
          ["Đúng", true],
          ["Giờ", { value: 44339.44375, format: "dd/mm/yyyy hh:mm" }],
          ["Kết quả chữ", { formula: 'IF(1,"Có","Không")', cached: "Có" }],
          ["   ", 5],
          ["Gửi lúc", { value: 44339.4444444, format: "dd/mm/yyyy hh:mm" }],
        ],
      },
    ]);
  });

  it("keeps a percent format", () => {
    expect(cells.get("B1")).toEqual({
      type: "number",
      value: 0.9878,
      format: "0.00%",
    });
  });

  it("reads an error value", () => {
    expect(cells.get("B2")).toEqual({ type: "error", value: "#DIV/0!" });
  });

  it("reads a boolean", () => {
    expect(cells.get("B3")).toEqual({ type: "boolean", value: true });
  });

  it("reads a date-time as wall-clock time", () => {
    expect(cells.get("B4")).toEqual({
      type: "date",
      value: "2021-05-23T10:39:00",
    });
  });

  it("rounds a date-time to the nearest second", () => {
    expect(cells.get("B7")).toEqual({
      type: "date",
      value: "2021-05-23T10:40:00",
    });
  });

  it("reads a formula's cached text", () => {
    expect(cells.get("B5")).toEqual({ type: "text", value: "Có" });
  });

  it("leaves out a cell of spaces", () => {
    expect(cells.has("A6")).toBe(false);
  });
});

describe("readWorkbook shared formulas", () => {
  let cells: Map<string, CellValue>;

  beforeAll(async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1"><v>10</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f></c></row>' +
      '<row r="2"><c r="A2"><v>20</v></c><c r="B2"><f t="shared" si="0"/></c></row>' +
      '<row r="3"><c r="A3"><v>30</v></c><c r="B3"><f t="shared" si="0"/><v>99</v></c></row>' +
      "</sheetData></worksheet>";
    cells = await readCells([{ name: "PL01", rows: [] }], {
      extraEntries: { "xl/worksheets/sheet1.xml": sheet },
    });
  });

  it("computes the master formula", () => {
    expect(cells.get("B1")).toEqual({ type: "number", value: 20 });
  });

  it("computes a shared copy without a result", () => {
    expect(cells.get("B2")).toEqual({ type: "number", value: 40 });
  });

  it("keeps a shared copy's cached result", () => {
    expect(cells.get("B3")).toEqual({ type: "number", value: 99 });
  });
});

describe("readWorkbook cells exceljs misreads", () => {
  let cells: Map<string, CellValue>;

  beforeAll(async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="d"><v>2021-05-23T10:39:00.000</v></c>' +
      '<c r="B1" t="d"><v>2021-05-23</v></c><c r="C1" t="s"><v>0</v></c>' +
      '<c r="D1"><v>7</v></c>' +
      '<c r="E1" t="inlineStr"><is><r><t>Tổng </t></r><r><rPr><b/></rPr><t>số</t></r></is></c>' +
      '<c r="F1" t="str"><f>IF(1,"","x")</f><v></v></c></row></sheetData></worksheet>';
    cells = await readCells([{ name: "PL01", rows: [] }], {
      extraEntries: { "xl/worksheets/sheet1.xml": sheet },
    });
  });

  it("reads an ISO 8601 date-time cell", () => {
    expect(cells.get("A1")).toEqual({
      type: "date",
      value: "2021-05-23T10:39:00",
    });
  });

  it("reads an ISO 8601 date cell", () => {
    expect(cells.get("B1")).toEqual({
      type: "date",
      value: "2021-05-23T00:00:00",
    });
  });

  it("drops a shared string without a shared-strings part", () => {
    expect(cells.has("C1")).toBe(false);
  });

  it("keeps the cells around them", () => {
    expect(cells.get("D1")).toEqual({ type: "number", value: 7 });
  });

  it("joins the runs of an inline rich string", () => {
    expect(cells.get("E1")).toEqual({ type: "text", value: "Tổng số" });
  });

  it("drops a formula whose cached result is empty text", () => {
    expect(cells.has("F1")).toBe(false);
  });
});

describe("readWorkbook formula work bound", () => {
  it("stops computing after a million look-ups", async () => {
    const sum = { formula: "SUM(AA100:CV1100)" };
    const started = Date.now();
    const cells = await readCells([
      {
        name: "PL01",
        rows: Array.from({ length: 40 }, () => Array(25).fill(sum)),
      },
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(cells.get("Y40")).toEqual({
      type: "formula",
      formula: "SUM(AA100:CV1100)",
    });
  });
});

describe("readWorkbook parts with a namespace prefix", () => {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  let cells: Map<string, CellValue>;

  beforeAll(async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` +
      "</Relationships>";
    const strings =
      `<x:sst xmlns:x="${main}" count="2" uniqueCount="2">` +
      "<x:si><x:t>Tổng số cử tri</x:t></x:si>" +
      "<x:si><x:r><x:t>Số cử tri </x:t></x:r><x:r><x:t>đã đi bầu</x:t></x:r></x:si></x:sst>";
    const sheet =
      `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1">` +
      '<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>' +
      "</x:row></x:sheetData></x:worksheet>";
    cells = await readCells([{ name: "PL01", rows: [] }], {
      extraEntries: {
        "xl/_rels/workbook.xml.rels": rels,
        "xl/sharedStrings.xml": strings,
        "xl/worksheets/sheet1.xml": sheet,
      },
    });
  });

  it("reads a prefixed shared string", () => {
    expect(cells.get("A1")).toEqual({ type: "text", value: "Tổng số cử tri" });
  });

  it("reads a prefixed shared string made of runs", () => {
    expect(cells.get("B1")).toEqual({
      type: "text",
      value: "Số cử tri đã đi bầu",
    });
  });
});
