import type { Config } from "../config/schema.js";
import { readInbox } from "../inbox/read.js";
import {
  buildDayStatusFromForms,
  type DayStatusOptions,
} from "./day-status.js";
import type { DayStatus } from "./types.js";

export type { DayStatusOptions } from "./day-status.js";

/**
 * Reads the inbox once and returns every unit's status for every slot and
 * for the preliminary results.
 *
 * @throws InboxError when the inbox does not exist or cannot be listed.
 */
export async function buildDayStatus(
  inbox: string,
  options: DayStatusOptions,
  config: Config,
): Promise<DayStatus> {
  const read = await readInbox(inbox, config, {
    onProgress: options.onProgress,
  });
  return buildDayStatusFromForms(read, options, config);
}
