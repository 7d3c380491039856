import path from "node:path";

import type { Config } from "../config/schema.js";
import { makeFinding } from "../findings/catalogue.js";
import type { Finding } from "../findings/finding.js";
import type { ParsedForm } from "../forms/types.js";
import type { InboxForms } from "../inbox/read.js";
import { formatInstant } from "../time/clock.js";
import { matchSlot, parseSlotText } from "../time/slot.js";
import { stripDiacritics } from "../text/fold.js";
import { inboxAsOf } from "./arrival.js";
import { slotDueTime } from "./at.js";
import { crossSlotFindings, latestEarlierQuickReport } from "./cross-slot.js";
import { UsageError } from "./errors.js";
import { quickTotals } from "./totals.js";
import type { MergeOptions, MergeResult } from "./types.js";
import { evaluateUnits } from "./unit-loop.js";
import { collectIncidents, sortFindings, type Timing } from "./units.js";

/**
 * Returns the configured spelling of a slot given as `10h30`, `10:30` and so
 * on.
 *
 * @throws UsageError listing the configured slots.
 */
export function requireSlot(text: string, config: Config): string {
  const slot = matchSlot(text, config.slots);
  if (slot !== null) return slot;
  throw new UsageError(
    `Mốc "${text}" không có trong cấu hình. Các mốc: ` +
      `${config.slots.join(", ")}.`,
  );
}

/**
 * Merges already parsed forms for one configured slot as they stood at
 * `options.at`: forms received later are set aside. Pure apart from the
 * clock values in `options`, so it is what tests exercise.
 */
export function buildSlotResult(
  read: InboxForms,
  options: MergeOptions,
  config: Config,
): MergeResult {
  const slot = options.slot;
  const grace = options.graceMinutes ?? config.graceMinutes;
  const timing: Timing = {
    dueAt: slotDueTime(slot, grace, config),
    at: options.at,
    slot,
  };
  const slotIndex = config.slots.indexOf(slot);
  const arrived = inboxAsOf(read, options.at, config);
  const forms = arrived.read.forms;

  const outcome = evaluateUnits(
    {
      candidates: (code) =>
        forms.filter(
          (form) =>
            form.form === "01" && form.slot === slot && form.unit === code,
        ),
      compare: (used, code) => {
        const earlier = latestEarlierQuickReport(
          forms,
          code,
          slotIndex,
          config,
        );
        return earlier === null ? [] : crossSlotFindings(used, earlier, slot);
      },
      slot,
      inbox: options.inbox,
    },
    timing,
    config,
  );
  const findings = uniqueFindings([
    ...unplacedFindings(forms, slot),
    ...outcome.findings,
  ]);

  return {
    form: "01",
    slot,
    dueAt: formatInstant(timing.dueAt, config.utcOffset),
    electionDate: config.electionDate,
    province: config.province,
    electionTitle: config.electionTitle,
    at: formatInstant(options.at, config.utcOffset),
    expectedUnits: config.units.length,
    reportedUnits: outcome.used.length,
    totals: quickTotals(outcome.used),
    units: outcome.units,
    findings: sortFindings(findings, config),
    skipped: read.skipped,
    incidents: collectIncidents(forms, config),
    notYetReceived: arrived.notYetReceived,
    output: null,
  };
}

/**
 * Drops repeats of a finding with the same code, file, sheet, cell and
 * message, such as the file-level finding that each form of one file
 * carries, keeping the first.
 */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = JSON.stringify([
      finding.code,
      finding.file,
      finding.sheet,
      finding.cell,
      finding.message,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Collects the findings that belong to no unit's used form but matter for
 * the slot. These are files that could not be read or recognised, Appendix
 * 01 forms whose unit or slot is unknown, and files named for the slot
 * that report it on no sheet.
 */
function unplacedFindings(
  forms: readonly ParsedForm[],
  slot: string,
): Finding[] {
  // A workbook with one sheet per slot has the slot on another sheet.
  const filesWithSlot = new Set<string>();
  for (const form of forms) {
    if (form.form === "01" && form.slot === slot) filesWithSlot.add(form.file);
  }

  const findings: Finding[] = [];
  for (const form of forms) {
    if (form.form === null) {
      findings.push(...form.findings);
    } else if (form.form !== "01") {
      continue;
    } else if (
      form.slot === null ||
      (form.unit === null && form.slot === slot)
    ) {
      findings.push(...form.findings);
    } else if (
      form.slot !== slot &&
      !filesWithSlot.has(form.file) &&
      fileNameSuggestsSlot(form.file, slot)
    ) {
      findings.push(slotMismatch(form, slot));
    }
  }
  return findings;
}

function slotMismatch(form: ParsedForm, slot: string): Finding {
  const cell = form.cells.slot;
  return makeFinding(
    "slot-mismatch",
    {
      unit: form.unit,
      slot,
      file: form.file,
      sheet: cell?.sheet ?? form.sheet,
      cell: cell?.cell ?? null,
    },
    { requested: slot, value: form.slot },
  );
}

/**
 * Reports whether a file's name contains the slot's time, written `10h30`,
 * `10g30`, `10-30`, `10_30` or `10.30`.
 */
export function fileNameSuggestsSlot(file: string, slot: string): boolean {
  const expected = parseSlotText(slot);
  const base = stripDiacritics(path.basename(file)).toLowerCase();
  const pattern = /(?<!\d)(\d{1,2}) ?(?:h|g|gio|:|-|_|\.) ?(\d{2})(?!\d)/g;
  for (const match of base.matchAll(pattern)) {
    const minutes = Number(match[1]) * 60 + Number(match[2]);
    if (minutes === expected) return true;
  }
  return false;
}
