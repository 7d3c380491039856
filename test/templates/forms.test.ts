import ExcelJS from "exceljs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { parseConfig } from "../../src/config/load.js";
import { defaultConfig } from "../../src/config/default.js";
import { buildForm01 } from "../../src/templates/form01.js";
import { buildForm02 } from "../../src/templates/form02.js";
import {
  ELECTION_COLUMNS,
  FORM01_FIELDS,
  FORM02_GENERAL_FIELDS,
  FORM02_TEXT_FIELDS,
} from "../../src/templates/labels.js";
import { writeFormTemplate } from "../../src/templates/write.js";

const config = parseConfig(defaultConfig, "test");

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const buffer = await workbook.xlsx.writeBuffer();
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(buffer);
  const sheet = copy.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  return sheet;
}

/** Returns the cell to the right of the cell whose text is `label`. */
function valueBeside(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (found === undefined && cell.value === label) {
        found = row.getCell(Number(cell.col) + 1);
      }
    });
  });
  if (found === undefined) throw new Error(`label not found: ${label}`);
  return found;
}

function allTexts(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === "string") texts.push(cell.value);
    });
  });
  return texts;
}

describe("buildForm01", () => {
  it("prints every Appendix 01 label", async () => {
    const texts = allTexts(await reopen(buildForm01(config)));
    for (const field of FORM01_FIELDS) {
      expect(texts, field.label).toContain(field.label);
    }
  });

  it("prints the title and the national motto", async () => {
    const texts = allTexts(await reopen(buildForm01(config)));
    expect(texts).toContain("Phụ lục 01 – Báo cáo nhanh");
    expect(texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts).toContain("Độc lập - Tự do - Hạnh phúc");
  });

  it("writes the election date as a date cell", async () => {
    const sheet = await reopen(
      buildForm01(config, { electionDate: "2021-05-23" }),
    );
    const cell = valueBeside(sheet, "Ngày bầu cử");
    expect(cell.value).toEqual(new Date(Date.UTC(2021, 4, 23)));
    expect(cell.numFmt).toBe("dd/mm/yyyy");
  });

  it("writes sentAt as local wall-clock time", async () => {
    const sheet = await reopen(
      buildForm01(config, { sentAt: "2021-05-23T10:41:00+07:00" }),
    );
    const cell = valueBeside(sheet, "Thời gian gửi");
    expect(cell.value).toEqual(new Date(Date.UTC(2021, 4, 23, 10, 41)));
  });

  it("formats counts and turnout", async () => {
    const sheet = await reopen(
      buildForm01(config, {
        figures: { totalVoters: 52341, turnoutPercent: 98.78 },
      }),
    );
    const voters = valueBeside(sheet, "Tổng số cử tri");
    const turnout = valueBeside(sheet, "Tỷ lệ cử tri đã đi bầu (%)");
    expect(voters.value).toBe(52341);
    expect(voters.numFmt).toBe("#,##0");
    expect(turnout.value).toBe(98.78);
    expect(turnout.numFmt).toBe("0.00");
  });

  it("keeps numbers typed as text", async () => {
    const sheet = await reopen(
      buildForm01(config, { figures: { totalVoters: "52.341" } }),
    );
    expect(valueBeside(sheet, "Tổng số cử tri").value).toBe("52.341");
  });

  it("applies retyped labels and row order", async () => {
    const sheet = await reopen(
      buildForm01(config, {
        figures: { voted: 100 },
        layout: {
          order: ["voted", "unit"],
          labels: { voted: "So cu tri da di bau" },
          blankRowsBefore: 3,
        },
      }),
    );
    const cell = valueBeside(sheet, "So cu tri da di bau");
    expect(cell.value).toBe(100);
    expect(Number(cell.row)).toBe(12);
  });

  it("sets up A4 portrait fitted to width", async () => {
    const sheet = await reopen(buildForm01(config));
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe("portrait");
    expect(sheet.pageSetup.fitToWidth).toBe(1);
  });
});

describe("buildForm02", () => {
  it("prints every Appendix 02 label", async () => {
    const texts = allTexts(await reopen(buildForm02(config)));
    const labels = [
      ...FORM02_GENERAL_FIELDS.map((field) => field.label),
      ...FORM02_TEXT_FIELDS.map((field) => field.label),
      ...ELECTION_COLUMNS.map((column) => column.label),
      ...config.elections.map((election) => election.label),
      "Phụ lục 02 – Báo cáo tình hình và kết quả sơ bộ",
    ];
    for (const label of labels) expect(texts, label).toContain(label);
  });

  it("fills the results table by election and column", async () => {
    const sheet = await reopen(
      buildForm02(config, {
        elections: { "Đại biểu HĐND huyện": { seats: 30, elected: 29 } },
      }),
    );
    const row = valueBeside(sheet, "Đại biểu HĐND huyện").row;
    const header = valueBeside(sheet, "Cuộc bầu cử").row;
    const seatsColumn = sheet.getRow(Number(header))
      .values as ExcelJS.CellValue[];
    const seatsIndex = seatsColumn.indexOf("Số đại biểu được bầu");
    const electedIndex = seatsColumn.indexOf("Số người trúng cử");
    expect(sheet.getCell(Number(row), seatsIndex).value).toBe(30);
    expect(sheet.getCell(Number(row), electedIndex).value).toBe(29);
  });
});

describe("writeFormTemplate", () => {
  it("pre-fills unit, slot and date", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "bctinh-form-"));
    const output = path.join(folder, "mau.xlsx");
    await writeFormTemplate("01", config, {
      unit: "CLO",
      slot: "10:30",
      output,
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile(output));
    const sheet = workbook.worksheets[0]!;
    expect(valueBeside(sheet, "Đơn vị báo cáo").value).toBe(
      "Ủy ban bầu cử huyện Cao Lộc",
    );
    expect(valueBeside(sheet, "Thời điểm báo cáo").value).toBe("10h30");
    expect(valueBeside(sheet, "Ngày bầu cử").value).toEqual(
      new Date(Date.UTC(2021, 4, 23)),
    );
  });

  it("rejects an unknown unit listing valid ones", async () => {
    const attempt = writeFormTemplate("01", config, {
      unit: "XYZ",
      output: path.join(tmpdir(), "never.xlsx"),
    });
    await expect(attempt).rejects.toThrow(/Không có đơn vị "XYZ".*CLO/);
  });

  it("rejects an unknown slot listing valid ones", async () => {
    const attempt = writeFormTemplate("01", config, {
      unit: "CLO",
      slot: "9h15",
      output: path.join(tmpdir(), "never.xlsx"),
    });
    await expect(attempt).rejects.toThrow(/Mốc báo cáo "9h15".*10h30/);
  });
});
