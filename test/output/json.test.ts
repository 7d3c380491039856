import { describe, expect, it } from "vitest";

import { buildFinalResult } from "../../src/merge/final-merge.js";
import { buildSlotResult } from "../../src/merge/slot-merge.js";
import {
  finalJson,
  findingJson,
  mergeJson,
  validateJson,
} from "../../src/output/json.js";
import { config, finalForm, quickForm, vn } from "../merge/forms.js";

const FINDING_KEYS = [
  "code",
  "severity",
  "unit",
  "slot",
  "file",
  "sheet",
  "cell",
  "message",
];

describe("mergeJson", () => {
  const result = buildSlotResult(
    { forms: [quickForm()], skipped: [] },
    { slot: "10h30", at: vn("11:30") },
    config,
  );
  const document = mergeJson(result);

  it("has the documented top-level fields", () => {
    for (const key of [
      "form",
      "slot",
      "electionDate",
      "at",
      "expectedUnits",
      "reportedUnits",
      "totals",
      "units",
      "findings",
      "output",
    ]) {
      expect(document).toHaveProperty(key);
    }
  });

  it("writes at with the +07:00 offset", () => {
    expect(document.at).toBe("2021-05-23T11:30:00+07:00");
  });

  it("has the documented totals", () => {
    expect(Object.keys(document.totals)).toEqual(
      expect.arrayContaining([
        "totalVoters",
        "pollingAreas",
        "openedAreas",
        "voted",
        "turnoutPercent",
        "fullAreas",
        "closedAreas",
      ]),
    );
  });

  it("has the documented unit fields", () => {
    expect(Object.keys(document.units[0]!)).toEqual(
      expect.arrayContaining([
        "code",
        "name",
        "status",
        "inconsistent",
        "receivedAt",
        "file",
        "figures",
      ]),
    );
  });

  it("writes findings with exactly the documented fields", () => {
    expect(Object.keys(document.findings[0]!)).toEqual(FINDING_KEYS);
  });

  it("survives a JSON round trip", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe("finalJson", () => {
  const result = buildFinalResult(
    { forms: [finalForm()], skipped: [] },
    { at: vn("23:30") },
    config,
  );
  const document = finalJson(result);

  it("names the deadline in place of the slot", () => {
    expect(document.deadline).toBe("2021-05-23T23:00:00+07:00");
    expect(document).not.toHaveProperty("slot");
    expect(document.form).toBe("02");
  });

  it("keys elections by their configured label", () => {
    expect(Object.keys(document.totals.elections)).toEqual(
      config.elections.map((election) => election.label),
    );
  });

  it("writes unsummed columns as null", () => {
    expect(document.totals.elections["Đại biểu Quốc hội"]?.seats).toBeNull();
    expect(document.totals.elections["Đại biểu Quốc hội"]?.ballotsIssued).toBe(
      990,
    );
  });
});

describe("validateJson", () => {
  it("has the documented fields", () => {
    const document = validateJson(quickForm());
    for (const key of [
      "file",
      "form",
      "unit",
      "slot",
      "usable",
      "figures",
      "findings",
    ]) {
      expect(document).toHaveProperty(key);
    }
  });
});

describe("findingJson", () => {
  it("keeps null fields", () => {
    const finding = findingJson({
      code: "file-empty",
      severity: "error",
      unit: null,
      slot: null,
      file: "a.xlsx",
      sheet: null,
      cell: null,
      message: "m",
    });
    expect(finding.unit).toBeNull();
    expect(Object.keys(finding)).toEqual(FINDING_KEYS);
  });
});

describe("mergeJson notYetReceived", () => {
  it("lists forms received after at", () => {
    const later = quickForm({
      unit: "TD",
      modifiedAt: "2021-05-23T11:40:00+07:00",
    });
    const result = buildSlotResult(
      { forms: [quickForm(), later], skipped: [] },
      { slot: "10h30", at: vn("11:30") },
      config,
    );
    expect(mergeJson(result).notYetReceived).toEqual([
      { file: "inbox/TD-10h30.xlsx", receivedAt: "2021-05-23T11:40:00+07:00" },
    ]);
  });

  it("is empty when every form had arrived", () => {
    const result = buildSlotResult(
      { forms: [quickForm()], skipped: [] },
      { slot: "10h30", at: vn("11:30") },
      config,
    );
    expect(mergeJson(result).notYetReceived).toEqual([]);
  });
});
