import type ExcelJS from "exceljs";

import type { Config } from "../config/schema.js";
import type { FigureKey } from "../forms/types.js";
import type {
  IncidentReport,
  MergeResult,
  UnitReport,
} from "../merge/types.js";
import { newWorkbook, setA4, setFont } from "../templates/style.js";
import { writeWorkbookAtomic } from "./atomic.js";
import { SUMMARY_HEADER_ROW, writeSummaryHeading } from "./heading.js";
import {
  addFindingsSheet,
  addSkippedSheet,
  addUnitTextSheet,
  reportedLine,
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

/** One row of a units table: a unit, or the totals row. */
export interface SummaryRow {
  number: number | null;
  name: string;
  figures: Partial<Record<FigureKey, number | null>> | null;
  report: UnitReport | null;
}

/** A figure column of a units table: its header, key and format. */
export type FigureColumn = {
  header: string;
  key: FigureKey;
  percent?: boolean;
};

const QUICK_FIGURES: readonly FigureColumn[] = [
  { header: "Tổng số cử tri", key: "totalVoters" },
  { header: "Tổng số khu vực bỏ phiếu", key: "pollingAreas" },
  { header: "Số khu vực bỏ phiếu đã khai mạc", key: "openedAreas" },
  { header: "Số cử tri đã đi bầu", key: "voted" },
  {
    header: "Tỷ lệ cử tri đã đi bầu (%)",
    key: "turnoutPercent",
    percent: true,
  },
  { header: "Số khu vực có 100% cử tri đã đi bầu", key: "fullAreas" },
  { header: "Số khu vực đã kết thúc bỏ phiếu", key: "closedAreas" },
];

const FULL_COMMUNES: FigureColumn = {
  header: "Số xã, phường, thị trấn có 100% cử tri đã đi bầu",
  key: "fullCommunes",
};

/** Name of the first sheet of both summaries. */
export const TOTALS_SHEET = "Tổng hợp";

/**
 * Writes the provincial summary of one quick-report slot (Appendix 01).
 * "Tổng hợp" has a row per configured unit, the totals and the count of
 * units reported. "Tình hình" has each unit's texts with incidents
 * highlighted, and "Phát hiện" lists every finding. Written atomically.
 */
export async function writeMergeSummary(
  result: MergeResult,
  config: Config,
  outputPath: string,
): Promise<void> {
  await writeWorkbookAtomic(buildMergeSummary(result, config), outputPath);
}

/** Builds the quick-report summary workbook without writing it. */
export function buildMergeSummary(
  result: MergeResult,
  config: Config,
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const slot = result.slot ?? "...";
  addUnitsSheet(workbook, result, config, {
    title: `TỔNG HỢP BÁO CÁO NHANH TÌNH HÌNH BẦU CỬ – MỐC ${slot}`,
    figures: quickFigureColumns(result, config),
  });
  addSituationSheet(workbook, result, config);
  addFindingsSheet(workbook, result, config);
  addSkippedSheet(workbook, result);
  return workbook;
}

/**
 * Returns the figure columns of the quick-report summary. The count of
 * communes at 100% is optional on the form, so its column appears only when
 * the configuration gives units' commune counts or a used form reports it.
 */
export function quickFigureColumns(
  result: MergeResult,
  config: Config,
): readonly FigureColumn[] {
  const configured = config.units.some((unit) => unit.communes !== undefined);
  const reported =
    result.totals.fullCommunes !== undefined ||
    result.units.some((unit) => unit.figures?.fullCommunes !== undefined);
  return configured || reported
    ? [...QUICK_FIGURES, FULL_COMMUNES]
    : QUICK_FIGURES;
}

/**
 * Adds the "Tổng hợp" sheet: units in configuration order with their
 * figures, status, receipt time and contact, then "Tổng cộng" and the
 * reported count. Totals are values, so any program shows them on opening.
 */
export function addUnitsSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  config: Config,
  layout: { title: string; figures: readonly FigureColumn[] },
): void {
  const sheet = workbook.addWorksheet(TOTALS_SHEET);
  const columns = unitColumns(layout.figures);
  setColumnWidths(sheet, columns);
  writeSummaryHeading(sheet, result, layout.title, columns.length);
  writeHeaderRow(sheet, SUMMARY_HEADER_ROW, columns);

  let row = SUMMARY_HEADER_ROW + 1;
  unitsInConfigOrder(result, config).forEach((report, index) => {
    const line = {
      number: index + 1,
      name: report.name,
      figures: report.figures,
      report,
    };
    writeDataRow(sheet, row, columns, line, { highlight: report.inconsistent });
    row += 1;
  });

  const totals = {
    number: null,
    name: "Tổng cộng",
    figures: totalsFigures(result),
    report: null,
  };
  writeDataRow(sheet, row, columns, totals, { bold: true });

  const reported = sheet.getCell(row + 1, 2);
  reported.value = reportedLine(result);
  setFont(reported, { bold: true });

  freezeHeader(sheet, SUMMARY_HEADER_ROW);
  setA4(sheet, "landscape");
}

function unitColumns(
  figures: readonly FigureColumn[],
): ColumnSpec<SummaryRow>[] {
  return [
    { header: "STT", width: 5, kind: "count", value: (r) => r.number },
    { header: "Đơn vị", width: 24, kind: "wrap", value: (r) => r.name },
    ...figures.map((figure): ColumnSpec<SummaryRow> => ({
      header: figure.header,
      width: figure.percent === true ? 10 : 13,
      kind: figure.percent === true ? "percent" : "count",
      value: (r) => r.figures?.[figure.key],
    })),
    {
      header: "Trạng thái",
      width: 18,
      kind: "wrap",
      value: (r) => (r.report === null ? null : statusText(r.report)),
    },
    {
      header: "Thời gian nhận",
      width: 17,
      kind: "time",
      value: (r) => r.report?.receivedAt,
    },
    { header: "Liên hệ", width: 24, kind: "wrap", value: contactText },
  ];
}

function contactText(row: SummaryRow): string | null {
  const contact = row.report?.contact;
  if (contact === null || contact === undefined) return null;
  return `${contact.name} – ${contact.phone}`;
}

function totalsFigures(
  result: MergeResult,
): Partial<Record<FigureKey, number | null>> {
  const { elections: _elections, ...figures } = result.totals;
  return figures;
}

/** Name of the texts sheet of the quick-report summary. */
export const SITUATION_SHEET = "Tình hình";

/**
 * Adds the "Tình hình" sheet: each unit's security, incident and proposal
 * texts, rows reporting an incident highlighted, then every incident report
 * of the day found in the inbox, whatever its slot.
 */
function addSituationSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  config: Config,
): void {
  const { sheet, nextRow } = addUnitTextSheet(workbook, result, config, {
    sheetName: SITUATION_SHEET,
    title: `TÌNH HÌNH AN NINH, SỰ CỐ VÀ KIẾN NGHỊ – MỐC ${result.slot ?? "..."}`,
    leadingText: {
      header: "Tình hình an ninh, trật tự",
      value: (report) => report.texts.security,
    },
  });
  writeIncidentList(sheet, nextRow + 1, result.incidents ?? [], config);
}

/** Lists every incident report of the day below the units table. */
function writeIncidentList(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  incidents: readonly IncidentReport[],
  config: Config,
): void {
  if (incidents.length === 0) return;
  const title = sheet.getCell(firstRow, 2);
  title.value = "Các báo cáo sự cố trong ngày";
  setFont(title, { bold: true });

  const names = new Map(config.units.map((unit) => [unit.code, unit.name]));
  // The units table above sets the sheet's column widths, and these widths
  // repeat them.
  const columns: ColumnSpec<IncidentReport>[] = [
    { header: "Mốc", width: 5, kind: "text", value: (i) => i.slot },
    {
      header: "Đơn vị",
      width: 24,
      kind: "wrap",
      value: (i) => (i.unit === null ? null : (names.get(i.unit) ?? i.unit)),
    },
    {
      header: "Thời gian nhận",
      width: 45,
      kind: "time",
      value: (i) => i.receivedAt,
    },
    { header: "Sự cố", width: 45, kind: "wrap", value: (i) => i.text },
    { header: "Tệp", width: 40, kind: "wrap", value: (i) => i.file },
  ];
  writeHeaderRow(sheet, firstRow + 1, columns);
  incidents.forEach((incident, index) => {
    writeDataRow(sheet, firstRow + 2 + index, columns, incident, {
      highlight: true,
    });
  });
}
