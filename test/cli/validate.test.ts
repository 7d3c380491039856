import ExcelJS from "exceljs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { makeTempDir } from "./inbox.js";
import { run } from "./run.js";

let root = "";

/** Writes Văn Lãng's 8h30 and 10h30 reports as two sheets of one file. */
async function writeTwoSlots(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [slot, voted] of [
    ["8h30", 10000],
    ["10h30", 20000],
  ] as const) {
    const sheet = workbook.addWorksheet(slot);
    sheet.addRow(["PHỤ LỤC 01"]);
    sheet.addRow(["Đơn vị báo cáo", "UBBC H. Văn Lãng"]);
    sheet.addRow(["Thời điểm báo cáo", slot]);
    sheet.addRow(["Ngày bầu cử", "23/5/2021"]);
    sheet.addRow(["Tổng số cử tri", 40000]);
    sheet.addRow(["Tổng số khu vực bỏ phiếu", 100]);
    sheet.addRow(["Số khu vực bỏ phiếu đã khai mạc", 100]);
    sheet.addRow(["Số cử tri đã đi bầu", voted]);
    sheet.addRow(["Tỷ lệ cử tri đã đi bầu (%)", voted / 400]);
    sheet.addRow(["Số khu vực bỏ phiếu có 100% cử tri đã đi bầu", 0]);
    sheet.addRow(["Số khu vực bỏ phiếu đã kết thúc bỏ phiếu", 0]);
  }
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  root = await makeTempDir("validate");
  await writeTwoSlots(path.join(root, "Van Lang 10h30.xlsx"));
  await mkdir(path.join(root, "hop-thu"));
});

describe("validate with several form sheets", () => {
  it("prints one block per sheet", async () => {
    const file = path.join(root, "Van Lang 10h30.xlsx");
    const result = await run(["validate", file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("trang 8h30");
    expect(result.stdout).toContain("trang 10h30");
  });

  it("adds sheets to the JSON document", async () => {
    const file = path.join(root, "Van Lang 10h30.xlsx");
    const result = await run(["validate", "--json", file]);
    const document = JSON.parse(result.stdout);
    expect(document.slot).toBe("8h30");
    expect(document.sheets).toHaveLength(2);
    expect(document.sheets[1].slot).toBe("10h30");
    expect(document.sheets[1].sheet).toBe("10h30");
  });
});

describe("validate with a bad path", () => {
  it("reports a missing file in Vietnamese", async () => {
    const result = await run(["validate", path.join(root, "khong-co.xlsx")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Không tìm thấy tệp");
    expect(result.stdout).toContain("hãy kiểm tra đường dẫn");
  });

  it("gives a missing file a null modifiedAt", async () => {
    const file = path.join(root, "khong-co.xlsx");
    const result = await run(["validate", "--json", file]);
    const document = JSON.parse(result.stdout);
    expect(document.modifiedAt).toBeNull();
    expect(document.findings[0].code).toBe("file-not-found");
  });

  it("exits 2 for a folder", async () => {
    const result = await run(["validate", path.join(root, "hop-thu")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("là thư mục, không phải tệp");
    expect(result.stdout).toBe("");
  });
});
