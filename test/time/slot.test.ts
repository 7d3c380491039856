import { describe, expect, it } from "vitest";

import { matchSlot, parseSlotText, slotLabel } from "../../src/time/slot.js";

const SLOTS = ["8h30", "10h30", "12h30", "14h30", "16h30", "18h30", "20h30", "22h30"];

describe("parseSlotText", () => {
  const cases: Array<[string, number | null]> = [
    ["10h30", 630],
    ["10:30", 630],
    ["10 giờ 30", 630],
    ["10 gio 30 phut", 630],
    ["10g30", 630],
    ["10h30'", 630],
    ["10H30", 630],
    ["8h30", 510],
    ["08:30", 510],
    ["8h", 480],
    ["Lúc 22h30", 1350],
    ["24h00", null],
    ["10h75", null],
    ["mười giờ", null],
    ["", null],
  ];

  for (const [input, expected] of cases) {
    it(`parses ${JSON.stringify(input)}`, () => {
      expect(parseSlotText(input)).toBe(expected);
    });
  }
});

describe("matchSlot", () => {
  it("returns the configured spelling", () => {
    expect(matchSlot("08:30", SLOTS)).toBe("8h30");
  });

  it("returns null for a time that is not a slot", () => {
    expect(matchSlot("11h00", SLOTS)).toBeNull();
  });
});

describe("slotLabel", () => {
  it("writes hours without padding and minutes with", () => {
    expect(slotLabel(510)).toBe("8h30");
  });
});
