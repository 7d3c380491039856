import type { Config } from "../config/schema.js";
import type { FigureKey } from "../forms/types.js";
import type { MergeResult, UnitReport } from "../merge/types.js";
import { escapeText } from "./escape.js";
import {
  formatCount,
  formatDate,
  formatLocalTime,
  formatPercent,
  paintStatus,
  statusLabel,
} from "./format.js";
import type { Paint } from "./paint.js";
import {
  renderContacts,
  renderFindings,
  renderIncidents,
  renderNotYetReceived,
  renderSkipped,
} from "./sections.js";
import { renderTable, type Column, type TableCell } from "./table.js";

/** A figure column of the units table. */
interface FigureColumn {
  key: FigureKey;
  header: string;
  percent?: boolean;
}

const QUICK_COLUMNS: readonly FigureColumn[] = [
  { key: "totalVoters", header: "Cử tri" },
  { key: "voted", header: "Đã bầu" },
  { key: "turnoutPercent", header: "Tỷ lệ %", percent: true },
  { key: "pollingAreas", header: "KVBP" },
  { key: "openedAreas", header: "Khai mạc" },
  { key: "fullAreas", header: "KV 100%" },
  { key: "closedAreas", header: "Kết thúc" },
];

const FINAL_COLUMNS: readonly FigureColumn[] = [
  { key: "totalVoters", header: "Cử tri" },
  { key: "voted", header: "Đã bầu" },
  { key: "turnoutPercent", header: "Tỷ lệ %", percent: true },
  { key: "pollingAreas", header: "KVBP" },
  { key: "countedAreas", header: "Đã kiểm xong" },
];

const ELECTION_HEADERS: ReadonlyArray<[string, string]> = [
  ["constituencies", "Đơn vị BC"],
  ["seats", "Số ĐB"],
  ["candidates", "Ứng cử"],
  ["ballotsIssued", "Phát ra"],
  ["ballotsReceived", "Thu vào"],
  ["validBallots", "Hợp lệ"],
  ["invalidBallots", "Không HL"],
  ["elected", "Trúng cử"],
  ["supplementaryUnits", "Bầu thêm"],
  ["revoteUnits", "Bầu lại"],
];

/** Renders the result of `merge` or `final` for the terminal. */
export function renderMergeResult(
  result: MergeResult,
  config: Config,
  paint: Paint,
): string {
  const lines: string[] = [];
  lines.push(
    ...renderIncidents(result.incidents ?? [], result.electionDate, paint),
  );
  lines.push(...renderHeading(result, paint), "");
  lines.push(...renderUnits(result, paint), "");
  if (result.form === "02")
    lines.push(...renderElectionTotals(result, config), "");

  const contacts = renderContacts(result.units, paint);
  if (contacts.length > 0) lines.push(...contacts, "");
  lines.push(...renderFindings(result.findings, paint));

  const skipped = renderSkipped(result.skipped, paint);
  if (skipped.length > 0) lines.push("", ...skipped);
  if (result.output !== null) {
    lines.push("", `Đã ghi bảng tổng hợp: ${escapeText(result.output)}`);
  }
  return `${lines.join("\n")}\n`;
}

function renderHeading(result: MergeResult, paint: Paint): string[] {
  const title =
    result.form === "01"
      ? `Tổng hợp báo cáo nhanh mốc ${result.slot ?? ""}`
      : "Tổng hợp kết quả sơ bộ (Phụ lục 02)";
  const due = formatLocalTime(result.dueAt, result.electionDate);
  const at = formatLocalTime(result.at, result.electionDate);
  return [
    paint.bold(
      `${title} — ${escapeText(result.province)}, ngày ${formatDate(result.electionDate)}`,
    ),
    `Hạn nộp ${due}; tình trạng tính đến ${at}.`,
    ...renderNotYetReceived(
      result.notYetReceived,
      result.at,
      result.electionDate,
      paint,
    ),
    paint.bold(
      `${result.reportedUnits}/${result.expectedUnits} đơn vị đã báo cáo`,
    ),
  ];
}

function renderUnits(result: MergeResult, paint: Paint): string[] {
  const figureColumns = result.form === "01" ? QUICK_COLUMNS : FINAL_COLUMNS;
  const columns: Column[] = [
    { header: "Mã" },
    { header: "Đơn vị" },
    { header: "Trạng thái" },
    { header: "Nhận lúc" },
    ...figureColumns.map((column) => ({
      header: column.header,
      align: "right" as const,
    })),
  ];

  const rows: Array<Array<TableCell | string>> = result.units.map((unit) =>
    unitRow(unit, figureColumns, result.electionDate, paint),
  );
  rows.push([
    "",
    "Tổng cộng",
    "",
    "",
    ...figureColumns.map((column) => {
      const value = result.totals[column.key as keyof typeof result.totals];
      const number = typeof value === "number" ? value : null;
      return column.percent === true
        ? formatPercent(number)
        : formatCount(number);
    }),
  ]);
  return renderTable(columns, rows);
}

function unitRow(
  unit: UnitReport,
  figureColumns: readonly FigureColumn[],
  electionDate: string,
  paint: Paint,
): Array<TableCell | string> {
  const label = statusLabel(unit.status, unit.inconsistent);
  const incident = unit.hasIncident ? " [sự cố]" : "";
  return [
    unit.code,
    escapeText(unit.name),
    {
      text: label + incident,
      painted:
        paintStatus(label, unit.status, unit.inconsistent, paint) + incident,
    },
    formatLocalTime(unit.receivedAt, electionDate),
    ...figureColumns.map((column) => {
      const value = unit.figures?.[column.key];
      return column.percent === true
        ? formatPercent(value)
        : formatCount(value);
    }),
  ];
}

/**
 * Renders the per-election totals. Columns left unsummed because the
 * election's constituencies span units show a dash, explained by a note.
 */
function renderElectionTotals(result: MergeResult, config: Config): string[] {
  const columns: Column[] = [
    { header: "Cuộc bầu cử" },
    ...ELECTION_HEADERS.map(([, header]) => ({
      header,
      align: "right" as const,
    })),
  ];
  const rows = config.elections.map((election) => {
    const figures = result.totals.elections?.[election.label] ?? {};
    return [
      escapeText(election.label),
      ...ELECTION_HEADERS.map(([key]) =>
        formatCount(figures[key as keyof typeof figures]),
      ),
    ];
  });

  const lines = ["Kết quả theo cuộc bầu cử (tổng các đơn vị đã báo cáo):"];
  lines.push(...renderTable(columns, rows));
  if (config.elections.some((election) => election.spansUnits)) {
    lines.push(
      "—: không cộng số đơn vị bầu cử, số đại biểu, số người ứng cử, số",
      "   người trúng cử và số đơn vị phải bầu thêm, bầu lại của cuộc bầu cử",
      "   có đơn vị bầu cử gồm nhiều đơn vị hành chính, vì tỉnh tổng hợp các",
      "   số này riêng.",
    );
  }
  return lines;
}
