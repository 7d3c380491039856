import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Compiles src/ into dist/ once before any test file runs, because the
 * end-to-end tests spawn bin/bctinh, which runs the compiled code. Building
 * here rather than in each test file keeps two files from rewriting dist/
 * while a third is running it.
 */
export default function setup(): void {
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
}
