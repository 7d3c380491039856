import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  SheetFilter,
  columnName,
  columnNumber,
} from "../../src/workbook/sheet-filter.js";
import { PackageError } from "../../src/workbook/zip.js";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function filter(xml: string, chunkSize = xml.length) {
  const sheet = new SheetFilter("xl/worksheets/sheet1.xml");
  for (let offset = 0; offset < xml.length; offset += chunkSize) {
    if (!sheet.push(xml.slice(offset, offset + chunkSize))) break;
  }
  return sheet.finish();
}

function failureCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof PackageError ? error.failure.code : String(error);
  }
}

const FORM =
  `<?xml version="1.0"?><worksheet xmlns="${NS}"><dimension ref="A1:XFD1048576"/>` +
  '<cols><col min="1" max="16384" width="9"/></cols><sheetData>' +
  '<row r="1" spans="1:3" ht="20"><c r="A1" t="inlineStr"><is><t>Tổng số cử tri</t></is></c>' +
  '<c r="B1" s="2"><v>52341</v></c><c r="C1" s="4"/></row>' +
  '<row r="2"><c r="A2"><f>B1*2</f></c></row></sheetData>' +
  '<dataValidations count="1"><dataValidation sqref="A1:XFD1048576"/></dataValidations>' +
  '<mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells>' +
  '<conditionalFormatting sqref="A1:XFD1048576"/></worksheet>';

describe("SheetFilter", () => {
  it("keeps cells and merges and drops the rest", () => {
    expect(filter(FORM).xml).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<worksheet xmlns="${NS}"><sheetData>` +
        '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Tổng số cử tri</t></is></c>' +
        '<c r="B1" s="2"><v>52341</v></c></row>' +
        '<row r="2"><c r="A2"><f>B1*2</f></c></row></sheetData>' +
        '<mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells></worksheet>',
    );
  });

  it("gives the same output for any chunking", () => {
    const whole = filter(FORM).xml;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), (size) => {
        expect(filter(FORM, size).xml).toBe(whole);
      }),
    );
  });

  it("removes a namespace prefix", () => {
    const xml =
      `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1">` +
      '<x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(filter(xml).xml).toContain(
      '<row r="1"><c r="A1"><v>7</v></c></row>',
    );
  });

  it("adds missing row and cell references", () => {
    const xml =
      `<worksheet xmlns="${NS}"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row>` +
      "<row><c><v>3</v></c></row></sheetData></worksheet>";
    expect(filter(xml).xml).toContain(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><v>3</v></c></row>',
    );
  });

  it("reads an empty sheet", () => {
    const xml = `<worksheet xmlns="${NS}"><sheetData/></worksheet>`;
    expect(filter(xml).xml).toContain("<sheetData></sheetData>");
  });

  it("marks rows past the limit as truncated", () => {
    const rows = Array.from(
      { length: 5_010 },
      (_, index) => `<row r="${index + 1}"><c><v>1</v></c></row>`,
    );
    const xml = `<worksheet xmlns="${NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    expect(filter(xml, 4096).truncated).toBe(true);
  });

  it("keeps rows up to the limit", () => {
    const rows = Array.from(
      { length: 5_010 },
      (_, index) => `<row r="${index + 1}"><c><v>1</v></c></row>`,
    );
    const xml = `<worksheet xmlns="${NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    expect(filter(xml, 4096).xml.match(/<row /g)?.length).toBe(5_000);
  });

  it("rejects a DOCTYPE", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet xmlns="${NS}"><sheetData/></worksheet>`;
    expect(failureCode(() => filter(xml, 10))).toBe("xml-entities");
  });

  it("rejects a row longer than the row limit", () => {
    const xml = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c><v>${"9".repeat(5 * 1024 * 1024)}`;
    expect(failureCode(() => filter(xml, 64 * 1024))).toBe(
      "workbook-too-large",
    );
  });

  it("rejects a part without a worksheet", () => {
    expect(failureCode(() => filter("<chartsheet/>"))).toBe("file-unreadable");
  });

  it("clips a merge to the row limit", () => {
    const xml =
      `<worksheet xmlns="${NS}"><sheetData/><mergeCells count="1">` +
      '<mergeCell ref="A4990:B6000"/></mergeCells></worksheet>';
    expect(filter(xml).xml).toContain('<mergeCell ref="A4990:B5000"/>');
  });

  it("drops a merge over too many cells", () => {
    const xml =
      `<worksheet xmlns="${NS}"><sheetData/><mergeCells count="1">` +
      '<mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>';
    expect(filter(xml).xml).not.toContain("mergeCell");
  });
});

describe("column letters", () => {
  it("round-trip through numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (column) => {
        expect(columnNumber(columnName(column))).toBe(column);
      }),
    );
  });

  it("name the last Excel column", () => {
    expect(columnName(16_384)).toBe("XFD");
  });
});
