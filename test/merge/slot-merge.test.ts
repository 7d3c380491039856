import { describe, expect, it } from "vitest";

import {
  buildSlotResult,
  fileNameSuggestsSlot,
  requireSlot,
} from "../../src/merge/slot-merge.js";
import { UsageError } from "../../src/merge/errors.js";
import { parseForms } from "../../src/forms/parse.js";
import type { ParsedForm } from "../../src/forms/types.js";
import { makeWorkbook } from "../helpers/cells.js";
import { form01Sheet } from "../forms/samples.js";
import { config, quickForm, unreadableForm, vn } from "./forms.js";

function merge(forms: ParsedForm[], at = vn("12:00"), graceMinutes?: number) {
  return buildSlotResult(
    { forms, skipped: [] },
    { slot: "10h30", at, graceMinutes },
    config,
  );
}

function unitOf(result: ReturnType<typeof merge>, code: string) {
  const unit = result.units.find((candidate) => candidate.code === code);
  if (unit === undefined) throw new Error(`no unit ${code}`);
  return unit;
}

function codes(result: ReturnType<typeof merge>): string[] {
  return result.findings.map((finding) => finding.code);
}

describe("buildSlotResult timeliness", () => {
  it("marks a report before the due time on time", () => {
    const result = merge([
      quickForm({ modifiedAt: "2021-05-23T10:59:00+07:00" }),
    ]);
    expect(unitOf(result, "CLO").status).toBe("on-time");
  });

  it("marks a report exactly at the due time on time", () => {
    const result = merge([
      quickForm({ modifiedAt: "2021-05-23T11:00:00+07:00" }),
    ]);
    expect(unitOf(result, "CLO").status).toBe("on-time");
  });

  it("marks a report one second after the due time late", () => {
    const result = merge([
      quickForm({ modifiedAt: "2021-05-23T11:00:01+07:00" }),
    ]);
    expect(unitOf(result, "CLO").status).toBe("late");
  });

  it("prefers sentAt over the file time", () => {
    const form = quickForm({
      sentAt: "2021-05-23T10:35:00+07:00",
      modifiedAt: "2021-05-23T13:00:00+07:00",
    });
    const unit = unitOf(merge([form]), "CLO");
    expect(unit.status).toBe("on-time");
    expect(unit.receivedFrom).toBe("sentAt");
    expect(unit.receivedAt).toBe("2021-05-23T10:35:00+07:00");
  });

  it("applies the grace override", () => {
    const form = quickForm({ modifiedAt: "2021-05-23T10:50:00+07:00" });
    expect(unitOf(merge([form], vn("12:00"), 10), "CLO").status).toBe("late");
  });

  it("marks units without a report missing after the due time", () => {
    const result = merge([quickForm()], vn("11:01"));
    expect(unitOf(result, "TD").status).toBe("missing");
  });

  it("marks units without a report pending before the due time", () => {
    const result = merge([quickForm()], vn("10:45"));
    expect(unitOf(result, "TD").status).toBe("pending");
  });

  it("keeps units pending exactly at the due time", () => {
    const result = merge([], vn("11:00"));
    expect(unitOf(result, "TD").status).toBe("pending");
  });

  it("falls back to the file time without sentAt", () => {
    const unit = unitOf(merge([quickForm()]), "CLO");
    expect(unit.receivedFrom).toBe("file-time");
    expect(unit.receivedAt).toBe("2021-05-23T10:40:00+07:00");
  });

  it("adds report-missing with the contact", () => {
    const result = merge([]);
    const missing = result.findings.find(
      (finding) => finding.code === "report-missing" && finding.unit === "TD",
    );
    expect(missing?.message).toContain("0912 000 102");
  });

  it("adds report-late with the contact", () => {
    const form = quickForm({ modifiedAt: "2021-05-23T11:20:00+07:00" });
    const late = merge([form]).findings.find(
      (finding) => finding.code === "report-late",
    );
    expect(late?.message).toContain("Nông Văn Minh");
    expect(late?.message).toContain("11:20");
  });

  it("adds no report-missing while pending", () => {
    expect(codes(merge([], vn("10:00")))).not.toContain("report-missing");
  });

  it("formats at with the configured offset", () => {
    expect(merge([], Date.parse("2021-05-23T04:30:00Z")).at).toBe(
      "2021-05-23T11:30:00+07:00",
    );
  });

  it("keeps units in configuration order", () => {
    const result = merge([
      quickForm({ unit: "DL" }),
      quickForm({ unit: "TPLS" }),
    ]);
    expect(result.units.map((unit) => unit.code)).toEqual(
      config.units.map((unit) => unit.code),
    );
  });
});

describe("buildSlotResult duplicates", () => {
  const early = quickForm({
    file: "inbox/a.xlsx",
    modifiedAt: "2021-05-23T10:40:00+07:00",
  });
  const later = quickForm({
    file: "inbox/b.xlsx",
    modifiedAt: "2021-05-23T10:50:00+07:00",
  });

  it("uses the latest form by file time", () => {
    expect(unitOf(merge([later, early]), "CLO").file).toBe("inbox/b.xlsx");
  });

  it("uses the latest form by sentAt over file time", () => {
    const sentLate = { ...early, sentAt: "2021-05-23T10:55:00+07:00" };
    expect(unitOf(merge([later, sentLate]), "CLO").file).toBe("inbox/a.xlsx");
  });

  it("breaks a sentAt tie by file time", () => {
    const sentAt = "2021-05-23T10:45:00+07:00";
    const copied = { ...later, file: "inbox/0-copy.xlsx", sentAt };
    const original = { ...early, file: "inbox/z-original.xlsx", sentAt };
    expect(unitOf(merge([original, copied]), "CLO").file).toBe(
      "inbox/0-copy.xlsx",
    );
  });

  it("lists the ignored form as duplicate-report", () => {
    const duplicate = merge([early, later]).findings.find(
      (finding) => finding.code === "duplicate-report",
    );
    expect(duplicate?.file).toBe("inbox/a.xlsx");
  });

  it("reports no figure difference for equal figures", () => {
    expect(codes(merge([early, later]))).not.toContain(
      "duplicate-figures-differ",
    );
  });

  it("reports differing figures", () => {
    const changed = { ...later, figures: { ...later.figures, voted: 600 } };
    const finding = merge([early, changed]).findings.find(
      (candidate) => candidate.code === "duplicate-figures-differ",
    );
    expect(finding?.message).toContain("Số cử tri đã đi bầu: 600 ≠ 500");
  });

  it("counts a unit with duplicates once", () => {
    expect(merge([early, later]).reportedUnits).toBe(1);
  });
});

describe("buildSlotResult cross-slot checks", () => {
  const earlier = quickForm({
    slot: "8h30",
    modifiedAt: "2021-05-23T08:40:00+07:00",
    figures: {
      totalVoters: 1000,
      pollingAreas: 10,
      voted: 300,
      fullAreas: 2,
      closedAreas: 1,
    },
  });

  function withCurrent(figures: ParsedForm["figures"]) {
    return merge([earlier, quickForm({ figures })]);
  }

  it("flags voted going down as an inconsistent error", () => {
    const result = withCurrent({
      totalVoters: 1000,
      pollingAreas: 10,
      voted: 200,
      fullAreas: 2,
      closedAreas: 1,
    });
    expect(codes(result)).toContain("voted-decreased");
    expect(unitOf(result, "CLO").inconsistent).toBe(true);
  });

  it("flags full areas going down", () => {
    const result = withCurrent({
      totalVoters: 1000,
      pollingAreas: 10,
      voted: 400,
      fullAreas: 1,
      closedAreas: 1,
    });
    expect(codes(result)).toContain("full-areas-decreased");
  });

  it("flags closed areas going down", () => {
    const result = withCurrent({
      totalVoters: 1000,
      pollingAreas: 10,
      voted: 400,
      fullAreas: 2,
      closedAreas: 0,
    });
    expect(codes(result)).toContain("closed-areas-decreased");
  });

  it("warns on a changed voter total", () => {
    const result = withCurrent({
      totalVoters: 1001,
      pollingAreas: 10,
      voted: 400,
      fullAreas: 2,
      closedAreas: 1,
    });
    expect(codes(result)).toContain("total-voters-changed");
    expect(unitOf(result, "CLO").inconsistent).toBe(false);
  });

  it("warns when the polling-area total changed", () => {
    const result = withCurrent({
      totalVoters: 1000,
      pollingAreas: 11,
      voted: 400,
      fullAreas: 2,
      closedAreas: 1,
    });
    expect(codes(result)).toContain("polling-areas-changed");
  });

  it("writes figures in Vietnamese notation", () => {
    const result = merge([
      quickForm({
        slot: "8h30",
        figures: { totalVoters: 90_000, pollingAreas: 10, voted: 17_516 },
      }),
      quickForm({
        figures: { totalVoters: 90_000, pollingAreas: 10, voted: 17_301 },
      }),
    ]);
    const finding = result.findings.find(
      (candidate) => candidate.code === "voted-decreased",
    );
    expect(finding?.message).toContain("từ 17.516 (8h30) xuống 17.301");
  });

  it("points the finding at the current form's cell", () => {
    const result = withCurrent({
      totalVoters: 1000,
      pollingAreas: 10,
      voted: 200,
      fullAreas: 2,
      closedAreas: 1,
    });
    const finding = result.findings.find(
      (candidate) => candidate.code === "voted-decreased",
    );
    expect(finding?.cell).toBe("D9");
  });

  it("ignores later slots", () => {
    const later = quickForm({
      slot: "12h30",
      figures: { totalVoters: 1000, pollingAreas: 10, voted: 900 },
    });
    expect(codes(merge([later, quickForm()]))).not.toContain("voted-decreased");
  });
});

describe("buildSlotResult forms and totals", () => {
  it("sums usable used forms and recomputes turnout", () => {
    const result = merge([
      quickForm({
        unit: "CLO",
        figures: {
          totalVoters: 3,
          pollingAreas: 1,
          voted: 1,
          turnoutPercent: 33.33,
        },
      }),
      quickForm({
        unit: "TD",
        figures: {
          totalVoters: 3,
          pollingAreas: 2,
          voted: 2,
          turnoutPercent: 66.67,
        },
      }),
    ]);
    expect(result.totals.totalVoters).toBe(6);
    expect(result.totals.voted).toBe(3);
    expect(result.totals.turnoutPercent).toBe(50);
    expect(result.reportedUnits).toBe(2);
  });

  it("rounds turnout to two decimals", () => {
    const result = merge([
      quickForm({
        figures: { totalVoters: 573051, pollingAreas: 1562, voted: 566057 },
      }),
    ]);
    expect(result.totals.turnoutPercent).toBe(98.78);
  });

  it("excludes unusable forms from the totals", () => {
    const bad = quickForm({
      unit: "TD",
      usable: false,
      findings: [
        {
          code: "field-missing",
          severity: "error",
          unit: "TD",
          slot: "10h30",
          file: "inbox/TD.xlsx",
          sheet: "PL01",
          cell: null,
          message: "Thiếu",
        },
      ],
    });
    const result = merge([quickForm(), bad]);
    expect(result.totals.voted).toBe(500);
    expect(unitOf(result, "TD").status).toBe("missing");
    expect(codes(result)).toContain("field-missing");
  });

  it("lists files that failed to read", () => {
    const result = merge([unreadableForm("inbox/rong.xlsx"), quickForm()]);
    expect(codes(result)).toContain("file-empty");
    expect(result.reportedUnits).toBe(1);
  });

  it("merges an inconsistent form", () => {
    const form = quickForm({
      findings: [
        {
          code: "voted-exceeds-voters",
          severity: "error",
          unit: "CLO",
          slot: "10h30",
          file: "x",
          sheet: "PL01",
          cell: "D9",
          message: "m",
        },
      ],
    });
    const result = merge([form]);
    expect(unitOf(result, "CLO").inconsistent).toBe(true);
    expect(result.totals.voted).toBe(500);
  });

  it("rejects a form naming another slot", () => {
    const form = quickForm({ file: "inbox/CLO 10h30.xlsx", slot: "12h30" });
    const result = merge([form]);
    expect(codes(result)).toContain("slot-mismatch");
    expect(unitOf(result, "CLO").file).toBeNull();
  });

  it("accepts a workbook with one sheet per slot", () => {
    const file = "inbox/CLO 10h30.xlsx";
    const early = quickForm({ file, sheet: "8h30", slot: "8h30" });
    const current = quickForm({ file, sheet: "10h30", slot: "10h30" });
    const result = merge([early, current]);
    expect(codes(result)).not.toContain("slot-mismatch");
    expect(unitOf(result, "CLO").file).toBe(file);
  });

  it("lists every incident whatever its slot", () => {
    const form = quickForm({
      slot: "8h30",
      hasIncident: true,
      texts: { incidents: "Mưa lớn làm hỏng hòm phiếu" },
    });
    const result = merge([form]);
    expect(result.incidents?.map((incident) => incident.text)).toEqual([
      "Mưa lớn làm hỏng hòm phiếu",
    ]);
  });
});

describe("fileNameSuggestsSlot", () => {
  it.each([
    ["CLO_10h30.xlsx", true],
    ["Cao Lộc 10g30.xlsx", true],
    ["bao cao 10-30.xlsx", true],
    ["bao cao 10h30'.xlsx", true],
    ["CLO_12h30.xlsx", false],
    ["CLO_110h30.xlsx", false],
    ["bao-cao-23.05.2021.xlsx", false],
  ])("%s suggests 10h30: %s", (name, expected) => {
    expect(fileNameSuggestsSlot(name, "10h30")).toBe(expected);
  });
});

describe("requireSlot", () => {
  it("accepts 10:30 for 10h30", () => {
    expect(requireSlot("10:30", config)).toBe("10h30");
  });

  it("rejects a slot that is not configured", () => {
    expect(() => requireSlot("9h00", config)).toThrow(UsageError);
  });
});

describe("buildSlotResult as of at", () => {
  const onTime = quickForm({ modifiedAt: "2021-05-23T10:40:00+07:00" });
  const lateSent = quickForm({
    unit: "TD",
    sentAt: "2021-05-23T11:12:00+07:00",
  });

  it("counts a report received after at as not arrived", () => {
    const result = merge([onTime, lateSent], vn("10:45"));
    expect(unitOf(result, "TD").status).toBe("pending");
  });

  it("marks that unit missing once its due time passed", () => {
    const result = merge([lateSent], vn("11:05"));
    expect(unitOf(result, "TD").status).toBe("missing");
  });

  it("leaves the later report out of the totals", () => {
    const result = merge([onTime, lateSent], vn("10:45"));
    expect(result.reportedUnits).toBe(1);
    expect(result.totals.voted).toBe(500);
  });

  it("lists the later report as not yet received", () => {
    const result = merge([onTime, lateSent], vn("10:45"));
    expect(result.notYetReceived).toEqual([
      { file: "inbox/TD-10h30.xlsx", receivedAt: "2021-05-23T11:12:00+07:00" },
    ]);
  });

  it("ignores a later duplicate", () => {
    const resent = quickForm({
      file: "inbox/CLO-10h30 (lai).xlsx",
      modifiedAt: "2021-05-23T10:50:00+07:00",
    });
    const result = merge([onTime, resent], vn("10:45"));
    expect(unitOf(result, "CLO").file).toBe("inbox/CLO-10h30.xlsx");
    expect(codes(result)).not.toContain("duplicate-report");
  });

  it("compares with the earlier slot as of at", () => {
    const earlyLow = quickForm({
      slot: "8h30",
      file: "inbox/CLO-8h30.xlsx",
      modifiedAt: "2021-05-23T08:40:00+07:00",
      figures: { ...onTime.figures, voted: 200 },
    });
    const resentHigh = quickForm({
      slot: "8h30",
      file: "inbox/CLO-8h30 (lai).xlsx",
      modifiedAt: "2021-05-23T10:50:00+07:00",
      figures: { ...onTime.figures, voted: 900 },
    });
    const result = merge([earlyLow, resentHigh, onTime], vn("10:45"));
    expect(codes(result)).not.toContain("voted-decreased");
  });

  it("leaves out incidents received after at", () => {
    const incident = quickForm({
      unit: "BG",
      hasIncident: true,
      texts: { incidents: "mất điện" },
      modifiedAt: "2021-05-23T10:50:00+07:00",
    });
    expect(merge([incident], vn("10:45")).incidents).toEqual([]);
  });

  it("keeps a report received exactly at at", () => {
    const result = merge([onTime], vn("10:40"));
    expect(unitOf(result, "CLO").status).toBe("on-time");
  });
});

describe("buildSlotResult duplicate messages", () => {
  const sentAt = "2021-05-23T10:45:00+07:00";
  const first = quickForm({
    file: "inbox/10h30/a.xlsx",
    absolutePath: "/srv/inbox/10h30/a.xlsx",
    sentAt,
    modifiedAt: "2021-05-23T10:46:00+07:00",
  });
  const second = quickForm({
    file: "inbox/10h30/b.xlsx",
    absolutePath: "/srv/inbox/10h30/b.xlsx",
    sentAt,
    modifiedAt: "2021-05-23T10:50:00+07:00",
  });

  function duplicateMessage(forms: ParsedForm[], inbox?: string): string {
    const result = buildSlotResult(
      { forms, skipped: [] },
      { slot: "10h30", at: vn("12:00"), inbox },
      config,
    );
    const finding = result.findings.find(
      (candidate) => candidate.code === "duplicate-report",
    );
    return finding?.message ?? "";
  }

  it("names the file time tie-break for equal send times", () => {
    const message = duplicateMessage([first, second]);
    expect(message).toContain("cùng thời gian gửi 10:45");
    expect(message).toContain("thời gian lưu tệp muộn hơn");
    expect(message).not.toContain("gửi sau cùng");
  });

  it("names the file name tie-break for equal times", () => {
    const copy = { ...second, modifiedAt: first.modifiedAt };
    const message = duplicateMessage([first, copy]);
    expect(message).toContain("xếp sau theo tên tệp");
  });

  it("says the used report was received last", () => {
    const resent = { ...second, sentAt: "2021-05-23T10:55:00+07:00" };
    const message = duplicateMessage([first, resent]);
    expect(message).toContain("nhận sau cùng (thời gian gửi 10:55)");
  });

  it("names files relative to the inbox", () => {
    const message = duplicateMessage([first, second], "/srv/inbox");
    expect(message).toContain("đã dùng 10h30/b.xlsx");
    expect(message).toContain("bỏ qua 10h30/a.xlsx");
  });
});

describe("buildSlotResult unreadable files after at", () => {
  it("keeps findings of a file saved after at", () => {
    const broken = unreadableForm("inbox/rong.xlsx");
    const later = { ...broken, modifiedAt: "2021-05-23T13:00:00+07:00" };
    const result = merge([later], vn("10:45"));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.notYetReceived).toEqual([]);
  });
});

describe("buildSlotResult repeated findings", () => {
  it("lists a draft sheet's error once per file", () => {
    const workbook = makeWorkbook([
      { ...form01Sheet(), name: "10h30" },
      { ...form01Sheet(), name: "Nháp" },
    ]);
    const source = {
      file: "inbox/Cao Loc 10h30.xlsx",
      absolutePath: "/tmp/inbox/Cao Loc 10h30.xlsx",
      modifiedAt: "2021-05-23T10:40:00+07:00",
    };
    const forms = parseForms(workbook, source, config);
    const found = codes(merge(forms)).filter(
      (code) => code === "multiple-form-sheets",
    );

    expect(found).toHaveLength(1);
  });
});
