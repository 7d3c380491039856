import type { Config } from "../config/schema.js";
import type { ParsedForm } from "../forms/types.js";
import { formatClock, formatInstant } from "../time/clock.js";

/** When a form was received and where that time came from. */
export interface Received {
  epoch: number;
  from: "sentAt" | "file-time";
}

/**
 * Returns the time a form was received: its sentAt field when it has a
 * valid one, else the file's modification time. The epoch is NaN when the
 * form has neither.
 */
export function receivedTime(form: ParsedForm): Received {
  if (form.sentAt !== null) {
    const sent = Date.parse(form.sentAt);
    if (!Number.isNaN(sent)) return { epoch: sent, from: "sentAt" };
  }
  return { epoch: fileTime(form), from: "file-time" };
}

/**
 * Orders forms for the same unit and slot, latest received first. Equal
 * times occur when a district copies its earlier file and leaves the send
 * time unchanged. They fall back to the file time and then to the path, so
 * the choice never depends on the order the files were read in.
 */
export function latestFirst(forms: readonly ParsedForm[]): ParsedForm[] {
  return [...forms].sort((a, b) => {
    const difference = receivedTime(b).epoch - receivedTime(a).epoch;
    if (difference !== 0) return difference;

    const fileTimes = knownFileTime(b) - knownFileTime(a);
    if (fileTimes !== 0) return fileTimes;
    return b.file.localeCompare(a.file);
  });
}

/** Returns the file time in epoch milliseconds, or NaN when unknown. */
export function fileTime(form: ParsedForm): number {
  return form.modifiedAt === null ? Number.NaN : Date.parse(form.modifiedAt);
}

function knownFileTime(form: ParsedForm): number {
  const epoch = fileTime(form);
  return Number.isNaN(epoch) ? 0 : epoch;
}

/** Formats a time for messages: `10:41`, with the date when not election day. */
export function describeTime(epoch: number, config: Config): string {
  const iso = formatInstant(epoch, config.utcOffset);
  const clock = formatClock(epoch, config.utcOffset);
  if (iso.startsWith(config.electionDate)) return clock;
  const [year, month, day] = iso.slice(0, 10).split("-");
  return `${clock} ngày ${day}/${month}/${year}`;
}
