import type { Config, Election } from "../config/schema.js";
import type { Finding } from "../findings/finding.js";
import type {
  ElectionColumn,
  ElectionFigures,
  ParsedForm,
} from "../forms/types.js";
import {
  checkAreas,
  checkGeneral,
  checkIncident,
  formFinding,
} from "./general.js";

/**
 * Runs the consistency checks of one Appendix 02 preliminary report: the
 * general figures, then each election row of the results table.
 */
export function checkForm02(form: ParsedForm, config: Config): Finding[] {
  const findings = checkGeneral(form, config);
  findings.push(
    ...checkAreas(form, [["countedAreas", "counted-exceeds-polling-areas"]]),
  );

  for (const election of config.elections) {
    const figures = form.elections[election.label];
    if (figures !== undefined) {
      findings.push(...checkElection(form, election, figures));
    }
  }

  findings.push(...checkIncident(form));
  return findings;
}

/**
 * Checks one election row. Ballot checks apply to every election. Seats,
 * candidates and elected are compared only for elections whose
 * constituencies lie inside the unit, because for the others those
 * columns describe a constituency spanning several units.
 */
function checkElection(
  form: ParsedForm,
  election: Election,
  figures: ElectionFigures,
): Finding[] {
  const findings: Finding[] = [];
  const label = election.label;
  const cellKey = (column: ElectionColumn) => `${label}.${column}`;
  const { ballotsIssued, ballotsReceived, validBallots, invalidBallots } =
    figures;

  if (
    ballotsReceived !== undefined &&
    ballotsIssued !== undefined &&
    ballotsReceived > ballotsIssued
  ) {
    findings.push(
      formFinding(form, "received-exceeds-issued", cellKey("ballotsReceived"), {
        election: label,
        ballotsReceived,
        ballotsIssued,
      }),
    );
  }

  if (
    ballotsReceived !== undefined &&
    validBallots !== undefined &&
    invalidBallots !== undefined &&
    validBallots + invalidBallots !== ballotsReceived
  ) {
    findings.push(
      formFinding(form, "ballots-sum-mismatch", cellKey("validBallots"), {
        election: label,
        validBallots,
        invalidBallots,
        sum: validBallots + invalidBallots,
        ballotsReceived,
      }),
    );
  }

  const voted = form.figures.voted;
  if (
    ballotsReceived !== undefined &&
    voted !== undefined &&
    ballotsReceived > voted
  ) {
    findings.push(
      formFinding(form, "received-exceeds-voted", cellKey("ballotsReceived"), {
        election: label,
        ballotsReceived,
        voted,
      }),
    );
  }

  if (!election.spansUnits) {
    findings.push(...checkSeats(form, label, figures));
  }
  return findings;
}

function checkSeats(
  form: ParsedForm,
  label: string,
  figures: ElectionFigures,
): Finding[] {
  const findings: Finding[] = [];
  const { seats, candidates, elected, supplementaryUnits } = figures;
  if (seats === undefined) return findings;
  const cellKey = (column: ElectionColumn) => `${label}.${column}`;

  if (elected !== undefined && elected > seats) {
    findings.push(
      formFinding(form, "elected-exceeds-seats", cellKey("elected"), {
        election: label,
        elected,
        seats,
      }),
    );
  }

  if (candidates !== undefined && candidates <= seats) {
    findings.push(
      formFinding(form, "candidates-not-above-seats", cellKey("candidates"), {
        election: label,
        candidates,
        seats,
      }),
    );
  }

  const noSupplementary = (supplementaryUnits ?? 0) === 0;
  if (elected !== undefined && elected < seats && noSupplementary) {
    findings.push(
      formFinding(form, "seats-unfilled", cellKey("elected"), {
        election: label,
        elected,
        seats,
      }),
    );
  }
  return findings;
}
