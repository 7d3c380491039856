import type { Config } from "../config/schema.js";
import { makeFinding, type FindingCode } from "../findings/catalogue.js";
import type { Finding } from "../findings/finding.js";
import type { FigureKey, ParsedForm } from "../forms/types.js";
import { latestFirst } from "./received.js";
import { formatNumber } from "../text/number.js";

/** A figure compared with the earlier slot, and the finding it raises. */
interface Comparison {
  key: FigureKey;
  code: FindingCode;
  /** Flag a value below the earlier one (`decrease`) or any difference. */
  rule: "decrease" | "change";
}

const QUICK_COMPARISONS: readonly Comparison[] = [
  { key: "voted", code: "voted-decreased", rule: "decrease" },
  { key: "fullAreas", code: "full-areas-decreased", rule: "decrease" },
  { key: "closedAreas", code: "closed-areas-decreased", rule: "decrease" },
  { key: "totalVoters", code: "total-voters-changed", rule: "change" },
  { key: "pollingAreas", code: "polling-areas-changed", rule: "change" },
];

const FINAL_COMPARISONS: readonly Comparison[] = [
  { key: "voted", code: "final-voted-below-quick", rule: "decrease" },
  { key: "totalVoters", code: "final-voters-differ-quick", rule: "change" },
];

/**
 * Finds the unit's usable quick report of the latest slot before
 * `beforeSlotIndex` (an index into config.slots), choosing the latest
 * received among duplicates. Returns null when there is none.
 */
export function latestEarlierQuickReport(
  forms: readonly ParsedForm[],
  unit: string,
  beforeSlotIndex: number,
  config: Config,
): ParsedForm | null {
  for (let index = beforeSlotIndex - 1; index >= 0; index -= 1) {
    const slot = config.slots[index];
    const candidates = forms.filter(
      (form) =>
        form.form === "01" &&
        form.usable &&
        form.unit === unit &&
        form.slot === slot,
    );
    const latest = latestFirst(candidates)[0];
    if (latest !== undefined) return latest;
  }
  return null;
}

/** Compares a quick report with the same unit's report of an earlier slot. */
export function crossSlotFindings(
  current: ParsedForm,
  earlier: ParsedForm,
  slot: string,
): Finding[] {
  return compareForms(current, earlier, slot, QUICK_COMPARISONS);
}

/** Compares preliminary results with the unit's last quick report. */
export function finalAgainstQuickFindings(
  current: ParsedForm,
  lastQuick: ParsedForm,
): Finding[] {
  return compareForms(current, lastQuick, null, FINAL_COMPARISONS);
}

function compareForms(
  current: ParsedForm,
  earlier: ParsedForm,
  slot: string | null,
  comparisons: readonly Comparison[],
): Finding[] {
  const findings: Finding[] = [];
  for (const comparison of comparisons) {
    const value = current.figures[comparison.key];
    const before = earlier.figures[comparison.key];
    if (value === undefined || before === undefined) continue;

    const flagged =
      comparison.rule === "decrease" ? value < before : value !== before;
    if (!flagged) continue;

    const place = {
      unit: current.unit,
      slot,
      file: current.file,
      sheet: current.cells[comparison.key]?.sheet ?? current.sheet,
      cell: current.cells[comparison.key]?.cell ?? null,
    };
    findings.push(
      makeFinding(comparison.code, place, {
        value: formatNumber(value),
        before: formatNumber(before),
        earlierSlot: earlier.slot,
      }),
    );
  }
  return findings;
}
