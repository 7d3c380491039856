import ExcelJS from "exceljs";

import { evaluateFormula } from "./formula.js";
import type { Cell, CellValue, Sheet, SheetState } from "./types.js";

/**
 * Converts every non-empty cell of an exceljs worksheet into the reader's
 * plain cell model, in row order, then column order.
 */
export function convertWorksheet(worksheet: ExcelJS.Worksheet): Sheet {
  const cells: Cell[] = [];

  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const converted = convertCell(cell);
      if (converted !== null) cells.push(converted);
    });
  });

  resolveFormulas(worksheet, cells);
  return { name: worksheet.name, state: sheetState(worksheet), cells };
}

function sheetState(worksheet: ExcelJS.Worksheet): SheetState {
  const state: string = worksheet.state;
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** Formulas that refer to formulas, in a chain; deeper chains are refused. */
const MAX_FORMULA_DEPTH = 200;

/**
 * Cell look-ups per sheet while computing formulas. A form needs a few
 * hundred; past this, the remaining formulas stay uncomputed.
 */
const MAX_FORMULA_LOOKUPS = 1_000_000;

/**
 * Computes formulas saved without a result where they are simple
 * arithmetic over known numbers; the others stay formulas, never 0.
 */
function resolveFormulas(worksheet: ExcelJS.Worksheet, cells: Cell[]): void {
  const byPosition = new Map<string, Cell>();
  for (const cell of cells) byPosition.set(`${cell.row},${cell.col}`, cell);

  const computed = new Map<string, number | null>();
  let depth = 0;
  let lookups = 0;
  const lookup = (row: number, col: number): number | null => {
    if (++lookups > MAX_FORMULA_LOOKUPS) return null;
    const key = `${row},${col}`;
    const cell = byPosition.get(key);
    if (cell === undefined) return 0;
    if (cell.value.type === "number") return cell.value.value;
    if (cell.value.type !== "formula") return null;
    if (computed.has(key)) return computed.get(key) ?? null;
    if (depth >= MAX_FORMULA_DEPTH) return null;

    computed.set(key, null);
    depth++;
    const value = evaluateFormula(cell.value.formula, lookup);
    depth--;
    computed.set(key, value);
    return value;
  };

  for (const cell of cells) {
    if (cell.value.type !== "formula") continue;
    const value = lookup(cell.row, cell.col);
    if (value === null) continue;
    const format = worksheet.getCell(cell.row, cell.col).numFmt;
    cell.value = convertNumber(value, format);
  }
}

function convertCell(cell: ExcelJS.Cell): Cell | null {
  const source = cell.isMerged ? cell.master : cell;
  const value = convertValue(source);
  if (value === null) return null;

  const result: Cell = {
    row: Number(cell.row),
    col: Number(cell.col),
    address: cell.address,
    value,
  };
  if (cell.isMerged && cell.master.address !== cell.address) {
    result.mergedInto = cell.master.address;
  }
  return result;
}

/** Returns null for a cell that contains nothing a reader could use. */
function convertValue(cell: ExcelJS.Cell): CellValue | null {
  const raw = cell.value;
  if (raw === null || raw === undefined) return null;

  if (isFormulaValue(raw)) {
    return convertFormula(cell, raw);
  }
  return convertPlain(raw, cell.numFmt);
}

type FormulaValue = {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
};

function isFormulaValue(raw: unknown): raw is FormulaValue {
  if (typeof raw !== "object" || raw === null) return false;
  return "formula" in raw || "sharedFormula" in raw;
}

function convertFormula(cell: ExcelJS.Cell, raw: FormulaValue): CellValue {
  const result = raw.result;
  if (result !== undefined && result !== null) {
    const converted = convertPlain(result, cell.numFmt);
    if (converted !== null) return converted;
  }
  return { type: "formula", formula: cell.formula ?? raw.formula ?? "" };
}

/** Converts a value that is not a formula, or a formula's cached result. */
function convertPlain(
  raw: unknown,
  numFmt: string | undefined,
): CellValue | null {
  if (typeof raw === "number") return convertNumber(raw, numFmt);
  if (typeof raw === "string") return convertText(raw);
  if (typeof raw === "boolean") return { type: "boolean", value: raw };
  if (raw instanceof Date) return convertDate(raw);
  if (typeof raw !== "object" || raw === null) return null;

  if ("error" in raw) {
    return { type: "error", value: String(raw.error) };
  }
  if ("richText" in raw && Array.isArray(raw.richText)) {
    return convertText(joinRichText(raw.richText));
  }
  if ("text" in raw) {
    return convertPlain(raw.text, numFmt);
  }
  return null;
}

function convertNumber(value: number, numFmt: string | undefined): CellValue {
  if (!Number.isFinite(value)) return { type: "error", value: "#NUM!" };
  if (numFmt && numFmt !== "General") {
    return { type: "number", value, format: numFmt };
  }
  return { type: "number", value };
}

function convertText(value: string): CellValue | null {
  if (value.trim() === "") return null;
  return { type: "text", value };
}

/**
 * exceljs turns a serial date into a Date whose UTC fields are the wall
 * clock shown in the cell, so the UTC fields are read back unchanged. The
 * time is rounded to the nearest second, because a serial such as
 * 44339.4444444 is 10:39:59.996 but Excel shows 10:40.
 */
function convertDate(value: Date): CellValue | null {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return null;
  const rounded = new Date(Math.round(ms / 1000) * 1000);
  return { type: "date", value: rounded.toISOString().slice(0, 19) };
}

function joinRichText(runs: unknown[]): string {
  let text = "";
  for (const run of runs) {
    if (typeof run === "object" && run !== null && "text" in run) {
      text += String(run.text);
    }
  }
  return text;
}
