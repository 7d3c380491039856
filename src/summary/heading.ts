import type ExcelJS from "exceljs";

import type { MergeResult } from "../merge/types.js";
import { mergeText, writeOfficialHeading } from "../templates/style.js";

/** Row of the table header on every summary sheet that has a heading. */
export const SUMMARY_HEADER_ROW = 8;

/**
 * Writes the heading of a summary sheet over columns 1..`lastColumn`: the
 * provincial committee and the national motto, the title, the election and
 * the moment the figures stand at.
 */
export function writeSummaryHeading(
  sheet: ExcelJS.Worksheet,
  result: MergeResult,
  title: string,
  lastColumn: number,
): void {
  const middle = Math.max(2, Math.floor(lastColumn / 2));
  const body = `ỦY BAN BẦU CỬ TỈNH ${result.province.toLocaleUpperCase("vi")}`;
  writeOfficialHeading(sheet, body, {
    left: [1, middle],
    right: [middle + 1, lastColumn],
  });

  mergeText(sheet, 4, [1, lastColumn], title, { bold: true, size: 14 });
  mergeText(sheet, 5, [1, lastColumn], result.electionTitle, { italic: true });
  mergeText(sheet, 6, [1, lastColumn], standingLine(result), { italic: true });
}

/** "Số liệu tính đến 11:30 ngày 23/05/2021", or the election day alone. */
function standingLine(result: MergeResult): string {
  if (result.at === "") {
    return `Ngày bầu cử: ${formatDay(result.electionDate)}`;
  }
  return `Số liệu tính đến ${formatMoment(result.at)}`;
}

/** Formats ISO 8601 local time as "11:30 ngày 23/05/2021". */
export function formatMoment(iso: string): string {
  return `${iso.slice(11, 16)} ngày ${formatDay(iso.slice(0, 10))}`;
}

function formatDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}
