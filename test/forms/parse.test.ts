import { describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import { parseForm } from "../../src/forms/parse.js";
import type { ReadNote } from "../../src/workbook/types.js";
import {
  dateCell,
  errorCell,
  formulaCell,
  makeWorkbook,
  percentCell,
  type GridSheet,
} from "../helpers/cells.js";
import { form01Sheet, form02Sheet, type SampleChanges } from "./samples.js";

const config = parseConfig(defaultConfig, "test");
const SOURCE = {
  file: "inbox/cao-loc-10h30.xlsx",
  absolutePath: "/inbox/cao-loc-10h30.xlsx",
  modifiedAt: "2021-05-23T10:45:00+07:00",
};

function parseSheets(sheets: GridSheet | GridSheet[], notes: ReadNote[] = []) {
  return parseForm(makeWorkbook(sheets, notes), SOURCE, config);
}

const parse01 = (changes: SampleChanges = {}) =>
  parseSheets(form01Sheet(changes));

function findingOf(changes: SampleChanges, code: string) {
  return parse01(changes).findings.find((finding) => finding.code === code);
}

describe("parseForm detection", () => {
  test("recognises Appendix 01", () => {
    expect(parse01().form).toBe("01");
  });

  test("recognises Appendix 02", () => {
    expect(parseSheets(form02Sheet()).form).toBe("02");
  });

  test("recognises Appendix 01 without its title", () => {
    const sheet = form01Sheet();
    const form = parseSheets({ ...sheet, rows: sheet.rows.slice(2) });
    expect(form.form).toBe("01");
  });

  test.each(["PHỤ LỤC SỐ 02", "Phụ lục II", "Phu luc 2 - Ket qua"])(
    "reads the title %j",
    (title) => {
      // Without the table and counted areas only the title names the form.
      const sheet = form02Sheet({ omit: ["countedAreas", "counting"] });
      const rows = sheet.rows.filter((row) => row[0] !== "TT");
      rows[0] = [title];
      const form = parseSheets({ ...sheet, rows });
      expect(form.form).toBe("02");
    },
  );

  test("chooses the sheet with the form", () => {
    const notes: GridSheet = { name: "Ghi chú", rows: [["Tổng số cử tri"]] };
    const form = parseSheets([notes, form01Sheet()]);
    expect(form.sheet).toBe("PL01");
  });

  test("reports an unknown form", () => {
    const rows = [["Danh sách cán bộ"], ["Nguyễn Văn An"]];
    const form = parseSheets({ rows });
    expect(form.form).toBeNull();
    expect(form.findings.map((f) => f.code)).toEqual(["unknown-form"]);
    expect(form.usable).toBe(false);
  });

  test("keeps the file times", () => {
    expect(parse01().modifiedAt).toBe(SOURCE.modifiedAt);
  });
});

describe("parseForm Appendix 01 fields", () => {
  test("reads a consistent form without findings", () => {
    const form = parse01();
    expect(form.findings).toEqual([]);
    expect(form.usable).toBe(true);
  });

  test("reads unit, slot and dates", () => {
    const form = parse01();
    expect(form.unit).toBe("CLO");
    expect(form.slot).toBe("10h30");
    expect(form.electionDate).toBe("2021-05-23");
    expect(form.sentAt).toBe("2021-05-23T10:41:00+07:00");
  });

  test("reads a value written after the label's colon", () => {
    const sheet = form01Sheet({ omit: ["unit"] });
    sheet.rows.push(["Đơn vị báo cáo: UBBC huyện Cao Lộc"]);
    expect(parseSheets(sheet).unit).toBe("CLO");
  });

  test("reads a percent-formatted turnout", () => {
    const form = parse01({ values: { turnoutPercent: percentCell(0.5732) } });
    expect(form.figures.turnoutPercent).toBe(57.32);
  });

  test("reads a plain fraction turnout that fits the counts", () => {
    const form = parse01({ values: { turnoutPercent: 0.5732 } });
    expect(form.figures.turnoutPercent).toBe(57.32);
  });

  test("keeps a tiny plain turnout that fits the counts", () => {
    const values = { voted: 400, turnoutPercent: 0.76 };
    expect(parse01({ values }).figures.turnoutPercent).toBe(0.76);
  });

  test("rounds a tiny plain turnout to two decimals", () => {
    const values = { voted: 400, turnoutPercent: 0.76123 };
    expect(parse01({ values }).figures.turnoutPercent).toBe(0.76);
  });

  test("flags an incident", () => {
    const form = parse01({ values: { incidents: "Mất điện tại khu vực 12" } });
    expect(form.hasIncident).toBe(true);
  });

  test("reads no incident from Không", () => {
    expect(parse01().hasIncident).toBe(false);
  });

  test("stays usable without optional fields", () => {
    const omit = ["sentAt", "fullCommunes", "reporter", "phone"];
    omit.push("turnoutPercent");
    const form = parse01({ omit });
    expect(form.usable).toBe(true);
    expect(form.findings).toEqual([]);
  });
});

describe("parseForm Appendix 01 findings", () => {
  test("field-missing for an absent label", () => {
    const finding = findingOf({ omit: ["voted"] }, "field-missing");
    expect(finding?.message).toContain("Số cử tri đã đi bầu");
    expect(parse01({ omit: ["voted"] }).usable).toBe(false);
  });

  test("field-missing for an empty value", () => {
    const values = { totalVoters: null };
    const finding = findingOf({ values }, "field-missing");
    expect(finding?.cell).toBe("A7");
  });

  test("field-not-number", () => {
    const values = { voted: "ba mươi nghìn" };
    const finding = findingOf({ values }, "field-not-number");
    expect(finding?.cell).toBe("C10");
    expect(finding?.message).toContain("ba mươi nghìn");
  });

  test("field-negative", () => {
    const values = { openedAreas: -2 };
    const finding = findingOf({ values }, "field-negative");
    expect(finding?.cell).toBe("C9");
  });

  test("field-not-whole", () => {
    const values = { fullAreas: "12,5" };
    const finding = findingOf({ values }, "field-not-whole");
    expect(finding?.cell).toBe("C12");
  });

  test("field-not-whole without float noise", () => {
    const values = { totalVoters: 25912.760000000002 };
    const finding = findingOf({ values }, "field-not-whole");
    expect(finding?.message).toContain("là 25.912,76.");
  });

  test.each(["-", "–", "....."])(
    "field-missing for a %j placeholder",
    (dash) => {
      const values = { totalVoters: dash };
      const finding = findingOf({ values }, "field-missing");
      expect(finding?.cell).toBe("C7");
      expect(finding?.message).toContain(`"${dash}" giữ chỗ`);
      expect(finding?.message).not.toContain("để trống");
    },
  );

  test("cell-error-value", () => {
    const values = { totalVoters: errorCell("#REF!") };
    const finding = findingOf({ values }, "cell-error-value");
    expect(finding?.message).toContain("#REF!");
  });

  test("formula-not-evaluated", () => {
    const values = { voted: formulaCell("SUM(D2:D9)") };
    expect(findingOf({ values }, "formula-not-evaluated")?.cell).toBe("C10");
  });

  test("slot-unknown shows a date day first", () => {
    const values = { slot: dateCell("2021-05-23T00:00:00") };
    const finding = findingOf({ values }, "slot-unknown");
    expect(finding?.message).toContain("23/05/2021");
  });

  test("field-invalid for an election date", () => {
    const values = { electionDate: "hôm nay" };
    expect(findingOf({ values }, "field-invalid")?.cell).toBe("C5");
  });

  test("field-invalid for sentAt keeps the form usable", () => {
    const values = { sentAt: "sáng" };
    expect(findingOf({ values }, "field-invalid")?.cell).toBe("C6");
    expect(parse01({ values }).usable).toBe(true);
  });

  test("sent-at-in-future falls back to the file time", () => {
    const values = { sentAt: "10:41 23/05/2099" };
    const form = parse01({ values });
    expect(findingOf({ values }, "sent-at-in-future")?.cell).toBe("C6");
    expect(form.sentAt).toBeNull();
    expect(form.usable).toBe(true);
  });

  test("unit-unknown", () => {
    const values = { unit: "Ủy ban bầu cử huyện Mẫu Sơn" };
    const finding = findingOf({ values }, "unit-unknown");
    expect(finding?.message).toContain("Mẫu Sơn");
    expect(parse01({ values }).usable).toBe(false);
  });

  test("slot-unknown", () => {
    const values = { slot: "11h00" };
    const finding = findingOf({ values }, "slot-unknown");
    expect(finding?.message).toContain("11h00");
    expect(parse01({ values }).usable).toBe(false);
  });

  test("findings carry unit, slot, file and sheet", () => {
    const finding = findingOf({ values: { voted: "?" } }, "field-not-number");
    expect(finding?.unit).toBe("CLO");
    expect(finding?.slot).toBe("10h30");
    expect(finding?.file).toBe(SOURCE.file);
    expect(finding?.sheet).toBe("PL01");
  });

  test("cell-error-value in a text field", () => {
    const values = { incidents: errorCell("#N/A") };
    const form = parse01({ values });
    const finding = form.findings.find((f) => f.code === "cell-error-value");
    expect(finding?.cell).toBe("C16");
    expect(form.hasIncident).toBe(false);
    expect(form.usable).toBe(true);
  });

  test("unit-unknown carries the slot", () => {
    const values = { unit: "Huyện Mẫu Sơn" };
    expect(findingOf({ values }, "unit-unknown")?.slot).toBe("10h30");
  });

  test("slot-unknown carries the unit", () => {
    const values = { slot: "11h00" };
    expect(findingOf({ values }, "slot-unknown")?.unit).toBe("CLO");
  });

  test("reader notes become findings", () => {
    const note: ReadNote = {
      code: "legacy-encoding",
      sheet: "PL01",
      params: { encoding: "TCVN3" },
    };
    const form = parseSheets(form01Sheet(), [note]);
    const finding = form.findings.find((f) => f.code === "legacy-encoding");
    expect(finding?.message).toContain("TCVN3");
    expect(finding?.unit).toBe("CLO");
    expect(form.usable).toBe(true);
  });

  test("reader note numbers in Vietnamese notation", () => {
    const note: ReadNote = {
      code: "sheet-truncated",
      sheet: "PL01",
      params: { sheet: "PL01", limit: 5000 },
    };
    const form = parseSheets(form01Sheet(), [note]);
    const finding = form.findings.find((f) => f.code === "sheet-truncated");
    expect(finding?.message).toContain("chỉ đọc 5.000 dòng");
  });
});

describe("parseForm with configured label aliases", () => {
  test("reads a field under an alias", () => {
    const labelAliases = { voted: ["Số cử tri đã bầu"] };
    const aliased = { ...config, labelAliases };
    const sheet = form01Sheet({ omit: ["voted"] });
    sheet.rows.push(["Số cử tri đã bầu", null, 30000]);
    const form = parseForm(makeWorkbook(sheet), SOURCE, aliased);
    expect(form.figures.voted).toBe(30000);
    expect(form.findings).toEqual([]);
  });
});

describe("parseForm Appendix 02 fields", () => {
  test("reads a consistent form without findings", () => {
    const form = parseSheets(form02Sheet());
    expect(form.findings).toEqual([]);
    expect(form.usable).toBe(true);
  });

  test("reads general figures and texts", () => {
    const form = parseSheets(form02Sheet());
    expect(form.figures.countedAreas).toBe(150);
    expect(form.figures.voted).toBe(52300);
    expect(form.texts.counting).toBe("Đã kiểm phiếu xong");
    expect(form.slot).toBeNull();
  });

  test("field-missing for counted areas", () => {
    const form = parseSheets(form02Sheet({ omit: ["countedAreas"] }));
    expect(form.findings.map((f) => f.code)).toContain("field-missing");
    expect(form.usable).toBe(false);
  });
});
