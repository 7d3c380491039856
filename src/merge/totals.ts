import type { Config } from "../config/schema.js";
import type {
  ElectionColumn,
  ElectionFigures,
  FigureKey,
  ParsedForm,
} from "../forms/types.js";
import type { Totals } from "./types.js";

const QUICK_KEYS: readonly FigureKey[] = [
  "totalVoters",
  "pollingAreas",
  "openedAreas",
  "voted",
  "fullAreas",
  "closedAreas",
  "fullCommunes",
];

const FINAL_KEYS: readonly FigureKey[] = [
  "totalVoters",
  "pollingAreas",
  "voted",
  "countedAreas",
];

/** Ballot columns: the unit's own whatever the election. */
const BALLOT_COLUMNS: readonly ElectionColumn[] = [
  "ballotsIssued",
  "ballotsReceived",
  "validBallots",
  "invalidBallots",
];

/**
 * Columns that describe a constituency, including whether it must hold a
 * supplementary election or a revote. They are summed only for elections
 * whose constituencies lie inside one unit, because a constituency spanning
 * several units would otherwise be counted once per unit.
 */
export const CONSTITUENCY_COLUMNS: readonly ElectionColumn[] = [
  "constituencies",
  "seats",
  "candidates",
  "elected",
  "supplementaryUnits",
  "revoteUnits",
];

/**
 * Returns voted / totalVoters as a percentage rounded to two decimals, or
 * null when there are no voters to divide by.
 */
export function turnoutPercent(
  voted: number,
  totalVoters: number,
): number | null {
  if (totalVoters <= 0) return null;
  return Math.round((voted * 10_000) / totalVoters) / 100;
}

/**
 * Sums the quick-report figures of the used forms. Optional counts such as
 * fullCommunes appear only when at least one form has them. Turnout is
 * recomputed from the sums, never averaged.
 */
export function quickTotals(forms: readonly ParsedForm[]): Totals {
  const sums = sumFigures(
    forms.map((form) => form.figures),
    QUICK_KEYS,
  );
  return {
    totalVoters: sums.totalVoters ?? 0,
    pollingAreas: sums.pollingAreas ?? 0,
    openedAreas: sums.openedAreas ?? 0,
    voted: sums.voted ?? 0,
    turnoutPercent: turnoutPercent(sums.voted ?? 0, sums.totalVoters ?? 0),
    fullAreas: sums.fullAreas ?? 0,
    closedAreas: sums.closedAreas ?? 0,
    ...(sums.fullCommunes === undefined
      ? {}
      : { fullCommunes: sums.fullCommunes }),
  };
}

/**
 * Sums the preliminary results of the used forms: the general figures, and
 * per configured election the ballot columns always and the constituency
 * columns only when `spansUnits` is false. A column that is not summed, or
 * that no form reported, is absent from the election's totals.
 */
export function finalTotals(
  forms: readonly ParsedForm[],
  config: Config,
): Totals {
  const sums = sumFigures(
    forms.map((form) => form.figures),
    FINAL_KEYS,
  );
  const elections: Record<string, ElectionFigures> = {};
  for (const election of config.elections) {
    const columns = election.spansUnits
      ? BALLOT_COLUMNS
      : [...CONSTITUENCY_COLUMNS, ...BALLOT_COLUMNS];
    const tables = forms.map((form) => form.elections[election.label] ?? {});
    elections[election.label] = sumFigures(tables, columns);
  }

  return {
    totalVoters: sums.totalVoters ?? 0,
    pollingAreas: sums.pollingAreas ?? 0,
    voted: sums.voted ?? 0,
    turnoutPercent: turnoutPercent(sums.voted ?? 0, sums.totalVoters ?? 0),
    countedAreas: sums.countedAreas ?? 0,
    elections,
  };
}

function sumFigures<K extends string>(
  records: ReadonlyArray<Partial<Record<K, number>>>,
  keys: readonly K[],
): Partial<Record<K, number>> {
  const sums: Partial<Record<K, number>> = {};
  for (const figures of records) {
    for (const key of keys) {
      const value = figures[key];
      if (value === undefined) continue;
      sums[key] = (sums[key] ?? 0) + value;
    }
  }
  return sums;
}
