import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { labelKey } from "../../src/forms/locate.js";
import { parseCount, parsePercent } from "../../src/forms/values.js";

// Separators units type between groups of three digits.
const SEPARATORS = [".", " ", "\u00a0", "\u2009", "\u202f", ","];

function groupDigits(value: number, separator: string): string {
  const digits = String(value);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return groups.join(separator);
}

describe("parseCount properties", () => {
  test("reads any grouped whole number back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.constantFrom(...SEPARATORS),
        (value, separator) => {
          const text = groupDigits(value, separator);
          const result = parseCount({ type: "text", value: text });
          expect(result).toEqual({ ok: true, value });
        },
      ),
    );
  });

  test("rejects every negative number cell", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: -1 }), (value) => {
        const result = parseCount({ type: "number", value });
        expect(result.ok ? null : result.code).toBe("field-negative");
      }),
    );
  });
});

describe("parsePercent properties", () => {
  test("reads a comma or a dot alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const text = (hundredths / 100).toFixed(2);
        const withComma = text.replace(".", ",");
        const comma = parsePercent({ type: "text", value: withComma });
        const dot = parsePercent({ type: "text", value: `${text}%` });
        expect(comma).toEqual(dot);
      }),
    );
  });
});

describe("labelKey properties", () => {
  const labels = [
    "Tổng số cử tri",
    "Số khu vực bỏ phiếu có 100% cử tri đã đi bầu",
    "Tỷ lệ cử tri đã đi bầu (%)",
    "Sự cố, vướng mắc phát sinh",
  ];

  test("ignores normal form, case and numbering", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...labels),
        fc.constantFrom("NFC", "NFD"),
        fc.boolean(),
        fc.constantFrom("", "1. ", "a) ", "II. ", "3.2 "),
        (label, normal, upper, numbering) => {
          const cased = upper ? label.toUpperCase() : label;
          const typed = `${numbering}${cased}`.normalize(normal);
          expect(labelKey(typed)).toBe(labelKey(label));
        },
      ),
    );
  });
});
