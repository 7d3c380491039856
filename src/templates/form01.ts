import type ExcelJS from "exceljs";

import type { Config } from "../config/schema.js";
import type { FigureKey } from "../forms/types.js";
import { writeFieldRows, type FieldValue } from "./field-table.js";
import {
  committeeHeading,
  headerFieldValues,
  type FormHeaderValues,
} from "./form-values.js";
import { FORM01_FIELDS, FORM_TITLES, type FieldKey } from "./labels.js";
import {
  ALL_BORDERS,
  HEADER_FILL,
  mergeText,
  newWorkbook,
  setA4,
  setFont,
  vietnameseDateline,
  writeOfficialHeading,
} from "./style.js";

/** Values printed on an Appendix 01 quick report. */
export interface Form01Values extends FormHeaderValues {
  /** Slot as written on the form, such as `10h30`. */
  slot?: string;
  /** Numbers, or text such as "52.341" typed in Vietnamese notation. */
  figures?: Partial<Record<FigureKey, FieldValue>>;
  security?: string;
}

/** Name of the sheet that contains the form. */
export const FORM01_SHEET = "Phụ lục 01";

// Row of the table header; the fields follow it.
const TABLE_HEADER_ROW = 8;

/**
 * Builds the Appendix 01 quick-report form ("Phụ lục 01 – Báo cáo nhanh"):
 * the official heading, the title, and a bordered label | value table with
 * the labels the form parser looks for. With `values`, the form comes
 * filled in; without, it is the blank template.
 *
 * @example buildForm01(config, { unitName: "Ủy ban bầu cử huyện Cao Lộc" })
 */
export function buildForm01(
  config: Config,
  values: Form01Values = {},
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(FORM01_SHEET);
  sheet.columns = [{ width: 58 }, { width: 26 }, { width: 18 }];
  setA4(sheet, "portrait");

  writeOfficialHeading(sheet, committeeHeading(values.unitName), {
    left: [1, 1],
    right: [2, 3],
  });
  if (values.electionDate !== undefined) {
    const dateline = `${config.province}, ${vietnameseDateline(values.electionDate)}`;
    mergeText(sheet, 3, [2, 3], dateline, { italic: true });
  }
  mergeText(sheet, 5, [1, 3], FORM_TITLES["01"], { bold: true, size: 14 });
  mergeText(sheet, 6, [1, 3], config.electionTitle, { italic: true });

  const firstRow = TABLE_HEADER_ROW + (values.layout?.blankRowsBefore ?? 0);
  writeTableHeader(sheet, firstRow);
  writeFieldRows(
    sheet,
    { firstRow: firstRow + 1 },
    FORM01_FIELDS,
    form01FieldValues(values),
    values.layout,
  );
  return workbook;
}

function writeTableHeader(sheet: ExcelJS.Worksheet, row: number): void {
  const headers = ["Nội dung", "Số liệu"];
  headers.forEach((text, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = text;
    setFont(cell, { bold: true });
    cell.fill = HEADER_FILL;
    cell.border = ALL_BORDERS;
    cell.alignment = { horizontal: "center", vertical: "middle" };
  });
}

function form01FieldValues(
  values: Form01Values,
): Partial<Record<FieldKey, FieldValue>> {
  const fields = headerFieldValues(values);
  if (values.slot !== undefined) fields.slot = values.slot;
  if (values.security !== undefined) fields.security = values.security;
  for (const [key, value] of Object.entries(values.figures ?? {})) {
    if (value !== undefined) fields[key as FigureKey] = value;
  }
  return fields;
}
