import { describe, expect, it } from "vitest";

import { foldLabel, stripDiacritics } from "../../src/text/fold.js";

describe("foldLabel", () => {
  const cases: Array<[string, string]> = [
    ["Tổng số cử tri", "tong so cu tri"],
    ["1. Tổng số cử tri:", "tong so cu tri"],
    ["a) Số cử tri đã đi bầu", "so cu tri da di bau"],
    ["II. Kiến nghị, đề xuất", "kien nghi de xuat"],
    ["TỔNG   SỐ  CỬ TRI", "tong so cu tri"],
    ["Tong so cu tri", "tong so cu tri"],
    ["Tỷ lệ cử tri đã đi bầu (%)", "ty le cu tri da di bau %"],
    ["Đơn vị báo cáo", "don vi bao cao"],
    ["Tổng số cử tri".normalize("NFD"), "tong so cu tri"],
    ["10", "10"],
  ];

  for (const [input, expected] of cases) {
    it(`folds ${JSON.stringify(input)}`, () => {
      expect(foldLabel(input)).toBe(expected);
    });
  }
});

describe("stripDiacritics", () => {
  it("turns đ and Đ into d and D", () => {
    expect(stripDiacritics("Đình Lập đã")).toBe("Dinh Lap da");
  });
});
