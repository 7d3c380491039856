import { describe, expect, it } from "vitest";

import { makeFinding } from "../../src/findings/catalogue.js";
import type { ParsedForm } from "../../src/forms/types.js";
import { buildFinalResult } from "../../src/merge/final-merge.js";
import { config, finalForm, quickForm, vn } from "./forms.js";

function final(forms: ParsedForm[], at = vn("23:30"), deadline?: number) {
  return buildFinalResult({ forms, skipped: [] }, { at, deadline }, config);
}

function codes(result: ReturnType<typeof final>): string[] {
  return result.findings.map((finding) => finding.code);
}

describe("buildFinalResult", () => {
  it("uses the configured 23:00 deadline by default", () => {
    expect(final([]).deadline).toBe("2021-05-23T23:00:00+07:00");
  });

  it("marks a report after an earlier deadline late", () => {
    const result = final([finalForm()], vn("23:30"), vn("21:30"));
    expect(result.units.find((unit) => unit.code === "CLO")?.status).toBe(
      "late",
    );
  });

  it("marks units pending before the deadline", () => {
    const result = final([], vn("22:00"));
    expect(result.units.every((unit) => unit.status === "pending")).toBe(true);
  });

  it("ignores quick reports as results", () => {
    expect(final([quickForm()]).reportedUnits).toBe(0);
  });

  it("flags voted below the last quick report as an error", () => {
    const quick = quickForm({
      slot: "16h30",
      figures: { totalVoters: 1000, voted: 995 },
    });
    const result = final([quick, finalForm()]);
    expect(codes(result)).toContain("final-voted-below-quick");
    expect(result.units.find((unit) => unit.code === "CLO")?.inconsistent).toBe(
      true,
    );
  });

  it("warns when the voter total differs from the last quick report", () => {
    const quick = quickForm({
      slot: "16h30",
      figures: { totalVoters: 1002, voted: 900 },
    });
    expect(codes(final([quick, finalForm()]))).toContain(
      "final-voters-differ-quick",
    );
  });

  it("compares with the latest slot only", () => {
    const early = quickForm({
      slot: "8h30",
      figures: { totalVoters: 1000, voted: 999 },
    });
    const late = quickForm({
      slot: "18h30",
      figures: { totalVoters: 1000, voted: 980 },
    });
    expect(codes(final([early, late, finalForm()]))).not.toContain(
      "final-voted-below-quick",
    );
  });

  it("keeps the per-election table in the unit report", () => {
    const unit = final([finalForm()]).units.find(
      (candidate) => candidate.code === "CLO",
    );
    expect(unit?.elections?.["Đại biểu Quốc hội"]?.ballotsIssued).toBe(990);
  });
});

describe("buildFinalResult totals", () => {
  const forms = [finalForm({ unit: "CLO" }), finalForm({ unit: "TD" })];
  const totals = final(forms).totals;
  const national = totals.elections?.["Đại biểu Quốc hội"];
  const district = totals.elections?.["Đại biểu HĐND huyện"];

  it("sums the general figures", () => {
    expect(totals.voted).toBe(1980);
    expect(totals.countedAreas).toBe(20);
  });

  it("recomputes turnout from the sums", () => {
    expect(totals.turnoutPercent).toBe(99);
  });

  it("sums ballots of an election spanning units", () => {
    expect(national?.ballotsIssued).toBe(1980);
    expect(national?.validBallots).toBe(1960);
  });

  it("leaves seats, candidates and elected of a spanning election unsummed", () => {
    expect(national?.seats).toBeUndefined();
    expect(national?.candidates).toBeUndefined();
    expect(national?.elected).toBeUndefined();
    expect(national?.constituencies).toBeUndefined();
  });

  it("leaves a spanning constituency's supplementary election unsummed", () => {
    const withSupplementary = (unit: string) => {
      const form = finalForm({ unit });
      const national = form.elections["Đại biểu Quốc hội"];
      form.elections["Đại biểu Quốc hội"] = {
        ...national,
        supplementaryUnits: 1,
        revoteUnits: 1,
      };
      return form;
    };
    const spanning = final([withSupplementary("CLO"), withSupplementary("TD")])
      .totals.elections?.["Đại biểu Quốc hội"];

    expect(spanning?.supplementaryUnits).toBeUndefined();
    expect(spanning?.revoteUnits).toBeUndefined();
  });

  it("sums every column of an election inside the unit", () => {
    expect(district?.seats).toBe(60);
    expect(district?.candidates).toBe(100);
    expect(district?.elected).toBe(60);
    expect(district?.constituencies).toBe(8);
    expect(district?.revoteUnits).toBe(0);
  });

  it("keeps an entry for every configured election", () => {
    expect(Object.keys(totals.elections ?? {})).toEqual(
      config.elections.map((election) => election.label),
    );
  });
});

describe("buildFinalResult incidents", () => {
  it("lists incidents of quick reports and results", () => {
    const quick = quickForm({
      slot: "8h30",
      hasIncident: true,
      texts: { incidents: "Mất điện" },
    });
    const result = finalForm({
      hasIncident: true,
      texts: { incidents: "Hòm phiếu hỏng khóa" },
    });
    const incidents = final([quick, result]).incidents ?? [];
    expect(incidents.map((incident) => incident.form)).toEqual(["01", "02"]);
  });
});

describe("buildFinalResult as of at", () => {
  const results = finalForm({
    unit: "TD",
    sentAt: "2021-05-23T23:20:00+07:00",
  });

  it("leaves results received after at pending", () => {
    const unit = final([results], vn("22:00")).units.find(
      (candidate) => candidate.code === "TD",
    );
    expect(unit?.status).toBe("pending");
  });

  it("shows those results late once received", () => {
    const unit = final([results], vn("23:59")).units.find(
      (candidate) => candidate.code === "TD",
    );
    expect(unit?.status).toBe("late");
    expect(unit?.receivedAt).toBe("2021-05-23T23:20:00+07:00");
  });

  it("compares with the last quick report received by at", () => {
    const received = finalForm({ modifiedAt: "2021-05-23T21:00:00+07:00" });
    const resentQuick = quickForm({
      slot: "22h30",
      modifiedAt: "2021-05-23T22:45:00+07:00",
      figures: { totalVoters: 1000, voted: 999 },
    });
    expect(codes(final([received, resentQuick], vn("22:00")))).not.toContain(
      "final-voted-below-quick",
    );
  });

  it("lists results received after at", () => {
    expect(final([results], vn("22:00")).notYetReceived).toEqual([
      {
        file: "inbox/TD-ket-qua.xlsx",
        receivedAt: "2021-05-23T23:20:00+07:00",
      },
    ]);
  });
});

describe("buildFinalResult repeated findings", () => {
  it("lists a finding shared by two forms of one file once", () => {
    const place = { file: "inbox/CLO-ket-qua.xlsx", sheet: null, unit: "CLO" };
    const shared = makeFinding("multiple-form-sheets", place, {
      sheets: '"A", "B"',
    });
    const forms = ["A", "B"].map((sheet) =>
      finalForm({ sheet, usable: false, findings: [{ ...shared }] }),
    );
    const found = codes(final(forms)).filter(
      (code) => code === "multiple-form-sheets",
    );

    expect(found).toHaveLength(1);
  });
});
