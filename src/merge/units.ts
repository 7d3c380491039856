import type { Config, Contact, Unit } from "../config/schema.js";
import { makeFinding } from "../findings/catalogue.js";
import { hasError, type Finding } from "../findings/finding.js";
import type { ParsedForm } from "../forms/types.js";
import { formatInstant } from "../time/clock.js";
import { describeTime, receivedTime } from "./received.js";
import { timelinessStatus } from "./timeliness.js";
import type { IncidentReport, UnitReport } from "./types.js";

/** Inputs for deciding one unit's status. */
export interface UnitInput {
  unit: Unit;
  /** The usable form merged for the unit, if any. */
  used: ParsedForm | null;
  /** Findings from comparing `used` with other forms (slots, quick report). */
  checks: Finding[];
}

/** When the statuses are evaluated and against which due time. */
export interface Timing {
  dueAt: number;
  at: number;
  slot: string | null;
}

/**
 * Decides one unit's report: status from the received and due times,
 * inconsistent when the used form or its cross checks hold an error, and a
 * `report-late` or `report-missing` finding naming whom to call.
 */
export function evaluateUnit(
  input: UnitInput,
  timing: Timing,
  config: Config,
): { report: UnitReport; findings: Finding[] } {
  const { unit, used, checks } = input;
  const received = used === null ? null : receivedTime(used);
  const status = timelinessStatus(
    received?.epoch ?? null,
    timing.dueAt,
    timing.at,
  );
  const errors =
    used === null ? false : hasError([...used.findings, ...checks]);

  const report: UnitReport = {
    code: unit.code,
    name: unit.name,
    status,
    inconsistent: errors,
    receivedAt:
      received === null
        ? null
        : formatInstant(received.epoch, config.utcOffset),
    receivedFrom: received?.from ?? null,
    file: used?.file ?? null,
    figures: used === null ? null : { ...used.figures },
    texts: pickTexts(used),
    hasIncident: used?.hasIncident ?? false,
    contact: unit.contact ?? null,
  };
  if (used !== null && used.form === "02") report.elections = used.elections;

  const findings = [...(used?.findings ?? []), ...checks];
  const timeliness = timelinessFinding(
    report,
    received?.epoch ?? null,
    timing,
    config,
  );
  if (timeliness !== null) findings.push(timeliness);
  return { report, findings };
}

function pickTexts(used: ParsedForm | null): UnitReport["texts"] {
  const texts: UnitReport["texts"] = {};
  if (used === null) return texts;
  for (const key of [
    "security",
    "incidents",
    "proposals",
    "counting",
  ] as const) {
    const value = used.texts[key];
    if (value !== undefined) texts[key] = value;
  }
  return texts;
}

function timelinessFinding(
  report: UnitReport,
  receivedAt: number | null,
  timing: Timing,
  config: Config,
): Finding | null {
  const place = { unit: report.code, slot: timing.slot, file: report.file };
  const params = {
    dueAt: describeTime(timing.dueAt, config),
    contact: describeContact(report.contact),
  };
  if (report.status === "late" && receivedAt !== null) {
    return makeFinding("report-late", place, {
      ...params,
      receivedAt: describeTime(receivedAt, config),
    });
  }
  if (report.status === "missing") {
    return makeFinding("report-missing", place, params);
  }
  return null;
}

/** Writes a contact as `name, phone`, or null when the unit has none. */
export function describeContact(
  contact: Contact | null | undefined,
): string | null {
  if (contact === null || contact === undefined) return null;
  return `${contact.name}, ${contact.phone}`;
}

/**
 * Lists every recognised form that reports an incident, whatever its slot,
 * kind or usability, oldest first, because an incident must be seen at once.
 */
export function collectIncidents(
  forms: readonly ParsedForm[],
  config: Config,
): IncidentReport[] {
  const incidents = forms
    .filter((form) => form.form !== null && form.hasIncident)
    .map((form) => ({ form, epoch: receivedTime(form).epoch }));
  incidents.sort(
    (a, b) => a.epoch - b.epoch || a.form.file.localeCompare(b.form.file),
  );

  return incidents.map(({ form, epoch }) => ({
    form: form.form ?? undefined,
    unit: form.unit,
    slot: form.slot,
    file: form.file,
    text: form.texts.incidents ?? "",
    receivedAt: formatInstant(epoch, config.utcOffset),
  }));
}

/**
 * Sorts findings by the configured order of their unit, with findings that
 * name no configured unit first, keeping the order within each unit.
 */
export function sortFindings(
  findings: readonly Finding[],
  config: Config,
): Finding[] {
  const order = new Map(config.units.map((unit, index) => [unit.code, index]));
  const rank = (finding: Finding): number =>
    finding.unit === null ? -1 : (order.get(finding.unit) ?? -1);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}
