import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { readInbox, type InboxForms } from "../../src/inbox/read.js";
import { buildFinalResult } from "../../src/merge/final-merge.js";
import { buildSlotResult } from "../../src/merge/slot-merge.js";
import type { MergeResult } from "../../src/merge/types.js";
import { config } from "./forms.js";

/** Expected outcome of one merge, as the fixture generator records it. */
interface ExpectedResult {
  reportedUnits: number;
  dueAt: string;
  totals: Record<string, unknown>;
  units: Array<{
    code: string;
    status: string;
    inconsistent: boolean;
    receivedAt: string | null;
    file: string | null;
    figures: Record<string, number> | null;
    findings?: string[];
  }>;
}

const fixtures = path.resolve(import.meta.dirname, "../../fixtures");
const inbox = path.join(fixtures, "inbox");
const expected = JSON.parse(
  readFileSync(path.join(fixtures, "expected.json"), "utf8"),
) as {
  at: string;
  slots: Record<string, ExpectedResult>;
  final: ExpectedResult;
};
const at = Date.parse(expected.at);

let read: InboxForms;

beforeAll(async () => {
  read = await readInbox(inbox, config);
}, 120_000);

function relative(file: string | null): string | null {
  return file === null ? null : path.relative(inbox, file);
}

function unitCodes(result: MergeResult, unit: string): string[] {
  return result.findings
    .filter((finding) => finding.unit === unit)
    .map((finding) => finding.code)
    .sort();
}

function checkAgainst(result: MergeResult, want: ExpectedResult): void {
  expect(result.reportedUnits).toBe(want.reportedUnits);
  expect(result.dueAt).toBe(want.dueAt);
  expect(result.totals).toMatchObject(want.totals);

  for (const unit of want.units) {
    const got = result.units.find((candidate) => candidate.code === unit.code);
    expect(got?.status, unit.code).toBe(unit.status);
    expect(got?.inconsistent, unit.code).toBe(unit.inconsistent);
    expect(got?.receivedAt, unit.code).toBe(unit.receivedAt);
    expect(relative(got?.file ?? null), unit.code).toBe(unit.file);
    expect(got?.figures, unit.code).toEqual(unit.figures);
    if (unit.findings !== undefined) {
      expect(unitCodes(result, unit.code), unit.code).toEqual(
        [...unit.findings].sort(),
      );
    }
  }
}

describe("example day", () => {
  it.each(Object.keys(expected.slots))("merges slot %s as expected", (slot) => {
    const result = buildSlotResult(read, { slot, at }, config);
    checkAgainst(result, expected.slots[slot]!);
  });

  it("merges the preliminary results as expected", () => {
    const result = buildFinalResult(read, { at }, config);
    checkAgainst(result, expected.final);
  });
});
