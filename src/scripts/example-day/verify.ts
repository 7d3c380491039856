import type { Config } from "../../config/schema.js";
import { PUBLISHED, type UnitPlan } from "./plan.js";
import { finalVoted, percent, plannedQuickFigures } from "./slots.js";

/**
 * Checks that the unit plans add up to the published provincial figures
 * and that the ordinary figures never go down during the day.
 *
 * @throws Error naming the first figure that does not hold.
 */
export function checkPlans(config: Config, plans: readonly UnitPlan[]): void {
  const codes = plans.map((plan) => plan.code).join(",");
  const configured = config.units.map((unit) => unit.code).join(",");
  expectEqual("unit codes", codes, configured);

  expectEqual(
    "voters",
    sum(plans, (p) => p.totalVoters),
    PUBLISHED.totalVoters,
  );
  expectEqual(
    "polling areas",
    sum(plans, (p) => p.pollingAreas),
    PUBLISHED.pollingAreas,
  );
  expectEqual(
    "voted at 17:00",
    sum(plans, (p) => p.votedAt17),
    PUBLISHED.votedAt17,
  );

  const votedAtEnd = sum(plans, finalVoted);
  expectEqual(
    "final turnout",
    percent(votedAtEnd, PUBLISHED.totalVoters),
    PUBLISHED.finalTurnoutPercent,
  );

  const before17 = config.slots.indexOf("16h30");
  const at1630 = plans.map((plan, index) =>
    plannedQuickFigures(
      plan,
      index,
      before17,
      config.units[index]?.communes ?? 0,
    ),
  );
  expectBelow(
    "voted at 16h30",
    sum(at1630, (f) => f.voted),
    PUBLISHED.votedAt17,
  );
  expectBelow(
    "full areas at 16h30",
    sum(at1630, (f) => f.fullAreas),
    PUBLISHED.fullAreasAt17,
  );

  plans.forEach((plan, index) => checkRising(config, plan, index));
}

function checkRising(config: Config, plan: UnitPlan, unitIndex: number): void {
  const communes = config.units[unitIndex]?.communes ?? 0;
  let previous = plannedQuickFigures(plan, unitIndex, 0, communes);
  for (let slot = 1; slot < config.slots.length; slot += 1) {
    const current = plannedQuickFigures(plan, unitIndex, slot, communes);
    for (const key of [
      "voted",
      "fullAreas",
      "closedAreas",
      "fullCommunes",
    ] as const) {
      if (current[key] < previous[key]) {
        throw new Error(
          `${plan.code} ${key} goes down at ${config.slots[slot]}`,
        );
      }
    }
    if (slot < 5 && current.voted >= plan.votedAt17) {
      throw new Error(`${plan.code} voted reaches the 17:00 figure too early`);
    }
    previous = current;
  }
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

function expectEqual<T>(what: string, actual: T, expected: T): void {
  if (actual !== expected) {
    throw new Error(
      `example day: ${what} is ${String(actual)}, expected ${String(expected)}`,
    );
  }
}

function expectBelow(what: string, actual: number, limit: number): void {
  if (actual >= limit) {
    throw new Error(
      `example day: ${what} is ${actual}, expected below ${limit}`,
    );
  }
}
