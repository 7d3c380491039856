import { makeFinding } from "../findings/catalogue.js";
import type { Finding } from "../findings/finding.js";
import type { ParsedForm } from "../forms/types.js";
import { latestFirst } from "./received.js";
import { figureLabel, formatFigure } from "./wording.js";

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

/**
 * Lists each form set aside with `duplicate-report`, and with
 * `duplicate-figures-differ` when its figures differ from the used form's.
 */
export function duplicateFindings(
  resolution: Resolution,
  slot: string | null,
): Finding[] {
  const { used, ignored } = resolution;
  if (used === null) return [];

  const findings: Finding[] = [];
  const count = ignored.length + 1;
  for (const form of ignored) {
    const place = { unit: used.unit, slot, file: form.file, sheet: form.sheet };
    findings.push(
      makeFinding("duplicate-report", place, {
        count,
        used: used.file,
        ignored: form.file,
      }),
    );

    const differences = describeDifferences(used, form);
    if (differences.length > 0) {
      findings.push(
        makeFinding("duplicate-figures-differ", place, {
          detail: `${differences.join("; ")}; dùng ${used.file}`,
        }),
      );
    }
  }
  return findings;
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
      usedValue === undefined ? "trống" : formatFigure(usedValue);
    const otherText =
      otherValue === undefined ? "trống" : formatFigure(otherValue);
    differences.push(
      `${prefix}${figureLabel(key)}: ${usedText} ≠ ${otherText}`,
    );
  }
  return differences;
}
