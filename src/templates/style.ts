import ExcelJS from "exceljs";

/** Formats shared by the forms and the summary workbooks. */
export const NUMBER_FORMATS = {
  count: "#,##0",
  percent: "0.00",
  date: "dd/mm/yyyy",
  dateTime: "dd/mm/yyyy hh:mm",
} as const;

export const FONT_NAME = "Times New Roman";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

/** Thin border on all four sides, as printed tables in offices have. */
export const ALL_BORDERS: Partial<ExcelJS.Borders> = {
  top: THIN,
  left: THIN,
  bottom: THIN,
  right: THIN,
};

/** Light grey fill of table header rows. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9D9D9" },
};

/** Pale red fill that marks incident rows and inconsistent units. */
export const ALERT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFC7CE" },
};

export const NATIONAL_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const NATIONAL_SUBMOTTO = "Độc lập - Tự do - Hạnh phúc";

/** Fixed workbook dates, so generated files do not change between runs. */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2021, 0, 1));

/** Creates a workbook with fixed properties and the default font. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "bctinh";
  workbook.lastModifiedBy = "bctinh";
  workbook.created = FIXED_WORKBOOK_DATE;
  workbook.modified = FIXED_WORKBOOK_DATE;
  return workbook;
}

/** A4 print setup, fitted to one page wide. */
export function setA4(
  sheet: ExcelJS.Worksheet,
  orientation: "portrait" | "landscape",
): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: {
      left: 0.6,
      right: 0.4,
      top: 0.6,
      bottom: 0.6,
      header: 0.3,
      footer: 0.3,
    },
  };
}

/** Sets the font of a cell, keeping Times New Roman as offices use. */
export function setFont(
  cell: ExcelJS.Cell,
  options: { bold?: boolean; italic?: boolean; size?: number } = {},
): void {
  cell.font = {
    name: FONT_NAME,
    size: options.size ?? 12,
    bold: options.bold ?? false,
    italic: options.italic ?? false,
  };
}

/**
 * Writes the two-sided heading of an official document: the issuing body on
 * the left and the national motto on the right, each over a column range.
 */
export function writeOfficialHeading(
  sheet: ExcelJS.Worksheet,
  body: string,
  columns: { left: [number, number]; right: [number, number] },
): void {
  mergeText(sheet, 1, columns.left, body, { bold: true });
  mergeText(sheet, 1, columns.right, NATIONAL_MOTTO, { bold: true });
  mergeText(sheet, 2, columns.right, NATIONAL_SUBMOTTO, { bold: true });
}

/** Writes text centred across columns `from..to` of one row. */
export function mergeText(
  sheet: ExcelJS.Worksheet,
  row: number,
  [from, to]: [number, number],
  text: string,
  font: { bold?: boolean; italic?: boolean; size?: number } = {},
): ExcelJS.Cell {
  if (to > from) sheet.mergeCells(row, from, row, to);
  const cell = sheet.getCell(row, from);
  cell.value = text;
  setFont(cell, font);
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  return cell;
}

/**
 * Converts a wall-clock text `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, with
 * or without an offset, into the Date exceljs stores. exceljs writes dates
 * as UTC, so the UTC fields carry the wall-clock time the cell shows.
 */
export function wallClockDate(text: string): Date {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (match === null) throw new RangeError(`invalid date: ${text}`);
  const [, year, month, day, hour, minute, second] = match;
  return new Date(
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
    ),
  );
}

/** Formats `YYYY-MM-DD` as the dateline "ngày 23 tháng 5 năm 2021". */
export function vietnameseDateline(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `ngày ${day} tháng ${month} năm ${year}`;
}
