import { describe, expect, it } from "vitest";

import {
  type CellLookup,
  evaluateFormula,
} from "../../src/workbook/formula.js";

// Column A contains 10, 20 and 30 in rows 1 to 3. B1 is text and C1 is blank.
const lookup: CellLookup = (row, col) => {
  if (col === 1 && row >= 1 && row <= 3) return row * 10;
  if (col === 2 && row === 1) return null;
  return 0;
};

describe("evaluateFormula computes", () => {
  const cases: [string, number][] = [
    ["1+2*3", 7],
    ["(1+2)*3", 9],
    ["A1+A2", 30],
    ["$A$1*2", 20],
    ["-A1+5", -5],
    ["A3/A1", 3],
    ["SUM(A1:A3)", 60],
    ["SUM(A1:A3, 4, A1*2)", 84],
    ["sum(a1:a2)", 30],
    ["=A1 + C1", 10],
    ["1.5e2", 150],
  ];
  for (const [formula, value] of cases) {
    it(formula, () => {
      expect(evaluateFormula(formula, lookup)).toBe(value);
    });
  }
});

describe("evaluateFormula refuses", () => {
  const cases: [string, string][] = [
    ["B1+1", "a text cell"],
    ["SUM(A1:B1)", "a range with a text cell"],
    ["Sheet2!A1", "another sheet"],
    ["AVERAGE(A1:A3)", "other functions"],
    ["A1/C1", "division by zero"],
    ["A1^2", "powers"],
    ["A1+", "an incomplete expression"],
    ["(A1", "an unclosed parenthesis"],
    ["SUM(A1:XFD1048576)", "a huge range"],
    ["Tong", "a defined name"],
    ["A1 A2", "two values without an operator"],
  ];
  for (const [formula, reason] of cases) {
    it(`${reason}: ${formula}`, () => {
      expect(evaluateFormula(formula, lookup)).toBeNull();
    });
  }
});
