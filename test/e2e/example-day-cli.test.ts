import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Runs the built command line on the committed example day, as the README's
 * first command does, and checks its JSON against fixtures/expected.json,
 * the summary workbook's totals row, and that the inbox is left untouched.
 */

const execFileAsync = promisify(execFile);
const repository = path.resolve(import.meta.dirname, "../..");
const binary = path.join(repository, "bin", "bctinh");
const inbox = path.join(repository, "fixtures", "inbox");

interface ExpectedUnit {
  code: string;
  status: string;
  inconsistent: boolean;
  receivedAt: string | null;
  file: string | null;
  figures: Record<string, number> | null;
  findings?: string[];
}

interface ExpectedRun {
  reportedUnits: number;
  totals: Record<string, unknown>;
  units: ExpectedUnit[];
}

interface JsonRun {
  reportedUnits: number;
  expectedUnits: number;
  totals: Record<string, unknown>;
  units: Array<ExpectedUnit & { file: string | null }>;
  findings: Array<{ code: string; unit: string | null }>;
  output: string;
}

const expected = JSON.parse(
  await readFile(path.join(repository, "fixtures", "expected.json"), "utf8"),
) as { slots: Record<string, ExpectedRun>; final: ExpectedRun };

async function runJson(args: string[], cwd: string): Promise<JsonRun> {
  const { stdout } = await execFileAsync("node", [binary, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", TZ: "UTC" },
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as JsonRun;
}

/** Hashes every file below a folder with its modification time. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const name of await readdir(folder, { recursive: true })) {
    const file = path.join(folder, name);
    const info = await stat(file);
    if (!info.isFile()) continue;
    const bytes = await readFile(file);
    const hash = createHash("sha256").update(bytes).digest("hex");
    result.set(name, `${hash} ${info.mtimeMs}`);
  }
  return result;
}

function expectRun(run: JsonRun, want: ExpectedRun): void {
  expect(run.reportedUnits).toBe(want.reportedUnits);
  expect(run.expectedUnits).toBe(11);
  expect(run.totals).toMatchObject(want.totals);

  for (const unit of want.units) {
    const got = run.units.find((candidate) => candidate.code === unit.code);
    const file = got?.file === null ? null : path.relative(inbox, got!.file!);
    const codes = run.findings
      .filter((finding) => finding.unit === unit.code)
      .map((finding) => finding.code)
      .sort();

    expect(got?.status, unit.code).toBe(unit.status);
    expect(got?.inconsistent, unit.code).toBe(unit.inconsistent);
    expect(got?.receivedAt, unit.code).toBe(unit.receivedAt);
    expect(file, unit.code).toBe(unit.file);
    expect(got?.figures, unit.code).toEqual(unit.figures);
    expect(codes, unit.code).toEqual([...(unit.findings ?? [])].sort());
  }
}

/** Returns the numbers of the row whose cells include "Tổng cộng". */
async function totalsRow(file: string): Promise<number[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  let numbers: number[] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (!values.some((value) => value === "Tổng cộng")) return;
    numbers = values.filter((value): value is number => {
      return typeof value === "number";
    });
  });
  return numbers;
}

describe("bctinh on the example day", () => {
  let work = "";
  let before = new Map<string, string>();
  let quick: JsonRun;
  let final: JsonRun;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "bctinh-example-cli-"));
    before = await snapshot(inbox);
    // Without --at, as in the README: every due time of 2021 has passed.
    quick = await runJson(["merge", "--slot", "10h30", "--json", inbox], work);
    final = await runJson(
      ["final", "--deadline", "23:00", "--json", inbox],
      work,
    );
  }, 120_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("merges 10h30 exactly as expected", () => {
    expectRun(quick, expected.slots["10h30"]!);
  });

  it("merges the preliminary results exactly as expected", () => {
    expectRun(final, expected.final);
  });

  it("writes the 10h30 summary to the default path", () => {
    expect(quick.output).toBe(path.join("tong-hop", "tong-hop-10h30.xlsx"));
  });

  it("writes the 10h30 totals row", async () => {
    const numbers = await totalsRow(path.join(work, quick.output));
    const totals = expected.slots["10h30"]!.totals;

    expect(numbers).toContain(totals.totalVoters);
    expect(numbers).toContain(totals.voted);
    expect(numbers).toContain(totals.pollingAreas);
    expect(numbers).toContain(totals.fullAreas);
    expect(numbers).toContain(totals.turnoutPercent);
  });

  it("writes the preliminary totals row", async () => {
    const numbers = await totalsRow(path.join(work, final.output));
    const totals = expected.final.totals;

    expect(numbers).toContain(totals.totalVoters);
    expect(numbers).toContain(totals.voted);
    expect(numbers).toContain(totals.countedAreas);
  });

  it("leaves the inbox byte-identical", async () => {
    const after = await snapshot(inbox);

    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, fingerprint] of before) {
      expect(after.get(name), name).toBe(fingerprint);
    }
  });
});
