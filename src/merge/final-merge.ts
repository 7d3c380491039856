import type { Config } from "../config/schema.js";
import type { Finding } from "../findings/finding.js";
import type { ParsedForm } from "../forms/types.js";
import type { InboxForms } from "../inbox/read.js";
import { formatInstant } from "../time/clock.js";
import { inboxAsOf } from "./arrival.js";
import { defaultDeadline } from "./at.js";
import {
  finalAgainstQuickFindings,
  latestEarlierQuickReport,
} from "./cross-slot.js";
import { uniqueFindings } from "./slot-merge.js";
import { finalTotals } from "./totals.js";
import type { FinalOptions, MergeResult } from "./types.js";
import { evaluateUnits } from "./unit-loop.js";
import { collectIncidents, sortFindings, type Timing } from "./units.js";

/**
 * Merges already parsed forms into the preliminary results as they stood at
 * `options.at`, each unit checked against its last usable quick report
 * received by then. Forms received later are set aside.
 */
export function buildFinalResult(
  read: InboxForms,
  options: FinalOptions,
  config: Config,
): MergeResult {
  const deadline = options.deadline ?? defaultDeadline(config);
  const timing: Timing = { dueAt: deadline, at: options.at, slot: null };
  const arrived = inboxAsOf(read, options.at, config);
  const forms = arrived.read.forms;

  const outcome = evaluateUnits(
    {
      candidates: (code) =>
        forms.filter((form) => form.form === "02" && form.unit === code),
      compare: (used, code) => {
        const last = latestEarlierQuickReport(
          forms,
          code,
          config.slots.length,
          config,
        );
        return last === null ? [] : finalAgainstQuickFindings(used, last);
      },
      slot: null,
      inbox: options.inbox,
    },
    timing,
    config,
  );
  const findings = uniqueFindings([
    ...unplacedFindings(forms),
    ...outcome.findings,
  ]);

  const dueAt = formatInstant(deadline, config.utcOffset);
  return {
    form: "02",
    deadline: dueAt,
    dueAt,
    electionDate: config.electionDate,
    province: config.province,
    electionTitle: config.electionTitle,
    at: formatInstant(options.at, config.utcOffset),
    expectedUnits: config.units.length,
    reportedUnits: outcome.used.length,
    totals: finalTotals(outcome.used, config),
    units: outcome.units,
    findings: sortFindings(findings, config),
    skipped: read.skipped,
    incidents: collectIncidents(forms, config),
    notYetReceived: arrived.notYetReceived,
    output: null,
  };
}

/** Files that could not be read, and Appendix 02 forms of unknown units. */
function unplacedFindings(forms: readonly ParsedForm[]): Finding[] {
  const findings: Finding[] = [];
  for (const form of forms) {
    if (form.form === null || (form.form === "02" && form.unit === null)) {
      findings.push(...form.findings);
    }
  }
  return findings;
}
