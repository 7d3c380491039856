import type ExcelJS from "exceljs";

import type { Config } from "../config/schema.js";
import type { Finding } from "../findings/finding.js";
import type { MergeResult, UnitReport, UnitStatus } from "../merge/types.js";
import { setA4 } from "../templates/style.js";
import { SUMMARY_HEADER_ROW, writeSummaryHeading } from "./heading.js";
import {
  freezeHeader,
  setColumnWidths,
  writeDataRow,
  writeHeaderRow,
  type ColumnSpec,
} from "./table.js";

const STATUS_TEXT: Record<UnitStatus, string> = {
  "on-time": "Đúng hạn",
  late: "Trễ hạn",
  missing: "Chưa báo cáo",
  pending: "Chưa đến hạn",
};

/** Text printed for inconsistent units, beside their status. */
export const INCONSISTENT_TEXT = "Số liệu không khớp";

/** Vietnamese status of a unit, such as "Trễ hạn – Số liệu không khớp". */
export function statusText(report: UnitReport): string {
  const status = STATUS_TEXT[report.status];
  return report.inconsistent ? `${status} – ${INCONSISTENT_TEXT}` : status;
}

/** "9/11 đơn vị đã báo cáo", from the result's own counts. */
export function reportedLine(result: MergeResult): string {
  return `${result.reportedUnits}/${result.expectedUnits} đơn vị đã báo cáo`;
}

/**
 * Returns the result's unit reports in configuration order. A configured
 * unit absent from the result is listed as missing with no figures.
 */
export function unitsInConfigOrder(
  result: MergeResult,
  config: Config,
): UnitReport[] {
  const byCode = new Map(result.units.map((report) => [report.code, report]));
  const ordered: UnitReport[] = [];
  for (const unit of config.units) {
    ordered.push(byCode.get(unit.code) ?? absentReport(unit.code, unit.name));
  }
  for (const report of result.units) {
    if (!config.units.some((unit) => unit.code === report.code)) {
      ordered.push(report);
    }
  }
  return ordered;
}

function absentReport(code: string, name: string): UnitReport {
  return {
    code,
    name,
    status: "missing",
    inconsistent: false,
    receivedAt: null,
    receivedFrom: null,
    file: null,
    figures: null,
    texts: {},
    hasIncident: false,
    contact: null,
  };
}

const SEVERITY_TEXT = { error: "Lỗi", warning: "Cảnh báo" } as const;

/** Name of the findings sheet in both summaries. */
export const FINDINGS_SHEET = "Phát hiện";

/**
 * Adds the findings sheet: one row per finding with its code, severity in
 * Vietnamese, unit, slot, file, place and message. Errors are highlighted.
 */
export function addFindingsSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  config: Config,
): void {
  const sheet = workbook.addWorksheet(FINDINGS_SHEET);
  const unitNames = new Map(config.units.map((unit) => [unit.code, unit.name]));
  const columns: ColumnSpec<Finding>[] = [
    { header: "Mã", width: 26, kind: "text", value: (f) => f.code },
    {
      header: "Mức độ",
      width: 10,
      kind: "text",
      value: (f) => SEVERITY_TEXT[f.severity],
    },
    {
      header: "Đơn vị",
      width: 20,
      kind: "wrap",
      value: (f) =>
        f.unit === null ? null : (unitNames.get(f.unit) ?? f.unit),
    },
    { header: "Mốc", width: 8, kind: "text", value: (f) => f.slot },
    { header: "Tệp", width: 36, kind: "wrap", value: (f) => f.file },
    { header: "Vị trí", width: 18, kind: "text", value: place },
    { header: "Nội dung", width: 70, kind: "wrap", value: (f) => f.message },
  ];

  setColumnWidths(sheet, columns);
  writeHeaderRow(sheet, 1, columns);
  result.findings.forEach((finding, index) => {
    writeDataRow(sheet, index + 2, columns, finding, {
      highlight: finding.severity === "error",
    });
  });
  freezeHeader(sheet, 1);
  setA4(sheet, "landscape");
}

/** `Phụ lục 01!B12`, or the sheet or cell alone when only one is known. */
function place(finding: Finding): string | null {
  if (finding.sheet !== null && finding.cell !== null) {
    return `${finding.sheet}!${finding.cell}`;
  }
  return finding.sheet ?? finding.cell;
}

/** Adds a sheet listing files that were not read as forms, when any. */
export function addSkippedSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
): void {
  if (result.skipped.length === 0) return;
  const sheet = workbook.addWorksheet("Tệp bỏ qua");
  const columns: ColumnSpec<MergeResult["skipped"][number]>[] = [
    { header: "Tệp", width: 50, kind: "wrap", value: (s) => s.file },
    { header: "Lý do", width: 70, kind: "wrap", value: (s) => s.reason },
  ];
  setColumnWidths(sheet, columns);
  writeHeaderRow(sheet, 1, columns);
  result.skipped.forEach((skipped, index) => {
    writeDataRow(sheet, index + 2, columns, skipped);
  });
  freezeHeader(sheet, 1);
  setA4(sheet, "landscape");
}

/** A row of a sheet of unit texts. */
interface TextRow {
  number: number;
  report: UnitReport;
}

/** The sheet of unit texts: its name, title and first text column. */
export interface TextSheetSpec {
  sheetName: string;
  title: string;
  /** Header and value of the column before incidents and proposals. */
  leadingText: {
    header: string;
    value: (report: UnitReport) => string | undefined;
  };
}

/**
 * Adds a sheet with one row per configured unit: a leading text, then the
 * incidents and proposals, rows reporting an incident highlighted. Returns
 * the sheet and the first row below the table.
 */
export function addUnitTextSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  config: Config,
  spec: TextSheetSpec,
): { sheet: ExcelJS.Worksheet; nextRow: number } {
  const sheet = workbook.addWorksheet(spec.sheetName);
  const columns: ColumnSpec<TextRow>[] = [
    { header: "STT", width: 5, kind: "count", value: (r) => r.number },
    { header: "Đơn vị", width: 24, kind: "wrap", value: (r) => r.report.name },
    {
      header: spec.leadingText.header,
      width: 45,
      kind: "wrap",
      value: (r) => spec.leadingText.value(r.report),
    },
    {
      header: "Sự cố, vướng mắc phát sinh",
      width: 45,
      kind: "wrap",
      value: (r) => r.report.texts.incidents,
    },
    {
      header: "Kiến nghị, đề xuất",
      width: 40,
      kind: "wrap",
      value: (r) => r.report.texts.proposals,
    },
  ];
  setColumnWidths(sheet, columns);
  writeSummaryHeading(sheet, result, spec.title, columns.length);
  writeHeaderRow(sheet, SUMMARY_HEADER_ROW, columns);

  let row = SUMMARY_HEADER_ROW + 1;
  unitsInConfigOrder(result, config).forEach((report, index) => {
    const style = { highlight: report.hasIncident };
    writeDataRow(sheet, row, columns, { number: index + 1, report }, style);
    row += 1;
  });
  freezeHeader(sheet, SUMMARY_HEADER_ROW);
  setA4(sheet, "landscape");
  return { sheet, nextRow: row };
}
