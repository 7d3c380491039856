import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { catalogue } from "../../src/findings/catalogue.js";
import { closeWorkbookReaders, readWorkbook } from "../../src/workbook/read.js";
import type { ReadResult } from "../../src/workbook/types.js";
import { hasLibreOffice } from "../helpers/programs.js";

const FOLDER = join(import.meta.dirname, "../../fixtures/hostile");

/** Reading a file must end within this bound, well under the 20 s timeout. */
const BOUND_MS = 15_000;

type Expected =
  | { read: true; notes?: string[]; cells?: number }
  | { read: false; code: string };

/** Without LibreOffice, a file that needs converting is unsupported. */
function converted(expected: Expected): Expected {
  return hasLibreOffice
    ? expected
    : { read: false, code: "unsupported-format" };
}

const CORPUS: [string, Expected][] = [
  ["form.xlsx", { read: true, notes: [] }],
  ["form.xlsm", { read: true, notes: [] }],
  ["other-writer.xlsx", { read: true, notes: [] }],
  ["libreoffice.xlsx", { read: true, notes: [] }],
  ["gnumeric.xlsx", { read: true, notes: [] }],
  ["form.xls", converted({ read: true, notes: [] })],
  ["form.ods", converted({ read: true, notes: [] })],
  ["xlsx-named.xls", { read: true, notes: ["extension-mismatch"] }],
  ["xls-named.xlsx", converted({ read: true, notes: ["extension-mismatch"] })],
  ["html-table.xls", converted({ read: true, notes: ["extension-mismatch"] })],
  [
    "spreadsheetml.xls",
    converted({ read: true, notes: ["extension-mismatch"] }),
  ],
  ["tcvn3.xlsx", { read: true, notes: ["legacy-encoding"] }],
  ["vni.xlsx", { read: true, notes: ["legacy-encoding"] }],
  ["whole-sheet-ranges.xlsx", { read: true, notes: [] }],
  ["junk-rows.xlsx", { read: true, notes: ["sheet-truncated"] }],
  ["Cao Lộc 10h30.xlsx".normalize("NFD"), { read: true, notes: [] }],
  ["bao cao  nhanh 10h30.xlsx", { read: true, notes: [] }],
  ["CLO-10h30 (1).xlsx", { read: true, notes: [] }],
  ["zip-without-workbook.xlsx", { read: false, code: "not-a-workbook" }],
  ["report.pdf", { read: false, code: "not-a-workbook" }],
  ["pdf-named.xlsx", { read: false, code: "not-a-workbook" }],
  ["broken.xls", converted({ read: false, code: "conversion-failed" })],
  ["encrypted.xlsx", { read: false, code: "file-encrypted" }],
  ["empty.xlsx", { read: false, code: "file-empty" }],
  ["truncated.xlsx", { read: false, code: "file-truncated" }],
  ["random.xlsx", { read: false, code: "not-a-workbook" }],
  ["doctype.xlsx", { read: false, code: "xml-entities" }],
];

afterAll(async () => {
  await closeWorkbookReaders();
});

function labelCell(result: ReadResult, address: string): unknown {
  if (!result.ok) return undefined;
  return result.workbook.sheets[0]?.cells.find(
    (cell) => cell.address === address,
  )?.value;
}

describe("readWorkbook on the hostile corpus", () => {
  for (const [name, expected] of CORPUS) {
    it(`${name}: ${expected.read ? "read" : expected.code}`, async () => {
      const started = Date.now();
      const result = await readWorkbook(join(FOLDER, name));
      const elapsed = Date.now() - started;

      expect(elapsed).toBeLessThan(BOUND_MS);
      if (!expected.read) {
        expect(result.ok ? "read" : result.failure.code).toBe(expected.code);
        return;
      }
      expect(result.ok ? "read" : result.failure.code).toBe("read");
      const notes = result.ok
        ? result.workbook.notes.map((note) => note.code)
        : [];
      expect(notes).toEqual(expected.notes);
    });
  }

  it("expects only failure codes from the finding catalogue", () => {
    for (const [, expected] of CORPUS) {
      if (!expected.read)
        expect(Object.keys(catalogue)).toContain(expected.code);
    }
  });
});

describe("readWorkbook contents of converted and other-program files", () => {
  const converting = hasLibreOffice ? ["form.xls", "form.ods"] : [];
  for (const name of [...converting, "libreoffice.xlsx", "gnumeric.xlsx"]) {
    it(`${name}: keeps the voter total`, async () => {
      const result = await readWorkbook(join(FOLDER, name));
      expect(labelCell(result, "B6")).toEqual({ type: "number", value: 52341 });
    });

    it(`${name}: keeps the percent format`, async () => {
      const result = await readWorkbook(join(FOLDER, name));
      expect(labelCell(result, "C9")).toMatchObject({
        type: "number",
        format: "0.00%",
      });
    });
  }

  const markup = hasLibreOffice ? ["html-table.xls", "spreadsheetml.xls"] : [];
  for (const name of markup) {
    it(`${name}: reads a label and its value`, async () => {
      const result = await readWorkbook(join(FOLDER, name));
      const cells = result.ok ? (result.workbook.sheets[0]?.cells ?? []) : [];
      const label = cells.find(
        (cell) =>
          cell.value.type === "text" && cell.value.value === "Tổng số cử tri",
      );
      const value = cells.find(
        (cell) => cell.row === label?.row && cell.col === (label?.col ?? 0) + 1,
      );
      expect(value?.value).toEqual({ type: "number", value: 52341 });
    });
  }

  it("tcvn3.xlsx: converts a label to Unicode", async () => {
    const result = await readWorkbook(join(FOLDER, "tcvn3.xlsx"));
    expect(labelCell(result, "A6")).toEqual({
      type: "text",
      value: "Tổng số cử tri",
    });
  });

  it("tcvn3.xlsx: names the encoding", async () => {
    const result = await readWorkbook(join(FOLDER, "tcvn3.xlsx"));
    const notes = result.ok ? result.workbook.notes : [];
    expect(notes[0]?.params).toEqual({ encoding: "TCVN3" });
  });

  it("vni.xlsx: converts a label to Unicode", async () => {
    const result = await readWorkbook(join(FOLDER, "vni.xlsx"));
    expect(labelCell(result, "A11")).toEqual({
      type: "text",
      value: "Sự cố, vướng mắc phát sinh",
    });
  });

  it("vni.xlsx: leaves Unicode values alone", async () => {
    const result = await readWorkbook(join(FOLDER, "vni.xlsx"));
    expect(labelCell(result, "B3")).toEqual({
      type: "text",
      value: "Ủy ban bầu cử huyện Cao Lộc",
    });
  });

  it("junk-rows.xlsx: still reads the form at the top", async () => {
    const result = await readWorkbook(join(FOLDER, "junk-rows.xlsx"));
    expect(labelCell(result, "B9")).toEqual({ type: "number", value: 30712 });
  });

  it("whole-sheet-ranges.xlsx: reads the form", async () => {
    const result = await readWorkbook(join(FOLDER, "whole-sheet-ranges.xlsx"));
    expect(labelCell(result, "B6")).toEqual({ type: "number", value: 52341 });
  });

  it("xls-named.xlsx: names the extension and the content", async () => {
    const result = await readWorkbook(join(FOLDER, "xls-named.xlsx"));
    const notes = result.ok ? result.workbook.notes : [];
    expect(notes[0]?.params).toEqual({
      extension: ".xlsx",
      detected: ".xls",
    });
  });
});

describe("readWorkbook on other-writer.xlsx", () => {
  let result: ReadResult;

  it("reads the file", async () => {
    result = await readWorkbook(join(FOLDER, "other-writer.xlsx"));
    expect(result.ok).toBe(true);
  });

  it("reads inline strings", () => {
    expect(labelCell(result, "A1")).toEqual({
      type: "text",
      value: "Tổng số cử tri",
    });
  });

  it("keeps a custom number format", () => {
    expect(labelCell(result, "B1")).toEqual({
      type: "number",
      value: 52341,
      format: '#,##0 "người"',
    });
  });

  it("computes a formula saved without a result", () => {
    expect(labelCell(result, "B2")).toEqual({ type: "number", value: 30712 });
  });

  it("computes a percent formula and keeps its format", () => {
    expect(labelCell(result, "B5")).toEqual({
      type: "number",
      value: 30712 / 52341,
      format: "0.00%",
    });
  });

  it("reads a 1904-system date as wall-clock time", () => {
    expect(labelCell(result, "B6")).toEqual({
      type: "date",
      value: "2021-05-23T10:39:00",
    });
  });

  it("computes SUM over a range", () => {
    expect(labelCell(result, "B7")).toEqual({ type: "number", value: 113765 });
  });
});
