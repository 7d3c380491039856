import type {
  Cell,
  CellValue,
  ReadNote,
  Sheet,
  Workbook,
} from "../../src/workbook/types.js";

/**
 * A cell as written in a test grid. A string is text, a number is a plain
 * number and a Date is a date cell. Null, undefined and "" are empty. A
 * CellValue object is used as it is, for formats, errors and formulas.
 */
export type GridValue =
  | string
  | number
  | boolean
  | Date
  | CellValue
  | null
  | undefined;

/** A sheet written as rows of values, with optional merges like `A1:C1`. */
export interface GridSheet {
  name?: string;
  rows: GridValue[][];
  merges?: string[];
}

/** Builds a percent-formatted number cell, as Excel stores 98.78%. */
export function percentCell(fraction: number): CellValue {
  return { type: "number", value: fraction, format: "0.00%" };
}

/** Builds a spreadsheet error cell such as `#REF!`. */
export function errorCell(value: string): CellValue {
  return { type: "error", value };
}

/** Builds a formula cell that has no stored result. */
export function formulaCell(formula: string): CellValue {
  return { type: "formula", formula };
}

/** Builds a date cell from wall-clock `YYYY-MM-DDTHH:MM:SS`. */
export function dateCell(wallClock: string): CellValue {
  return { type: "date", value: wallClock };
}

/** Converts 1-based column numbers to letters: 1 is A, 28 is AB. */
export function columnLetters(col: number): string {
  let letters = "";
  let rest = col;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** Builds a reader Sheet from a grid; row 1, column A is `rows[0][0]`. */
export function makeSheet(grid: GridSheet): Sheet {
  const values = new Map<string, CellValue>();
  grid.rows.forEach((row, r) => {
    row.forEach((raw, c) => {
      const value = toCellValue(raw);
      if (value !== null) values.set(`${r + 1},${c + 1}`, value);
    });
  });

  const mergedInto = new Map<string, string>();
  for (const range of grid.merges ?? []) applyMerge(range, values, mergedInto);

  const cells: Cell[] = [];
  for (const [key, value] of values) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    const cell: Cell = {
      row,
      col,
      address: `${columnLetters(col)}${row}`,
      value,
    };
    const master = mergedInto.get(key);
    if (master !== undefined) cell.mergedInto = master;
    cells.push(cell);
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { name: grid.name ?? "Sheet1", cells };
}

/** Builds a Workbook from one or more grids. */
export function makeWorkbook(
  sheets: GridSheet | GridSheet[],
  notes: ReadNote[] = [],
): Workbook {
  const list = Array.isArray(sheets) ? sheets : [sheets];
  return {
    sheets: list.map((sheet, i) =>
      makeSheet({ ...sheet, name: sheet.name ?? `Sheet${i + 1}` }),
    ),
    notes,
  };
}

function toCellValue(raw: GridValue): CellValue | null {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "string") return { type: "text", value: raw };
  if (typeof raw === "number") return { type: "number", value: raw };
  if (typeof raw === "boolean") return { type: "boolean", value: raw };
  if (raw instanceof Date) {
    return { type: "date", value: raw.toISOString().slice(0, 19) };
  }
  return raw;
}

// Every cell of a merge but the top-left one repeats its value, as the
// reader reports merged cells.
function applyMerge(
  range: string,
  values: Map<string, CellValue>,
  mergedInto: Map<string, string>,
): void {
  const [from, to] = range.split(":") as [string, string];
  const start = parseAddress(from);
  const end = parseAddress(to);
  const master = values.get(`${start.row},${start.col}`);
  if (master === undefined) return;

  for (let row = start.row; row <= end.row; row += 1) {
    for (let col = start.col; col <= end.col; col += 1) {
      if (row === start.row && col === start.col) continue;
      values.set(`${row},${col}`, master);
      mergedInto.set(`${row},${col}`, from);
    }
  }
}

function parseAddress(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const letter of match[1]!) col = col * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), col };
}
