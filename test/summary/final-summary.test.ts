import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import {
  buildFinalSummary,
  sheetName,
} from "../../src/summary/final-summary.js";
import { finalResult, smallConfig } from "./results.js";

async function finalSheet(name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const built = buildFinalSummary(finalResult(), smallConfig);
  await workbook.xlsx.load(await built.xlsx.writeBuffer());
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`sheet not found: ${name}`);
  return sheet;
}

function rowWith(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (found === undefined && cell.value === text) found = row;
    });
  });
  if (found === undefined) throw new Error(`row not found: ${text}`);
  return found;
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let column = 0;
  rowWith(sheet, header).eachCell((cell, number) => {
    if (column === 0 && cell.value === header) column = number;
  });
  return column;
}

function totalOf(sheet: ExcelJS.Worksheet, header: string): ExcelJS.CellValue {
  return rowWith(sheet, "Tổng cộng").getCell(columnOf(sheet, header)).value;
}

describe("buildFinalSummary", () => {
  it("adds one sheet per configured election", async () => {
    const workbook = buildFinalSummary(finalResult(), smallConfig);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      "Tổng hợp",
      ...smallConfig.elections.map((election) => election.label),
      "Kiểm phiếu",
      "Phát hiện",
    ]);
  });

  it("writes general totals as values", async () => {
    const sheet = await finalSheet("Tổng hợp");
    expect(totalOf(sheet, "Số cử tri đã tham gia bỏ phiếu")).toBe(99_990);
    expect(totalOf(sheet, "Số khu vực bỏ phiếu đã kiểm phiếu xong")).toBe(300);
    expect(totalOf(sheet, "Tỷ lệ cử tri đã đi bầu (%)")).toBe(99.99);
  });

  it("counts reported units", async () => {
    const sheet = await finalSheet("Tổng hợp");
    expect(() => rowWith(sheet, "2/3 đơn vị đã báo cáo")).not.toThrow();
  });

  it("totals ballots of a spanning election", async () => {
    const sheet = await finalSheet("Đại biểu Quốc hội");
    expect(totalOf(sheet, "Số phiếu phát ra")).toBe(99_990);
  });

  it("leaves constituency columns untotalled when spanning", async () => {
    const sheet = await finalSheet("Đại biểu Quốc hội");
    expect(totalOf(sheet, "Số đại biểu được bầu")).toBeNull();
    expect(totalOf(sheet, "Số người ứng cử")).toBeNull();
    expect(totalOf(sheet, "Số người trúng cử")).toBeNull();
    expect(totalOf(sheet, "Số đơn vị bầu cử")).toBeNull();
  });

  it("keeps unit values of a spanning election", async () => {
    const sheet = await finalSheet("Đại biểu Quốc hội");
    const row = rowWith(sheet, "Thành phố Lạng Sơn");
    expect(row.getCell(columnOf(sheet, "Số đại biểu được bầu")).value).toBe(6);
  });

  it("totals every column inside units", async () => {
    const sheet = await finalSheet("Đại biểu HĐND huyện");
    expect(totalOf(sheet, "Số đại biểu được bầu")).toBe(65);
    expect(totalOf(sheet, "Số người trúng cử")).toBe(65);
    expect(totalOf(sheet, "Số người ứng cử")).toBe(110);
  });

  it("writes the counting situation", async () => {
    const sheet = await finalSheet("Kiểm phiếu");
    const row = rowWith(sheet, "Thành phố Lạng Sơn");
    const column = columnOf(sheet, "Tình hình kiểm phiếu");
    expect(row.getCell(column).value).toBe("Kiểm phiếu xong lúc 21:10");
  });

  it("highlights incident rows when counting", async () => {
    const sheet = await finalSheet("Kiểm phiếu");
    expect(rowWith(sheet, "Huyện Tràng Định").getCell(2).font.bold).toBe(true);
  });

  it("lists findings", async () => {
    const sheet = await finalSheet("Phát hiện");
    expect(() => rowWith(sheet, "turnout-mismatch")).not.toThrow();
  });
});

describe("sheetName", () => {
  it("removes forbidden characters", () => {
    expect(sheetName("A/B: C?", new Set())).toBe("A B  C");
  });

  it("truncates to 31 characters", () => {
    expect(sheetName("x".repeat(40), new Set())).toHaveLength(31);
  });

  it("numbers a repeated name", () => {
    const used = new Set(["Tổng hợp"]);
    expect(sheetName("Tổng hợp", used)).toBe("Tổng hợp (2)");
  });
});
