import { describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import { parseForm } from "../../src/forms/parse.js";
import { makeWorkbook, type GridValue } from "../helpers/cells.js";
import {
  TABLE_ROWS,
  form02Sheet,
  type Form02Options,
} from "../forms/samples.js";

const config = parseConfig(defaultConfig, "test");
const SOURCE = {
  file: "cao-loc-02.xlsx",
  absolutePath: "/inbox/cao-loc-02.xlsx",
  modifiedAt: "2021-05-23T21:20:00+07:00",
};

// Column positions in a TABLE_ROWS row: label first, then the header order.
const COLUMN = {
  seats: 2,
  candidates: 3,
  ballotsIssued: 4,
  ballotsReceived: 5,
  validBallots: 6,
  invalidBallots: 7,
  elected: 8,
  supplementaryUnits: 9,
} as const;

const NATIONAL = 0;
const DISTRICT = 2;

/** Returns the sample table with one row's cells replaced. */
function withRow(
  rowIndex: number,
  changes: Partial<Record<keyof typeof COLUMN, GridValue>>,
): GridValue[][] {
  return TABLE_ROWS.map((row, i) => {
    if (i !== rowIndex) return row;
    const changed = [...row];
    for (const [key, value] of Object.entries(changes)) {
      changed[COLUMN[key as keyof typeof COLUMN]] = value;
    }
    return changed;
  });
}

function parse(options: Form02Options) {
  return parseForm(makeWorkbook(form02Sheet(options)), SOURCE, config);
}

function codesOf(options: Form02Options): string[] {
  return parse(options).findings.map((finding) => finding.code);
}

function only(options: Form02Options, code: string) {
  const form = parse(options);
  const matching = form.findings.filter((finding) => finding.code === code);
  expect(matching).toHaveLength(1);
  return { form, finding: matching[0]! };
}

describe("checkForm02 general figures", () => {
  test("counted-exceeds-polling-areas", () => {
    const { finding } = only(
      { values: { countedAreas: 151 } },
      "counted-exceeds-polling-areas",
    );
    expect(finding.cell).toBe("C10");
  });

  test("voted-exceeds-voters", () => {
    const values = { voted: 60000, turnoutPercent: "114,63" };
    expect(codesOf({ values })).toContain("voted-exceeds-voters");
  });

  test("election-date-mismatch", () => {
    const values = { electionDate: "22/5/2021" };
    expect(codesOf({ values })).toEqual(["election-date-mismatch"]);
  });

  test("election-date-mismatch makes the form unusable", () => {
    const { form } = only(
      { values: { electionDate: "22/5/2016" } },
      "election-date-mismatch",
    );
    expect(form.usable).toBe(false);
  });

  test("turnout-mismatch", () => {
    const values = { turnoutPercent: "99,5" };
    expect(codesOf({ values })).toEqual(["turnout-mismatch"]);
  });

  test("incident-reported", () => {
    const values = { incidents: "Hòm phiếu tổ 7 bị ướt" };
    expect(codesOf({ values })).toEqual(["incident-reported"]);
  });
});

describe("checkForm02 per election", () => {
  test("received-exceeds-issued", () => {
    const tableRows = withRow(NATIONAL, {
      ballotsReceived: 52301,
      validBallots: 52001,
    });
    const values = { voted: 52301, turnoutPercent: "99,92" };
    const { finding } = only({ tableRows, values }, "received-exceeds-issued");
    expect(finding.cell).toBe("G12");
    expect(finding.message).toContain("Đại biểu Quốc hội");
  });

  test("ballots-sum-mismatch", () => {
    const tableRows = withRow(DISTRICT, { invalidBallots: 294 });
    const { finding } = only({ tableRows }, "ballots-sum-mismatch");
    expect(finding.cell).toBe("H14");
    expect(finding.message).toContain("= 52.294");
  });

  test("received-exceeds-voted", () => {
    const values = { voted: 52299, turnoutPercent: "99,92" };
    const { finding } = only({ values }, "received-exceeds-voted");
    expect(finding.message).toContain("Đại biểu Quốc hội");
    expect(finding.severity).toBe("error");
  });

  test("elected-exceeds-seats", () => {
    const tableRows = withRow(DISTRICT, { elected: 36 });
    const { form, finding } = only({ tableRows }, "elected-exceeds-seats");
    expect(finding.cell).toBe("J14");
    expect(form.usable).toBe(true);
  });

  test("candidates-not-above-seats", () => {
    const tableRows = withRow(DISTRICT, { candidates: 35 });
    const { finding } = only({ tableRows }, "candidates-not-above-seats");
    expect(finding.severity).toBe("warning");
    expect(finding.cell).toBe("E14");
  });

  test("seats-unfilled", () => {
    const tableRows = withRow(DISTRICT, { elected: 33 });
    const { finding } = only({ tableRows }, "seats-unfilled");
    expect(finding.message).toContain("33/35");
  });

  test("seats unfilled with supplementary units pass", () => {
    const tableRows = withRow(DISTRICT, { elected: 33, supplementaryUnits: 1 });
    expect(codesOf({ tableRows })).toEqual([]);
  });

  test("spanning elections skip seat checks", () => {
    const tableRows = withRow(NATIONAL, {
      seats: 3,
      candidates: 2,
      elected: 7,
    });
    expect(codesOf({ tableRows })).toEqual([]);
  });

  test("a dash as a ballot count is missing", () => {
    const tableRows = withRow(DISTRICT, { ballotsReceived: "-" });
    const { form, finding } = only({ tableRows }, "field-missing");
    expect(finding.cell).toBe("G14");
    expect(finding.message).toContain('"-" giữ chỗ');
    expect(form.usable).toBe(false);
  });

  test("a row of dashes stays silent", () => {
    const tableRows = TABLE_ROWS.map((row, i) =>
      i === DISTRICT ? [row[0], ...row.slice(1).map(() => "-")] : row,
    );
    expect(codesOf({ tableRows })).toEqual([]);
  });

  test("spanning elections still check ballots", () => {
    const tableRows = withRow(NATIONAL, { invalidBallots: 1 });
    expect(codesOf({ tableRows })).toEqual(["ballots-sum-mismatch"]);
  });

  test("elections inside the unit follow configuration", () => {
    const elections = config.elections.map((election) => ({
      ...election,
      spansUnits: false,
    }));
    const tableRows = withRow(NATIONAL, { candidates: 3, elected: 3 });
    const sheet = form02Sheet({ tableRows });
    const inside = { ...config, elections };
    const form = parseForm(makeWorkbook(sheet), SOURCE, inside);
    const codes = form.findings.map((finding) => finding.code);
    expect(codes).toContain("candidates-not-above-seats");
  });
});
