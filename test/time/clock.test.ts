import { describe, expect, it } from "vitest";

import {
  formatClock,
  formatInstant,
  offsetMinutes,
  timeOnDay,
  wallClockToEpoch,
} from "../../src/time/clock.js";

describe("clock", () => {
  it("parses positive and negative offsets", () => {
    expect(offsetMinutes("+07:00")).toBe(420);
    expect(offsetMinutes("-03:30")).toBe(-210);
  });

  it("formats an instant in Vietnam time", () => {
    const instant = Date.UTC(2021, 4, 23, 3, 41);
    expect(formatInstant(instant, "+07:00")).toBe("2021-05-23T10:41:00+07:00");
  });

  it("reads a wall clock as Vietnam time whatever the machine zone", () => {
    const instant = wallClockToEpoch("2021-05-23T10:39:00", "+07:00");
    expect(new Date(instant).toISOString()).toBe("2021-05-23T03:39:00.000Z");
  });

  it("computes a time of day on election day", () => {
    const due = timeOnDay("2021-05-23", 23 * 60, "+07:00");
    expect(formatInstant(due, "+07:00")).toBe("2021-05-23T23:00:00+07:00");
  });

  it("crosses midnight in local time", () => {
    const instant = Date.UTC(2021, 4, 22, 17, 5);
    expect(formatInstant(instant, "+07:00")).toBe("2021-05-23T00:05:00+07:00");
    expect(formatClock(instant, "+07:00")).toBe("00:05");
  });
});
