import { foldLabel } from "../text/fold.js";
import type { Cell, Sheet } from "../workbook/types.js";

/** A sheet's cells, addressable by row and column. */
export interface SheetIndex {
  sheet: Sheet;
  /** Returns the non-empty cell at a 1-based row and column. */
  at(row: number, col: number): Cell | undefined;
  /** Non-empty cells of one row, in column order. */
  row(row: number): readonly Cell[];
}

/** Indexes a sheet's cells by position. */
export function indexSheet(sheet: Sheet): SheetIndex {
  const byPosition = new Map<string, Cell>();
  const byRow = new Map<number, Cell[]>();
  for (const cell of sheet.cells) {
    byPosition.set(`${cell.row},${cell.col}`, cell);
    const cells = byRow.get(cell.row) ?? [];
    cells.push(cell);
    byRow.set(cell.row, cells);
  }
  for (const cells of byRow.values()) cells.sort((a, b) => a.col - b.col);

  return {
    sheet,
    at: (row, col) => byPosition.get(`${row},${col}`),
    row: (row) => byRow.get(row) ?? [],
  };
}

/**
 * Folds a label for comparison. Besides `foldLabel`, it drops `%` signs,
 * because forms write "Tỷ lệ (%)", "Tỷ lệ %" and "Tỷ lệ" alike.
 */
export function labelKey(text: string): string {
  return foldLabel(text).replace(/%/g, " ").replace(/\s+/g, " ").trim();
}

/** Folded labels of several fields, for finding which field a cell names. */
export interface LabelMatcher {
  entries: ReadonlyArray<{ key: string; folded: string }>;
}

/** Builds a matcher from each field key and its wordings. */
export function buildMatcher(
  fields: ReadonlyArray<{ key: string; labels: readonly string[] }>,
): LabelMatcher {
  const entries: Array<{ key: string; folded: string }> = [];
  for (const field of fields) {
    for (const label of field.labels) {
      const folded = labelKey(label);
      if (folded.length > 0) entries.push({ key: field.key, folded });
    }
  }
  return { entries };
}

/** A label found in a cell, and a value written in the same cell if any. */
export interface LabelMatch {
  key: string;
  /** The text equals a label, rather than starting with one. */
  exact: boolean;
  /** Text after a colon, as in "Đơn vị báo cáo: UBBC huyện Cao Lộc". */
  inline: string | null;
}

/**
 * Finds the field a cell's text names. An exact folded match wins; else
 * the longest label that the text starts with, at a word boundary, so that
 * "Tổng số cử tri trong danh sách" still names `totalVoters`. Text after a
 * colon that follows a label is returned as an inline value.
 */
export function matchLabel(
  text: string,
  matcher: LabelMatcher,
): LabelMatch | null {
  const colon = text.indexOf(":");
  if (colon > 0) {
    const key = matchFolded(labelKey(text.slice(0, colon)), matcher, false);
    const rest = text.slice(colon + 1).trim();
    const blank = rest.length === 0 || isPlaceholderText(rest);
    if (key !== null) return { ...key, inline: blank ? null : rest };
  }

  const key = matchFolded(labelKey(text), matcher, true);
  return key === null ? null : { ...key, inline: null };
}

function matchFolded(
  folded: string,
  matcher: LabelMatcher,
  allowPrefix: boolean,
): { key: string; exact: boolean } | null {
  if (folded.length === 0) return null;

  let best: { key: string; length: number } | null = null;
  for (const entry of matcher.entries) {
    if (entry.folded === folded) return { key: entry.key, exact: true };
    if (!allowPrefix || !folded.startsWith(`${entry.folded} `)) continue;
    if (best === null || entry.folded.length > best.length) {
      best = { key: entry.key, length: entry.folded.length };
    }
  }
  return best === null ? null : { key: best.key, exact: false };
}

/** A field found on a sheet: its label cell and the cell with its value. */
export interface LocatedField {
  key: string;
  labelCell: Cell;
  /**
   * Cell holding the value, or null when the label has no value beside or
   * below it. For an inline value it is a text copy of the label cell.
   */
  valueCell: Cell | null;
  /**
   * Cell where the value goes that contains only a placeholder such as "-"
   * or "....", when there is no value; else null.
   */
  placeholderCell: Cell | null;
  /** The label cell equals a label, rather than starting with one. */
  exact: boolean;
}

/**
 * Finds every field of the matcher on a sheet. When a label appears more
 * than once, an exact label wins over one that only starts with it, so
 * "Số cử tri đã đi bầu" wins over "Số cử tri đã đi bầu buổi sáng". Among
 * equals, a label with a value wins, then the first one.
 */
export function locateFields(
  index: SheetIndex,
  matcher: LabelMatcher,
): Map<string, LocatedField> {
  const found = new Map<string, LocatedField>();

  for (const cell of index.sheet.cells) {
    if (cell.value.type !== "text" || cell.mergedInto !== undefined) continue;
    const match = matchLabel(cell.value.value, matcher);
    if (match === null) continue;

    const previous = found.get(match.key);
    if (previous !== undefined && rank(previous) === BEST_RANK) continue;

    const valueCell =
      match.inline !== null
        ? { ...cell, value: { type: "text" as const, value: match.inline } }
        : findValueCell(index, cell, matcher);
    const field: LocatedField = {
      key: match.key,
      labelCell: cell,
      valueCell,
      placeholderCell:
        valueCell === null ? findPlaceholderCell(index, cell) : null,
      exact: match.exact,
    };
    if (previous === undefined || rank(field) > rank(previous)) {
      found.set(match.key, field);
    }
  }
  return found;
}

const BEST_RANK = 3;

function rank(field: LocatedField): number {
  return (field.exact ? 2 : 0) + (field.valueCell !== null ? 1 : 0);
}

/**
 * Returns the value of a label: the first non-empty cell to its right on
 * the same row, else the cell directly below. Cells covered by the label's
 * own merge repeat the label and are skipped. Another label is never a
 * value, but text that only starts like a label can be one, as in
 * "Tình hình an ninh, trật tự ổn định".
 */
export function findValueCell(
  index: SheetIndex,
  label: Cell,
  matcher: LabelMatcher,
): Cell | null {
  const ownKey = labelMatch(label, matcher)?.key ?? null;

  for (const cell of index.row(label.row)) {
    if (cell.col <= label.col || cell.mergedInto === label.address) continue;
    if (isPlaceholder(cell)) continue;
    // To the right, only an exact label ends the search, because a
    // label | value row rarely contains a second, retyped label.
    if (labelMatch(cell, matcher)?.exact === true) break;
    return cell;
  }

  let row = label.row + 1;
  let below = index.at(row, label.col);
  while (below !== undefined && below.mergedInto === label.address) {
    row += 1;
    below = index.at(row, label.col);
  }
  if (below === undefined || isPlaceholder(below)) return null;

  // Below, the next row is often the next field, perhaps retyped with more
  // words, so any label of another field ends the search.
  const match = labelMatch(below, matcher);
  if (match === null) return below;
  return !match.exact && match.key === ownKey ? below : null;
}

/**
 * Returns the placeholder where a label's value would go: the first cell
 * to its right on the same row, else the cell below, when that cell is a
 * placeholder. A label whose own text ends in a placeholder after a colon,
 * as in "Tổng số cử tri: -", is its own placeholder cell.
 */
function findPlaceholderCell(index: SheetIndex, label: Cell): Cell | null {
  if (label.value.type === "text") {
    const colon = label.value.value.indexOf(":");
    const rest = colon > 0 ? label.value.value.slice(colon + 1).trim() : "";
    if (rest.length > 0 && isPlaceholderText(rest)) {
      return { ...label, value: { type: "text", value: rest } };
    }
  }

  const right = index
    .row(label.row)
    .find((cell) => cell.col > label.col && cell.mergedInto !== label.address);
  if (right !== undefined) return isPlaceholder(right) ? right : null;

  let row = label.row + 1;
  let below = index.at(row, label.col);
  while (below !== undefined && below.mergedInto === label.address) {
    row += 1;
    below = index.at(row, label.col);
  }
  return below !== undefined && isPlaceholder(below) ? below : null;
}

/**
 * Tells whether a cell holds only a blank to fill in, such as "......",
 * "___" or "-", which blank templates print where a value goes.
 */
export function isPlaceholder(cell: Cell): boolean {
  return cell.value.type === "text" && isPlaceholderText(cell.value.value);
}

function isPlaceholderText(text: string): boolean {
  return /^[\s.…_\-–—*/]*$/.test(text);
}

function labelMatch(cell: Cell, matcher: LabelMatcher): LabelMatch | null {
  if (cell.value.type !== "text") return null;
  return matchLabel(cell.value.value, matcher);
}
