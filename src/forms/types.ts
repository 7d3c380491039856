import type { Finding } from "../findings/finding.js";

export type FormKind = "01" | "02";

/** Count and percentage fields of Appendix 01 and the general part of 02. */
export type FigureKey =
  | "totalVoters"
  | "pollingAreas"
  | "openedAreas"
  | "voted"
  | "turnoutPercent"
  | "fullAreas"
  | "closedAreas"
  | "fullCommunes"
  | "countedAreas";

/** Free-text fields. */
export type TextKey =
  "security" | "incidents" | "proposals" | "reporter" | "phone" | "counting";

/** Columns of the Appendix 02 per-election table. */
export type ElectionColumn =
  | "constituencies"
  | "seats"
  | "candidates"
  | "ballotsIssued"
  | "ballotsReceived"
  | "validBallots"
  | "invalidBallots"
  | "elected"
  | "supplementaryUnits"
  | "revoteUnits";

export type ElectionFigures = Partial<Record<ElectionColumn, number>>;

/** Cell a field's value was read from. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/**
 * One input file after reading, parsing and the per-form checks. This is
 * what `validate` prints and what `merge` and `final` combine.
 */
export interface ParsedForm {
  /** Input path as shown to the user. */
  file: string;
  /** Absolute path, for reading file times. */
  absolutePath: string;
  form: FormKind | null;
  /**
   * Sheet the form was found on. A file with several form sheets gives one
   * ParsedForm per sheet, which this field distinguishes.
   */
  sheet: string | null;
  /** Configured unit code. */
  unit: string | null;
  /** Canonical slot, such as `10h30` (Appendix 01 only). */
  slot: string | null;
  /** `YYYY-MM-DD`. */
  electionDate: string | null;
  /** Send time from the form, ISO 8601 with the configured offset. */
  sentAt: string | null;
  /**
   * File modification time, ISO 8601 with the configured offset; null when
   * the file could not be found or listed.
   */
  modifiedAt: string | null;
  /** Valid numeric fields; a field with an invalid value is absent. */
  figures: Partial<Record<FigureKey, number>>;
  texts: Partial<Record<TextKey, string>>;
  /** Appendix 02 table, keyed by the configured election label. */
  elections: Record<string, ElectionFigures>;
  /** Cell of each field that was found, keyed by field key. */
  cells: Record<string, CellRef>;
  /** True when the incidents text reports something other than "none". */
  hasIncident: boolean;
  /** Readable, and every required field has a valid value. */
  usable: boolean;
  findings: Finding[];
}
