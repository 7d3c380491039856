import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

import { writeFileAtomic } from "../../src/summary/atomic.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

async function newFolder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "bctinh-atomic-"));
}

describe("writeFileAtomic", () => {
  it("replaces the target content", async () => {
    const folder = await newFolder();
    const target = path.join(folder, "out.bin");
    await writeFile(target, "old");

    await writeFileAtomic(target, new TextEncoder().encode("new"));

    expect(await readFile(target, "utf8")).toBe("new");
  });

  it("creates a missing folder", async () => {
    const folder = await newFolder();
    const target = path.join(folder, "a", "b", "out.bin");

    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));

    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });

  it("leaves no temporary file behind", async () => {
    const folder = await newFolder();
    await writeFileAtomic(path.join(folder, "out.bin"), new Uint8Array(10));

    expect(await readdir(folder)).toEqual(["out.bin"]);
  });

  it("removes the temporary file on failure", async () => {
    const folder = await newFolder();
    // A folder at the target path makes the rename fail.
    const target = path.join(folder, "taken");
    await writeFileAtomic(path.join(target, "inside.bin"), new Uint8Array(1));

    await expect(writeFileAtomic(target, new Uint8Array(5))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(["taken"]);
  });
});

// The child runs plain JavaScript: atomic.ts is transpiled on the fly, and
// exceljs is loaded from the repository's node_modules.
const CHILD_SCRIPT = `
import { createRequire } from "node:module";
import { writeWorkbookAtomic } from "./atomic.mjs";

const require = createRequire(process.env.REPO_ROOT + "/package.json");
const ExcelJS = require("exceljs");
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet("Tổng hợp");
for (let row = 1; row <= Number(process.env.ROWS); row += 1) {
  sheet.addRow([row, "Huyện Cao Lộc " + row, row * 7, Math.sqrt(row)]);
}
await writeWorkbookAtomic(workbook, process.env.TARGET);
`;

async function prepareChild(folder: string): Promise<string> {
  const source = await readFile(
    path.join(repoRoot, "src/summary/atomic.ts"),
    "utf8",
  );
  const output = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
    },
  });
  await writeFile(path.join(folder, "atomic.mjs"), output.outputText);

  const script = path.join(folder, "child.mjs");
  await writeFile(script, CHILD_SCRIPT);
  return script;
}

async function writeOldWorkbook(target: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Tổng hợp").addRow(["Tổng cộng", 573051]);
  await workbook.xlsx.writeFile(target);
  return readFile(target);
}

/**
 * Runs the child and kills it with SIGKILL as soon as its temporary file
 * appears, that is while the new workbook is being written. Resolves to
 * whether the kill happened before the child finished.
 */
function runAndKillWhileWriting(
  script: string,
  folder: string,
  target: string,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: folder,
      env: {
        ...process.env,
        REPO_ROOT: repoRoot,
        TARGET: target,
        ROWS: "60000",
      },
      stdio: "ignore",
    });
    let killed = false;
    const watcher = watch(folder, (_event, name) => {
      if (!killed && name !== null && name.endsWith(".tmp")) {
        killed = child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("exit", () => {
      watcher.close();
      resolve(killed);
    });
  });
}

describe("writeWorkbookAtomic killed midway", () => {
  it("keeps the previous workbook intact", { timeout: 120_000 }, async () => {
    const folder = await newFolder();
    const target = path.join(folder, "tong-hop.xlsx");
    const before = await writeOldWorkbook(target);
    const script = await prepareChild(folder);

    const killed = await runAndKillWhileWriting(script, folder, target);

    expect(killed).toBe(true);
    const after = await readFile(target);
    expect(after.equals(before)).toBe(true);

    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(after);
    const row = reopened.getWorksheet("Tổng hợp")?.getRow(1);
    expect(row?.getCell(2).value).toBe(573051);
  });
});
