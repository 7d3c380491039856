import { appendFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { makeFinding } from "../../src/findings/catalogue.js";
import type { ParsedForm } from "../../src/forms/types.js";
import { readEntries } from "../../src/inbox/read.js";
import { makeTempDir } from "../cli/inbox.js";
import { config, quickForm } from "../merge/forms.js";

function truncated(file: string): ParsedForm {
  return {
    ...quickForm({ file }),
    form: null,
    usable: false,
    findings: [makeFinding("file-truncated", { file }, { detail: "zip" })],
  };
}

describe("readEntries", () => {
  it("rereads a truncated file whose size changes", async () => {
    const folder = await makeTempDir("read");
    const file = path.join(folder, "a.xlsx");
    await writeFile(file, "x");
    let calls = 0;
    const inspect = async (name: string): Promise<ParsedForm[]> => {
      calls += 1;
      if (calls === 1) {
        await appendFile(file, "more");
        return [truncated(name)];
      }
      return [quickForm({ file: name })];
    };

    const forms = await readEntries(
      [{ file, absolutePath: file, size: 1 }],
      config,
      {
        inspect,
        retryDelayMs: 10,
      },
    );
    expect(calls).toBe(2);
    expect(forms[0]?.usable).toBe(true);
  });

  it("reports a truncated file whose size is stable", async () => {
    const folder = await makeTempDir("read");
    const file = path.join(folder, "a.xlsx");
    await writeFile(file, "x");
    let calls = 0;
    const inspect = async (name: string): Promise<ParsedForm[]> => {
      calls += 1;
      return [truncated(name)];
    };

    const forms = await readEntries(
      [{ file, absolutePath: file, size: 1 }],
      config,
      {
        inspect,
        retryDelayMs: 10,
      },
    );
    expect(calls).toBe(1);
    expect(forms[0]?.findings[0]?.code).toBe("file-truncated");
  });

  it("keeps the input order with two workers", async () => {
    const entries = ["c", "a", "b", "d"].map((name) => ({
      file: name,
      absolutePath: name,
      size: 1,
    }));
    const inspect = async (name: string): Promise<ParsedForm[]> => {
      await new Promise((resolve) =>
        setTimeout(resolve, name === "c" ? 20 : 1),
      );
      return [quickForm({ file: name })];
    };
    const forms = await readEntries(entries, config, { inspect });
    expect(forms.map((form) => form.file)).toEqual(["c", "a", "b", "d"]);
  });

  it("reads at most two files at once", async () => {
    let running = 0;
    let maximum = 0;
    const entries = Array.from({ length: 6 }, (_, index) => ({
      file: String(index),
      absolutePath: String(index),
      size: 1,
    }));
    const inspect = async (name: string): Promise<ParsedForm[]> => {
      running += 1;
      maximum = Math.max(maximum, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return [quickForm({ file: name })];
    };
    await readEntries(entries, config, { inspect });
    expect(maximum).toBe(2);
  });

  it("rereads a file whose read timed out", async () => {
    let calls = 0;
    const inspect = async (name: string): Promise<ParsedForm[]> => {
      calls += 1;
      if (calls > 1) return [quickForm({ file: name })];
      const finding = makeFinding(
        "read-timeout",
        { file: name },
        {
          seconds: 30,
        },
      );
      return [
        { ...quickForm({ file: name }), usable: false, findings: [finding] },
      ];
    };

    const forms = await readEntries(
      [{ file: "a.xlsx", absolutePath: "a.xlsx", size: 1 }],
      config,
      { inspect },
    );
    expect(calls).toBe(2);
    expect(forms[0]?.usable).toBe(true);
  });

  it("flattens the forms of every sheet in order", async () => {
    const entries = ["a", "b"].map((name) => ({
      file: name,
      absolutePath: name,
      size: 1,
    }));
    const inspect = async (name: string): Promise<ParsedForm[]> =>
      name === "a"
        ? [
            quickForm({ file: name, sheet: "8h30", slot: "8h30" }),
            quickForm({ file: name, sheet: "10h30" }),
          ]
        : [quickForm({ file: name })];

    const forms = await readEntries(entries, config, { inspect });
    expect(forms.map((form) => `${form.file}:${form.sheet}`)).toEqual([
      "a:8h30",
      "a:10h30",
      "b:PL01",
    ]);
  });
});
