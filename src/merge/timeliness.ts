import type { UnitStatus } from "./types.js";

/**
 * Returns a unit's status for one due time. A report received exactly at the
 * due time is on time. With no usable report the unit is pending until the
 * due time has passed, then missing.
 */
export function timelinessStatus(
  receivedAt: number | null,
  dueAt: number,
  at: number,
): UnitStatus {
  if (receivedAt === null) return at <= dueAt ? "pending" : "missing";
  return receivedAt <= dueAt ? "on-time" : "late";
}
