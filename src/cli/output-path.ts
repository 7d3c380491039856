import { realpath } from "node:fs/promises";
import path from "node:path";

import { isInside } from "../inbox/scan.js";
import { UsageError } from "../merge/errors.js";

/** Default summary path of `merge`, relative to the working folder. */
export function defaultMergeOutput(slot: string): string {
  return path.join("tong-hop", `tong-hop-${slot}.xlsx`);
}

/** Default summary path of `final`, relative to the working folder. */
export const DEFAULT_FINAL_OUTPUT = path.join("tong-hop", "ket-qua-so-bo.xlsx");

/**
 * Rejects an output path inside the inbox, comparing real paths so that a
 * symbolic link or `..` cannot hide it, because the inbox contains the units'
 * originals and the next scan would read the summary as a form.
 *
 * @throws UsageError naming both paths.
 */
export async function assertOutputOutsideInbox(
  output: string,
  inbox: string,
): Promise<void> {
  const inboxReal = await realpath(inbox).catch(() => path.resolve(inbox));
  const outputReal = await resolveFuturePath(path.resolve(output));
  if (isInside(inboxReal, outputReal)) {
    throw new UsageError(
      `Không ghi tệp tổng hợp ${output} vào trong thư mục nhận báo cáo ` +
        `${inbox}. Hãy chọn nơi khác bằng -o, ví dụ -o tong-hop/tong-hop.xlsx.`,
    );
  }
}

/**
 * Resolves the real path of a file that may not exist yet: the real path
 * of its nearest existing ancestor, joined with the rest.
 */
async function resolveFuturePath(absolute: string): Promise<string> {
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(await realpath(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}
