import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { unzipSync, zipSync } from "fflate";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  buildForm,
  withJunkRows,
  withManyEntries,
  writeZipBomb,
} from "../../src/scripts/generate-hostile.js";
import { closeWorkbookReaders, readWorkbook } from "../../src/workbook/read.js";
import type { ReadResult } from "../../src/workbook/types.js";
import { hasLibreOffice } from "../helpers/programs.js";
import { writeRawXlsx } from "../helpers/raw-xlsx.js";

let folder: string;
let form: Uint8Array;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "bctinh-large-"));
  form = await buildForm();
});

afterAll(async () => {
  await closeWorkbookReaders();
  await rm(folder, { recursive: true, force: true });
});

function codeOf(result: ReadResult): string {
  return result.ok ? "read" : result.failure.code;
}

async function timedRead(path: string, options = {}) {
  const started = Date.now();
  const result = await readWorkbook(path, options);
  return { result, elapsed: Date.now() - started };
}

describe("readWorkbook on large hostile files", () => {
  it("rejects a sheet declared to inflate to 1 GiB", async () => {
    const path = join(folder, "bomb.xlsx");
    await writeZipBomb(path, form, 1024 ** 3);
    const { result, elapsed } = await timedRead(path);
    expect(codeOf(result)).toBe("workbook-too-large");
    expect(elapsed).toBeLessThan(5_000);
  });

  it("rejects a sheet that inflates past its declared size", async () => {
    const path = join(folder, "lying-bomb.xlsx");
    await writeZipBomb(path, form, 256 * 1024 ** 2, 4096);
    const { result, elapsed } = await timedRead(path);
    expect(codeOf(result)).toBe("workbook-too-large");
    expect(elapsed).toBeLessThan(5_000);
  });

  it("truncates 300,000 junk rows", async () => {
    const path = join(folder, "junk.xlsx");
    await writeFile(path, withJunkRows(form, 300_000));
    const { result, elapsed } = await timedRead(path);
    const notes = result.ok ? result.workbook.notes : [];
    expect(notes.map((note) => note.code)).toEqual(["sheet-truncated"]);
    expect(elapsed).toBeLessThan(10_000);
  });

  it("reads the form above 300,000 junk rows", async () => {
    const path = join(folder, "junk.xlsx");
    const { result } = await timedRead(path);
    const voted = result.ok
      ? result.workbook.sheets[0]?.cells.find((cell) => cell.address === "B9")
      : undefined;
    expect(voted?.value).toEqual({ type: "number", value: 30712 });
  });

  it("cuts an honest 160 MB sheet and reads the form", async () => {
    const path = join(folder, "honest-large.xlsx");
    await writeZipBomb(path, form, 160 * 1024 ** 2, undefined, "rows");
    const { result, elapsed } = await timedRead(path);
    const notes = result.ok ? result.workbook.notes : [];
    const voted = result.ok
      ? result.workbook.sheets[0]?.cells.find((cell) => cell.address === "B9")
      : undefined;
    expect(notes.map((note) => note.code)).toEqual(["sheet-truncated"]);
    expect(voted?.value).toEqual({ type: "number", value: 30712 });
    expect(elapsed).toBeLessThan(15_000);
  });

  it("rejects 5,000 zip entries", async () => {
    const path = join(folder, "entries.xlsx");
    await writeFile(path, withManyEntries(form, 5_000));
    const { result, elapsed } = await timedRead(path);
    expect(codeOf(result)).toBe("workbook-too-large");
    expect(elapsed).toBeLessThan(5_000);
  });

  it("cuts columns past the column limit", async () => {
    const path = join(folder, "wide.xlsx");
    const row = Array.from({ length: 400 }, (_, index) => index + 1);
    await writeRawXlsx(path, [{ name: "Rộng", rows: [row] }]);
    const { result } = await timedRead(path);
    const cells = result.ok ? result.workbook.sheets[0]?.cells : [];
    expect(cells?.length).toBe(256);
  });

  it("reads a file name with control characters", async () => {
    const path = join(folder, "CLO\u0001\t10h30\u007f.xlsx");
    await writeFile(path, form);
    const { result } = await timedRead(path);
    expect(codeOf(result)).toBe("read");
  });
});

describe("readWorkbook bounds", () => {
  it("stops a read past the time limit", async () => {
    const path = join(folder, "slow.xlsx");
    await writeFile(path, withJunkRows(form, 300_000));
    const { result } = await timedRead(path, { timeoutMs: 50 });
    expect(codeOf(result)).toBe("read-timeout");
  });

  it("reads again after a timeout", async () => {
    const path = join(folder, "form.xlsx");
    await writeFile(path, form);
    const { result } = await timedRead(path);
    expect(codeOf(result)).toBe("read");
  });

  it("stops a read past the memory limit", async () => {
    const path = join(folder, "strings.xlsx");
    const text = "Tổng số cử tri ".repeat(40);
    const rows = Array.from({ length: 4000 }, (_, row) =>
      Array.from({ length: 20 }, (_, col) => `${text}${row}-${col}`),
    );
    await writeRawXlsx(path, [{ name: "Chuỗi", rows }]);
    const { result, elapsed } = await timedRead(path, { memoryMb: 48 });
    expect(codeOf(result)).toBe("read-memory-limit");
    expect(elapsed).toBeLessThan(15_000);
  });

  it("reads again after running out of memory", async () => {
    const { result } = await timedRead(join(folder, "form.xlsx"));
    expect(codeOf(result)).toBe("read");
  });

  it("reads files in parallel", async () => {
    const path = join(folder, "form.xlsx");
    const results = await Promise.all(
      Array.from({ length: 6 }, () => readWorkbook(path)),
    );
    expect(results.map(codeOf)).toEqual(Array(6).fill("read"));
  });

  it("gives unsupported-format for .xls without LibreOffice", async () => {
    const saved = process.env.PATH;
    process.env.PATH = "";
    try {
      const result = await readWorkbook(
        join(import.meta.dirname, "../../fixtures/hostile/form.xls"),
      );
      expect(result.ok ? null : result.failure).toEqual({
        code: "unsupported-format",
        params: { format: ".xls" },
      });
    } finally {
      process.env.PATH = saved;
    }
  });

  it.runIf(hasLibreOffice)("gives conversion-failed on timeout", async () => {
    const result = await readWorkbook(
      join(import.meta.dirname, "../../fixtures/hostile/form.ods"),
      { conversionTimeoutMs: 1 },
    );
    expect(codeOf(result)).toBe("conversion-failed");
  });
});

describe("readWorkbook entity declarations outside sheets", () => {
  const doctype = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>';
  const parts: [string, string][] = [
    [
      "xl/workbook.xml",
      `<?xml version="1.0"?>${doctype}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="PL01" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?>${doctype}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" ' +
        'Target="worksheets/sheet1.xml"/></Relationships>',
    ],
  ];

  for (const [part, xml] of parts) {
    it(`rejects a DOCTYPE in ${part}`, async () => {
      const path = join(folder, `entities-${part.replace(/\W/g, "-")}.xlsx`);
      await writeRawXlsx(
        path,
        [{ name: "PL01", rows: [["Tổng số cử tri", 1]] }],
        {
          extraEntries: { [part]: xml },
        },
      );
      const result = await readWorkbook(path);
      expect(result.ok ? null : result.failure).toEqual({
        code: "xml-entities",
        params: { part },
      });
    });
  }
});

describe("readWorkbook on paths that are not regular files", () => {
  it("rejects a FIFO without blocking", async () => {
    const path = join(folder, "fifo.xlsx");
    execFileSync("mkfifo", [path]);
    const { result, elapsed } = await timedRead(path);
    expect(codeOf(result)).toBe("file-unreadable");
    expect(elapsed).toBeLessThan(5_000);
  });

  it("rejects a folder", async () => {
    const path = join(folder, "thu-muc.xlsx");
    await mkdir(path);
    expect(codeOf(await readWorkbook(path))).toBe("file-unreadable");
  });

  it("rejects a missing file", async () => {
    expect(codeOf(await readWorkbook(join(folder, "khong-co.xlsx")))).toBe(
      "file-unreadable",
    );
  });
});

describe("closeWorkbookReaders", () => {
  it("ends queued reads instead of leaving them pending", async () => {
    const path = join(folder, "form.xlsx");
    await writeFile(path, form);
    const reads = Array.from({ length: 5 }, () => readWorkbook(path));
    await closeWorkbookReaders();
    const results = await Promise.all(reads);
    expect(results).toHaveLength(5);
  });

  it("lets reading start again afterwards", async () => {
    const result = await readWorkbook(join(folder, "form.xlsx"));
    expect(codeOf(result)).toBe("read");
  });
});

describe.runIf(hasLibreOffice)(
  "closeWorkbookReaders during a conversion",
  () => {
    it("ends the read without throwing", async () => {
      const read = readWorkbook(
        join(import.meta.dirname, "../../fixtures/hostile/form.ods"),
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      await closeWorkbookReaders();
      const result = await read;
      expect(typeof result.ok).toBe("boolean");
    });
  },
);

describe.runIf(hasLibreOffice)(
  "readWorkbook on repacked OpenDocument files",
  () => {
    it("converts an .ods whose mimetype entry is not first", async () => {
      const original = unzipSync(
        new Uint8Array(
          await readFile(
            join(import.meta.dirname, "../../fixtures/hostile/form.ods"),
          ),
        ),
      );
      const { mimetype, ...rest } = original;
      const path = join(folder, "repacked.ods");
      await writeFile(
        path,
        zipSync({ ...rest, mimetype: mimetype ?? new Uint8Array() }),
      );
      expect(codeOf(await readWorkbook(path))).toBe("read");
    });
  },
);

describe("readWorkbook on hostile workbook parts", () => {
  it("rejects a workbook listing 100,000 sheets", async () => {
    const tags = Array.from(
      { length: 100_000 },
      (_, index) =>
        `<sheet name="T${index}" sheetId="${index + 1}" r:id="rId1"/>`,
    ).join("");
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheets>${tags}</sheets></workbook>`;
    const path = join(folder, "many-sheets.xlsx");
    await writeRawXlsx(
      path,
      [{ name: "PL01", rows: [["Tổng số cử tri", 1]] }],
      {
        extraEntries: { "xl/workbook.xml": workbook },
      },
    );
    const { result, elapsed } = await timedRead(path);
    expect(codeOf(result)).toBe("workbook-too-large");
    expect(elapsed).toBeLessThan(5_000);
  });

  it("reads a sheet that merges the whole sheet", async () => {
    const path = join(folder, "whole-merge.xlsx");
    await writeRawXlsx(path, [
      {
        name: "PL01",
        rows: [["Tổng số cử tri", 52341]],
        merges: ["A2:XFD1048576"],
      },
    ]);
    const { result, elapsed } = await timedRead(path);
    expect(codeOf(result)).toBe("read");
    expect(elapsed).toBeLessThan(5_000);
  });
});
