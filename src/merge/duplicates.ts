import path from "node:path";

import type { Config } from "../config/schema.js";
import { makeFinding } from "../findings/catalogue.js";
import type { Finding } from "../findings/finding.js";
import type { ParsedForm } from "../forms/types.js";
import {
  describeTime,
  fileTime,
  latestFirst,
  receivedTime,
} from "./received.js";
import { formatNumber } from "../text/number.js";
import { figureLabel } from "./wording.js";

/** The form used for a unit and the usable forms set aside. */
export interface Resolution {
  used: ParsedForm | null;
  ignored: ParsedForm[];
}

/**
 * Chooses among usable forms for the same unit and slot: the latest by
 * sentAt, else by file time, is used.
 */
export function resolveDuplicates(forms: readonly ParsedForm[]): Resolution {
  const [used, ...ignored] = latestFirst(forms);
  return { used: used ?? null, ignored };
}

/** Rule that chose one form over another, as `latestFirst` applies them. */
export type ChoiceBasis = "received-later" | "file-time" | "file-name";

/**
 * Lists each form set aside with `duplicate-report`, saying which rule chose
 * the used form, and with `duplicate-figures-differ` when its figures differ
 * from the used form's. Messages name files relative to `inbox` when given.
 */
export function duplicateFindings(
  resolution: Resolution,
  slot: string | null,
  config: Config,
  inbox?: string,
): Finding[] {
  const { used, ignored } = resolution;
  if (used === null) return [];

  const findings: Finding[] = [];
  const count = ignored.length + 1;
  const usedName = displayName(used, inbox);
  for (const form of ignored) {
    const place = { unit: used.unit, slot, file: form.file, sheet: form.sheet };
    const received = receivedTime(used);
    const receivedAt = Number.isNaN(received.epoch)
      ? null
      : describeTime(received.epoch, config);
    findings.push(
      makeFinding("duplicate-report", place, {
        count,
        used: usedName,
        ignored: displayName(form, inbox),
        basis: choiceBasis(used, form),
        receivedAt,
        receivedFrom: received.from,
      }),
    );

    const differences = describeDifferences(used, form);
    if (differences.length > 0) {
      findings.push(
        makeFinding("duplicate-figures-differ", place, {
          detail: differences.join("; "),
          used: usedName,
        }),
      );
    }
  }
  return findings;
}

/**
 * Returns the rule that put `used` before `other` in `latestFirst`: a later
 * receipt time, else a later file time, else the file name order.
 */
export function choiceBasis(used: ParsedForm, other: ParsedForm): ChoiceBasis {
  if (!sameTime(receivedTime(used).epoch, receivedTime(other).epoch)) {
    return "received-later";
  }
  if (!sameTime(fileTime(used), fileTime(other))) return "file-time";
  return "file-name";
}

/** Compares epochs, counting two unknown (NaN) times as equal. */
function sameTime(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Returns the form's path relative to the inbox, or as given without one. */
function displayName(form: ParsedForm, inbox: string | undefined): string {
  if (inbox === undefined) return form.file;
  const relative = path.relative(path.resolve(inbox), form.absolutePath);
  if (relative === "" || relative.startsWith("..")) return form.file;
  return relative.split(path.sep).join("/");
}

/** Lists `key: used ≠ other` for every figure, including per election. */
export function describeDifferences(
  used: ParsedForm,
  other: ParsedForm,
): string[] {
  const differences = compareRecords(used.figures, other.figures, "");
  const labels = new Set([
    ...Object.keys(used.elections),
    ...Object.keys(other.elections),
  ]);
  for (const label of labels) {
    differences.push(
      ...compareRecords(
        used.elections[label] ?? {},
        other.elections[label] ?? {},
        `${label} `,
      ),
    );
  }
  return differences;
}

function compareRecords(
  used: Partial<Record<string, number>>,
  other: Partial<Record<string, number>>,
  prefix: string,
): string[] {
  const keys = new Set([...Object.keys(used), ...Object.keys(other)]);
  const differences: string[] = [];
  for (const key of keys) {
    const usedValue = used[key];
    const otherValue = other[key];
    if (usedValue === otherValue) continue;

    const usedText =
      usedValue === undefined ? "trống" : formatNumber(usedValue);
    const otherText =
      otherValue === undefined ? "trống" : formatNumber(otherValue);
    differences.push(
      `${prefix}${figureLabel(key)}: ${usedText} ≠ ${otherText}`,
    );
  }
  return differences;
}
