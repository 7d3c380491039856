import type { Config, Election } from "../config/schema.js";
import type { Cell } from "../workbook/types.js";
import { RESULT_COLUMNS, labelsOf } from "./fields.js";
import {
  buildMatcher,
  isPlaceholder,
  labelKey,
  matchLabel,
  type LabelMatcher,
  type SheetIndex,
} from "./locate.js";
import type { ElectionColumn } from "./types.js";

/** Headers that fewer columns than this match are not the results table. */
const MIN_HEADER_COLUMNS = 3;

/** Empty rows inside the table, as between two elections, before its end. */
const MAX_BLANK_ROWS = 2;

/** How far apart the cells of a header spread over several rows may be. */
const HEADER_ROW_SPREAD = 2;

/** The Appendix 02 results table as found on a sheet. */
export interface ResultsTable {
  /** Column number of each header found. */
  columns: Map<ElectionColumn, number>;
  /** Last row of the header. */
  headerRow: number;
  rows: ResultsRow[];
}

/** One row of the table below the header. */
export type ResultsRow =
  | {
      kind: "election";
      election: Election;
      label: Cell;
      cells: RowCells;
      /** Cells that contain only a placeholder such as "-", by column. */
      placeholders: RowCells;
    }
  | { kind: "unknown"; label: Cell };

/** Cells of one election row, by column; an empty cell is absent. */
export type RowCells = Partial<Record<ElectionColumn, Cell>>;

/** Builds a matcher for the table's column headers. */
export function columnMatcher(config: Config): LabelMatcher {
  return buildMatcher(
    RESULT_COLUMNS.map((column) => ({
      key: column.key,
      labels: labelsOf(column, config),
    })),
  );
}

/**
 * Finds the results table by its header labels, wherever it sits and in
 * whatever order its columns come. Its rows end at the first row that names
 * no election and has no number in any data column, or that carries one of
 * the form's field labels from `fields`. Returns null when no row of the
 * sheet has at least three column headers.
 */
export function findResultsTable(
  index: SheetIndex,
  config: Config,
  fields: LabelMatcher,
): ResultsTable | null {
  const headers = findHeaderCells(index, columnMatcher(config));
  const bestRow = busiestRow(headers);
  if (bestRow === null) return null;

  const columns = new Map<ElectionColumn, number>();
  let headerRow = bestRow;
  for (const header of headers) {
    if (Math.abs(header.cell.row - bestRow) > HEADER_ROW_SPREAD) continue;
    if (columns.has(header.key)) continue;
    columns.set(header.key, header.cell.col);
    headerRow = Math.max(headerRow, header.cell.row);
  }
  if (columns.size < MIN_HEADER_COLUMNS) return null;

  const rows = readRows(index, { columns, headerRow, fields }, config);
  return { columns, headerRow, rows };
}

interface HeaderCell {
  key: ElectionColumn;
  cell: Cell;
}

function findHeaderCells(
  index: SheetIndex,
  matcher: LabelMatcher,
): HeaderCell[] {
  const headers: HeaderCell[] = [];
  for (const cell of index.sheet.cells) {
    if (cell.value.type !== "text" || cell.mergedInto !== undefined) continue;
    const key = matchHeader(cell.value.value, matcher);
    const grouped = key ?? matchGroupedHeader(index, cell, matcher);
    if (grouped !== null) headers.push({ key: grouped, cell });
  }
  return headers;
}

function matchHeader(
  text: string,
  matcher: LabelMatcher,
): ElectionColumn | null {
  const match = matchLabel(text, matcher);
  if (match === null || match.inline !== null) return null;
  return match.key as ElectionColumn;
}

/**
 * Matches a header split over two rows, such as "Số phiếu" merged above
 * "Phát ra", "Thu vào", "Hợp lệ": the cell above, which a merge repeats,
 * gives the first words.
 */
function matchGroupedHeader(
  index: SheetIndex,
  cell: Cell,
  matcher: LabelMatcher,
): ElectionColumn | null {
  const above = index.at(cell.row - 1, cell.col);
  if (above === undefined || above.value.type !== "text") return null;
  if (cell.value.type !== "text") return null;
  return matchHeader(`${above.value.value} ${cell.value.value}`, matcher);
}

function busiestRow(headers: readonly HeaderCell[]): number | null {
  const counts = new Map<number, Set<string>>();
  for (const header of headers) {
    const keys = counts.get(header.cell.row) ?? new Set<string>();
    keys.add(header.key);
    counts.set(header.cell.row, keys);
  }

  let best: { row: number; count: number } | null = null;
  for (const [row, keys] of counts) {
    if (best === null || keys.size > best.count) {
      best = { row, count: keys.size };
    }
  }
  return best === null ? null : best.row;
}

interface TableShape {
  columns: Map<ElectionColumn, number>;
  headerRow: number;
  fields: LabelMatcher;
}

function readRows(
  index: SheetIndex,
  { columns, headerRow, fields }: TableShape,
  config: Config,
): ResultsRow[] {
  const firstDataCol = Math.min(...columns.values());
  const rows: ResultsRow[] = [];
  let blankRun = 0;

  for (let row = headerRow + 1; ; row += 1) {
    if (index.row(row).length === 0) {
      blankRun += 1;
      if (blankRun > MAX_BLANK_ROWS) break;
      continue;
    }
    blankRun = 0;

    const cells = rowCells(index, row, columns);
    const label = rowLabel(index, row, firstDataCol);
    const election =
      label === null ? null : matchElection(textOf(label), config);

    if (label !== null && election !== null) {
      const placeholders = rowPlaceholders(index, row, columns);
      rows.push({ kind: "election", election, label, cells, placeholders });
      continue;
    }
    // The general figures may follow the table when a unit moved them.
    if (label !== null && matchLabel(textOf(label), fields) !== null) break;
    if (label !== null && isTotalRow(textOf(label))) continue;

    // A row of column numbers such as "(1) (2) (3)" may sit between the
    // header and the first election.
    if (!hasNumber(cells)) {
      if (label === null && row <= headerRow + 2) continue;
      break;
    }
    if (label !== null) rows.push({ kind: "unknown", label });
  }
  return rows;
}

function rowCells(
  index: SheetIndex,
  row: number,
  columns: Map<ElectionColumn, number>,
): RowCells {
  const cells: RowCells = {};
  for (const [key, col] of columns) {
    const cell = index.at(row, col);
    // A cell covered by a merge repeats another cell's figure; counting it
    // again would double it.
    if (cell === undefined || cell.mergedInto !== undefined) continue;
    if (!isPlaceholder(cell)) cells[key] = cell;
  }
  return cells;
}

function rowPlaceholders(
  index: SheetIndex,
  row: number,
  columns: Map<ElectionColumn, number>,
): RowCells {
  const placeholders: RowCells = {};
  for (const [key, col] of columns) {
    const cell = index.at(row, col);
    if (cell === undefined || cell.mergedInto !== undefined) continue;
    if (isPlaceholder(cell)) placeholders[key] = cell;
  }
  return placeholders;
}

function hasNumber(cells: RowCells): boolean {
  for (const cell of Object.values(cells)) {
    if (cell.value.type === "number") return true;
    if (cell.value.type === "text" && /^[\d\s.,]+$/.test(cell.value.value)) {
      return true;
    }
    if (cell.value.type === "formula" || cell.value.type === "error") {
      return true;
    }
  }
  return false;
}

/**
 * Returns the last text cell left of the data columns: the row's label.
 * Cells covered by a merge, such as the lower half of a two-row header,
 * are no label.
 */
function rowLabel(
  index: SheetIndex,
  row: number,
  firstDataCol: number,
): Cell | null {
  let label: Cell | null = null;
  for (const cell of index.row(row)) {
    if (cell.col >= firstDataCol) break;
    if (cell.mergedInto !== undefined) continue;
    if (cell.value.type === "text" && /\p{L}/u.test(cell.value.value)) {
      label = cell;
    }
  }
  return label;
}

function isTotalRow(text: string): boolean {
  const folded = labelKey(text);
  return /^(tong cong|tong so|cong|tong)\b/.test(folded);
}

function textOf(cell: Cell): string {
  return cell.value.type === "text" ? cell.value.value : "";
}

/**
 * Finds the configured election a row label names. Labels are folded,
 * "Hội đồng nhân dân" becomes "HĐND", and "đại biểu", "bầu cử" and "cấp"
 * are dropped. An exact match wins, else the longest name contained in the
 * label as whole words. Returns null when two elections tie.
 */
export function matchElection(text: string, config: Config): Election | null {
  const folded = electionKey(text);
  if (folded.length === 0) return null;

  let best: { election: Election; length: number } | null = null;
  let tie = false;
  for (const election of config.elections) {
    for (const name of [election.label, ...election.aliases]) {
      const key = electionKey(name);
      if (key.length === 0) continue;
      if (key === folded) return election;
      if (!` ${folded} `.includes(` ${key} `)) continue;
      if (best === null || key.length > best.length) {
        best = { election, length: key.length };
        tie = false;
      } else if (key.length === best.length && best.election !== election) {
        tie = true;
      }
    }
  }
  return best === null || tie ? null : best.election;
}

function electionKey(text: string): string {
  return ` ${labelKey(text)} `
    .replace(/ hoi dong nhan dan /g, " hdnd ")
    .replace(/ (dai bieu|bau cu|cap) /g, " ")
    .replace(/ (dai bieu|bau cu|cap) /g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
