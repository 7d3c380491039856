import type { ParsedForm } from "../forms/types.js";
import { escapeCellText, escapeText } from "./escape.js";
import { formatCount, formatPercent } from "./format.js";
import type { Paint } from "./paint.js";
import { renderFindings } from "./sections.js";

const FIGURE_LABELS: ReadonlyArray<[keyof ParsedForm["figures"], string]> = [
  ["totalVoters", "Tổng số cử tri"],
  ["pollingAreas", "Tổng số khu vực bỏ phiếu"],
  ["openedAreas", "Khu vực đã khai mạc"],
  ["voted", "Cử tri đã đi bầu"],
  ["turnoutPercent", "Tỷ lệ (%)"],
  ["fullAreas", "Khu vực có 100% cử tri đi bầu"],
  ["closedAreas", "Khu vực đã kết thúc bỏ phiếu"],
  ["fullCommunes", "Xã có 100% cử tri đi bầu"],
  ["countedAreas", "Khu vực đã kiểm phiếu xong"],
];

/** Renders one checked file for `validate`. */
export function renderValidation(form: ParsedForm, paint: Paint): string {
  const kind = form.form === null ? "không nhận ra" : `Phụ lục ${form.form}`;
  const verdict = form.usable
    ? paint.green("dùng được")
    : paint.red("không dùng được");
  const sheet = form.sheet === null ? "" : `, trang ${escapeText(form.sheet)}`;
  const lines = [
    paint.bold(`Tệp ${escapeText(form.file)}${sheet}`),
    `  Biểu mẫu: ${kind}; đơn vị: ${form.unit ?? "—"}; mốc: ${form.slot ?? "—"}; ${verdict}`,
  ];

  const figures = FIGURE_LABELS.filter(
    ([key]) => form.figures[key] !== undefined,
  );
  if (figures.length > 0) lines.push("  Số liệu:");
  for (const [key, label] of figures) {
    const value = form.figures[key];
    const text =
      key === "turnoutPercent" ? formatPercent(value) : formatCount(value);
    lines.push(`    ${label}: ${text}`);
  }
  if (form.hasIncident) {
    lines.push(
      paint.red(`  ! Sự cố: ${escapeCellText(form.texts.incidents ?? "")}`),
    );
  }

  lines.push(
    ...renderFindings(form.findings, paint).map((line) => `  ${line}`),
  );
  return `${lines.join("\n")}\n`;
}
