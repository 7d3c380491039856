/**
 * Local wall-clock time at a fixed UTC offset. Vietnam time is UTC+7 with
 * no daylight saving, so a fixed offset is exact and the machine's own time
 * zone never matters.
 */

/** Parses `+07:00` into minutes east of UTC. */
export function offsetMinutes(utcOffset: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
  if (match === null) throw new RangeError(`invalid UTC offset: ${utcOffset}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** Formats an instant as ISO 8601 at the offset, `2021-05-23T10:41:00+07:00`. */
export function formatInstant(epochMs: number, utcOffset: string): string {
  const shifted = new Date(epochMs + offsetMinutes(utcOffset) * 60_000);
  const wall = shifted.toISOString().slice(0, 19);
  return `${wall}${utcOffset}`;
}

/**
 * Converts a wall-clock time `YYYY-MM-DDTHH:MM[:SS]` at the offset into an
 * instant in epoch milliseconds.
 */
export function wallClockToEpoch(wallClock: string, utcOffset: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(
    wallClock,
  );
  if (match === null) throw new RangeError(`invalid wall clock: ${wallClock}`);
  const [, year, month, day, hour, minute, second] = match;
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
  return utc - offsetMinutes(utcOffset) * 60_000;
}

/** Returns the epoch milliseconds of `HH:MM` on a `YYYY-MM-DD` day. */
export function timeOnDay(day: string, minutesOfDay: number, utcOffset: string): number {
  const hours = String(Math.floor(minutesOfDay / 60)).padStart(2, "0");
  const minutes = String(minutesOfDay % 60).padStart(2, "0");
  return wallClockToEpoch(`${day}T${hours}:${minutes}`, utcOffset);
}

/** Formats an instant as local `HH:MM` at the offset, for terminal output. */
export function formatClock(epochMs: number, utcOffset: string): string {
  return formatInstant(epochMs, utcOffset).slice(11, 16);
}
