import type { Config } from "../config/schema.js";
import type { ParsedForm } from "../forms/types.js";
import type { InboxForms } from "../inbox/read.js";
import { formatInstant } from "../time/clock.js";
import { receivedTime } from "./received.js";
import type { LaterFile } from "./types.js";

/** The inbox as it stood at one moment, and the files received after it. */
export interface InboxAt {
  read: InboxForms;
  notYetReceived: LaterFile[];
}

/**
 * Sets aside every recognised form received after `at` (by sentAt, else file
 * time), so that a merge "as of" that moment uses only the forms that had
 * arrived. A form without a usable time is kept, because nothing shows it
 * came later. Files not recognised as a form are always kept: they count
 * toward no unit, and their findings are the only sign that they need a
 * call.
 */
export function inboxAsOf(
  read: InboxForms,
  at: number,
  config: Config,
): InboxAt {
  const forms: ParsedForm[] = [];
  const notYetReceived: LaterFile[] = [];
  const listed = new Set<string>();
  for (const form of read.forms) {
    const epoch = receivedTime(form).epoch;
    if (form.form === null || Number.isNaN(epoch) || epoch <= at) {
      forms.push(form);
      continue;
    }

    // A workbook holding several forms is listed once.
    if (listed.has(form.file)) continue;
    listed.add(form.file);
    notYetReceived.push({
      file: form.file,
      receivedAt: formatInstant(epoch, config.utcOffset),
    });
  }
  return { read: { ...read, forms }, notYetReceived };
}
