import type { Config } from "../../config/schema.js";
import type { UnitPlan } from "./plan.js";

/** Planned Appendix 01 figures of one unit at one slot. */
export interface QuickFigures {
  totalVoters: number;
  pollingAreas: number;
  openedAreas: number;
  voted: number;
  turnoutPercent: number;
  fullAreas: number;
  closedAreas: number;
  fullCommunes: number;
}

// Share of the 17:00 voted count reached at the slots before 17:00, for the
// eight-slot day of 2021: 8h30, 10h30, 12h30, 14h30, 16h30.
const VOTED_SHARE_BEFORE_17 = [0.42, 0.7, 0.86, 0.94, 0.993];

// Share of polling areas where every voter has voted, and where voting has
// ended, at each of the eight slots.
const FULL_AREA_SHARE = [0.01, 0.12, 0.36, 0.58, 0.78, 0.95, 1, 1];
const CLOSED_AREA_SHARE = [0, 0, 0, 0.1, 0.3, 0.85, 1, 1];

/** Returns the percentage rounded to two decimals, as units write it. */
export function percent(part: number, whole: number): number {
  return Math.round((part * 10_000) / whole) / 100;
}

/** Returns the voted count at the end of the day. */
export function finalVoted(plan: UnitPlan): number {
  return plan.totalVoters - plan.notVoted;
}

/**
 * Plans the voted count of a unit at slot `slotIndex`: shares of the 17:00
 * figure before 17:00, varied a little per unit, then the final count.
 */
export function plannedVoted(
  plan: UnitPlan,
  unitIndex: number,
  slotIndex: number,
): number {
  const share = VOTED_SHARE_BEFORE_17[slotIndex];
  if (share !== undefined) {
    const isLastBefore17 = slotIndex === VOTED_SHARE_BEFORE_17.length - 1;
    const spread = isLastBefore17
      ? ((unitIndex % 3) - 1) * 0.002
      : ((unitIndex % 5) - 2) * 0.008;
    return Math.floor(plan.votedAt17 * (share + spread));
  }
  const afterClose = slotIndex === VOTED_SHARE_BEFORE_17.length;
  const remaining = finalVoted(plan) - plan.votedAt17;
  return afterClose
    ? plan.votedAt17 + Math.floor(remaining * 0.9)
    : finalVoted(plan);
}

/**
 * Estimates the polling areas short of 100% at the end of the day, with
 * about ten non-voters to an area.
 */
function areasNotFull(plan: UnitPlan): number {
  return Math.ceil(plan.notVoted / 10);
}

/** Plans every Appendix 01 figure of a unit at one slot. */
export function plannedQuickFigures(
  plan: UnitPlan,
  unitIndex: number,
  slotIndex: number,
  communes: number,
): QuickFigures {
  const voted = plannedVoted(plan, unitIndex, slotIndex);
  const maxFull = plan.pollingAreas - areasNotFull(plan);
  const fullShare = FULL_AREA_SHARE[slotIndex] ?? 1;
  const fullAreas = Math.min(
    maxFull,
    Math.floor(plan.pollingAreas * fullShare),
  );
  const maxFullCommunes = Math.max(0, communes - areasNotFull(plan));
  return {
    totalVoters: plan.totalVoters,
    pollingAreas: plan.pollingAreas,
    openedAreas: plan.pollingAreas,
    voted,
    turnoutPercent: percent(voted, plan.totalVoters),
    fullAreas,
    closedAreas: Math.floor(
      plan.pollingAreas * (CLOSED_AREA_SHARE[slotIndex] ?? 1),
    ),
    fullCommunes:
      fullShare >= 1
        ? maxFullCommunes
        : Math.min(maxFullCommunes, Math.floor(communes * fullShare * 0.8)),
  };
}

/** Minutes since midnight of each configured slot. */
export function slotMinutes(config: Config): number[] {
  return config.slots.map((slot) => {
    const [hours, minutes] = slot.split("h").map(Number);
    return (hours ?? 0) * 60 + (minutes ?? 0);
  });
}

/** Wall-clock `YYYY-MM-DDTHH:MM` on election day. */
export function wallClock(config: Config, minutesOfDay: number): string {
  const hours = String(Math.floor(minutesOfDay / 60)).padStart(2, "0");
  const minutes = String(minutesOfDay % 60).padStart(2, "0");
  return `${config.electionDate}T${hours}:${minutes}`;
}

/** Send time of an on-time quick report: 5 to 23 minutes after the slot. */
export function onTimeDelay(unitIndex: number, slotIndex: number): number {
  return 5 + ((unitIndex * 7 + slotIndex * 3) % 19);
}

/** Wall-clock due time of a slot: the slot plus the grace period. */
export function slotDue(config: Config, slot: string): string {
  const index = config.slots.indexOf(slot);
  const minutes = slotMinutes(config)[index] ?? 0;
  return wallClock(config, minutes + config.graceMinutes);
}
