import type { Config } from "../config/schema.js";
import type { Finding } from "../findings/finding.js";
import type { ParsedForm } from "../forms/types.js";
import { duplicateFindings, resolveDuplicates } from "./duplicates.js";
import type { UnitReport } from "./types.js";
import { evaluateUnit, type Timing } from "./units.js";

/** Rules by which one kind of merge picks and checks each unit's forms. */
export interface UnitRules {
  /** The unit's forms for this merge, usable or not. */
  candidates: (unitCode: string) => ParsedForm[];
  /** Findings from comparing the used form with the unit's earlier forms. */
  compare: (used: ParsedForm, unitCode: string) => Finding[];
  /** Slot named in duplicate findings, or null for the final results. */
  slot: string | null;
  /** Inbox folder, so that duplicate findings name files relative to it. */
  inbox?: string;
}

/** Every configured unit's report, the forms used and the findings. */
export interface UnitsOutcome {
  units: UnitReport[];
  used: ParsedForm[];
  findings: Finding[];
}

/**
 * Evaluates every configured unit in configuration order: resolves its
 * duplicate forms, compares the used one with its earlier forms, gives it a
 * status, and lists the findings of its unusable forms.
 */
export function evaluateUnits(
  rules: UnitRules,
  timing: Timing,
  config: Config,
): UnitsOutcome {
  const outcome: UnitsOutcome = { units: [], used: [], findings: [] };
  for (const unit of config.units) {
    const mine = rules.candidates(unit.code);
    const resolution = resolveDuplicates(mine.filter((form) => form.usable));
    const checks =
      resolution.used === null ? [] : rules.compare(resolution.used, unit.code);

    const evaluated = evaluateUnit(
      { unit, used: resolution.used, checks },
      timing,
      config,
    );
    outcome.units.push(evaluated.report);
    if (resolution.used !== null) outcome.used.push(resolution.used);

    for (const form of mine.filter((candidate) => !candidate.usable)) {
      outcome.findings.push(...form.findings);
    }
    outcome.findings.push(...evaluated.findings);
    outcome.findings.push(
      ...duplicateFindings(resolution, rules.slot, config, rules.inbox),
    );
  }
  return outcome;
}
