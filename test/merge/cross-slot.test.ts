import { describe, expect, it } from "vitest";

import { latestEarlierQuickReport } from "../../src/merge/cross-slot.js";
import { config, quickForm } from "./forms.js";

describe("latestEarlierQuickReport", () => {
  const at8 = quickForm({ slot: "8h30", file: "a.xlsx" });
  const at10 = quickForm({ slot: "10h30", file: "b.xlsx" });
  const at12 = quickForm({ slot: "12h30", file: "c.xlsx" });
  const forms = [at8, at10, at12];
  const index1430 = config.slots.indexOf("14h30");

  it("returns the latest slot before the given one", () => {
    expect(
      latestEarlierQuickReport(forms, "CLO", index1430, config)?.file,
    ).toBe("c.xlsx");
  });

  it("skips a slot whose only form is unusable", () => {
    const unusable = { ...at12, usable: false };
    const found = latestEarlierQuickReport(
      [at8, at10, unusable],
      "CLO",
      index1430,
      config,
    );
    expect(found?.file).toBe("b.xlsx");
  });

  it("skips other units", () => {
    expect(latestEarlierQuickReport(forms, "TD", index1430, config)).toBeNull();
  });

  it("chooses the latest received among duplicates", () => {
    const resent = quickForm({
      slot: "12h30",
      file: "d.xlsx",
      sentAt: "2021-05-23T12:50:00+07:00",
    });
    const found = latestEarlierQuickReport(
      [...forms, resent],
      "CLO",
      index1430,
      config,
    );
    expect(found?.file).toBe("d.xlsx");
  });

  it("returns null before the first slot", () => {
    expect(latestEarlierQuickReport(forms, "CLO", 0, config)).toBeNull();
  });
});
