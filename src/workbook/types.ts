/**
 * The workbook reader's output: every non-empty cell of every sheet with its
 * address and a plain value. This is the whole interface between reading a
 * file and understanding a form, so the reader can be replaced.
 */

/** A cell's value, already resolved from formulas, rich text and links. */
export type CellValue =
  | {
      type: "number";
      value: number;
      /** Excel number format, such as `0.00%` or `#,##0`, when not General. */
      format?: string;
    }
  | { type: "text"; value: string }
  /**
   * A date or time cell as wall-clock time without a zone,
   * `YYYY-MM-DDTHH:MM:SS`. A cell that shows 10:39 means 10:39 local time.
   */
  | { type: "date"; value: string }
  | { type: "boolean"; value: boolean }
  /** A spreadsheet error value such as `#REF!`. */
  | { type: "error"; value: string }
  /** A formula with no stored result that could not be computed. */
  | { type: "formula"; formula: string };

export interface Cell {
  /** 1-based row number. */
  row: number;
  /** 1-based column number. */
  col: number;
  /** A1-style address, such as `C7`. */
  address: string;
  value: CellValue;
  /**
   * Address of the merge's top-left cell when this cell is covered by a
   * merge and is not its top-left cell. Such cells repeat the top-left value.
   */
  mergedInto?: string;
}

/** Sheet visibility as Excel stores it; `veryHidden` is hidden from menus. */
export type SheetState = "visible" | "hidden" | "veryHidden";

export interface Sheet {
  name: string;
  /** Visibility; absent means visible. */
  state?: SheetState;
  /** Non-empty cells in row order, then column order. */
  cells: Cell[];
}

/** A note from the reader that does not stop reading, such as truncation. */
export interface ReadNote {
  code: "sheet-truncated" | "legacy-encoding" | "extension-mismatch";
  sheet?: string;
  cell?: string;
  params: Record<string, string | number>;
}

export interface Workbook {
  sheets: Sheet[];
  notes: ReadNote[];
}

/** Reason a file could not be read, with `code` a finding code. */
export interface ReadFailure {
  code:
    | "file-empty"
    | "file-truncated"
    | "file-encrypted"
    | "file-unreadable"
    | "not-a-workbook"
    | "unsupported-format"
    | "conversion-failed"
    | "workbook-too-large"
    | "xml-entities"
    | "read-timeout"
    | "read-memory-limit";
  params: Record<string, string | number>;
}

export type ReadResult =
  | { ok: true; workbook: Workbook }
  | { ok: false; failure: ReadFailure };
