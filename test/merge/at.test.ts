import { describe, expect, it } from "vitest";

import { parseMoment, slotDueTime } from "../../src/merge/at.js";
import { UsageError } from "../../src/merge/errors.js";
import { config } from "./forms.js";

describe("parseMoment", () => {
  it.each([
    ["23:00", "2021-05-23T16:00:00.000Z"],
    ["10h30", "2021-05-23T03:30:00.000Z"],
    ["2021-05-23T11:30:00+07:00", "2021-05-23T04:30:00.000Z"],
    ["2021-05-23T04:30:00Z", "2021-05-23T04:30:00.000Z"],
    ["2021-05-23T11:30", "2021-05-23T04:30:00.000Z"],
  ])("reads %s as %s", (text, expected) => {
    expect(new Date(parseMoment(text, "--at", config)).toISOString()).toBe(
      expected,
    );
  });

  it.each(["", "tomorrow", "25:00", "2021-13-40T00:00:00+07:00"])(
    "rejects %j",
    (text) => {
      expect(() => parseMoment(text, "--at", config)).toThrow(UsageError);
    },
  );

  it("names the option in the message", () => {
    expect(() => parseMoment("x", "--deadline", config)).toThrow(/--deadline/);
  });
});

describe("slotDueTime", () => {
  it("adds the grace minutes to the slot", () => {
    expect(new Date(slotDueTime("10h30", 30, config)).toISOString()).toBe(
      "2021-05-23T04:00:00.000Z",
    );
  });

  it("crosses midnight when the grace is long", () => {
    expect(new Date(slotDueTime("22h30", 120, config)).toISOString()).toBe(
      "2021-05-23T17:30:00.000Z",
    );
  });
});
