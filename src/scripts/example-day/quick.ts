import type { Config, Unit } from "../../config/schema.js";
import { stripDiacritics } from "../../text/fold.js";
import type { Form01Values } from "../../templates/form01.js";
import type { FieldKey } from "../../templates/labels.js";
import { FORM01_FIELDS } from "../../templates/labels.js";
import { reportingBody } from "../../templates/form-values.js";
import type { UnitPlan } from "./plan.js";
import {
  onTimeDelay,
  percent,
  plannedQuickFigures,
  slotMinutes,
  wallClock,
  type QuickFigures,
} from "./slots.js";

/** One form of the example inbox with what the merge must make of it. */
export interface ExampleForm<Values> {
  /** Path inside the inbox, with `/` separators. */
  path: string;
  unit: string;
  /** Slot for Appendix 01, null for Appendix 02. */
  slot: string | null;
  /** Wall-clock send time written in the form. */
  sentAt: string;
  values: Values;
  /** Figures as the parser must read them. */
  figures: Partial<Record<string, number>>;
  /** Finding codes this form must produce on its own or as the one used. */
  findings: string[];
  /** True when a consistency check fails on this form. */
  inconsistent: boolean;
}

export type QuickForm = ExampleForm<Form01Values>;

/** Everything the quick-report generator needs about one unit and slot. */
export interface QuickContext {
  config: Config;
  unit: Unit;
  plan: UnitPlan;
  unitIndex: number;
  slotIndex: number;
}

const QUIET_TEXTS = {
  incidents: "Không",
  proposals: "Không",
};

function securityText(slotIndex: number): string {
  if (slotIndex <= 4) {
    return "Tình hình an ninh, trật tự ổn định; cử tri đi bầu đông đủ.";
  }
  if (slotIndex === 5) {
    return "Ổn định. Các tổ bầu cử kết thúc bỏ phiếu, chuẩn bị kiểm phiếu.";
  }
  return "Ổn định. Các tổ bầu cử đang kiểm phiếu, bảo đảm an toàn hòm phiếu.";
}

/** Builds the ordinary, on-time quick report of a unit at a slot. */
export function ordinaryQuickForm(context: QuickContext): QuickForm {
  const { config, unit, plan, unitIndex, slotIndex } = context;
  const slot = config.slots[slotIndex] ?? "";
  const minutes =
    (slotMinutes(config)[slotIndex] ?? 0) + onTimeDelay(unitIndex, slotIndex);
  const sentAt = wallClock(config, minutes);
  const planned = plannedQuickFigures(
    plan,
    unitIndex,
    slotIndex,
    unit.communes ?? 0,
  );
  const figures: Partial<QuickFigures> = { ...planned };
  // A commune reporting for itself has no communes to count.
  if (unit.communes === undefined) delete figures.fullCommunes;

  return {
    path: `bao-cao-nhanh/${slot}/${plan.fileName} ${slot}.xlsx`,
    unit: unit.code,
    slot,
    sentAt,
    values: {
      unitName: reportingBody(unit.name),
      slot,
      electionDate: config.electionDate,
      sentAt,
      figures: { ...figures },
      security: securityText(slotIndex),
      ...QUIET_TEXTS,
      reporter: plan.reporter,
      phone: plan.phone,
    },
    figures: { ...figures },
    findings: [],
    inconsistent: false,
  };
}

/** Replaces the figures of a form, keeping what the parser reads in step. */
export function withFigures(form: QuickForm, figures: QuickFigures): QuickForm {
  return {
    ...form,
    values: { ...form.values, figures: { ...figures } },
    figures: { ...figures },
  };
}

/** Recomputes turnout after changing voted. */
export function withVoted(figures: QuickFigures, voted: number): QuickFigures {
  return {
    ...figures,
    voted,
    turnoutPercent: percent(voted, figures.totalVoters),
  };
}

/** Writes a number in Vietnamese notation: `63.684`, `73,12`. */
export function vietnameseNumber(value: number, decimals = 0): string {
  const [whole = "0", fraction] = value.toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** Converts every figure to text in Vietnamese notation. */
export function figuresAsText(figures: QuickFigures): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(figures)) {
    text[key] = vietnameseNumber(value, key === "turnoutPercent" ? 2 : 0);
  }
  return text;
}

// Rows as one district rearranged them: counts first, header fields after.
const SHUFFLED_ORDER: readonly FieldKey[] = [
  "unit",
  "electionDate",
  "slot",
  "voted",
  "totalVoters",
  "turnoutPercent",
  "pollingAreas",
  "fullAreas",
  "openedAreas",
  "closedAreas",
  "fullCommunes",
  "sentAt",
  "incidents",
  "security",
  "proposals",
  "reporter",
  "phone",
];

/**
 * Labels retyped without accents and numbered, as on a computer without a
 * Vietnamese keyboard: "4. Tong so cu tri:".
 */
export function unaccentedLabels(): Partial<Record<FieldKey, string>> {
  const labels: Partial<Record<FieldKey, string>> = {};
  SHUFFLED_ORDER.forEach((key, index) => {
    const field = FORM01_FIELDS.find((candidate) => candidate.key === key);
    if (field !== undefined) {
      labels[key] = `${index + 1}. ${stripDiacritics(field.label)}:`;
    }
  });
  return labels;
}

/** The layout of a district that moved rows and retyped labels. */
export const REARRANGED_LAYOUT = {
  order: SHUFFLED_ORDER,
  labels: unaccentedLabels(),
  blankRowsBefore: 3,
};
