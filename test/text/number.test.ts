import { describe, expect, test } from "vitest";

import { formatNumber, formatNumberParams } from "../../src/text/number.js";

describe("formatNumber", () => {
  test.each<[number, string]>([
    [39710, "39.710"],
    [1000, "1.000"],
    [71.8234, "71,82"],
    [25912.760000000002, "25.912,76"],
    [12.5, "12,5"],
    [0, "0"],
    [-3, "-3"],
    [12.001, "12,001"],
  ])("writes %d as %j", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe("formatNumberParams", () => {
  test("formats numbers only", () => {
    const params = formatNumberParams({ value: 52341, label: "Tổng số" });
    expect(params).toEqual({ value: "52.341", label: "Tổng số" });
  });
});
