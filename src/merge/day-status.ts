import type { Config } from "../config/schema.js";
import type { InboxForms } from "../inbox/read.js";
import { formatInstant } from "../time/clock.js";
import { inboxAsOf } from "./arrival.js";
import { buildFinalResult } from "./final-merge.js";
import { buildSlotResult } from "./slot-merge.js";
import type {
  DayStatus,
  DayStatusCell,
  DayStatusColumn,
  DayStatusRow,
  MergeResult,
} from "./types.js";
import { collectIncidents } from "./units.js";

/** Options of `buildDayStatus`. */
export interface DayStatusOptions {
  /** Moment the statuses are evaluated at, epoch milliseconds. */
  at: number;
  graceMinutes?: number;
  /** Due time of the preliminary results; default config.finalDeadline. */
  deadline?: number;
  onProgress?: (message: string) => void;
}

/**
 * Builds the day's status table from forms already read, as the inbox stood
 * at `options.at`: forms received later count nowhere.
 */
export function buildDayStatusFromForms(
  inbox: InboxForms,
  options: DayStatusOptions,
  config: Config,
): DayStatus {
  const arrived = inboxAsOf(inbox, options.at, config);
  const read = arrived.read;
  const results: Array<{ key: string; result: MergeResult }> = [];
  for (const slot of config.slots) {
    const result = buildSlotResult(
      read,
      { slot, at: options.at, graceMinutes: options.graceMinutes },
      config,
    );
    results.push({ key: slot, result });
  }
  const final = buildFinalResult(
    read,
    { at: options.at, deadline: options.deadline },
    config,
  );
  results.push({ key: "final", result: final });

  const columns: DayStatusColumn[] = results.map(({ key, result }) => ({
    key,
    form: result.form,
    dueAt: result.dueAt,
    reportedUnits: result.reportedUnits,
  }));

  const rows: DayStatusRow[] = config.units.map((unit, index) => ({
    code: unit.code,
    name: unit.name,
    contact: unit.contact ?? null,
    cells: results.map(({ result }) => toCell(result, index)),
  }));

  return {
    electionDate: config.electionDate,
    province: config.province,
    at: formatInstant(options.at, config.utcOffset),
    expectedUnits: config.units.length,
    columns,
    rows,
    incidents: collectIncidents(read.forms, config),
    skipped: read.skipped,
    notYetReceived: arrived.notYetReceived,
  };
}

function toCell(result: MergeResult, unitIndex: number): DayStatusCell {
  const report = result.units[unitIndex]!;
  return {
    status: report.status,
    inconsistent: report.inconsistent,
    receivedAt: report.receivedAt,
    file: report.file,
  };
}
