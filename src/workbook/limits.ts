/**
 * Bounds on reading one workbook, in one place. A district form fills a few
 * dozen rows and columns, so every bound sits far above a real form and far
 * below what stalls or exhausts the reader.
 */
export const readLimits = {
  /** Wall-clock time for reading one file before its worker is ended. */
  timeoutMs: 20_000,
  /** Heap for the worker reading one file, in megabytes. */
  memoryMb: 512,
  /** Larger input files are rejected before any parsing. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Zip entries; a workbook written by Excel has a few dozen. */
  maxEntries: 1_000,
  /**
   * Declared or actual inflated size of a part read whole: the workbook,
   * relationships, shared strings and styles.
   */
  maxPartBytes: 128 * 1024 * 1024,
  /** Declared inflated size of the parts read whole, summed. */
  maxTotalBytes: 256 * 1024 * 1024,
  /**
   * Declared inflated size of one sheet. Sheets are filtered while they
   * inflate, so this only rejects gigabyte parts before any work is done.
   */
  maxSheetBytes: 512 * 1024 * 1024,
  /**
   * Sheet XML scanned per sheet. An honest sheet longer than this (a pasted
   * data table after the form) is cut here, losing any merges after it.
   */
  maxSheetScanBytes: 128 * 1024 * 1024,
  /** Compression ratio above which a part larger than 1 MiB is a bomb. */
  maxRatio: 1_000,
  /** Rows kept per sheet; the rest of the sheet is skipped. */
  maxRows: 5_000,
  /** Columns kept per row. */
  maxColumns: 256,
  /** Merged ranges kept per sheet. */
  maxMerges: 10_000,
  /**
   * Cells in one merged range. exceljs creates an object for every cell a
   * merge covers, so a larger range is dropped and its cells read as empty.
   */
  maxMergeCells: 10_000,
  /** Sheets read per workbook; more is treated as hostile. */
  maxSheets: 256,
  /** One row's XML; a longer row is treated as hostile. */
  maxRowBytes: 4 * 1024 * 1024,
  /** LibreOffice conversion of one .xls or .ods file, including startup. */
  conversionTimeoutMs: 90_000,
  /** Worker threads kept for reading. */
  poolSize: 2,
} as const;
