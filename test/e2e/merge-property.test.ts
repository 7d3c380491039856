import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadConfig } from "../../src/config/load.js";
import { catalogue } from "../../src/findings/catalogue.js";
import type { FigureKey } from "../../src/forms/types.js";
import { mergeSlot } from "../../src/merge/merge.js";
import type { MergeResult } from "../../src/merge/types.js";
import { wallClockToEpoch } from "../../src/time/clock.js";
import { closeWorkbookReaders } from "../../src/workbook/read.js";

/**
 * Mutates one unit's quick report in an inbox of good ones. The merge must
 * never crash or hang, and the mutated file is either merged or reported
 * with a catalogued code. The other units' figures and their share of the
 * totals must not move.
 */

const config = loadConfig({ cwd: tmpdir() }).config;
const AT = wallClockToEpoch("2021-05-23T23:59", "+07:00");
const SLOT_FOLDER = path.resolve(
  import.meta.dirname,
  "../../fixtures/inbox/bao-cao-nhanh/10h30",
);
const GOOD_FILES = [
  "TP Lang Son 10h30.xlsx",
  "Van Quan 10h30.xlsx",
  "Bac Son 10h30.xlsx",
  "Loc Binh 10h30.xlsx",
];
const VICTIM_FILE = "Dinh Lap 10h30.xlsx";
const VICTIM_UNIT = "DL";
const CODES = new Set(Object.keys(catalogue));
const SUMMED: FigureKey[] = [
  "totalVoters",
  "pollingAreas",
  "openedAreas",
  "voted",
  "fullAreas",
  "closedAreas",
];

/** Wall-clock bound for one merge of five files, far above its usual second. */
const MERGE_BOUND_MS = 45_000;

let work = "";
let victim: Uint8Array = new Uint8Array();
let baseline: MergeResult;
let runCount = 0;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "bctinh-merge-property-"));
  for (const name of GOOD_FILES) {
    await copyFile(path.join(SLOT_FOLDER, name), path.join(work, name));
  }
  victim = new Uint8Array(await readFile(path.join(SLOT_FOLDER, VICTIM_FILE)));
  baseline = await mergeSlot(work, { slot: "10h30", at: AT }, config);
}, 120_000);

afterAll(async () => {
  await closeWorkbookReaders();
  await rm(work, { recursive: true, force: true });
});

/** Merges the good files plus the given bytes as the victim's file. */
async function mergeWithVictim(bytes: Uint8Array): Promise<MergeResult> {
  const name = `mutated-${runCount++}.xlsx`;
  const file = path.join(work, name);
  await writeFile(file, bytes);
  try {
    const started = Date.now();
    const result = await mergeSlot(work, { slot: "10h30", at: AT }, config);
    expect(Date.now() - started).toBeLessThan(MERGE_BOUND_MS);
    return result;
  } finally {
    await rm(file, { force: true });
  }
}

function expectOthersUnchanged(result: MergeResult): void {
  for (const unit of baseline.units) {
    if (unit.code === VICTIM_UNIT) continue;
    const after = result.units.find((entry) => entry.code === unit.code);
    expect(after?.figures, unit.code).toEqual(unit.figures);
    expect(after?.status, unit.code).toBe(unit.status);
  }

  const victimUnit = result.units.find((unit) => unit.code === VICTIM_UNIT);
  const victimFigures = victimUnit?.figures ?? {};
  for (const key of SUMMED) {
    const others = (baseline.totals[key] as number | undefined) ?? 0;
    const own = victimFigures[key] ?? 0;
    expect(result.totals[key] ?? 0, key).toBe(others + own);
  }
}

function expectVictimAccounted(result: MergeResult): void {
  const victimUnit = result.units.find((unit) => unit.code === VICTIM_UNIT);
  const merged = victimUnit?.file?.includes("mutated-") ?? false;
  const reported = result.findings.some(
    (finding) => finding.file?.includes("mutated-") && CODES.has(finding.code),
  );
  const skipped = result.skipped.some((entry) =>
    entry.file.includes("mutated-"),
  );
  // A mutation that removes the send time leaves the file time, which is
  // the time the test wrote the file, so the form arrives after AT.
  const later = (result.notYetReceived ?? []).some((entry) =>
    entry.file.includes("mutated-"),
  );

  expect(merged || reported || skipped || later).toBe(true);
  for (const finding of result.findings) {
    expect(CODES.has(finding.code), finding.code).toBe(true);
  }
}

const byteChange = fc.oneof(
  fc.record({ kind: fc.constant("set"), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant("cut"), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert"),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }),
  }),
);

type ByteChange = typeof byteChange extends fc.Arbitrary<infer T> ? T : never;

function changeBytes(bytes: Uint8Array, changes: ByteChange[]): Uint8Array {
  let result = bytes.slice();
  for (const change of changes) {
    const at = change.at % Math.max(result.length, 1);
    if (change.kind === "set") {
      result[at] = change.byte;
    } else if (change.kind === "cut") {
      result = result.slice(0, at);
    } else {
      const joined = new Uint8Array(result.length + change.bytes.length);
      joined.set(result.subarray(0, at));
      joined.set(change.bytes, at);
      joined.set(result.subarray(at), at + change.bytes.length);
      result = joined;
    }
  }
  return result;
}

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "52.341",
    "98,78%",
    "1.234,5",
    "-17",
    "Không",
    "Tổng số cử tri",
    "11h30",
  ),
  fc.date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2100-01-01T00:00:00Z"),
    noInvalidDate: true,
  }),
  fc.record({ formula: fc.constantFrom("B5+B6", "1/0", "SUM(A1:Z99)", "B9*") }),
  fc.record({ error: fc.constantFrom("#REF!", "#DIV/0!", "#N/A") }),
) as fc.Arbitrary<ExcelJS.CellValue>;

const cellChange = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  column: fc.integer({ min: 1, max: 6 }),
  value: cellValue,
});

type CellChange = typeof cellChange extends fc.Arbitrary<infer T> ? T : never;

async function changeCells(
  bytes: Uint8Array,
  changes: CellChange[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes));
  const sheet = workbook.worksheets[0]!;
  for (const change of changes) {
    const cell = sheet.getCell(change.row, change.column);
    if (cell.isMerged && cell.master !== cell) continue;
    cell.value = change.value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("merge with one mutated form", () => {
  it("keeps the other units when zip bytes change", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(byteChange, { minLength: 1, maxLength: 4 }),
        async (changes) => {
          const result = await mergeWithVictim(changeBytes(victim, changes));
          expectVictimAccounted(result);
          expectOthersUnchanged(result);
        },
      ),
      { numRuns: 30 },
    );
  }, 600_000);

  it("keeps the other units when cells change", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellChange, { minLength: 1, maxLength: 5 }),
        async (changes) => {
          const bytes = await changeCells(victim, changes);
          const result = await mergeWithVictim(bytes);
          expectVictimAccounted(result);
          expectOthersUnchanged(result);
        },
      ),
      { numRuns: 30 },
    );
  }, 600_000);
});
