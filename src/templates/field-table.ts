import type ExcelJS from "exceljs";

import type { FieldKey, FieldSpec } from "./labels.js";
import {
  ALL_BORDERS,
  NUMBER_FORMATS,
  setFont,
  wallClockDate,
} from "./style.js";

/** A field value: a number, or text typed as an office would type it. */
export type FieldValue = string | number;

/**
 * Variations that reproduce forms as districts edit them: rows in another
 * order, retyped labels, extra blank rows.
 */
export interface FormLayout {
  /** Field keys in printed order; fields not listed follow in form order. */
  order?: readonly FieldKey[];
  /** Label text to print in place of the standard label. */
  labels?: Partial<Record<FieldKey, string>>;
  /** Blank rows inserted before the table. */
  blankRowsBefore?: number;
}

/** Position of the label | value table on the sheet. */
export interface FieldRowsPlacement {
  firstRow: number;
  /** Last column of a text value, merged from column B for long texts. */
  textLastColumn?: number;
}

/**
 * Writes `fields` as bordered label | value rows in columns A and B, and
 * returns the row after the last one written.
 */
export function writeFieldRows(
  sheet: ExcelJS.Worksheet,
  placement: FieldRowsPlacement,
  fields: readonly FieldSpec[],
  values: Partial<Record<FieldKey, FieldValue>>,
  layout: FormLayout = {},
): number {
  let row = placement.firstRow;
  for (const field of orderFields(fields, layout.order)) {
    const lastColumn =
      field.kind === "text" ? (placement.textLastColumn ?? 2) : 2;
    if (lastColumn > 2) {
      sheet.mergeCells(row, 2, row, lastColumn);
    }

    const label = sheet.getCell(row, 1);
    label.value = layout.labels?.[field.key] ?? field.label;
    setFont(label);
    label.alignment = { vertical: "middle", wrapText: true };
    label.border = ALL_BORDERS;

    const value = sheet.getCell(row, 2);
    writeValue(value, field, values[field.key]);
    for (let column = 2; column <= lastColumn; column += 1) {
      sheet.getCell(row, column).border = ALL_BORDERS;
    }
    row += 1;
  }
  return row;
}

function orderFields(
  fields: readonly FieldSpec[],
  order: readonly FieldKey[] | undefined,
): FieldSpec[] {
  if (order === undefined) return [...fields];
  const ordered: FieldSpec[] = [];
  for (const key of order) {
    const field = fields.find((candidate) => candidate.key === key);
    if (field !== undefined) ordered.push(field);
  }
  for (const field of fields) {
    if (!ordered.includes(field)) ordered.push(field);
  }
  return ordered;
}

/**
 * Writes one value as its kind wants it: real date cells for dates, numbers
 * with thousands separators, percentages with two decimals. Text given for a
 * number field is written as text, as some offices type it.
 */
export function writeValue(
  cell: ExcelJS.Cell,
  field: FieldSpec,
  value: FieldValue | undefined,
): void {
  setFont(cell);
  cell.alignment = {
    vertical: "middle",
    horizontal: field.kind === "text" ? "left" : "right",
    wrapText: field.kind === "text",
  };
  if (value === undefined) return;

  if (typeof value === "string" && isDateKind(field) && ISO_DATE.test(value)) {
    cell.value = wallClockDate(value);
    cell.numFmt =
      field.kind === "date" ? NUMBER_FORMATS.date : NUMBER_FORMATS.dateTime;
    return;
  }
  cell.value = value;
  if (typeof value === "number") cell.numFmt = numberFormat(field);
}

// Dates given as `YYYY-MM-DD[THH:MM]` become date cells; other text, such as
// a typed "23/5/2021", stays text.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function isDateKind(field: FieldSpec): boolean {
  return field.kind === "date" || field.kind === "date-time";
}

function numberFormat(field: FieldSpec): string {
  return field.kind === "percent"
    ? NUMBER_FORMATS.percent
    : NUMBER_FORMATS.count;
}
