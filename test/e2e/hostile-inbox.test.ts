import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  buildForm,
  withJunkRows,
  withManyEntries,
  writeZipBomb,
} from "../../src/scripts/generate-hostile.js";

const execFileAsync = promisify(execFile);
const repository = path.resolve(import.meta.dirname, "../..");
const binary = path.join(repository, "bin", "bctinh");
const exampleInbox = path.join(repository, "fixtures", "inbox");
const hostileCorpus = path.join(repository, "fixtures", "hostile");

/**
 * Files of the hostile corpus that cannot be read, with the one finding code
 * each must produce. Without LibreOffice, `broken.xls` is reported as
 * an unsupported format rather than a failed conversion.
 */
const UNREADABLE: Record<string, string[]> = {
  "zip-without-workbook.xlsx": ["not-a-workbook"],
  "pdf-named.xlsx": ["not-a-workbook"],
  "random.xlsx": ["not-a-workbook"],
  "encrypted.xlsx": ["file-encrypted"],
  "broken.xls": ["conversion-failed", "unsupported-format"],
  "empty.xlsx": ["file-empty"],
  "truncated.xlsx": ["file-truncated"],
  "doctype.xlsx": ["xml-entities"],
  "bomb.xlsx": ["workbook-too-large"],
  "lying-bomb.xlsx": ["workbook-too-large"],
  "many-entries.xlsx": ["workbook-too-large"],
};

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

async function runCli(args: string[], cwd: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await execFileAsync("node", [binary, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return {
      status: failed.code,
      stdout: failed.stdout,
      stderr: failed.stderr,
    };
  }
}

/** Hashes every file below a folder with its modification time. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const name of await readdir(folder, { recursive: true })) {
    const file = path.join(folder, name);
    const info = await stat(file);
    if (!info.isFile()) continue;
    const hash = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    result.set(name, `${hash} ${info.mtimeMs}`);
  }
  return result;
}

interface JsonFinding {
  code: string;
  file: string | null;
}

interface JsonMerge {
  totals: Record<string, unknown>;
  units: Array<{
    code: string;
    status: string;
    inconsistent: boolean;
    file: string | null;
  }>;
  findings: JsonFinding[];
  skipped: Array<{ file: string }>;
  reportedUnits: number;
}

/**
 * Sets every file below a folder to a time on election day. Merges run with
 * --at 23:59 set aside forms received later, and a form without a send time
 * is received at its file time, which would otherwise be the copy time.
 */
async function stampElectionDay(folder: string): Promise<void> {
  const time = new Date("2021-05-23T10:40:00+07:00");
  for (const name of await readdir(folder, { recursive: true })) {
    await utimes(path.join(folder, name), time, time);
  }
}

function codesOf(result: JsonMerge, file: string): string[] {
  return result.findings
    .filter((finding) => finding.file !== null && finding.file.endsWith(file))
    .map((finding) => finding.code);
}

describe("merge over an inbox mixed with hostile files", () => {
  let work = "";
  let mixedInbox = "";
  let before = new Map<string, string>();
  const runs: Record<string, { run: CliRun; json: JsonMerge }> = {};

  async function mergeJson(
    inbox: string,
    args: string[],
  ): Promise<{ run: CliRun; json: JsonMerge }> {
    const output = path.join(
      work,
      `out-${path.basename(inbox)}-${args[0]}.xlsx`,
    );
    const run = await runCli(
      [...args, "--json", "--at", "23:59", "-o", output, inbox],
      work,
    );
    return { run, json: JSON.parse(run.stdout) as JsonMerge };
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "bctinh-hostile-inbox-"));
    const cleanInbox = path.join(work, "clean");
    mixedInbox = path.join(work, "mixed");
    await cp(exampleInbox, cleanInbox, { recursive: true });
    await cp(exampleInbox, mixedInbox, { recursive: true });

    const hostile = path.join(mixedInbox, "tep-la");
    await cp(hostileCorpus, hostile, { recursive: true });
    await rm(path.join(hostile, "README.md"));

    const form = await buildForm();
    await writeZipBomb(path.join(hostile, "bomb.xlsx"), form, 1024 ** 3);
    await writeZipBomb(
      path.join(hostile, "lying-bomb.xlsx"),
      form,
      1024 ** 3,
      4096,
    );
    await writeFile(
      path.join(hostile, "many-entries.xlsx"),
      withManyEntries(form, 5_000),
    );
    await writeFile(
      path.join(hostile, "junk-300k.xlsx"),
      withJunkRows(form, 300_000),
    );
    const escapes = path.join(hostile, "\u001b]0;title\u0007");
    await mkdir(escapes, { recursive: true });
    await writeFile(path.join(escapes, "\u001b[2Jclear.xlsx"), form);
    await stampElectionDay(hostile);

    before = await snapshot(mixedInbox);
    runs.cleanMerge = await mergeJson(cleanInbox, ["merge", "--slot", "10h30"]);
    runs.mixedMerge = await mergeJson(mixedInbox, ["merge", "--slot", "10h30"]);
    runs.cleanFinal = await mergeJson(cleanInbox, ["final"]);
    runs.mixedFinal = await mergeJson(mixedInbox, ["final"]);
  }, 300_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("merges the good quick reports to the same totals", () => {
    const clean = runs.cleanMerge!;
    const mixed = runs.mixedMerge!;

    expect(mixed.run.status).toBe(0);
    expect(mixed.json.totals).toEqual(clean.json.totals);
    expect(mixed.json.reportedUnits).toBe(clean.json.reportedUnits);
    expect(statuses(mixed.json)).toEqual(statuses(clean.json));
  });

  it("merges the good preliminary results to the same totals", () => {
    const clean = runs.cleanFinal!;
    const mixed = runs.mixedFinal!;

    expect(mixed.run.status).toBe(0);
    expect(mixed.json.totals).toEqual(clean.json.totals);
    expect(statuses(mixed.json)).toEqual(statuses(clean.json));
  });

  it("reports each unreadable file once with its code", () => {
    for (const name of ["mixedMerge", "mixedFinal"]) {
      for (const [file, codes] of Object.entries(UNREADABLE)) {
        const found = codesOf(runs[name]!.json, `tep-la/${file}`);
        expect(found, `${name} ${file}`).toHaveLength(1);
        expect(codes, `${name} ${file}`).toContain(found[0]);
      }
    }
  });

  it("lists the non-workbook file as skipped", () => {
    const skipped = runs.mixedMerge!.json.skipped.map((entry) => entry.file);

    expect(skipped.some((file) => file.endsWith("tep-la/report.pdf"))).toBe(
      true,
    );
  });

  it("reads the form cut out of 300,000 junk rows", () => {
    const codes = codesOf(runs.mixedMerge!.json, "tep-la/junk-300k.xlsx");

    expect(codes).toContain("sheet-truncated");
  });

  it("validates each unreadable file with its code", async () => {
    for (const [file, codes] of Object.entries(UNREADABLE)) {
      const target = path.join(mixedInbox, "tep-la", file);
      const run = await runCli(["validate", "--json", target], work);
      const json = JSON.parse(run.stdout) as {
        usable: boolean;
        findings: JsonFinding[];
      };

      expect(run.status, file).toBe(1);
      expect(json.usable, file).toBe(false);
      expect(codes, file).toContain(json.findings[0]?.code);
    }
  }, 180_000);

  it("prints no control character from a file name", async () => {
    const output = path.join(work, "terminal.xlsx");
    const run = await runCli(
      ["merge", "--slot", "10h30", "--at", "23:59", "-o", output, mixedInbox],
      work,
    );
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

    expect(run.stdout).toContain("clear.xlsx");
    expect(run.stdout).not.toMatch(control);
    expect(run.stderr).not.toMatch(control);
  }, 180_000);

  it("leaves every input byte-identical and creates nothing", async () => {
    const after = await snapshot(mixedInbox);

    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, fingerprint] of before) {
      expect(after.get(name), name).toBe(fingerprint);
    }
  });
});

function statuses(result: JsonMerge): unknown[] {
  return result.units.map((unit) => [
    unit.code,
    unit.status,
    unit.inconsistent,
    unit.file === null ? null : path.basename(unit.file),
  ]);
}
