import ExcelJS from "exceljs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { closeWorkbookReaders, readWorkbook } from "../../src/workbook/read.js";
import type { Cell, Workbook } from "../../src/workbook/types.js";

let folder: string;
let workbook: Workbook;

async function writeExcelJsForm(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("PL01");
  sheet.getCell("A1").value = "Tổng số cử tri";
  sheet.getCell("B1").value = 52341;
  sheet.getCell("B2").value = { formula: "B1*2", result: 104682 };
  sheet.getCell("B3").value = {
    richText: [
      { text: "Số cử tri " },
      { font: { bold: true }, text: "đã đi bầu" },
    ],
  };
  sheet.getCell("B4").value = {
    text: "Trang chủ",
    hyperlink: "https://example.org/",
  };
  sheet.getCell("B5").value = new Date(Date.UTC(2021, 4, 23, 10, 39, 0));
  sheet.getCell("B5").numFmt = "dd/mm/yyyy hh:mm";
  sheet.getCell("B6").value = { error: "#REF!" };
  sheet.getCell("B7").value = true;
  sheet.getCell("B8").value = 0.9878;
  sheet.getCell("B8").numFmt = "0.00%";
  sheet.getCell("B9").value = { sharedFormula: "B2", result: 52341 };
  sheet.getCell("A10").value = "Đơn vị báo cáo";
  sheet.mergeCells("A10:C10");
  await book.xlsx.writeFile(path);
}

function cellAt(address: string): Cell | undefined {
  return workbook.sheets[0]?.cells.find((cell) => cell.address === address);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "bctinh-read-values-"));
  const path = join(folder, "form.xlsx");
  await writeExcelJsForm(path);
  const result = await readWorkbook(path);
  if (!result.ok) throw new Error(`read failed: ${result.failure.code}`);
  workbook = result.workbook;
});

afterAll(async () => {
  await closeWorkbookReaders();
  await rm(folder, { recursive: true, force: true });
});

describe("readWorkbook value kinds", () => {
  it("reads the sheet name", () => {
    expect(workbook.sheets[0]?.name).toBe("PL01");
  });

  it("reads a number", () => {
    expect(cellAt("B1")?.value).toEqual({ type: "number", value: 52341 });
  });

  it("reads a formula's cached result", () => {
    expect(cellAt("B2")?.value).toEqual({ type: "number", value: 104682 });
  });

  it("joins rich text runs", () => {
    expect(cellAt("B3")?.value).toEqual({
      type: "text",
      value: "Số cử tri đã đi bầu",
    });
  });

  it("reads a hyperlink's text", () => {
    expect(cellAt("B4")?.value).toEqual({ type: "text", value: "Trang chủ" });
  });

  it("reads a date as wall-clock time", () => {
    expect(cellAt("B5")?.value).toEqual({
      type: "date",
      value: "2021-05-23T10:39:00",
    });
  });

  it("reads an error value", () => {
    expect(cellAt("B6")?.value).toEqual({ type: "error", value: "#REF!" });
  });

  it("reads a boolean", () => {
    expect(cellAt("B7")?.value).toEqual({ type: "boolean", value: true });
  });

  it("keeps a percent format", () => {
    expect(cellAt("B8")?.value).toEqual({
      type: "number",
      value: 0.9878,
      format: "0.00%",
    });
  });

  it("reads a shared formula's cached result", () => {
    expect(cellAt("B9")?.value).toEqual({ type: "number", value: 52341 });
  });

  it("repeats a merged label with mergedInto", () => {
    expect(cellAt("C10")).toMatchObject({
      value: { type: "text", value: "Đơn vị báo cáo" },
      mergedInto: "A10",
    });
  });

  it("leaves mergedInto off the merge's top-left cell", () => {
    expect(cellAt("A10")?.mergedInto).toBeUndefined();
  });
});

describe("readWorkbook sheet state", () => {
  it("reports hidden and veryHidden sheets", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Shown").getCell("A1").value = 1;
    const hidden = book.addWorksheet("Hidden");
    hidden.getCell("A1").value = 2;
    hidden.state = "hidden";
    const veryHidden = book.addWorksheet("VeryHidden");
    veryHidden.getCell("A1").value = 3;
    veryHidden.state = "veryHidden";
    const path = join(folder, "states.xlsx");
    await book.xlsx.writeFile(path);

    const result = await readWorkbook(path);
    if (!result.ok) throw new Error(`read failed: ${result.failure.code}`);
    const states = result.workbook.sheets.map((sheet) => sheet.state);
    expect(states).toEqual(["visible", "hidden", "veryHidden"]);
  });
});
