import type { Config } from "../config/schema.js";
import {
  makeFinding,
  type FindingCode,
  type FindingParams,
} from "../findings/catalogue.js";
import type { Finding } from "../findings/finding.js";
import type { FigureKey, ParsedForm } from "../forms/types.js";
import { formatNumberParams } from "../text/number.js";

/**
 * Builds a finding placed on a parsed form: its file, sheet, unit and slot,
 * and the cell of the field `key` when that field was found. Numbers in
 * `params` are written in Vietnamese notation.
 */
export function formFinding(
  form: ParsedForm,
  code: FindingCode,
  key: string | null,
  params: FindingParams,
): Finding {
  const cell = key === null ? null : (form.cells[key]?.cell ?? null);
  return makeFinding(
    code,
    {
      file: form.file,
      sheet: form.sheet,
      cell,
      unit: form.unit,
      slot: form.slot,
    },
    formatNumberParams(params),
  );
}

/**
 * Checks the parts Appendix 01 and 02 share: the election date, voted
 * against the voter lists, and the turnout percentage against the counts.
 */
export function checkGeneral(form: ParsedForm, config: Config): Finding[] {
  const findings: Finding[] = [];
  const { voted, totalVoters, turnoutPercent } = form.figures;

  if (form.electionDate !== null && form.electionDate !== config.electionDate) {
    findings.push(
      formFinding(form, "election-date-mismatch", "electionDate", {
        value: form.electionDate,
        expected: config.electionDate,
      }),
    );
  }

  if (voted !== undefined && totalVoters !== undefined && voted > totalVoters) {
    const params = { voted, totalVoters };
    findings.push(formFinding(form, "voted-exceeds-voters", "voted", params));
  }

  const turnout = checkTurnout(form, voted, totalVoters, turnoutPercent);
  if (turnout !== null) findings.push(turnout);
  return findings;
}

// Units round the percentage to two decimals, so a correct figure is at
// most 0.005 point away; the margin covers binary rounding of the inputs.
const TURNOUT_TOLERANCE = 0.01 + 1e-9;

function checkTurnout(
  form: ParsedForm,
  voted: number | undefined,
  totalVoters: number | undefined,
  turnoutPercent: number | undefined,
): Finding | null {
  if (voted === undefined || totalVoters === undefined) return null;
  if (turnoutPercent === undefined || totalVoters === 0) return null;

  const expected = (voted / totalVoters) * 100;
  if (Math.abs(turnoutPercent - expected) <= TURNOUT_TOLERANCE) return null;
  return formFinding(form, "turnout-mismatch", "turnoutPercent", {
    value: turnoutPercent,
    expected,
    voted,
    totalVoters,
  });
}

/**
 * Reports each count of areas that exceeds the unit's polling areas, with
 * the finding code for each field key.
 */
export function checkAreas(
  form: ParsedForm,
  codes: ReadonlyArray<[FigureKey, FindingCode]>,
): Finding[] {
  const pollingAreas = form.figures.pollingAreas;
  if (pollingAreas === undefined) return [];

  const findings: Finding[] = [];
  for (const [key, code] of codes) {
    const value = form.figures[key];
    if (value !== undefined && value > pollingAreas) {
      findings.push(formFinding(form, code, key, { value, pollingAreas }));
    }
  }
  return findings;
}

/** Reports an incident written in the form's incidents field. */
export function checkIncident(form: ParsedForm): Finding[] {
  if (!form.hasIncident) return [];
  return [
    formFinding(form, "incident-reported", "incidents", {
      value: form.texts.incidents,
    }),
  ];
}
