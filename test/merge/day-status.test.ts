import { describe, expect, it } from "vitest";

import { buildDayStatusFromForms } from "../../src/merge/day-status.js";
import { config, finalForm, quickForm, vn } from "./forms.js";

describe("buildDayStatusFromForms", () => {
  const forms = [
    quickForm({ slot: "8h30", modifiedAt: "2021-05-23T08:45:00+07:00" }),
    quickForm({ slot: "10h30", modifiedAt: "2021-05-23T11:15:00+07:00" }),
    finalForm({ unit: "TD", modifiedAt: "2021-05-23T22:00:00+07:00" }),
  ];
  const status = buildDayStatusFromForms(
    { forms, skipped: [] },
    { at: vn("12:00") },
    config,
  );
  const row = (code: string) =>
    status.rows.find((candidate) => candidate.code === code)!;

  it("has a column per slot and one for the results", () => {
    expect(status.columns.map((column) => column.key)).toEqual([
      ...config.slots,
      "final",
    ]);
  });

  it("has a row per configured unit", () => {
    expect(status.rows).toHaveLength(config.units.length);
  });

  it("marks each cell by its slot's due time", () => {
    const statuses = row("CLO")
      .cells.slice(0, 3)
      .map((cell) => cell.status);
    expect(statuses).toEqual(["on-time", "late", "pending"]);
  });

  it("marks a unit that sent nothing missing for a passed slot", () => {
    expect(row("VL").cells[0]?.status).toBe("missing");
  });

  it("counts the units reported per column", () => {
    const counts = status.columns.map((column) => column.reportedUnits);
    expect(counts.slice(0, 2)).toEqual([1, 1]);
  });

  it("leaves out results received after at", () => {
    expect(status.columns.at(-1)?.reportedUnits).toBe(0);
    expect(row("TD").cells.at(-1)?.status).toBe("pending");
  });

  it("lists the results received after at", () => {
    expect(status.notYetReceived).toEqual([
      {
        file: "inbox/TD-ket-qua.xlsx",
        receivedAt: "2021-05-23T22:00:00+07:00",
      },
    ]);
  });

  it("leaves out incidents received after at", () => {
    const later = quickForm({
      unit: "BG",
      slot: "12h30",
      hasIncident: true,
      texts: { incidents: "mất điện" },
      modifiedAt: "2021-05-23T12:40:00+07:00",
    });
    const result = buildDayStatusFromForms(
      { forms: [...forms, later], skipped: [] },
      { at: vn("12:00") },
      config,
    );
    expect(result.incidents).toEqual([]);
  });
});
