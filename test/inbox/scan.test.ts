import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { InboxError, isInside, scanInbox } from "../../src/inbox/scan.js";
import { makeTempDir } from "../cli/inbox.js";

describe("scanInbox", () => {
  let inbox = "";
  let outside = "";

  beforeAll(async () => {
    const root = await makeTempDir("scan");
    inbox = path.join(root, "hop-thu");
    outside = path.join(root, "ngoai");
    await mkdir(path.join(inbox, "CLO"), { recursive: true });
    await mkdir(path.join(inbox, ".an"), { recursive: true });
    await mkdir(outside);
    const files = [
      "a.xlsx",
      "b.XLSM",
      "c.xls",
      "d.ods",
      "CLO/e.xlsx",
      "~$a.xlsx",
      ".~lock.a.xlsx#",
      ".hidden.xlsx",
      ".an/f.xlsx",
      "note.txt",
      "scan.pdf",
    ];
    for (const file of files) await writeFile(path.join(inbox, file), "x");
    await writeFile(path.join(outside, "secret.xlsx"), "x");
    await symlink(
      path.join(outside, "secret.xlsx"),
      path.join(inbox, "link-out.xlsx"),
    );
    await symlink(path.join(inbox, "a.xlsx"), path.join(inbox, "link-in.xlsx"));
    await symlink(outside, path.join(inbox, "folder-out"));
  });

  const names = (files: { file: string }[]) =>
    files.map((entry) => path.relative(inbox, entry.file));

  it("lists workbooks recursively", async () => {
    const scan = await scanInbox(inbox);
    expect(names(scan.entries)).toEqual(
      expect.arrayContaining([
        "a.xlsx",
        "b.XLSM",
        "c.xls",
        "d.ods",
        path.join("CLO", "e.xlsx"),
      ]),
    );
  });

  it("follows a link that stays inside", async () => {
    expect(names((await scanInbox(inbox)).entries)).toContain("link-in.xlsx");
  });

  it("lists each skipped entry once with a reason", async () => {
    const scan = await scanInbox(inbox);
    expect(names(scan.skipped).sort()).toEqual(
      [
        "~$a.xlsx",
        ".~lock.a.xlsx#",
        ".hidden.xlsx",
        ".an",
        "note.txt",
        "scan.pdf",
        "link-out.xlsx",
        "folder-out",
      ].sort(),
    );
    expect(scan.skipped.every((entry) => entry.reason.length > 0)).toBe(true);
  });

  it("never lists a file outside the inbox", async () => {
    const scan = await scanInbox(inbox);
    expect(
      scan.entries.some((entry) => entry.absolutePath.includes("secret")),
    ).toBe(false);
  });

  it("rejects a missing inbox", async () => {
    await expect(scanInbox(path.join(inbox, "khong-co"))).rejects.toThrow(
      InboxError,
    );
  });

  it("rejects a file given as inbox", async () => {
    await expect(scanInbox(path.join(inbox, "a.xlsx"))).rejects.toThrow(
      InboxError,
    );
  });
});

describe("isInside", () => {
  it.each([
    ["/a/b", "/a/b", true],
    ["/a/b", "/a/b/c.xlsx", true],
    ["/a/b", "/a/bc", false],
    ["/a/b", "/a", false],
    ["/a/b", "/a/b/..x", true],
  ])("%s contains %s: %s", (root, target, expected) => {
    expect(isInside(root, target)).toBe(expected);
  });
});

describe("scanInbox file names that are not UTF-8", () => {
  it("skips the file and lists the others", async () => {
    const root = await makeTempDir("scan-bytes");
    const inbox = path.join(root, "hop-thu");
    await mkdir(inbox);
    await writeFile(path.join(inbox, "good.xlsx"), "x");
    const badName = Buffer.concat([
      Buffer.from(`${inbox}/`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(" Bac Son.xlsx"),
    ]);
    await writeFile(badName, "x");

    const scan = await scanInbox(inbox);

    expect(scan.entries.map((entry) => path.basename(entry.file))).toEqual([
      "good.xlsx",
    ]);
    expect(scan.skipped).toHaveLength(1);
    expect(scan.skipped[0]?.reason).toContain("UTF-8");
  });
});
