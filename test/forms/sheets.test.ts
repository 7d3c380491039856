import { describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import { parseForm, parseForms } from "../../src/forms/parse.js";
import type { ParsedForm } from "../../src/forms/types.js";
import type { SheetState, Workbook } from "../../src/workbook/types.js";
import { makeWorkbook, type GridSheet } from "../helpers/cells.js";
import { form01Sheet, form02Sheet } from "./samples.js";

const config = parseConfig(defaultConfig, "test");

function source(file: string) {
  return {
    file,
    absolutePath: `/${file}`,
    modifiedAt: "2021-05-23T10:45:00+07:00",
  };
}

/** Builds a Cao Lộc quick report on a sheet with the given name and slot. */
function quickSheet(name: string, slot = "10h30", voted = 30000): GridSheet {
  const sheet = form01Sheet({
    values: { slot, voted, turnoutPercent: (voted / 52341) * 100 },
  });
  return { ...sheet, name };
}

function withStates(
  sheets: GridSheet[],
  states: Array<SheetState | undefined>,
): Workbook {
  const workbook = makeWorkbook(sheets);
  workbook.sheets.forEach((sheet, index) => {
    const state = states[index];
    if (state !== undefined) sheet.state = state;
  });
  return workbook;
}

const codes = (form: ParsedForm | undefined) =>
  form?.findings.map((finding) => finding.code) ?? [];

describe("parseForms with hidden sheets", () => {
  test.each<SheetState>(["hidden", "veryHidden"])(
    "skips a %s earlier sheet",
    (state) => {
      const workbook = withStates(
        [quickSheet("Cu", "10h30", 1000), quickSheet("PL01")],
        [state, undefined],
      );
      const forms = parseForms(workbook, source("inbox/CLO.xlsx"), config);
      expect(forms.map((form) => form.sheet)).toEqual(["PL01"]);
      expect(forms[0]?.figures.voted).toBe(30000);
      expect(forms[0]?.usable).toBe(true);
    },
  );

  test("warns about a hidden form sheet", () => {
    const workbook = withStates(
      [quickSheet("Cu"), quickSheet("PL01")],
      ["hidden", undefined],
    );
    const form = parseForm(workbook, source("inbox/CLO.xlsx"), config);
    const warning = form.findings.find(
      (finding) => finding.code === "hidden-sheet-ignored",
    );
    expect(warning?.severity).toBe("warning");
    expect(warning?.sheet).toBe("Cu");
    expect(warning?.message).toContain('"Cu"');
  });

  test("finds no form when the only form sheet is hidden", () => {
    const workbook = withStates([quickSheet("PL01")], ["hidden"]);
    const form = parseForm(workbook, source("inbox/CLO.xlsx"), config);
    expect(form.form).toBeNull();
    expect(codes(form)).toEqual(["hidden-sheet-ignored", "unknown-form"]);
  });
});

describe("parseForms with several visible form sheets", () => {
  test("reads one form per slot sheet", () => {
    const workbook = makeWorkbook([
      quickSheet("8h30", "8h30", 12000),
      quickSheet("10h30", "10h30", 30000),
    ]);
    const forms = parseForms(
      workbook,
      source("inbox/Cao Loc 10h30.xlsx"),
      config,
    );
    expect(forms.map((form) => [form.sheet, form.slot])).toEqual([
      ["8h30", "8h30"],
      ["10h30", "10h30"],
    ]);
    expect(forms.every((form) => form.usable)).toBe(true);
  });

  test("rejects a draft sheet for the same slot", () => {
    const workbook = makeWorkbook([
      quickSheet("Ban nhap", "10h30", 1000),
      quickSheet("PL01", "10h30", 30000),
    ]);
    const forms = parseForms(workbook, source("inbox/CLO.xlsx"), config);
    expect(forms.map((form) => form.usable)).toEqual([false, false]);
    for (const form of forms) {
      expect(codes(form)).toContain("multiple-form-sheets");
    }
  });

  test("names both sheets in the ambiguity error", () => {
    const workbook = makeWorkbook([quickSheet("Ban nhap"), quickSheet("PL01")]);
    const [draft] = parseForms(workbook, source("inbox/CLO.xlsx"), config);
    const error = draft?.findings.find(
      (finding) => finding.code === "multiple-form-sheets",
    );
    expect(error?.severity).toBe("error");
    expect(error?.message).toContain('"Ban nhap", "PL01"');
    expect(error?.message).toContain("xóa trang nháp");
  });

  test("rejects two Appendix 02 sheets of one unit", () => {
    const workbook = makeWorkbook([
      { ...form02Sheet(), name: "A" },
      { ...form02Sheet(), name: "B" },
    ]);
    const forms = parseForms(workbook, source("inbox/CLO.xlsx"), config);
    expect(forms.map((form) => form.usable)).toEqual([false, false]);
  });

  test("keeps a visible sheet that is not a form out", () => {
    const notes: GridSheet = { name: "Ghi chú", rows: [["Tổng số cử tri"]] };
    const workbook = makeWorkbook([notes, quickSheet("PL01")]);
    const forms = parseForms(workbook, source("inbox/CLO.xlsx"), config);
    expect(forms).toHaveLength(1);
  });
});

describe("parseForms unit against file name", () => {
  test("warns when the file names another unit", () => {
    const workbook = makeWorkbook(
      form01Sheet({ values: { unit: "UBBC huyện Văn Quan" } }),
    );
    const form = parseForm(
      workbook,
      source("inbox/Van Lang 10h30.xlsx"),
      config,
    );
    const warning = form.findings.find(
      (finding) => finding.code === "unit-mismatch",
    );
    expect(form.unit).toBe("VQ");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("Huyện Văn Lãng");
    expect(warning?.message).toContain("Huyện Văn Quan");
    expect(form.usable).toBe(true);
  });

  test.each([
    "inbox/Cao Loc 10h30.xlsx",
    "inbox/CLO-10h30.xlsx",
    "inbox/bao-cao-10h30.xlsx",
    "inbox/Cao Loc tinh Lang Son.xlsx",
    "inbox/Lang Son 10h30.xlsx",
  ])("stays quiet for %j", (file) => {
    const form = parseForm(makeWorkbook(form01Sheet()), source(file), config);
    expect(codes(form)).not.toContain("unit-mismatch");
  });
});
