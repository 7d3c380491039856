import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hasLibreOffice } from "../helpers/programs.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "fixtures/hostile");

let output: string;

// The command line runs from compiled JavaScript, where the worker thread
// loads worker.js next to read.js. This compiles the reader the way
// `tsc -p .` does, into a private folder inside the project so that
// node_modules resolves, and reads through it in a separate process.
beforeAll(async () => {
  const cache = join(ROOT, "node_modules/.cache");
  await mkdir(cache, { recursive: true });
  output = await mkdtemp(join(cache, "bctinh-compiled-test-"));
  await run(
    "npx",
    [
      "tsc",
      "--outDir",
      output,
      "--rootDir",
      join(ROOT, "src"),
      "--module",
      "NodeNext",
      "--moduleResolution",
      "NodeNext",
      "--target",
      "ES2022",
      "--strict",
      "--skipLibCheck",
      "--esModuleInterop",
      "--types",
      "node",
      join(ROOT, "src/workbook/read.ts"),
      join(ROOT, "src/workbook/worker.ts"),
    ],
    { cwd: ROOT },
  );
}, 120_000);

afterAll(async () => {
  await rm(output, { recursive: true, force: true });
});

async function readWithCompiled(file: string): Promise<unknown> {
  const script =
    `const { readWorkbook, closeWorkbookReaders } = await import(${JSON.stringify(join(output, "workbook/read.js"))});` +
    `const result = await readWorkbook(${JSON.stringify(file)});` +
    "await closeWorkbookReaders();" +
    "console.log(JSON.stringify(result.ok ? 'read' : result.failure.code));";
  const { stdout } = await run(process.execPath, [
    "--input-type=module",
    "-e",
    script,
  ]);
  return JSON.parse(stdout);
}

describe("compiled reader", () => {
  it("reads a form through its worker", async () => {
    expect(await readWithCompiled(join(FIXTURES, "form.xlsx"))).toBe("read");
  });

  it("returns a failure code through its worker", async () => {
    expect(await readWithCompiled(join(FIXTURES, "doctype.xlsx"))).toBe(
      "xml-entities",
    );
  });

  it.runIf(hasLibreOffice)("converts an .xls file", async () => {
    expect(await readWithCompiled(join(FIXTURES, "form.xls"))).toBe("read");
  });
});
