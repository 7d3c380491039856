import type { Config } from "../config/schema.js";
import { readInbox } from "../inbox/read.js";
import { buildFinalResult } from "./final-merge.js";
import type { FinalOptions, MergeResult } from "./types.js";

/**
 * Reads every form in the inbox and merges the Appendix 02 preliminary
 * results. Writes nothing: the caller writes the summary workbook.
 *
 * @throws InboxError when the inbox does not exist or cannot be listed.
 */
export async function mergeFinal(
  inbox: string,
  options: FinalOptions,
  config: Config,
): Promise<MergeResult> {
  const read = await readInbox(inbox, config, {
    onProgress: options.onProgress,
  });
  return buildFinalResult(read, { ...options, inbox }, config);
}
