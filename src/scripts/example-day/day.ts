import type { Config, Unit } from "../../config/schema.js";
import type { UnitPlan } from "./plan.js";
import {
  REARRANGED_LAYOUT,
  figuresAsText,
  ordinaryQuickForm,
  withFigures,
  withVoted,
  type QuickContext,
  type QuickForm,
} from "./quick.js";
import { plannedQuickFigures, wallClock } from "./slots.js";

/** Slot of the deliberate quick-report cases. */
export const CASE_SLOT = "10h30";

/**
 * Builds every quick report of the day: one per unit and slot, with the
 * deliberate cases of CASE_SLOT applied. A missing report is no form.
 */
export function quickForms(
  config: Config,
  plans: readonly UnitPlan[],
  withCases = true,
): QuickForm[] {
  const forms: QuickForm[] = [];
  config.slots.forEach((slot, slotIndex) => {
    config.units.forEach((unit, unitIndex) => {
      const plan = planOf(plans, unit);
      const context = { config, unit, plan, unitIndex, slotIndex };
      const ordinary = ordinaryQuickForm(context);
      const hasCase = withCases && slot === CASE_SLOT;
      const cases = hasCase ? applyCase(context, ordinary) : [ordinary];
      forms.push(...cases);
    });
  });
  return forms;
}

export function planOf(plans: readonly UnitPlan[], unit: Unit): UnitPlan {
  const plan = plans.find((candidate) => candidate.code === unit.code);
  if (plan === undefined) throw new Error(`no plan for unit ${unit.code}`);
  return plan;
}

/** Minutes since midnight from `HH:MM`. */
function clock(text: string): number {
  const [hours, minutes] = text.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * Applies the deliberate case of a unit at CASE_SLOT. Returns the forms the
 * unit sent: none when missing, two for a resubmission.
 */
function applyCase(context: QuickContext, form: QuickForm): QuickForm[] {
  const { config } = context;
  switch (context.unit.code) {
    case "VL":
      return [];

    case "TD": {
      const sentAt = wallClock(config, clock("11:12"));
      const late = { ...form, sentAt, values: { ...form.values, sentAt } };
      return [{ ...late, findings: ["report-late"] }];
    }

    case "HL":
      return resubmission(context, form);

    case "CL": {
      // Typed 2 points too high: a slip of one digit.
      const typed =
        Math.round((form.figures.turnoutPercent ?? 0) * 100 + 200) / 100;
      const figures = { ...form.values.figures, turnoutPercent: typed };
      return [
        {
          ...form,
          values: { ...form.values, figures },
          figures: { ...form.figures, turnoutPercent: typed },
          findings: ["turnout-mismatch"],
          inconsistent: true,
        },
      ];
    }

    case "BG": {
      const earlier = plannedQuickFigures(
        context.plan,
        context.unitIndex,
        context.slotIndex - 1,
        context.unit.communes ?? 0,
      );
      const current = plannedQuickFigures(
        context.plan,
        context.unitIndex,
        context.slotIndex,
        context.unit.communes ?? 0,
      );
      const lowered = withFigures(
        form,
        withVoted(current, earlier.voted - 215),
      );
      return [
        { ...lowered, findings: ["voted-decreased"], inconsistent: true },
      ];
    }

    case "LB": {
      const current = plannedQuickFigures(
        context.plan,
        context.unitIndex,
        context.slotIndex,
        context.unit.communes ?? 0,
      );
      return [
        {
          ...form,
          values: { ...form.values, figures: figuresAsText(current) },
        },
      ];
    }

    case "DL":
      return [
        { ...form, values: { ...form.values, layout: REARRANGED_LAYOUT } },
      ];

    case "CLO": {
      const incidents =
        "Lúc 9 giờ 15, khu vực bỏ phiếu số 5 xã Thụy Hùng bị mất điện, " +
        "tổ bầu cử chuyển sang đèn dự phòng; việc bỏ phiếu không bị gián đoạn.";
      return [
        {
          ...form,
          values: { ...form.values, incidents },
          findings: ["incident-reported"],
        },
      ];
    }

    default:
      return [form];
  }
}

/**
 * Builds a first report with 1,250 voters too few, then a corrected one
 * sent later. The later one is used, and both findings go to the unit.
 */
function resubmission(
  context: QuickContext,
  corrected: QuickForm,
): QuickForm[] {
  const current = plannedQuickFigures(
    context.plan,
    context.unitIndex,
    context.slotIndex,
    context.unit.communes ?? 0,
  );
  const firstSentAt = wallClock(context.config, clock("10:38"));
  const first = withFigures(
    {
      ...corrected,
      sentAt: firstSentAt,
      values: { ...corrected.values, sentAt: firstSentAt },
    },
    withVoted(current, current.voted - 1_250),
  );

  const secondSentAt = wallClock(context.config, clock("10:52"));
  const second: QuickForm = {
    ...corrected,
    path: corrected.path.replace(/\.xlsx$/, " (bao cao lai).xlsx"),
    sentAt: secondSentAt,
    values: { ...corrected.values, sentAt: secondSentAt },
    findings: ["duplicate-report", "duplicate-figures-differ"],
  };
  return [first, second];
}
