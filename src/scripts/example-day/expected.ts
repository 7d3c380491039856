import type { Config } from "../../config/schema.js";
import type { ElectionColumn, ElectionFigures } from "../../forms/types.js";
import type { UnitStatus } from "../../merge/types.js";
import type { FinalForm } from "./final.js";
import type { ExampleForm } from "./quick.js";
import { percent } from "./slots.js";

/** One unit's expected standing in a merge of the example inbox. */
export interface ExpectedUnit {
  code: string;
  name: string;
  status: UnitStatus;
  inconsistent: boolean;
  receivedAt: string | null;
  /** Path inside the inbox of the form used. */
  file: string | null;
  figures: Partial<Record<string, number>> | null;
  elections?: Record<string, ElectionFigures> | null;
  /** Codes of every finding about the unit, sorted. */
  findings: string[];
}

/** Expected outcome of `merge --slot S` or `final` on the example inbox. */
export interface ExpectedRun {
  form: "01" | "02";
  dueAt: string;
  expectedUnits: number;
  reportedUnits: number;
  totals: Record<string, unknown>;
  units: ExpectedUnit[];
}

const QUICK_TOTAL_KEYS = [
  "totalVoters",
  "pollingAreas",
  "openedAreas",
  "voted",
  "fullAreas",
  "closedAreas",
  "fullCommunes",
];
const OPTIONAL_KEYS = ["fullCommunes"];
const FINAL_TOTAL_KEYS = [
  "totalVoters",
  "pollingAreas",
  "voted",
  "countedAreas",
];
const BALLOT_COLUMNS: readonly ElectionColumn[] = [
  "ballotsIssued",
  "ballotsReceived",
  "validBallots",
  "invalidBallots",
];
const CONSTITUENCY_COLUMNS: readonly ElectionColumn[] = [
  "constituencies",
  "seats",
  "candidates",
  "elected",
  "supplementaryUnits",
  "revoteUnits",
];

/** ISO 8601 at the configured offset from a wall-clock time. */
export function isoAt(config: Config, wallClock: string): string {
  return `${wallClock}:00${config.utcOffset}`;
}

/**
 * Computes what a merge must report for one slot, or for the final
 * results, from the forms sent for it. The latest form of each unit is
 * used. A form sent after `dueWallClock` is late, and a unit with none is
 * missing.
 */
export function expectedRun<Values>(
  config: Config,
  form: "01" | "02",
  forms: readonly ExampleForm<Values>[],
  dueWallClock: string,
): ExpectedRun {
  const units = config.units.map((unit) => {
    const sent = forms.filter((candidate) => candidate.unit === unit.code);
    return expectedUnit(config, unit.code, unit.name, sent, dueWallClock);
  });
  const used = usedForms(config, forms);
  return {
    form,
    dueAt: isoAt(config, dueWallClock),
    expectedUnits: config.units.length,
    reportedUnits: used.length,
    totals:
      form === "01"
        ? sumTotals(used, QUICK_TOTAL_KEYS)
        : finalTotals(config, used),
    units,
  };
}

function latest<Values>(
  forms: readonly ExampleForm<Values>[],
): ExampleForm<Values> | null {
  let chosen: ExampleForm<Values> | null = null;
  for (const form of forms) {
    if (chosen === null || form.sentAt > chosen.sentAt) chosen = form;
  }
  return chosen;
}

function usedForms<Values>(
  config: Config,
  forms: readonly ExampleForm<Values>[],
): ExampleForm<Values>[] {
  const used: ExampleForm<Values>[] = [];
  for (const unit of config.units) {
    const form = latest(
      forms.filter((candidate) => candidate.unit === unit.code),
    );
    if (form !== null) used.push(form);
  }
  return used;
}

function expectedUnit<Values>(
  config: Config,
  code: string,
  name: string,
  sent: readonly ExampleForm<Values>[],
  dueWallClock: string,
): ExpectedUnit {
  const form = latest(sent);
  if (form === null) {
    return {
      code,
      name,
      status: "missing",
      inconsistent: false,
      receivedAt: null,
      file: null,
      figures: null,
      findings: ["report-missing"],
    };
  }
  const unit: ExpectedUnit = {
    code,
    name,
    status: form.sentAt > dueWallClock ? "late" : "on-time",
    inconsistent: form.inconsistent,
    receivedAt: isoAt(config, form.sentAt),
    file: form.path,
    figures: form.figures,
    findings: [...form.findings].sort(),
  };
  if ("elections" in form)
    unit.elections = (form as unknown as FinalForm).elections;
  return unit;
}

function sumTotals<Values>(
  forms: readonly ExampleForm<Values>[],
  keys: readonly string[],
): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  for (const key of keys) {
    // An optional count that no form reports is left out of the totals.
    const reported = forms.some((form) => form.figures[key] !== undefined);
    if (!reported && OPTIONAL_KEYS.includes(key)) continue;
    totals[key] = forms.reduce(
      (sum, form) => sum + (form.figures[key] ?? 0),
      0,
    );
  }
  const voted = totals.voted ?? 0;
  const voters = totals.totalVoters ?? 0;
  totals.turnoutPercent = voters > 0 ? percent(voted, voters) : null;
  return totals;
}

function finalTotals<Values>(
  config: Config,
  forms: readonly ExampleForm<Values>[],
): Record<string, unknown> {
  const elections: Record<string, ElectionFigures> = {};
  for (const election of config.elections) {
    const columns = election.spansUnits
      ? BALLOT_COLUMNS
      : [...CONSTITUENCY_COLUMNS, ...BALLOT_COLUMNS];
    const sums: ElectionFigures = {};
    for (const form of forms) {
      const row =
        (form as unknown as FinalForm).elections[election.label] ?? {};
      for (const column of columns) {
        const value = row[column];
        if (value !== undefined) sums[column] = (sums[column] ?? 0) + value;
      }
    }
    elections[election.label] = sums;
  }
  return { ...sumTotals(forms, FINAL_TOTAL_KEYS), elections };
}
