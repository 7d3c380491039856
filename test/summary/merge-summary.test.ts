import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { buildMergeSummary } from "../../src/summary/merge-summary.js";
import { quickResult, smallConfig } from "./results.js";

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
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

async function summarySheet(name: string): Promise<ExcelJS.Worksheet> {
  const workbook = await reopen(buildMergeSummary(quickResult(), smallConfig));
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`sheet not found: ${name}`);
  return sheet;
}

describe("buildMergeSummary totals sheet", () => {
  it("names the three sheets in order", async () => {
    const workbook = await reopen(
      buildMergeSummary(quickResult(), smallConfig),
    );
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(["Tổng hợp", "Tình hình", "Phát hiện"]);
  });

  it("writes totals as values", async () => {
    const sheet = await summarySheet("Tổng hợp");
    const totals = rowWith(sheet, "Tổng cộng");
    const voted = totals.getCell(columnOf(sheet, "Số cử tri đã đi bầu"));
    const voters = totals.getCell(columnOf(sheet, "Tổng số cử tri"));
    const turnout = totals.getCell(
      columnOf(sheet, "Tỷ lệ cử tri đã đi bầu (%)"),
    );
    expect(voted.value).toBe(61_234);
    expect(voters.value).toBe(100_000);
    expect(turnout.value).toBe(61.23);
  });

  it("formats counts with thousands separators", async () => {
    const sheet = await summarySheet("Tổng hợp");
    const totals = rowWith(sheet, "Tổng cộng");
    expect(totals.getCell(columnOf(sheet, "Tổng số cử tri")).numFmt).toBe(
      "#,##0",
    );
  });

  it("counts reported units from the result", async () => {
    const sheet = await summarySheet("Tổng hợp");
    expect(() => rowWith(sheet, "2/3 đơn vị đã báo cáo")).not.toThrow();
  });

  it("lists units in configuration order", async () => {
    const sheet = await summarySheet("Tổng hợp");
    const rows = smallConfig.units.map((unit) =>
      Number(rowWith(sheet, unit.name).number),
    );
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows[0]).toBe(9);
  });

  it("writes statuses in Vietnamese", async () => {
    const sheet = await summarySheet("Tổng hợp");
    const status = columnOf(sheet, "Trạng thái");
    const statusOf = (name: string) =>
      rowWith(sheet, name).getCell(status).value;
    expect(statusOf("Thành phố Lạng Sơn")).toBe("Đúng hạn");
    expect(statusOf("Huyện Tràng Định")).toBe("Trễ hạn – Số liệu không khớp");
    expect(statusOf("Huyện Văn Lãng")).toBe("Chưa báo cáo");
  });

  it("writes receipt time as local time", async () => {
    const sheet = await summarySheet("Tổng hợp");
    const cell = rowWith(sheet, "Huyện Tràng Định").getCell(
      columnOf(sheet, "Thời gian nhận"),
    );
    expect(cell.value).toEqual(new Date(Date.UTC(2021, 4, 23, 11, 12)));
  });

  it("freezes the header and prints A4 landscape", async () => {
    const sheet = await summarySheet("Tổng hợp");
    expect(sheet.views[0]?.state).toBe("frozen");
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe("landscape");
  });
});

describe("buildMergeSummary situation sheet", () => {
  it("highlights incident rows", async () => {
    const sheet = await summarySheet("Tình hình");
    const incident = rowWith(sheet, "Huyện Tràng Định").getCell(2);
    const calm = rowWith(sheet, "Thành phố Lạng Sơn").getCell(2);
    expect(incident.font.bold).toBe(true);
    expect(incident.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(calm.font.bold ?? false).toBe(false);
    expect(calm.fill).not.toMatchObject({ pattern: "solid" });
  });

  it("copies the incident text", async () => {
    const sheet = await summarySheet("Tình hình");
    const row = rowWith(sheet, "Huyện Tràng Định");
    const column = columnOf(sheet, "Sự cố, vướng mắc phát sinh");
    expect(row.getCell(column).value).toBe(
      "Mất điện tại khu vực bỏ phiếu số 3",
    );
  });
});

describe("buildMergeSummary day incidents", () => {
  it("lists incidents of other slots", async () => {
    const result = quickResult();
    result.incidents = [
      {
        unit: "TPLS",
        slot: "8h30",
        file: "TPLS 8h30.xlsx",
        text: "Hòm phiếu phụ bị hỏng khóa",
        receivedAt: "2021-05-23T08:41:00+07:00",
      },
    ];
    const workbook = await reopen(buildMergeSummary(result, smallConfig));
    const sheet = workbook.getWorksheet("Tình hình");
    if (sheet === undefined) throw new Error("no situation sheet");

    const row = rowWith(sheet, "Hòm phiếu phụ bị hỏng khóa");
    expect(row.getCell(1).value).toBe("8h30");
    expect(row.getCell(2).value).toBe("Thành phố Lạng Sơn");
    expect(row.getCell(2).font.bold).toBe(true);
  });
});

describe("buildMergeSummary pending units", () => {
  it("shows Chưa đến hạn", async () => {
    const result = quickResult();
    const missing = result.units[2];
    if (missing === undefined) throw new Error("no third unit");
    missing.status = "pending";
    const workbook = await reopen(buildMergeSummary(result, smallConfig));
    const sheet = workbook.getWorksheet("Tổng hợp");
    if (sheet === undefined) throw new Error("no totals sheet");

    const status = columnOf(sheet, "Trạng thái");
    const row = rowWith(sheet, "Huyện Văn Lãng");
    expect(row.getCell(status).value).toBe("Chưa đến hạn");
  });
});

describe("buildMergeSummary findings sheet", () => {
  it("writes one row per finding", async () => {
    const sheet = await summarySheet("Phát hiện");
    expect(sheet.rowCount).toBe(3);
  });

  it("writes code, severity, unit and place", async () => {
    const sheet = await summarySheet("Phát hiện");
    const row = rowWith(sheet, "turnout-mismatch");
    expect(row.getCell(columnOf(sheet, "Mức độ")).value).toBe("Lỗi");
    expect(row.getCell(columnOf(sheet, "Đơn vị")).value).toBe(
      "Huyện Tràng Định",
    );
    expect(row.getCell(columnOf(sheet, "Vị trí")).value).toBe("Phụ lục 01!B17");
    expect(row.getCell(columnOf(sheet, "Tệp")).value).toBe("TD.xlsx");
  });

  it("writes warnings as Cảnh báo", async () => {
    const sheet = await summarySheet("Phát hiện");
    const row = rowWith(sheet, "report-missing");
    expect(row.getCell(columnOf(sheet, "Mức độ")).value).toBe("Cảnh báo");
  });
});

describe("buildMergeSummary communes column", () => {
  const header = "Số xã, phường, thị trấn có 100% cử tri đã đi bầu";
  const withoutCommunes: typeof smallConfig = {
    ...smallConfig,
    units: smallConfig.units.map(({ communes: _communes, ...unit }) => unit),
  };

  async function totalsSheet(
    result: ReturnType<typeof quickResult>,
    config: typeof smallConfig,
  ): Promise<ExcelJS.Worksheet> {
    const workbook = await reopen(buildMergeSummary(result, config));
    return workbook.getWorksheet("Tổng hợp")!;
  }

  function headers(sheet: ExcelJS.Worksheet): unknown[] {
    const values: unknown[] = [];
    rowWith(sheet, "STT").eachCell((cell) => values.push(cell.value));
    return values;
  }

  it("writes the total of communes at 100%", async () => {
    const result = quickResult();
    result.totals.fullCommunes = 7;
    const sheet = await totalsSheet(result, withoutCommunes);
    const column = columnOf(sheet, header);
    expect(column).toBeGreaterThan(0);
    expect(rowWith(sheet, "Tổng cộng").getCell(column).value).toBe(7);
  });

  it("adds the column for configured commune counts", async () => {
    const sheet = await totalsSheet(quickResult(), smallConfig);
    expect(headers(sheet)).toContain(header);
  });

  it("omits the column when nothing has communes", async () => {
    const sheet = await totalsSheet(quickResult(), withoutCommunes);
    expect(headers(sheet)).not.toContain(header);
  });
});
