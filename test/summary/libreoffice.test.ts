import { execFileSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { writeFinalSummary } from "../../src/summary/final-summary.js";
import { writeMergeSummary } from "../../src/summary/merge-summary.js";
import { hasLibreOffice } from "../helpers/programs.js";
import { finalResult, quickResult, smallConfig } from "./results.js";

/**
 * Converts the first sheet of a workbook to CSV with LibreOffice, as a
 * spreadsheet program shows it on opening, and returns its rows.
 */
async function openWithLibreOffice(file: string): Promise<string[][]> {
  const folder = path.dirname(file);
  // Filter options: comma, double quote, UTF-8 (76), start at row 1.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${folder}/profile`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      folder,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  const csv = await readFile(file.replace(/\.xlsx$/, ".csv"), "utf8");
  return csv.split("\n").map(parseCsvLine);
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (const match of line.matchAll(pattern)) {
    const raw = match[1] ?? "";
    cells.push(
      raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw,
    );
    if (match[2] === "") break;
  }
  return cells;
}

function digits(text: string | undefined): string {
  return (text ?? "").replace(/[^\d.]/g, "");
}

describe.skipIf(!hasLibreOffice)("summary opened in LibreOffice", () => {
  it("shows quick-report totals", { timeout: 180_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "bctinh-lo-"));
    const file = path.join(folder, "tong-hop-10h30.xlsx");
    await writeMergeSummary(quickResult(), smallConfig, file);

    const rows = await openWithLibreOffice(file);
    const header = rows.find((row) => row.includes("Số cử tri đã đi bầu"));
    const totals = rows.find((row) => row.includes("Tổng cộng"));
    const column = header?.indexOf("Số cử tri đã đi bầu") ?? -1;
    expect(digits(totals?.[column])).toBe("61234");
    expect(rows.some((row) => row.includes("2/3 đơn vị đã báo cáo"))).toBe(
      true,
    );
  });

  it("shows preliminary-result totals", { timeout: 180_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "bctinh-lo-"));
    const file = path.join(folder, "tong-hop-ket-qua.xlsx");
    await writeFinalSummary(finalResult(), smallConfig, file);

    const rows = await openWithLibreOffice(file);
    const header = rows.find((row) =>
      row.includes("Số cử tri đã tham gia bỏ phiếu"),
    );
    const totals = rows.find((row) => row.includes("Tổng cộng"));
    const voted = header?.indexOf("Số cử tri đã tham gia bỏ phiếu") ?? -1;
    const turnout = header?.indexOf("Tỷ lệ cử tri đã đi bầu (%)") ?? -1;
    expect(digits(totals?.[voted])).toBe("99990");
    expect(digits(totals?.[turnout])).toBe("99.99");
  });
});
