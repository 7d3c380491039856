import type { Finding } from "../findings/finding.js";
import type {
  IncidentReport,
  LaterFile,
  SkippedFile,
  UnitReport,
} from "../merge/types.js";
import { escapeCellText, escapeText } from "./escape.js";
import { formatLocalTime, severityLabel, statusLabel } from "./format.js";
import type { Paint } from "./paint.js";

/**
 * Lists incidents at the top of the output, one line each with the unit,
 * slot, time, file and the incident text, because an incident needs action
 * whatever slot it came with.
 */
export function renderIncidents(
  incidents: readonly IncidentReport[],
  electionDate: string,
  paint: Paint,
): string[] {
  if (incidents.length === 0) return [];
  const lines = [
    paint.red(paint.bold(`!!! SỰ CỐ ĐƯỢC BÁO CÁO (${incidents.length})`)),
  ];
  for (const incident of incidents) {
    const unit = incident.unit ?? "đơn vị chưa rõ";
    const slot =
      incident.slot !== null
        ? `, mốc ${incident.slot}`
        : incident.form === "02"
          ? ", kết quả sơ bộ"
          : "";
    const time = formatLocalTime(incident.receivedAt, electionDate);
    lines.push(
      `  ! ${unit}${slot}, nhận ${time}: ${escapeCellText(incident.text)}`,
      `    tệp ${escapeText(incident.file)}`,
    );
  }
  lines.push("");
  return lines;
}

/** Lists each finding with its place (`sheet!cell`), file and message. */
export function renderFindings(
  findings: readonly Finding[],
  paint: Paint,
): string[] {
  if (findings.length === 0) return [paint.green("Không có lỗi hay cảnh báo.")];
  const errors = findings.filter(
    (finding) => finding.severity === "error",
  ).length;
  const warnings = findings.length - errors;
  const lines = [
    paint.bold(`Lỗi và cảnh báo: ${errors} lỗi, ${warnings} cảnh báo`),
  ];
  for (const finding of findings) {
    lines.push(`  ${severityLabel(finding, paint)} ${describePlace(finding)}`);
    lines.push(
      `    ${escapeCellText(finding.message)} ${paint.dim(`(${finding.code})`)}`,
    );
  }
  return lines;
}

function describePlace(finding: Finding): string {
  const parts: string[] = [];
  if (finding.unit !== null) parts.push(finding.unit);
  if (finding.sheet !== null || finding.cell !== null) {
    const sheet = escapeText(finding.sheet ?? "?");
    parts.push(finding.cell === null ? sheet : `${sheet}!${finding.cell}`);
  }
  if (finding.file !== null) parts.push(`tệp ${escapeText(finding.file)}`);
  return parts.length === 0 ? "(chung)" : parts.join(" · ");
}

/** Lists whom to call for every missing or late unit. */
export function renderContacts(
  units: readonly UnitReport[],
  paint: Paint,
): string[] {
  const chase = units.filter(
    (unit) => unit.status === "missing" || unit.status === "late",
  );
  if (chase.length === 0) return [];
  const lines = [paint.bold("Đơn vị cần liên hệ:")];
  for (const unit of chase) {
    const contact =
      unit.contact === null
        ? "chưa có người liên hệ trong cấu hình"
        : `${escapeText(unit.contact.name)}, ĐT ${escapeText(unit.contact.phone)}`;
    const status = statusLabel(unit.status, false);
    lines.push(
      `  ${unit.code} ${escapeText(unit.name)} (${status}): ${contact}`,
    );
  }
  return lines;
}

/** Lists the files not read as forms, with the reason. */
export function renderSkipped(
  skipped: readonly SkippedFile[],
  paint: Paint,
): string[] {
  if (skipped.length === 0) return [];
  const lines = [paint.bold(`Tệp bỏ qua (${skipped.length}):`)];
  for (const entry of skipped) {
    lines.push(`  ${escapeText(entry.file)}: ${escapeText(entry.reason)}`);
  }
  return lines;
}

/**
 * Says how many files were set aside because they were received after the
 * moment of evaluation, or nothing when there are none.
 */
export function renderNotYetReceived(
  files: readonly LaterFile[] | undefined,
  at: string,
  electionDate: string,
  paint: Paint,
): string[] {
  if (files === undefined || files.length === 0) return [];
  const time = formatLocalTime(at, electionDate);
  return [
    paint.yellow(
      `Chưa tính ${files.length} tệp nhận sau ${time}, thời điểm tính tình ` +
        "trạng; xem danh sách bằng --json.",
    ),
  ];
}
