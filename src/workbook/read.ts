import { convertToXlsx } from "./convert.js";
import { readLimits } from "./limits.js";
import { ReaderPool } from "./pool.js";
import type { ReadNote, ReadResult } from "./types.js";

/** Bounds on reading one file; defaults are in `readLimits`. */
export interface ReadOptions {
  /**
   * Wall-clock limit for reading one file, in milliseconds.
   * @default 20000
   */
  timeoutMs?: number;
  /**
   * Heap limit of the worker thread that reads one file, in megabytes.
   * @default 512
   */
  memoryMb?: number;
  /**
   * Wall-clock limit for converting one .xls or .ods file with LibreOffice,
   * in milliseconds, including LibreOffice's start.
   * @default 90000
   */
  conversionTimeoutMs?: number;
}

let pool: ReaderPool | undefined;

/**
 * Reads every non-empty cell of every sheet of a workbook: xlsx or xlsm,
 * and through LibreOffice, when it is installed, xls, ods, HTML tables and
 * Excel 2003 XML. The file is
 * read in a worker thread under a time and memory limit, and is never
 * modified. A bad file gives a failure with a finding code, not an
 * exception; test/workbook/property.test.ts checks this on mutated forms.
 *
 * @example
 * const result = await readWorkbook("inbox/CLO-10h30.xlsx");
 * if (result.ok) console.log(result.workbook.sheets[0]?.cells.length);
 */
export async function readWorkbook(
  path: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const limits = {
    timeoutMs: options.timeoutMs ?? readLimits.timeoutMs,
    memoryMb: options.memoryMb ?? readLimits.memoryMb,
  };
  pool ??= new ReaderPool(readLimits.poolSize);
  const readers = pool;

  const first = await readers.run(path, false, limits);
  if (first.kind === "result") return first.result;

  const conversionTimeoutMs =
    options.conversionTimeoutMs ?? readLimits.conversionTimeoutMs;
  const conversion = await convertToXlsx(
    path,
    first.format,
    conversionTimeoutMs,
  );
  if (!conversion.ok) return { ok: false, failure: conversion.failure };
  try {
    const second = await readers.run(conversion.path, true, limits);
    if (second.kind !== "result") {
      const detail = "kết quả chuyển đổi vẫn không phải .xlsx";
      return {
        ok: false,
        failure: {
          code: "conversion-failed",
          params: { format: first.format, detail },
        },
      };
    }
    return withNotes(second.result, first.notes);
  } finally {
    await conversion.remove();
  }
}

function withNotes(result: ReadResult, notes: ReadNote[]): ReadResult {
  if (!result.ok || notes.length === 0) return result;
  const workbook = {
    ...result.workbook,
    notes: [...notes, ...result.workbook.notes],
  };
  return { ok: true, workbook };
}

/**
 * Ends the reader's worker threads. Idle workers do not keep the process
 * alive, but a command calls this to exit promptly after its last read.
 */
export async function closeWorkbookReaders(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.close();
}
