import type { Contact } from "../config/schema.js";
import type { Finding } from "../findings/finding.js";
import type { ElectionFigures, FigureKey } from "../forms/types.js";

export type UnitStatus = "on-time" | "late" | "missing" | "pending";

/** One configured unit's standing for a slot or for the final results. */
export interface UnitReport {
  code: string;
  name: string;
  status: UnitStatus;
  /** A usable form was merged but failed a consistency check. */
  inconsistent: boolean;
  /** ISO 8601 with offset, from sentAt or else the file time. */
  receivedAt: string | null;
  /** Source of `receivedAt`. */
  receivedFrom: "sentAt" | "file-time" | null;
  file: string | null;
  figures: Partial<Record<FigureKey, number>> | null;
  /** Appendix 02 only: the unit's per-election table. */
  elections?: Record<string, ElectionFigures> | null;
  texts: {
    security?: string;
    incidents?: string;
    proposals?: string;
    counting?: string;
  };
  hasIncident: boolean;
  contact: Contact | null;
}

/** A file that was not read as a form, with the reason in Vietnamese. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A form received after the moment a result is evaluated at. */
export interface LaterFile {
  file: string;
  /** ISO 8601 with offset, from sentAt or else the file time. */
  receivedAt: string;
}

/** Result of `merge` (Appendix 01, one slot) or `final` (Appendix 02). */
export interface MergeResult {
  form: "01" | "02";
  /** Canonical slot for `merge`; absent for `final`. */
  slot?: string;
  /** Due time for `final`, ISO 8601 with offset. */
  deadline?: string;
  /** Due time of the slot or the deadline, ISO 8601 with offset. */
  dueAt: string;
  electionDate: string;
  province: string;
  electionTitle: string;
  /** Moment the statuses are evaluated at, ISO 8601 with offset. */
  at: string;
  expectedUnits: number;
  reportedUnits: number;
  totals: Totals;
  units: UnitReport[];
  findings: Finding[];
  skipped: SkippedFile[];
  /** Forms anywhere in the inbox that report an incident, oldest first. */
  incidents?: IncidentReport[];
  /** Files set aside because they were received after `at`. */
  notYetReceived?: LaterFile[];
  /** Path of the summary workbook written, or null when none was written. */
  output: string | null;
}

export interface Totals {
  totalVoters: number;
  pollingAreas: number;
  voted: number;
  /** Percentage rounded to two decimals, recomputed from the sums. */
  turnoutPercent: number | null;
  openedAreas?: number;
  fullAreas?: number;
  closedAreas?: number;
  fullCommunes?: number;
  countedAreas?: number;
  /** Appendix 02: per election label. */
  elections?: Record<string, ElectionFigures>;
}

/** A form that reports an incident, whatever its slot. */
export interface IncidentReport {
  /** Form that reports it; Appendix 02 incidents have no slot. */
  form?: "01" | "02";
  unit: string | null;
  slot: string | null;
  file: string;
  /** The incidents text as written in the form. */
  text: string;
  receivedAt: string;
}

/** Request of `mergeSlot`: one quick-report slot at one moment. */
export interface MergeOptions {
  /** Slot as the user wrote it, such as `10h30` or `10:30`. */
  slot: string;
  /** Moment the statuses are evaluated at, epoch milliseconds. */
  at: number;
  /** Minutes after the slot before a report is late; default from config. */
  graceMinutes?: number;
  /** Inbox folder, so that messages name files relative to it. */
  inbox?: string;
  /** Receives one line per file read, for progress on standard error. */
  onProgress?: (message: string) => void;
}

/** Request of `mergeFinal`: the preliminary results at one moment. */
export interface FinalOptions {
  /** Due time, epoch milliseconds; default config.finalDeadline. */
  deadline?: number;
  /** Moment the statuses are evaluated at, epoch milliseconds. */
  at: number;
  /** Inbox folder, so that messages name files relative to it. */
  inbox?: string;
  onProgress?: (message: string) => void;
}

/** One unit's standing in one column of the day's status table. */
export interface DayStatusCell {
  status: UnitStatus;
  inconsistent: boolean;
  receivedAt: string | null;
  file: string | null;
}

/** A column of the day's status table: a quick-report slot or the final. */
export interface DayStatusColumn {
  /** Canonical slot, or `final` for the preliminary results. */
  key: string;
  form: "01" | "02";
  /** Due time, ISO 8601 with offset. */
  dueAt: string;
  reportedUnits: number;
}

export interface DayStatusRow {
  code: string;
  name: string;
  contact: Contact | null;
  /** One cell per column, in column order. */
  cells: DayStatusCell[];
}

/** Result of `status`: every unit against every slot and the final. */
export interface DayStatus {
  electionDate: string;
  province: string;
  at: string;
  expectedUnits: number;
  columns: DayStatusColumn[];
  rows: DayStatusRow[];
  incidents: IncidentReport[];
  skipped: SkippedFile[];
  /** Files set aside because they were received after `at`. */
  notYetReceived?: LaterFile[];
}
