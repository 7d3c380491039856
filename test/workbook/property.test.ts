import fc from "fast-check";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { catalogue } from "../../src/findings/catalogue.js";
import { buildForm } from "../../src/scripts/generate-hostile.js";
import { closeWorkbookReaders, readWorkbook } from "../../src/workbook/read.js";
import type { ReadResult } from "../../src/workbook/types.js";
import { type RawCell, buildRawXlsx } from "../helpers/raw-xlsx.js";

/** A read of a mutated file must end well within the 20 s reader timeout. */
const BOUND_MS = 20_000;
const CODES = Object.keys(catalogue);

let folder: string;
let form: Uint8Array;
let counter = 0;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "bctinh-property-"));
  form = await buildForm();
});

afterAll(async () => {
  await closeWorkbookReaders();
  await rm(folder, { recursive: true, force: true });
});

/** Reads bytes as a file; throws if the reader throws, hangs or returns junk. */
async function readBytes(
  bytes: Uint8Array,
  extension = ".xlsx",
): Promise<ReadResult> {
  const path = join(folder, `case-${counter++}${extension}`);
  await writeFile(path, bytes);
  const started = Date.now();
  const result = await readWorkbook(path);
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  await rm(path, { force: true });
  return result;
}

function expectWellFormed(result: ReadResult): void {
  if (result.ok) {
    expect(Array.isArray(result.workbook.sheets)).toBe(true);
  } else {
    expect(CODES).toContain(result.failure.code);
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("set"), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant("cut"), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert"),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 64 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let result = bytes.slice();
  for (const change of mutations) {
    const at = change.at % Math.max(result.length, 1);
    if (change.kind === "set") result[at] = change.byte;
    else if (change.kind === "cut") result = result.slice(0, at);
    else {
      const joined = new Uint8Array(result.length + change.bytes.length);
      joined.set(result.subarray(0, at));
      joined.set(change.bytes, at);
      joined.set(result.subarray(at), at + change.bytes.length);
      result = joined;
    }
  }
  return result;
}

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "Tổng số cử tri",
    "Tæng sè cö tri",
    "Toång soá cöû tri",
    "=1+1",
    "#REF!",
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ formula: fc.string({ maxLength: 20 }) }),
  fc.record({
    formula: fc.constantFrom("A1+B1", "SUM(A1:C3)", "A1/B1", "A1*"),
    cached: fc.option(fc.double(), { nil: undefined }),
  }),
  fc.record({
    value: fc.double(),
    format: fc.constantFrom("0.00%", "dd/mm/yyyy", "hh:mm", '#,##0 "x"', "@"),
  }),
  fc.record({ error: fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!") }),
);

describe("readWorkbook on mutated forms", () => {
  it("never throws on mutated zip bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (mutations) => {
          expectWellFormed(await readBytes(mutate(form, mutations)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never throws on random cell types and values", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
        fc.string({ minLength: 1, maxLength: 31 }),
        async (rows, name) => {
          const sheetName = name.replace(/[\\/?*[\]:]/g, "_");
          expectWellFormed(
            await readBytes(buildRawXlsx([{ name: sheetName, rows }])),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never throws on mutated raw xlsx bytes", async () => {
    const raw = buildRawXlsx([
      {
        name: "PL01",
        rows: [
          ["Tổng số cử tri", 52341],
          ["Số cử tri đã đi bầu", { formula: "B1/2" }],
        ],
      },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (mutations) => {
          expectWellFormed(await readBytes(mutate(raw, mutations)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never throws on random bytes under any extension", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(".xlsx", ".xls", ".ods", ".pdf", ""),
        async (bytes, extension) => {
          expectWellFormed(await readBytes(bytes, extension));
        },
      ),
      { numRuns: 40 },
    );
  });
});
