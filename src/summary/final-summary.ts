import type ExcelJS from "exceljs";

import type { Config, Election } from "../config/schema.js";
import type { ElectionFigures } from "../forms/types.js";
import { CONSTITUENCY_COLUMNS } from "../merge/totals.js";
import type { MergeResult, UnitReport } from "../merge/types.js";
import { ELECTION_COLUMNS } from "../templates/labels.js";
import { newWorkbook, setA4, setFont } from "../templates/style.js";
import { writeWorkbookAtomic } from "./atomic.js";
import {
  SUMMARY_HEADER_ROW,
  formatMoment,
  writeSummaryHeading,
} from "./heading.js";
import { addUnitsSheet, type FigureColumn } from "./merge-summary.js";
import {
  addFindingsSheet,
  addSkippedSheet,
  addUnitTextSheet,
  statusText,
  unitsInConfigOrder,
} from "./sheets.js";
import {
  freezeHeader,
  setColumnWidths,
  writeDataRow,
  writeHeaderRow,
  type ColumnSpec,
} from "./table.js";

const GENERAL_FIGURES: readonly FigureColumn[] = [
  { header: "Tổng số cử tri", key: "totalVoters" },
  { header: "Số cử tri đã tham gia bỏ phiếu", key: "voted" },
  {
    header: "Tỷ lệ cử tri đã đi bầu (%)",
    key: "turnoutPercent",
    percent: true,
  },
  { header: "Tổng số khu vực bỏ phiếu", key: "pollingAreas" },
  { header: "Số khu vực bỏ phiếu đã kiểm phiếu xong", key: "countedAreas" },
];

/** Name of the counting and incidents sheet of the final summary. */
export const COUNTING_SHEET = "Kiểm phiếu";

/**
 * Writes the provincial summary of the preliminary results (Appendix 02):
 * the general figures per unit, one sheet per configured election with its
 * totals, the counting situation and incidents, and every finding. Written
 * atomically.
 */
export async function writeFinalSummary(
  result: MergeResult,
  config: Config,
  outputPath: string,
): Promise<void> {
  await writeWorkbookAtomic(buildFinalSummary(result, config), outputPath);
}

/** Builds the preliminary-results summary workbook without writing it. */
export function buildFinalSummary(
  result: MergeResult,
  config: Config,
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  addUnitsSheet(workbook, result, config, {
    title: `TỔNG HỢP TÌNH HÌNH VÀ KẾT QUẢ SƠ BỘ${deadlineSuffix(result)}`,
    figures: GENERAL_FIGURES,
  });

  const usedNames = new Set<string>(workbook.worksheets.map((s) => s.name));
  for (const election of config.elections) {
    const name = sheetName(election.label, usedNames);
    addElectionSheet(workbook, name, election, result, config);
  }
  addCountingSheet(workbook, result, config);
  addFindingsSheet(workbook, result, config);
  addSkippedSheet(workbook, result);
  return workbook;
}

function deadlineSuffix(result: MergeResult): string {
  const deadline = result.deadline ?? result.dueAt;
  return deadline === "" ? "" : ` – HẠN ${formatMoment(deadline)}`;
}

/**
 * Makes a valid, unique sheet name from an election label: Excel forbids
 * `[]:*?/\` and allows at most 31 characters.
 */
export function sheetName(label: string, used: Set<string>): string {
  const base = label
    .replace(/[[\]:*?/\\]/g, " ")
    .slice(0, 31)
    .trim();
  let name = base;
  for (let index = 2; used.has(name); index += 1) {
    name = `${base.slice(0, 27)} (${index})`;
  }
  used.add(name);
  return name;
}

interface ElectionRow {
  number: number | null;
  name: string;
  figures: ElectionFigures | null;
  report: UnitReport | null;
}

function addElectionSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  election: Election,
  result: MergeResult,
  config: Config,
): void {
  const sheet = workbook.addWorksheet(name);
  const columns = electionColumns();
  setColumnWidths(sheet, columns);
  writeSummaryHeading(
    sheet,
    result,
    `KẾT QUẢ SƠ BỘ – ${election.label.toLocaleUpperCase("vi")}`,
    columns.length,
  );
  writeHeaderRow(sheet, SUMMARY_HEADER_ROW, columns);

  let row = SUMMARY_HEADER_ROW + 1;
  unitsInConfigOrder(result, config).forEach((report, index) => {
    const figures = report.elections?.[election.label] ?? null;
    const line = { number: index + 1, name: report.name, figures, report };
    writeDataRow(sheet, row, columns, line, { highlight: report.inconsistent });
    row += 1;
  });

  const totals = electionTotals(result, election);
  writeDataRow(
    sheet,
    row,
    columns,
    {
      number: null,
      name: "Tổng cộng",
      figures: totals,
      report: null,
    },
    { bold: true },
  );

  if (election.spansUnits) {
    const note = sheet.getCell(row + 1, 2);
    note.value =
      "Đơn vị bầu cử gồm nhiều đơn vị hành chính: không cộng số đơn vị " +
      "bầu cử, số đại biểu được bầu, số người ứng cử, số người trúng cử và " +
      "số đơn vị phải bầu thêm, bầu lại.";
    setFont(note, { italic: true, size: 11 });
  }
  freezeHeader(sheet, SUMMARY_HEADER_ROW);
  setA4(sheet, "landscape");
}

function electionColumns(): ColumnSpec<ElectionRow>[] {
  return [
    { header: "STT", width: 5, kind: "count", value: (r) => r.number },
    { header: "Đơn vị", width: 24, kind: "wrap", value: (r) => r.name },
    ...ELECTION_COLUMNS.map((column): ColumnSpec<ElectionRow> => ({
      header: column.label,
      width: 12,
      kind: "count",
      value: (r) => r.figures?.[column.key],
    })),
    {
      header: "Trạng thái",
      width: 18,
      kind: "wrap",
      value: (r) => (r.report === null ? null : statusText(r.report)),
    },
  ];
}

/** Returns one election's totals without the constituency columns. */
function electionTotals(
  result: MergeResult,
  election: Election,
): ElectionFigures {
  const totals = { ...(result.totals.elections?.[election.label] ?? {}) };
  if (election.spansUnits) {
    for (const column of CONSTITUENCY_COLUMNS) delete totals[column];
  }
  return totals;
}

function addCountingSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  config: Config,
): void {
  addUnitTextSheet(workbook, result, config, {
    sheetName: COUNTING_SHEET,
    title: "TÌNH HÌNH KIỂM PHIẾU, SỰ CỐ VÀ KIẾN NGHỊ",
    leadingText: {
      header: "Tình hình kiểm phiếu",
      value: (report) => report.texts.counting,
    },
  });
}
