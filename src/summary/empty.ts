import type { Config } from "../config/schema.js";
import type { MergeResult } from "../merge/types.js";

/**
 * Builds a result with no report from any unit, for the blank provincial
 * summary templates. Every configured unit is pending, the totals are zero
 * and `at` is empty because no moment is evaluated.
 */
export function emptyResult(form: "01" | "02", config: Config): MergeResult {
  const deadline =
    form === "02"
      ? `${config.electionDate}T${config.finalDeadline}:00${config.utcOffset}`
      : undefined;
  return {
    form,
    ...(deadline === undefined ? {} : { deadline }),
    dueAt: deadline ?? "",
    electionDate: config.electionDate,
    province: config.province,
    electionTitle: config.electionTitle,
    at: "",
    expectedUnits: config.units.length,
    reportedUnits: 0,
    totals: { totalVoters: 0, pollingAreas: 0, voted: 0, turnoutPercent: null },
    units: config.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      status: "pending",
      inconsistent: false,
      receivedAt: null,
      receivedFrom: null,
      file: null,
      figures: null,
      texts: {},
      hasIncident: false,
      contact: unit.contact ?? null,
    })),
    findings: [],
    skipped: [],
    output: null,
  };
}
