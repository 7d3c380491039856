import type ExcelJS from "exceljs";

import {
  ALERT_FILL,
  ALL_BORDERS,
  HEADER_FILL,
  NUMBER_FORMATS,
  setFont,
  wallClockDate,
} from "../templates/style.js";

/** Cell type and number format of a column's values. */
export type ColumnKind = "text" | "wrap" | "count" | "percent" | "time";

/** One column of a summary table, described as data. */
export interface ColumnSpec<Row> {
  header: string;
  width: number;
  kind: ColumnKind;
  value: (row: Row) => string | number | null | undefined;
}

/** Row styling: highlighted rows get the alert fill and bold text. */
export interface RowStyle {
  highlight?: boolean;
  bold?: boolean;
}

// Receipt times show the clock first, as offices read them: 10:41 23/05.
const TIME_FORMAT = "hh:mm dd/mm/yyyy";

/** Sets the column widths of a sheet from its column specs. */
export function setColumnWidths<Row>(
  sheet: ExcelJS.Worksheet,
  columns: readonly ColumnSpec<Row>[],
): void {
  sheet.columns = columns.map((column) => ({ width: column.width }));
}

/** Writes the bold, grey, wrapped header row of a table. */
export function writeHeaderRow<Row>(
  sheet: ExcelJS.Worksheet,
  row: number,
  columns: readonly ColumnSpec<Row>[],
): void {
  columns.forEach((column, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = column.header;
    setFont(cell, { bold: true, size: 11 });
    cell.fill = HEADER_FILL;
    cell.border = ALL_BORDERS;
    cell.alignment = {
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    };
  });
  sheet.getRow(row).height = 45;
}

/** Writes one bordered data row; an absent value leaves the cell empty. */
export function writeDataRow<Row>(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  columns: readonly ColumnSpec<Row>[],
  row: Row,
  style: RowStyle = {},
): void {
  columns.forEach((column, index) => {
    const cell = sheet.getCell(rowNumber, index + 1);
    writeCell(cell, column.kind, column.value(row));
    setFont(cell, { bold: style.bold === true || style.highlight === true });
    cell.border = ALL_BORDERS;
    if (style.highlight === true) cell.fill = ALERT_FILL;
  });
}

function writeCell(
  cell: ExcelJS.Cell,
  kind: ColumnKind,
  value: string | number | null | undefined,
): void {
  const numeric = kind === "count" || kind === "percent";
  cell.alignment = {
    vertical: "top",
    horizontal: numeric ? "right" : "left",
    wrapText: kind === "wrap",
  };
  if (value === null || value === undefined || value === "") return;

  if (kind === "time" && typeof value === "string") {
    cell.value = wallClockDate(value);
    cell.numFmt = TIME_FORMAT;
    return;
  }
  cell.value = value;
  if (kind === "count") cell.numFmt = NUMBER_FORMATS.count;
  if (kind === "percent") cell.numFmt = NUMBER_FORMATS.percent;
}

/** Freezes the rows down to and including `headerRow`. */
export function freezeHeader(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
): void {
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow }];
}
