import type { Config } from "../config/schema.js";
import { wallClockToEpoch, timeOnDay } from "../time/clock.js";
import { parseSlotText } from "../time/slot.js";
import { UsageError } from "./errors.js";

const ZONED_ISO =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/**
 * Parses a moment given on the command line: ISO 8601 with or without an
 * offset, or a time of day such as `23:00` or `10h30` meaning that time on
 * election day. Times without an offset are read at the configured offset,
 * whatever the machine's time zone.
 *
 * @throws UsageError naming the option and the value.
 */
export function parseMoment(
  text: string,
  option: string,
  config: Config,
): number {
  const value = text.trim();
  if (ZONED_ISO.test(value)) {
    const epoch = Date.parse(value);
    if (!Number.isNaN(epoch)) return epoch;
  }
  if (LOCAL_ISO.test(value)) {
    const epoch = wallClockToEpoch(value, config.utcOffset);
    if (!Number.isNaN(epoch)) return epoch;
  }

  const minutes = parseSlotText(value);
  if (minutes !== null && /^\d/.test(value)) {
    return timeOnDay(config.electionDate, minutes, config.utcOffset);
  }

  throw new UsageError(
    `${option} "${text}" không hợp lệ. Hãy ghi giờ dạng HH:MM (ví dụ 23:00, ` +
      "tính trong ngày bầu cử, giờ Việt Nam) hoặc ISO 8601 " +
      "(ví dụ 2021-05-23T11:30:00+07:00).",
  );
}

/** Returns the due time of a slot: the slot plus the grace minutes. */
export function slotDueTime(
  slot: string,
  graceMinutes: number,
  config: Config,
): number {
  const minutes = parseSlotText(slot);
  if (minutes === null) throw new UsageError(`Mốc "${slot}" không hợp lệ.`);
  return timeOnDay(
    config.electionDate,
    minutes + graceMinutes,
    config.utcOffset,
  );
}

/** Returns the configured final deadline on election day. */
export function defaultDeadline(config: Config): number {
  const minutes = parseSlotText(config.finalDeadline);
  if (minutes === null) {
    throw new UsageError(
      `Hạn finalDeadline "${config.finalDeadline}" không hợp lệ.`,
    );
  }
  return timeOnDay(config.electionDate, minutes, config.utcOffset);
}
