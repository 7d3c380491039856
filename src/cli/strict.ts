import type { DayStatus, MergeResult, UnitStatus } from "../merge/types.js";

/**
 * Explains why `--strict` makes a merge or final run exit with status 1, or
 * returns null when nothing in this run is flagged. Only this run's findings
 * and its missing and late units count. Incidents reported with other slots
 * are printed but do not count, because they belong to another run.
 */
export function mergeStrictReason(result: MergeResult): string | null {
  const errors = result.findings.filter(
    (finding) => finding.severity === "error",
  ).length;
  const warnings = result.findings.length - errors;
  const missing = countUnits(result, "missing");
  const late = countUnits(result, "late");

  const parts = [
    counted(errors, "lỗi"),
    counted(warnings, "cảnh báo"),
    counted(missing, "đơn vị thiếu báo cáo"),
    counted(late, "đơn vị báo cáo muộn"),
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : strictLine(parts);
}

/**
 * Explains why `--strict` makes `status` exit with status 1: late, missing
 * or inconsistent cells of any column, or incidents reported that day.
 * Returns null when there are none.
 */
export function statusStrictReason(status: DayStatus): string | null {
  const cells = status.rows.flatMap((row) => row.cells);
  const missing = cells.filter((cell) => cell.status === "missing").length;
  const late = cells.filter((cell) => cell.status === "late").length;
  const inconsistent = cells.filter((cell) => cell.inconsistent).length;

  const parts = [
    counted(missing, "ô thiếu báo cáo"),
    counted(late, "ô báo cáo muộn"),
    counted(inconsistent, "ô số liệu mâu thuẫn"),
    counted(status.incidents.length, "báo cáo sự cố"),
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : strictLine(parts);
}

function countUnits(result: MergeResult, status: UnitStatus): number {
  return result.units.filter((unit) => unit.status === status).length;
}

function counted(count: number, noun: string): string | null {
  return count === 0 ? null : `${count} ${noun}`;
}

function strictLine(parts: readonly string[]): string {
  return `--strict: mã thoát 1 vì có ${parts.join(", ")}.`;
}
