import type { Config } from "../config/schema.js";
import type { Workbook } from "../workbook/types.js";
import { fieldMatcher } from "./fields.js";
import {
  indexSheet,
  labelKey,
  locateFields,
  type LocatedField,
  type SheetIndex,
} from "./locate.js";
import { findResultsTable, type ResultsTable } from "./results-table.js";
import type { FormKind } from "./types.js";

/** A sheet with fewer labels found than this is not a form. */
const MIN_LABELS = 3;

// Fields that only one of the two forms has.
const ONLY_01 = [
  "slot",
  "openedAreas",
  "fullAreas",
  "closedAreas",
  "fullCommunes",
];
const ONLY_02 = ["countedAreas", "counting"];

/** The sheet that contains a form, with the fields and table found on it. */
export interface DetectedForm {
  kind: FormKind;
  index: SheetIndex;
  fields: Map<string, LocatedField>;
  /** Appendix 02 only; null when its table is missing. */
  table: ResultsTable | null;
}

interface SheetScan {
  index: SheetIndex;
  fields01: Map<string, LocatedField>;
  fields02: Map<string, LocatedField>;
  table: ResultsTable | null;
  titleKind: FormKind | null;
}

/**
 * Chooses the sheet that matches the most labels, then distinguishes
 * Appendix 01 from Appendix 02 by the fields only one of them has. The
 * quick report has the slot and area counts, and the preliminary results
 * have the results table and counted areas. A "Phụ lục 01" or "Phụ lục 02"
 * title adds weight. Returns null when no sheet looks like either form.
 */
export function detectForm(
  workbook: Workbook,
  config: Config,
): DetectedForm | null {
  const matcher01 = fieldMatcher("01", config);
  const matcher02 = fieldMatcher("02", config);

  let best: { scan: SheetScan; score: number } | null = null;
  for (const sheet of workbook.sheets) {
    const index = indexSheet(sheet);
    const scan: SheetScan = {
      index,
      fields01: locateFields(index, matcher01),
      fields02: locateFields(index, matcher02),
      table: findResultsTable(index, config, matcher02),
      titleKind: findTitleKind(index),
    };
    const score = Math.max(
      scan.fields01.size,
      scan.fields02.size + (scan.table?.columns.size ?? 0),
    );
    if (score >= MIN_LABELS && (best === null || score > best.score)) {
      best = { scan, score };
    }
  }
  if (best === null) return null;

  const kind = chooseKind(best.scan);
  if (kind === null) return null;
  const { index, fields01, fields02, table } = best.scan;
  return kind === "01"
    ? { kind, index, fields: fields01, table: null }
    : { kind, index, fields: fields02, table };
}

function chooseKind(scan: SheetScan): FormKind | null {
  let evidence01 = countKeys(scan.fields01, ONLY_01);
  let evidence02 = countKeys(scan.fields02, ONLY_02);
  if (scan.table !== null) evidence02 += 2;
  if (scan.titleKind === "01") evidence01 += 2;
  if (scan.titleKind === "02") evidence02 += 2;

  if (evidence01 > evidence02) return "01";
  if (evidence02 > evidence01) return "02";
  return null;
}

function countKeys(
  fields: Map<string, LocatedField>,
  keys: readonly string[],
): number {
  return keys.filter((key) => fields.has(key)).length;
}

function findTitleKind(index: SheetIndex): FormKind | null {
  for (const cell of index.sheet.cells) {
    if (cell.value.type !== "text") continue;
    const folded = labelKey(cell.value.value);
    const match = /^phu luc (?:so )?(0?1|0?2|i|ii)\b/.exec(folded);
    if (match === null) continue;
    return match[1] === "1" || match[1] === "01" || match[1] === "i"
      ? "01"
      : "02";
  }
  return null;
}
