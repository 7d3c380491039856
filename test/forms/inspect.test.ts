import ExcelJS from "exceljs";
import { mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import { inspectFile, inspectFileForms } from "../../src/forms/inspect.js";

const config = parseConfig(defaultConfig, "test");
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "bctinh-inspect-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/**
 * Writes a quick report the way a district edits the template: merged
 * label cells, a real date cell, a percent-formatted formula with its
 * cached result, and a row inserted above the figures.
 */
async function writeQuickReport(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Báo cáo");
  sheet.addRow(["PHỤ LỤC 01"]);
  sheet.addRow(["Đơn vị báo cáo", null, "UBBC huyện Văn Quan"]);
  sheet.addRow(["Thời điểm báo cáo", null, "16 giờ 30"]);
  sheet.addRow(["Ngày bầu cử", null, new Date(Date.UTC(2021, 4, 23))]);
  sheet.addRow(["Thời gian gửi", null, "16:52 23/5/2021"]);
  sheet.addRow(["(dòng chèn thêm)"]);
  sheet.addRow(["Tổng số cử tri", null, "41.220"]);
  sheet.addRow(["Tổng số tổ bầu cử", null, 118]);
  sheet.addRow(["Số khu vực bỏ phiếu đã khai mạc", null, 118]);
  sheet.addRow(["Số cử tri đã đi bầu", null, 41216]);
  sheet.addRow([
    "Tỷ lệ cử tri đã đi bầu (%)",
    null,
    { formula: "C10/C7", result: 41216 / 41220 },
  ]);
  sheet.getCell("C11").numFmt = "0.00%";
  sheet.addRow(["Số khu vực bỏ phiếu có 100% cử tri đã đi bầu", null, 110]);
  sheet.addRow(["Số khu vực bỏ phiếu đã kết thúc bỏ phiếu", null, 20]);
  sheet.addRow(["Sự cố, vướng mắc phát sinh", null, "Không có"]);
  for (let row = 2; row <= 14; row += 1) sheet.mergeCells(`A${row}:B${row}`);

  const file = path.join(folder, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("inspectFile", () => {
  test("reads a real quick report", async () => {
    const file = await writeQuickReport("van-quan-16h30.xlsx");
    const form = await inspectFile(file, config);
    expect(form.findings).toEqual([]);
    expect(form.form).toBe("01");
    expect(form.unit).toBe("VQ");
    expect(form.slot).toBe("16h30");
    expect(form.electionDate).toBe("2021-05-23");
    expect(form.sentAt).toBe("2021-05-23T16:52:00+07:00");
    expect(form.figures.totalVoters).toBe(41220);
    expect(form.figures.turnoutPercent).toBe(99.99);
    expect(form.usable).toBe(true);
  });

  test("gives modifiedAt at the configured offset", async () => {
    const file = await writeQuickReport("mtime.xlsx");
    const moment = new Date("2021-05-23T03:41:00Z");
    await utimes(file, moment, moment);
    const form = await inspectFile(file, config);
    expect(form.modifiedAt).toBe("2021-05-23T10:41:00+07:00");
  });

  test("leaves the file untouched", async () => {
    const file = await writeQuickReport("untouched.xlsx");
    const before = await stat(file);
    await inspectFile(file, config);
    const after = await stat(file);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.size).toBe(before.size);
  });

  test("keeps the path as given", async () => {
    const file = await writeQuickReport("relative.xlsx");
    const shown = path.relative(process.cwd(), file);
    const form = await inspectFile(shown, config);
    expect(form.file).toBe(shown);
    expect(form.absolutePath).toBe(file);
  });

  test("turns a read failure into a finding", async () => {
    const file = path.join(folder, "empty.xlsx");
    await writeFile(file, "");
    const form = await inspectFile(file, config);
    expect(form.form).toBeNull();
    expect(form.usable).toBe(false);
    expect(form.findings.map((f) => f.code)).toEqual(["file-empty"]);
    expect(form.findings[0]?.file).toBe(file);
  });

  test("reports a missing file", async () => {
    const form = await inspectFile(path.join(folder, "absent.xlsx"), config);
    expect(form.findings.map((f) => f.code)).toEqual(["file-not-found"]);
    expect(form.findings[0]?.message).toContain("hãy kiểm tra đường dẫn");
    expect(form.usable).toBe(false);
  });

  test("gives no modifiedAt for a missing file", async () => {
    const form = await inspectFile(path.join(folder, "absent.xlsx"), config);
    expect(form.modifiedAt).toBeNull();
  });
});

interface SlotSheet {
  name: string;
  slot: string;
  voted: number;
  state?: "hidden" | "veryHidden";
}

/** Writes Văn Lãng quick reports, one sheet each, as one workbook. */
async function writeSlotSheets(
  name: string,
  sheets: SlotSheet[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    if (spec.state !== undefined) sheet.state = spec.state;
    sheet.addRow(["PHỤ LỤC 01"]);
    sheet.addRow(["Đơn vị báo cáo", "UBBC H. Văn Lãng"]);
    sheet.addRow(["Thời điểm báo cáo", spec.slot]);
    sheet.addRow(["Ngày bầu cử", "23/5/2021"]);
    sheet.addRow(["Tổng số cử tri", 40000]);
    sheet.addRow(["Tổng số khu vực bỏ phiếu", 100]);
    sheet.addRow(["Số khu vực bỏ phiếu đã khai mạc", 100]);
    sheet.addRow(["Số cử tri đã đi bầu", spec.voted]);
    sheet.addRow(["Tỷ lệ cử tri đã đi bầu (%)", spec.voted / 400]);
    sheet.addRow(["Số khu vực bỏ phiếu có 100% cử tri đã đi bầu", 0]);
    sheet.addRow(["Số khu vực bỏ phiếu đã kết thúc bỏ phiếu", 0]);
  }
  const file = path.join(folder, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("inspectFileForms", () => {
  test("reads every slot sheet of a workbook", async () => {
    const file = await writeSlotSheets("Van Lang 10h30.xlsx", [
      { name: "8h30", slot: "8h30", voted: 10000 },
      { name: "10h30", slot: "10h30", voted: 20000 },
    ]);
    const forms = await inspectFileForms(file, config);
    expect(forms.map((form) => [form.sheet, form.unit, form.slot])).toEqual([
      ["8h30", "VL", "8h30"],
      ["10h30", "VL", "10h30"],
    ]);
    expect(forms.map((form) => form.usable)).toEqual([true, true]);
  });

  test("never reads a hidden sheet", async () => {
    const file = await writeSlotSheets("VL-10h30.xlsx", [
      { name: "Cu", slot: "10h30", voted: 1, state: "veryHidden" },
      { name: "PL01", slot: "10h30", voted: 20000 },
    ]);
    const forms = await inspectFileForms(file, config);
    expect(forms.map((form) => form.sheet)).toEqual(["PL01"]);
    expect(forms[0]?.figures.voted).toBe(20000);
    expect(forms[0]?.findings.map((f) => f.code)).toEqual([
      "hidden-sheet-ignored",
    ]);
  });

  test("gives one form for a missing file", async () => {
    const forms = await inspectFileForms(path.join(folder, "no.xlsx"), config);
    expect(forms).toHaveLength(1);
  });
});
