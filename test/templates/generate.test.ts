import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { generateTemplates } from "../../src/scripts/generate-templates.js";

const committed = path.resolve(import.meta.dirname, "../../templates");

describe("generateTemplates", () => {
  it("reproduces the committed templates", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "bctinh-templates-"));
    const written = await generateTemplates(folder);

    expect(written.map((file) => path.basename(file))).toEqual([
      "mau-01.xlsx",
      "mau-02.xlsx",
      "tong-hop-01.xlsx",
      "tong-hop-02.xlsx",
    ]);
    for (const file of written) {
      const fresh = await readFile(file);
      const stored = await readFile(path.join(committed, path.basename(file)));
      expect(fresh.equals(stored), path.basename(file)).toBe(true);
    }
  });

  it("fixes the workbook dates", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      await readFile(path.join(committed, "mau-01.xlsx")),
    );
    expect(workbook.created.toISOString()).toBe("2021-01-01T00:00:00.000Z");
    expect(workbook.modified.toISOString()).toBe("2021-01-01T00:00:00.000Z");
  });

  it("lists every unit in the blank summary", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      await readFile(path.join(committed, "tong-hop-01.xlsx")),
    );
    const texts: unknown[] = [];
    workbook.getWorksheet("Tổng hợp")?.eachRow((row) => {
      row.eachCell((cell) => texts.push(cell.value));
    });
    expect(texts).toContain("Huyện Đình Lập");
    expect(texts).toContain("0/11 đơn vị đã báo cáo");
  });
});
