import { describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import { parseForm } from "../../src/forms/parse.js";
import { makeWorkbook } from "../helpers/cells.js";
import { form01Sheet, type SampleChanges } from "../forms/samples.js";

const config = parseConfig(defaultConfig, "test");
const SOURCE = {
  file: "cao-loc-10h30.xlsx",
  absolutePath: "/inbox/cao-loc-10h30.xlsx",
  modifiedAt: "2021-05-23T10:45:00+07:00",
};

function parse(changes: SampleChanges) {
  return parseForm(makeWorkbook(form01Sheet(changes)), SOURCE, config);
}

function codesOf(changes: SampleChanges): string[] {
  return parse(changes).findings.map((finding) => finding.code);
}

function only(changes: SampleChanges, code: string) {
  const form = parse(changes);
  const matching = form.findings.filter((finding) => finding.code === code);
  expect(matching).toHaveLength(1);
  return { form, finding: matching[0]! };
}

describe("checkForm01", () => {
  test("election-date-mismatch", () => {
    const { finding } = only(
      { values: { electionDate: "15/3/2026" } },
      "election-date-mismatch",
    );
    expect(finding.cell).toBe("C5");
    expect(finding.message).toContain("2026-03-15");
  });

  test("election-date-mismatch makes the form unusable", () => {
    const { form, finding } = only(
      { values: { electionDate: "22/5/2016" } },
      "election-date-mismatch",
    );
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain("không được cộng");
    expect(form.usable).toBe(false);
  });

  test("voted-exceeds-voters", () => {
    const values = { voted: 52342, turnoutPercent: 100 };
    const { form, finding } = only({ values }, "voted-exceeds-voters");
    expect(finding.cell).toBe("C10");
    expect(finding.message).toContain("(52.342)");
    expect(finding.severity).toBe("error");
    expect(form.usable).toBe(true);
  });

  test("opened-exceeds-polling-areas", () => {
    const { finding } = only(
      { values: { openedAreas: 151 } },
      "opened-exceeds-polling-areas",
    );
    expect(finding.cell).toBe("C9");
    expect(finding.message).toContain("151");
  });

  test("full-exceeds-polling-areas", () => {
    const { finding } = only(
      { values: { fullAreas: 160 } },
      "full-exceeds-polling-areas",
    );
    expect(finding.cell).toBe("C12");
  });

  test("closed-exceeds-polling-areas", () => {
    const { finding } = only(
      { values: { closedAreas: 151 } },
      "closed-exceeds-polling-areas",
    );
    expect(finding.cell).toBe("C13");
  });

  test("areas equal to polling areas pass", () => {
    const values = { openedAreas: 150, fullAreas: 150, closedAreas: 150 };
    expect(codesOf({ values })).toEqual([]);
  });

  test("full-communes-exceed-communes", () => {
    const { finding } = only(
      { values: { fullCommunes: 24 } },
      "full-communes-exceed-communes",
    );
    expect(finding.cell).toBe("C14");
    expect(finding.message).toContain("23");
  });

  test("full communes unchecked when communes unknown", () => {
    const units = config.units.map(({ communes: _communes, ...unit }) => unit);
    const bare = { ...config, units };
    const sheet = form01Sheet({ values: { fullCommunes: 99 } });
    const form = parseForm(makeWorkbook(sheet), SOURCE, bare);
    expect(form.findings).toEqual([]);
  });

  test("turnout-mismatch", () => {
    const { finding } = only(
      { values: { turnoutPercent: "57,34" } },
      "turnout-mismatch",
    );
    expect(finding.cell).toBe("C11");
    expect(finding.message).toContain("ghi 57,34%");
    expect(finding.message).toContain("tính ra 57,32%");
    expect(finding.message).toContain("(30.000/52.341)");
  });

  // 30000 / 52341 is 57.3164 percent.
  test("turnout within 0.01 point passes", () => {
    expect(codesOf({ values: { turnoutPercent: "57,31" } })).toEqual([]);
  });

  test("turnout past 0.01 point fails", () => {
    const codes = codesOf({ values: { turnoutPercent: "57,33" } });
    expect(codes).toEqual(["turnout-mismatch"]);
  });

  test("turnout unchecked without voters", () => {
    const values = { totalVoters: 0, voted: 0, turnoutPercent: 5 };
    expect(codesOf({ values })).not.toContain("turnout-mismatch");
  });

  test("incident-reported", () => {
    const { form, finding } = only(
      { values: { incidents: "Mất điện tại khu vực số 12" } },
      "incident-reported",
    );
    expect(finding.severity).toBe("warning");
    expect(finding.cell).toBe("C16");
    expect(finding.message).toContain("Mất điện");
    expect(form.usable).toBe(true);
  });
});
