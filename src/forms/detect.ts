import type { Config } from "../config/schema.js";
import type { Workbook } from "../workbook/types.js";
import { fieldMatcher } from "./fields.js";
import {
  indexSheet,
  labelKey,
  locateFields,
  type LabelMatcher,
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

/** Every form sheet of a workbook, and the hidden sheets skipped. */
export interface DetectedForms {
  /** Visible sheets that contain a form, in workbook order. */
  forms: DetectedForm[];
  /** Hidden sheets that would have been read as a form if visible. */
  hiddenForms: string[];
}

/**
 * Finds every sheet that contains a form. A sheet qualifies when it
 * matches at least MIN_LABELS labels. The fields that only one form has
 * decide between Appendix 01 and Appendix 02. The quick report has the slot
 * and area counts, and the preliminary results have the results table and
 * counted areas. A "Phụ lục 01" or "Phụ lục 02" title adds weight.
 * Hidden sheets never count as forms, because they often keep old or
 * working figures that are not the unit's report.
 */
export function detectForms(workbook: Workbook, config: Config): DetectedForms {
  const matcher01 = fieldMatcher("01", config);
  const matcher02 = fieldMatcher("02", config);

  const detected: DetectedForms = { forms: [], hiddenForms: [] };
  for (const sheet of workbook.sheets) {
    const form = detectSheet(indexSheet(sheet), config, matcher01, matcher02);
    if (form === null) continue;

    if (sheet.state === "hidden" || sheet.state === "veryHidden") {
      detected.hiddenForms.push(sheet.name);
    } else {
      detected.forms.push(form);
    }
  }
  return detected;
}

function detectSheet(
  index: SheetIndex,
  config: Config,
  matcher01: LabelMatcher,
  matcher02: LabelMatcher,
): DetectedForm | null {
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
  if (score < MIN_LABELS) return null;

  const kind = chooseKind(scan);
  if (kind === null) return null;
  const { fields01, fields02, table } = scan;
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
