import type { Config } from "../config/schema.js";
import { readInbox } from "../inbox/read.js";
import { buildSlotResult, requireSlot } from "./slot-merge.js";
import type { MergeOptions, MergeResult } from "./types.js";

/**
 * Reads every form in the inbox and merges the Appendix 01 reports of one
 * slot. Writes nothing: the caller writes the summary workbook.
 *
 * @throws UsageError when the slot is not configured.
 * @throws InboxError when the inbox does not exist or cannot be listed.
 */
export async function mergeSlot(
  inbox: string,
  options: MergeOptions,
  config: Config,
): Promise<MergeResult> {
  const slot = requireSlot(options.slot, config);
  const read = await readInbox(inbox, config, {
    onProgress: options.onProgress,
  });
  return buildSlotResult(read, { ...options, slot, inbox }, config);
}
