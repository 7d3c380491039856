import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Compiles src/ into dist/ once before any test file runs, because the
 * end-to-end tests spawn bin/bctinh, which runs the compiled code. Building
 * here rather than in each test file keeps two files from rewriting dist/
 * while a third is running it.
 *
 * Tests make their temporary folders under one folder per run, set as
 * TMPDIR for the test workers and their child processes, and removed when
 * the run ends.
 */
export default function setup(): () => void {
  const repository = path.resolve(import.meta.dirname, "..");
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.json"], {
      cwd: repository,
      stdio: "pipe",
    });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? "";
    throw new Error(`TypeScript compilation failed:\n${output}`);
  }

  const runFolder = mkdtempSync(path.join(tmpdir(), "bctinh-test-run-"));
  process.env.TMPDIR = runFolder;
  return () => {
    rmSync(runFolder, { recursive: true, force: true });
  };
}
