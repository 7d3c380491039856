import type { LoadedConfig } from "../config/load.js";
import type { Finding } from "../findings/finding.js";
import type { ElectionColumn, ParsedForm } from "../forms/types.js";
import type {
  DayStatus,
  MergeResult,
  Totals,
  UnitReport,
} from "../merge/types.js";

/**
 * Machine output of each command, as plain objects for `JSON.stringify`.
 * The field names are the contract with scripts and the next level up:
 * fields may be added, never renamed or removed.
 */

const ELECTION_COLUMNS: readonly ElectionColumn[] = [
  "constituencies",
  "seats",
  "candidates",
  "ballotsIssued",
  "ballotsReceived",
  "validBallots",
  "invalidBallots",
  "elected",
  "supplementaryUnits",
  "revoteUnits",
];

/** Builds one finding with exactly the documented fields, null where unused. */
export function findingJson(finding: Finding) {
  return {
    code: finding.code,
    severity: finding.severity,
    unit: finding.unit,
    slot: finding.slot,
    file: finding.file,
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message,
  };
}

/** Builds the document of `validate --json` for one file. */
export function validateJson(form: ParsedForm) {
  return {
    file: form.file,
    form: form.form,
    unit: form.unit,
    slot: form.slot,
    usable: form.usable,
    figures: form.figures,
    findings: form.findings.map(findingJson),
    sheet: form.sheet,
    electionDate: form.electionDate,
    sentAt: form.sentAt,
    modifiedAt: form.modifiedAt,
    hasIncident: form.hasIncident,
    texts: form.texts,
    elections: form.elections,
  };
}

/**
 * Builds the document of `validate --json` for one file: the document of
 * its first form sheet, plus `sheets` with one document per form sheet
 * when the file has several.
 */
export function validateFileJson(forms: readonly ParsedForm[]) {
  const [first] = forms;
  if (first === undefined) throw new Error("validateFileJson needs a form");

  const document = validateJson(first);
  if (forms.length === 1) return document;
  return { ...document, sheets: forms.map(validateJson) };
}

/** Builds the document of `merge --json` for one quick-report slot. */
export function mergeJson(result: MergeResult) {
  return {
    form: result.form,
    slot: result.slot ?? null,
    electionDate: result.electionDate,
    at: result.at,
    dueAt: result.dueAt,
    expectedUnits: result.expectedUnits,
    reportedUnits: result.reportedUnits,
    totals: quickTotalsJson(result.totals),
    units: result.units.map(unitJson),
    findings: result.findings.map(findingJson),
    incidents: result.incidents ?? [],
    skipped: result.skipped,
    notYetReceived: result.notYetReceived ?? [],
    output: result.output,
  };
}

/**
 * Builds the document of `final --json`. Every election lists every column.
 * A column is null when no unit reported it, or when it is not summed:
 * seats, candidates, elected and constituencies of an election whose
 * constituencies span units.
 */
export function finalJson(result: MergeResult) {
  return {
    form: result.form,
    deadline: result.deadline ?? result.dueAt,
    electionDate: result.electionDate,
    at: result.at,
    dueAt: result.dueAt,
    expectedUnits: result.expectedUnits,
    reportedUnits: result.reportedUnits,
    totals: finalTotalsJson(result.totals),
    units: result.units.map(unitJson),
    findings: result.findings.map(findingJson),
    incidents: result.incidents ?? [],
    skipped: result.skipped,
    notYetReceived: result.notYetReceived ?? [],
    output: result.output,
  };
}

function quickTotalsJson(totals: Totals) {
  return {
    totalVoters: totals.totalVoters,
    pollingAreas: totals.pollingAreas,
    openedAreas: totals.openedAreas ?? 0,
    voted: totals.voted,
    turnoutPercent: totals.turnoutPercent,
    fullAreas: totals.fullAreas ?? 0,
    closedAreas: totals.closedAreas ?? 0,
    fullCommunes: totals.fullCommunes ?? null,
  };
}

function finalTotalsJson(totals: Totals) {
  const elections: Record<string, Record<ElectionColumn, number | null>> = {};
  for (const [label, figures] of Object.entries(totals.elections ?? {})) {
    const row = {} as Record<ElectionColumn, number | null>;
    for (const column of ELECTION_COLUMNS)
      row[column] = figures[column] ?? null;
    elections[label] = row;
  }
  return {
    totalVoters: totals.totalVoters,
    pollingAreas: totals.pollingAreas,
    voted: totals.voted,
    turnoutPercent: totals.turnoutPercent,
    countedAreas: totals.countedAreas ?? 0,
    elections,
  };
}

function unitJson(unit: UnitReport) {
  return {
    code: unit.code,
    name: unit.name,
    status: unit.status,
    inconsistent: unit.inconsistent,
    receivedAt: unit.receivedAt,
    file: unit.file,
    figures: unit.figures,
    receivedFrom: unit.receivedFrom,
    ...(unit.elections === undefined ? {} : { elections: unit.elections }),
    hasIncident: unit.hasIncident,
    texts: unit.texts,
    contact: unit.contact,
  };
}

/** Builds the document of `status --json`: every unit in every column. */
export function statusJson(status: DayStatus) {
  return {
    electionDate: status.electionDate,
    at: status.at,
    expectedUnits: status.expectedUnits,
    columns: status.columns,
    units: status.rows.map((row) => ({
      code: row.code,
      name: row.name,
      contact: row.contact,
      cells: Object.fromEntries(
        status.columns.map((column, index) => [column.key, row.cells[index]]),
      ),
    })),
    incidents: status.incidents,
    skipped: status.skipped,
    notYetReceived: status.notYetReceived ?? [],
  };
}

/**
 * Builds the document of `config --json`: the configuration alone, so that
 * it can be saved as `bctinh.config.json` and edited. The command prints the
 * source on standard error.
 */
export function configJson(loaded: LoadedConfig) {
  return loaded.config;
}
