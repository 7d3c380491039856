import type { Config, Election } from "../../config/schema.js";
import type { ElectionFigures } from "../../forms/types.js";
import type { Form02Values } from "../../templates/form02.js";
import { reportingBody } from "../../templates/form-values.js";
import type { ConstituencyShare, UnitPlan } from "./plan.js";
import { planOf } from "./day.js";
import type { ExampleForm } from "./quick.js";
import { finalVoted, percent, wallClock } from "./slots.js";

export type FinalForm = ExampleForm<Form02Values> & {
  elections: Record<string, ElectionFigures>;
};

// Share of invalid ballots per election, in configuration order; lower for
// the National Assembly, whose ballot is the shortest.
const INVALID_SHARE = [0.004, 0.008, 0.011, 0.014];

/** Returns the constituency figures a unit reports for an election. */
function shareOf(plan: UnitPlan, electionIndex: number): ConstituencyShare {
  const share = plan.elections[electionIndex];
  if (share === undefined) {
    throw new Error(
      `${plan.code} has no figures for election ${electionIndex + 1}`,
    );
  }
  return share;
}

/**
 * Plans one row of the results table. Ballots are consistent with `voted`:
 * issued = voted, received at most one short, valid + invalid = received.
 * Elections inside the unit fill every seat; for elections spanning units
 * the winners are declared by the province, so elected stays empty.
 */
export function plannedElection(
  plan: UnitPlan,
  unitIndex: number,
  election: Election,
  electionIndex: number,
  voted: number,
): ElectionFigures {
  const share = shareOf(plan, electionIndex);
  const ballotsReceived =
    voted - ((unitIndex + electionIndex) % 3 === 0 ? 1 : 0);
  const invalidRate =
    (INVALID_SHARE[electionIndex] ?? 0.01) + unitIndex * 0.0003;
  const invalidBallots = Math.round(ballotsReceived * invalidRate);
  const figures: ElectionFigures = {
    constituencies: share.constituencies,
    seats: share.seats,
    candidates: share.candidates,
    ballotsIssued: voted,
    ballotsReceived,
    validBallots: ballotsReceived - invalidBallots,
    invalidBallots,
    supplementaryUnits: 0,
    revoteUnits: 0,
  };
  if (!election.spansUnits) figures.elected = share.seats;
  return figures;
}

/**
 * Builds the Appendix 02 forms with the deliberate cases: DL missing, TD
 * after the deadline, CL ballots not adding up, HL more elected than seats,
 * BG voted below its last quick report.
 */
export function finalForms(
  config: Config,
  plans: readonly UnitPlan[],
): FinalForm[] {
  const forms: FinalForm[] = [];
  config.units.forEach((unit, unitIndex) => {
    if (unit.code === "DL") return;
    const plan = planOf(plans, unit);
    // BG's preliminary voted count is 40 below its 22h30 quick report.
    const shortfall = unit.code === "BG" ? 40 : 0;
    const form = ordinaryFinalForm(config, plan, unitIndex, shortfall);
    forms.push(applyFinalCase(unit.code, form));
  });
  return forms;
}

/**
 * Builds the on-time Appendix 02 form of a unit, sent after counting;
 * `shortfall` lowers the voted count below the last quick report.
 */
export function ordinaryFinalForm(
  config: Config,
  plan: UnitPlan,
  unitIndex: number,
  shortfall = 0,
): FinalForm {
  const unit = config.units[unitIndex];
  const voted = finalVoted(plan) - shortfall;
  const sentAt = wallClock(config, 21 * 60 + 30 + unitIndex * 7);

  const elections: Record<string, ElectionFigures> = {};
  config.elections.forEach((election, electionIndex) => {
    elections[election.label] = plannedElection(
      plan,
      unitIndex,
      election,
      electionIndex,
      voted,
    );
  });
  const figures = {
    totalVoters: plan.totalVoters,
    voted,
    turnoutPercent: percent(voted, plan.totalVoters),
    pollingAreas: plan.pollingAreas,
    countedAreas: plan.pollingAreas,
  };

  return {
    path: `ket-qua-so-bo/KQ ${plan.fileName}.xlsx`,
    unit: plan.code,
    slot: null,
    sentAt,
    values: {
      unitName: reportingBody(unit?.name ?? plan.code),
      electionDate: config.electionDate,
      sentAt,
      figures: { ...figures },
      elections,
      counting:
        `Đã kiểm phiếu xong ${plan.pollingAreas}/${plan.pollingAreas} khu ` +
        "vực bỏ phiếu; biên bản kết quả đã gửi về Ủy ban bầu cử.",
      incidents: "Không",
      proposals: "Không",
      reporter: plan.reporter,
      phone: plan.phone,
    },
    figures: { ...figures },
    elections,
    findings: [],
    inconsistent: false,
  };
}

function applyFinalCase(code: string, form: FinalForm): FinalForm {
  switch (code) {
    case "TD": {
      const sentAt = form.sentAt.replace(/T.*$/, "T23:20");
      return {
        ...form,
        sentAt,
        values: { ...form.values, sentAt },
        findings: ["report-late"],
      };
    }
    case "CL":
      return breakElection(
        form,
        "Đại biểu HĐND xã",
        (row) => ({
          ...row,
          validBallots: (row.validBallots ?? 0) + 7,
        }),
        "ballots-sum-mismatch",
      );
    case "HL":
      return breakElection(
        form,
        "Đại biểu HĐND huyện",
        (row) => ({
          ...row,
          elected: (row.seats ?? 0) + 1,
        }),
        "elected-exceeds-seats",
      );
    case "BG":
      return {
        ...form,
        findings: ["final-voted-below-quick"],
        inconsistent: true,
      };
    default:
      return form;
  }
}

function breakElection(
  form: FinalForm,
  label: string,
  change: (row: ElectionFigures) => ElectionFigures,
  code: string,
): FinalForm {
  const elections = {
    ...form.elections,
    [label]: change(form.elections[label] ?? {}),
  };
  return {
    ...form,
    values: { ...form.values, elections },
    elections,
    findings: [code],
    inconsistent: true,
  };
}
