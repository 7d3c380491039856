import type { DayStatus, DayStatusCell } from "../merge/types.js";
import { escapeText } from "./escape.js";
import { formatDate, formatLocalTime, paintStatus } from "./format.js";
import type { Paint } from "./paint.js";
import {
  renderIncidents,
  renderNotYetReceived,
  renderSkipped,
} from "./sections.js";
import { renderTable, type Column, type TableCell } from "./table.js";

/** Short cell words of the day table; the legend below spells them out. */
const SHORT_STATUS: Record<DayStatusCell["status"], string> = {
  "on-time": "đúng",
  late: "muộn",
  missing: "THIẾU",
  pending: "chờ",
};

/** Renders the day's status table: a row per unit, a column per slot. */
export function renderDayStatus(status: DayStatus, paint: Paint): string {
  const lines: string[] = [];
  lines.push(...renderIncidents(status.incidents, status.electionDate, paint));
  lines.push(
    paint.bold(
      `Tình hình báo cáo ngày ${formatDate(status.electionDate)} — ` +
        `${escapeText(status.province)}, tính đến ` +
        `${formatLocalTime(status.at, status.electionDate)}`,
    ),
    ...renderNotYetReceived(
      status.notYetReceived,
      status.at,
      status.electionDate,
      paint,
    ),
    "",
  );

  const columns: Column[] = [
    { header: "Mã" },
    { header: "Đơn vị" },
    ...status.columns.map((column) => ({
      header: column.key === "final" ? "Kết quả" : column.key,
    })),
  ];
  const rows: Array<Array<TableCell | string>> = status.rows.map((row) => [
    row.code,
    escapeText(row.name),
    ...row.cells.map((cell) => statusCell(cell, paint)),
  ]);
  rows.push([
    "",
    "Đã báo cáo",
    ...status.columns.map(
      (column) => `${column.reportedUnits}/${status.expectedUnits}`,
    ),
  ]);
  lines.push(...renderTable(columns, rows), "");
  lines.push(
    "đúng = đúng hạn; muộn = nộp quá hạn; THIẾU = quá hạn chưa có báo cáo " +
      "dùng được; chờ = chưa đến hạn; * = số liệu mâu thuẫn.",
  );

  const skipped = renderSkipped(status.skipped, paint);
  if (skipped.length > 0) lines.push("", ...skipped);
  return `${lines.join("\n")}\n`;
}

function statusCell(cell: DayStatusCell, paint: Paint): TableCell {
  const text = SHORT_STATUS[cell.status] + (cell.inconsistent ? "*" : "");
  return {
    text,
    painted: paintStatus(text, cell.status, cell.inconsistent, paint),
  };
}
