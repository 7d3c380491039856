import { describe, expect, test } from "vitest";

import {
  parseCount,
  parseDate,
  parseDateTime,
  parsePercent,
  parseSlot,
  reportsIncident,
} from "../../src/forms/values.js";
import type { CellValue } from "../../src/workbook/types.js";

const text = (value: string): CellValue => ({ type: "text", value });
const number = (value: number, format?: string): CellValue =>
  format === undefined
    ? { type: "number", value }
    : { type: "number", value, format };

const SLOTS = [
  "8h30",
  "10h30",
  "12h30",
  "14h30",
  "16h30",
  "18h30",
  "20h30",
  "22h30",
];
const dateCell = (value: string): CellValue => ({ type: "date", value });
const DAY = "2021-05-23";

describe("parseCount", () => {
  test.each<[string, CellValue, number]>([
    ["number cell", number(52341), 52341],
    ["formula noise", number(52341.000000000004), 52341],
    ["dotted thousands", text("573.051"), 573051],
    ["spaced thousands", text("573 051"), 573051],
    ["non-breaking space", text("573\u00a0051"), 573051],
    ["thin space", text("573\u2009051"), 573051],
    ["narrow no-break space", text("1\u202f562"), 1562],
    ["dot is never a decimal", text("1.234"), 1234],
    ["comma thousands", text("1,234,567"), 1234567],
    ["plain text digits", text(" 150 "), 150],
    ["zero", text("0"), 0],
    ["unit word", text("150 khu vực"), 150],
    ["people", text("52.341 người"), 52341],
  ])("reads %s", (_name, value, expected) => {
    expect(parseCount(value)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, CellValue, string]>([
    ["words", text("năm mươi"), "field-not-number"],
    ["boolean", { type: "boolean", value: true }, "field-not-number"],
    ["date cell", dateCell("2021-05-23T00:00:00"), "field-not-number"],
    ["negative number", number(-5), "field-negative"],
    ["negative text", text("-1.200"), "field-negative"],
    ["decimal number", number(12.5), "field-not-whole"],
    ["decimal comma", text("12,5"), "field-not-whole"],
    ["count above a billion", number(1e20), "field-invalid"],
    ["text above a billion", text("1.000.000.001"), "field-invalid"],
    ["error value", { type: "error", value: "#REF!" }, "cell-error-value"],
    [
      "unevaluated formula",
      { type: "formula", formula: "SUM(C1:C9)" },
      "formula-not-evaluated",
    ],
  ])("rejects %s", (_name, value, code) => {
    const result = parseCount(value);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.code).toBe(code);
  });
});

test("parseCount accepts a count of exactly a billion", () => {
  expect(parseCount(number(1_000_000_000))).toEqual({
    ok: true,
    value: 1_000_000_000,
  });
});

test("parseCount names the largest count accepted", () => {
  const result = parseCount(number(1e20));
  expect(result.ok ? null : result.params.expected).toContain(
    "1.000.000.000",
  );
});

describe("parsePercent", () => {
  test.each<[string, CellValue, number, boolean]>([
    ["number cell", number(98.78), 98.78, false],
    ["dot text", text("98.78"), 98.78, false],
    ["comma text", text("98,78"), 98.78, false],
    ["comma and sign", text("98,78%"), 98.78, false],
    ["space before sign", text("98,78 %"), 98.78, false],
    ["percent format", number(0.9878, "0.00%"), 98.78, false],
    ["hundred percent", number(1, "0%"), 100, false],
    ["plain fraction", number(0.9878), 0.9878, true],
    ["plain one", number(1), 1, true],
    ["uncomputed division", number(70.39032498423798), 70.39, false],
    ["long decimal text", text("70,3903"), 70.39, false],
  ])("reads %s", (_name, value, expected, ambiguous) => {
    const result = parsePercent(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.value).toBe(expected);
    expect(result.value.ambiguous).toBe(ambiguous);
  });

  test.each<[string, CellValue, string]>([
    ["words", text("gần hết"), "field-not-number"],
    ["negative", text("-3,5"), "field-negative"],
    ["error value", { type: "error", value: "#DIV/0!" }, "cell-error-value"],
  ])("rejects %s", (_name, value, code) => {
    const result = parsePercent(value);
    expect(result.ok ? null : result.code).toBe(code);
  });
});

describe("parseDate", () => {
  test.each<[string, CellValue, string]>([
    ["date cell", { type: "date", value: "2021-05-23T00:00:00" }, DAY],
    ["short text", text("23/5/2021"), DAY],
    ["padded text", text("23/05/2021"), DAY],
    ["dashes", text("23-5-2021"), DAY],
    ["dots", text("23.05.2021"), DAY],
    ["two-digit year", text("23/5/21"), DAY],
    ["words", text("ngày 23 tháng 5 năm 2021"), DAY],
    ["words in NFD", text("ngày 23 tháng 5 năm 2021".normalize("NFD")), DAY],
    ["weekday before", text("Chủ nhật, ngày 23/5/2021"), DAY],
    ["serial with date format", number(44339, "dd/mm/yyyy"), DAY],
  ])("reads %s", (_name, value, expected) => {
    expect(parseDate(value)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, CellValue]>([
    ["impossible day", text("31/2/2021")],
    ["no year", text("23/5")],
    ["plain number", number(44339)],
  ])("rejects %s", (_name, value) => {
    const result = parseDate(value);
    expect(result.ok ? null : result.code).toBe("field-invalid");
  });
});

describe("parseDateTime", () => {
  test.each<[string, CellValue, string]>([
    ["date cell", dateCell("2021-05-23T10:41:00"), "2021-05-23T10:41:00"],
    ["time then date", text("10:41 23/5/2021"), "2021-05-23T10:41:00"],
    ["date then time", text("23/05/2021 10:41"), "2021-05-23T10:41:00"],
    ["words", text("10 giờ 41 ngày 23/5/2021"), "2021-05-23T10:41:00"],
    [
      "h and words",
      text("10h41' ngày 23 tháng 5 năm 2021"),
      "2021-05-23T10:41:00",
    ],
    ["hour only", text("21 giờ, 23/5/2021"), "2021-05-23T21:00:00"],
    ["time only", text("10:41"), "2021-05-23T10:41:00"],
    ["serial", number(44339.5, "dd/mm/yyyy hh:mm"), "2021-05-23T12:00:00"],
    [
      "serial a hair before the minute",
      number(44339.4444444, "dd/mm/yyyy hh:mm"),
      "2021-05-23T10:40:00",
    ],
    ["time cell", dateCell("1899-12-30T10:41:00"), "2021-05-23T10:41:00"],
  ])("reads %s", (_name, value, expected) => {
    expect(parseDateTime(value, DAY)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, CellValue]>([
    ["date without time", text("23/5/2021")],
    ["date cell without time", dateCell("2021-05-23T00:00:00")],
    ["hour out of range", text("25:10 23/5/2021")],
    ["words", text("sáng nay")],
  ])("rejects %s", (_name, value) => {
    const result = parseDateTime(value, DAY);
    expect(result.ok ? null : result.code).toBe("field-invalid");
  });
});

describe("parseSlot", () => {
  test.each<[string, CellValue, string]>([
    ["canonical", text("10h30"), "10h30"],
    ["colon", text("10:30"), "10h30"],
    ["words", text("10 giờ 30"), "10h30"],
    ["g", text("10g30"), "10h30"],
    ["prime", text("10h30'"), "10h30"],
    ["leading zero", text("08:30"), "8h30"],
    ["with date", text("10h30 ngày 23/5/2021"), "10h30"],
    ["time cell", { type: "date", value: "1899-12-30T14:30:00" }, "14h30"],
    ["serial time", number(0.4375, "h:mm"), "10h30"],
    ["number typed with a dot", number(10.3), "10h30"],
    ["morning number", number(8.3), "8h30"],
    ["text with a dot", text("10.30"), "10h30"],
    ["sentence", text("Báo cáo lúc 16 giờ 30 phút ngày 23/5/2021"), "16h30"],
  ])("reads %s", (_name, value, expected) => {
    expect(parseSlot(value, SLOTS)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, CellValue]>([
    ["time off the slots", text("11h00")],
    ["number off the slots", number(11)],
    ["words", text("buổi sáng")],
  ])("rejects %s", (_name, value) => {
    const result = parseSlot(value, SLOTS);
    expect(result.ok ? null : result.code).toBe("slot-unknown");
  });
});

describe("reportsIncident", () => {
  const none = ["", "Không", "không có", "-", "Không có sự cố", "KHÔNG."];
  const phrased = [
    "Không phát sinh",
    "Không có sự cố gì xảy ra",
    "Không có sự cố, vướng mắc phát sinh",
    "Không xảy ra sự cố",
    "Chưa phát sinh",
    "Không có sự cố nào",
  ];
  test.each([...none, ...phrased])(
    "reads %j as none",
    (value) => {
      expect(reportsIncident(value)).toBe(false);
    },
  );

  const incidents = [
    "Mất điện tại tổ bầu cử số 5",
    "Không đủ phiếu bầu ở xã Mẫu Sơn",
    "Không có phiếu dự phòng",
    "Không có sự cố nhưng mưa lớn làm chậm bỏ phiếu",
  ];
  test.each(incidents)(
    "reads %j as an incident",
    (value) => {
      expect(reportsIncident(value)).toBe(true);
    },
  );

  test("reads an absent field as none", () => {
    expect(reportsIncident(undefined)).toBe(false);
  });
});
