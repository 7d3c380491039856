import {
  chmod,
  copyFile,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { closeWorkbookReaders, readWorkbook } from "../../src/workbook/read.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/hostile");
const NAMES = [
  "form.xlsx",
  "form.xls",
  "form.ods",
  "xls-named.xlsx",
  "html-table.xls",
  "broken.xls",
  "doctype.xlsx",
  "truncated.xlsx",
  "junk-rows.xlsx",
];

interface Snapshot {
  bytes: Buffer;
  mtimeMs: number;
  mode: number;
}

let inbox: string;
const before = new Map<string, Snapshot>();
let listingBefore: string[];
let conversionFoldersBefore: string[];

async function conversionFolders(): Promise<string[]> {
  const names = await readdir(tmpdir());
  return names.filter((name) => name.startsWith("bctinh-convert-")).sort();
}

beforeAll(async () => {
  // A private temporary folder, so conversions run by other test files in
  // parallel do not show up in the leftover check.
  process.env.TMPDIR = await mkdtemp(join(tmpdir(), "bctinh-private-tmp-"));
  inbox = await mkdtemp(join(tmpdir(), "bctinh-inbox-"));
  for (const name of NAMES) {
    const path = join(inbox, name);
    await copyFile(join(FIXTURES, name), path);
    await chmod(path, 0o444);
    const stats = await stat(path);
    before.set(name, {
      bytes: await readFile(path),
      mtimeMs: stats.mtimeMs,
      mode: stats.mode,
    });
  }
  listingBefore = (await readdir(inbox)).sort();
  conversionFoldersBefore = await conversionFolders();

  for (const name of NAMES) await readWorkbook(join(inbox, name));
  await closeWorkbookReaders();
});

afterAll(async () => {
  const privateTmp = tmpdir();
  delete process.env.TMPDIR;
  await rm(privateTmp, { recursive: true, force: true });
});

describe("readWorkbook leaves inputs untouched", () => {
  for (const name of NAMES) {
    it(`${name}: same bytes`, async () => {
      const bytes = await readFile(join(inbox, name));
      expect(bytes.equals(before.get(name)?.bytes ?? Buffer.alloc(0))).toBe(
        true,
      );
    });

    it(`${name}: same modification time`, async () => {
      expect((await stat(join(inbox, name))).mtimeMs).toBe(
        before.get(name)?.mtimeMs,
      );
    });

    it(`${name}: same permissions`, async () => {
      expect((await stat(join(inbox, name))).mode).toBe(before.get(name)?.mode);
    });
  }

  it("creates no file in the inbox", async () => {
    expect((await readdir(inbox)).sort()).toEqual(listingBefore);
  });

  it("leaves no conversion folder behind", async () => {
    expect(await conversionFolders()).toEqual(conversionFoldersBefore);
  });
});
