import type { Finding } from "../findings/finding.js";
import type { UnitStatus } from "../merge/types.js";
import type { Paint } from "./paint.js";

const integerFormat = new Intl.NumberFormat("vi-VN");
const percentFormat = new Intl.NumberFormat("vi-VN", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Writes a count in Vietnamese notation, `573.051`; a dash when absent. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined
    ? "—"
    : integerFormat.format(value);
}

/** Writes a percentage in Vietnamese notation, `98,78`; a dash when absent. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined
    ? "—"
    : percentFormat.format(value);
}

/**
 * Writes an ISO 8601 time with offset as its local `HH:MM`, with the date
 * `DD/MM/YYYY` when it is not election day.
 */
export function formatLocalTime(
  iso: string | null,
  electionDate: string,
): string {
  if (iso === null) return "—";
  const clock = iso.slice(11, 16);
  if (iso.startsWith(electionDate)) return clock;
  return `${clock} ${formatDate(iso.slice(0, 10))}`;
}

/** Writes `2021-05-23` as `23/05/2021`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

const STATUS_LABELS: Record<UnitStatus, string> = {
  "on-time": "Đúng hạn",
  late: "Muộn",
  missing: "Chưa báo cáo",
  pending: "Chưa đến hạn",
};

/** Writes a unit's status in words, adding the inconsistency when present. */
export function statusLabel(status: UnitStatus, inconsistent: boolean): string {
  const label = STATUS_LABELS[status];
  return inconsistent ? `${label}, mâu thuẫn` : label;
}

/** Colours a status label; the words carry the meaning without colour. */
export function paintStatus(
  label: string,
  status: UnitStatus,
  inconsistent: boolean,
  paint: Paint,
): string {
  if (status === "missing" || inconsistent) return paint.red(label);
  if (status === "late") return paint.yellow(label);
  if (status === "pending") return paint.dim(label);
  return paint.green(label);
}

/** Writes a severity in words, such as `LỖI`. */
export function severityLabel(finding: Finding, paint: Paint): string {
  return finding.severity === "error"
    ? paint.red("[LỖI]")
    : paint.yellow("[CẢNH BÁO]");
}
