import type ExcelJS from "exceljs";

import type { Config } from "../config/schema.js";
import type { ElectionFigures } from "../forms/types.js";
import { writeFieldRows, type FieldValue } from "./field-table.js";
import {
  committeeHeading,
  headerFieldValues,
  type FormHeaderValues,
} from "./form-values.js";
import {
  ELECTION_COLUMNS,
  ELECTION_TABLE_HEADER,
  FORM02_GENERAL_FIELDS,
  FORM02_TEXT_FIELDS,
  FORM_TITLES,
  type FieldKey,
} from "./labels.js";
import {
  ALL_BORDERS,
  HEADER_FILL,
  NUMBER_FORMATS,
  mergeText,
  newWorkbook,
  setA4,
  setFont,
  vietnameseDateline,
  writeOfficialHeading,
} from "./style.js";

/** General figures of Appendix 02. */
export type Form02FigureKey =
  "totalVoters" | "voted" | "turnoutPercent" | "pollingAreas" | "countedAreas";

/** Values printed on an Appendix 02 preliminary-results form. */
export interface Form02Values extends FormHeaderValues {
  figures?: Partial<Record<Form02FigureKey, FieldValue>>;
  /** Results table keyed by the configured election label. */
  elections?: Record<string, ElectionFigures>;
  /** "Tình hình kiểm phiếu". */
  counting?: string;
}

/** Name of the sheet that contains the form. */
export const FORM02_SHEET = "Phụ lục 02";

// Label column, then one column per results-table column.
const LAST_COLUMN = 1 + ELECTION_COLUMNS.length;
const FIRST_SECTION_ROW = 8;

/**
 * Builds the Appendix 02 form ("Phụ lục 02 – Báo cáo tình hình và kết quả
 * sơ bộ"): general figures as label | value rows, the results table with
 * one row per configured election and the ten standard columns, then the
 * counting, incident and proposal texts. With `values`, the form comes
 * filled in; without, it is the blank template.
 */
export function buildForm02(
  config: Config,
  values: Form02Values = {},
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(FORM02_SHEET);
  sheet.columns = [
    { width: 42 },
    ...ELECTION_COLUMNS.map(() => ({ width: 13 })),
  ];
  setA4(sheet, "portrait");
  writeTitles(sheet, config, values);

  const fieldValues = form02FieldValues(values);
  let row = FIRST_SECTION_ROW + (values.layout?.blankRowsBefore ?? 0);
  writeSection(sheet, row, "I. SỐ LIỆU CHUNG");
  row = writeFieldRows(
    sheet,
    { firstRow: row + 1, textLastColumn: LAST_COLUMN },
    FORM02_GENERAL_FIELDS,
    fieldValues,
    values.layout,
  );

  writeSection(sheet, row + 1, "II. KẾT QUẢ SƠ BỘ");
  row = writeResultsTable(sheet, row + 2, config, values.elections ?? {});

  writeSection(sheet, row + 1, "III. NỘI DUNG KHÁC");
  writeFieldRows(
    sheet,
    { firstRow: row + 2, textLastColumn: LAST_COLUMN },
    FORM02_TEXT_FIELDS,
    fieldValues,
    values.layout,
  );
  return workbook;
}

function writeTitles(
  sheet: ExcelJS.Worksheet,
  config: Config,
  values: Form02Values,
): void {
  writeOfficialHeading(sheet, committeeHeading(values.unitName), {
    left: [1, 2],
    right: [5, LAST_COLUMN],
  });
  if (values.electionDate !== undefined) {
    const dateline = `${config.province}, ${vietnameseDateline(values.electionDate)}`;
    mergeText(sheet, 3, [5, LAST_COLUMN], dateline, { italic: true });
  }
  mergeText(sheet, 5, [1, LAST_COLUMN], FORM_TITLES["02"], {
    bold: true,
    size: 14,
  });
  mergeText(sheet, 6, [1, LAST_COLUMN], config.electionTitle, {
    italic: true,
  });
}

function writeSection(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  setFont(cell, { bold: true });
}

/** Writes the results table from `firstRow`; returns the row after it. */
function writeResultsTable(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  config: Config,
  elections: Record<string, ElectionFigures>,
): number {
  const headers = [
    ELECTION_TABLE_HEADER,
    ...ELECTION_COLUMNS.map((c) => c.label),
  ];
  headers.forEach((text, index) => {
    const cell = sheet.getCell(firstRow, index + 1);
    cell.value = text;
    setFont(cell, { bold: true, size: 11 });
    cell.fill = HEADER_FILL;
    cell.border = ALL_BORDERS;
    cell.alignment = {
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    };
  });
  sheet.getRow(firstRow).height = 48;

  let row = firstRow + 1;
  for (const election of config.elections) {
    writeElectionRow(sheet, row, election.label, elections[election.label]);
    row += 1;
  }
  return row;
}

function writeElectionRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  label: string,
  figures: ElectionFigures | undefined,
): void {
  const labelCell = sheet.getCell(row, 1);
  labelCell.value = label;
  setFont(labelCell);
  labelCell.border = ALL_BORDERS;

  ELECTION_COLUMNS.forEach((column, index) => {
    const cell = sheet.getCell(row, index + 2);
    const value = figures?.[column.key];
    if (value !== undefined) {
      cell.value = value;
      cell.numFmt = NUMBER_FORMATS.count;
    }
    setFont(cell);
    cell.border = ALL_BORDERS;
    cell.alignment = { horizontal: "right", vertical: "middle" };
  });
}

function form02FieldValues(
  values: Form02Values,
): Partial<Record<FieldKey, FieldValue>> {
  const fields = headerFieldValues(values);
  if (values.counting !== undefined) fields.counting = values.counting;
  for (const [key, value] of Object.entries(values.figures ?? {})) {
    if (value !== undefined) fields[key as Form02FigureKey] = value;
  }
  return fields;
}
