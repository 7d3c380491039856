import { stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

import type { Config } from "../config/schema.js";
import { inspectFileForms } from "../forms/inspect.js";
import type { ParsedForm } from "../forms/types.js";
import type { SkippedFile } from "../merge/types.js";
import { scanInbox, type InboxEntry } from "./scan.js";

/**
 * Reads one file into its parsed forms, one per form sheet and never none;
 * `inspectFileForms` unless a test swaps it.
 */
export type InspectFunction = (
  file: string,
  config: Config,
) => Promise<ParsedForm[]>;

export interface ReadInboxOptions {
  onProgress?: (message: string) => void;
  inspect?: InspectFunction;
  /**
   * Wait before rereading a truncated file whose size is changing.
   * @default 1000
   */
  retryDelayMs?: number;
}

export interface InboxForms {
  forms: ParsedForm[];
  skipped: SkippedFile[];
}

/** Files read at once: two keeps a small office machine responsive. */
const CONCURRENCY = 2;

/**
 * Scans the inbox and reads every candidate workbook into parsed forms, in
 * path order and then sheet order. A file with several form sheets gives a
 * form for each, so that slots and duplicates are settled per sheet. A file
 * that fails is a form with findings, never an error.
 *
 * @throws InboxError when the inbox does not exist or cannot be listed.
 */
export async function readInbox(
  inbox: string,
  config: Config,
  options: ReadInboxOptions = {},
): Promise<InboxForms> {
  const scan = await scanInbox(inbox);
  const forms = await readEntries(scan.entries, config, options);
  return { forms, skipped: scan.skipped };
}

/**
 * Reads entries with a small pool of workers into their forms, flattened
 * in input order.
 */
export async function readEntries(
  entries: readonly InboxEntry[],
  config: Config,
  options: ReadInboxOptions = {},
): Promise<ParsedForm[]> {
  const forms: ParsedForm[][] = new Array(entries.length);
  let next = 0;
  let done = 0;

  const work = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next;
      next += 1;
      const entry = entries[index]!;
      forms[index] = await readEntry(entry, config, options);
      done += 1;
      options.onProgress?.(`Đã đọc ${done}/${entries.length}: ${entry.file}`);
    }
  };

  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(CONCURRENCY, entries.length); i += 1) {
    workers.push(work());
  }
  await Promise.all(workers);
  return forms.flat();
}

/**
 * Reads one entry. A read that timed out gets one more try, because on a
 * busy machine a good file can take longer than the limit. A file reported
 * truncated while its size is still changing is probably still being
 * copied, so it gets one reread.
 */
async function readEntry(
  entry: InboxEntry,
  config: Config,
  options: ReadInboxOptions,
): Promise<ParsedForm[]> {
  const inspect = options.inspect ?? inspectFileForms;
  const forms = await inspect(entry.file, config);
  if (hasCode(forms, "read-timeout")) {
    options.onProgress?.(`Đọc tệp quá thời hạn, đọc lại: ${entry.file}`);
    return inspect(entry.file, config);
  }
  if (!hasCode(forms, "file-truncated")) return forms;

  const delay = options.retryDelayMs ?? 1000;
  const sizeAfterRead = await sizeOf(entry.absolutePath);
  await sleep(delay);
  const sizeAfterWait = await sizeOf(entry.absolutePath);
  const changing =
    sizeAfterRead !== entry.size || sizeAfterWait !== sizeAfterRead;
  if (!changing) return forms;

  options.onProgress?.(`Tệp đang thay đổi, đọc lại: ${entry.file}`);
  return inspect(entry.file, config);
}

function hasCode(forms: readonly ParsedForm[], code: string): boolean {
  return forms.some((form) =>
    form.findings.some((finding) => finding.code === code),
  );
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}
