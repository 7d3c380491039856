/** Severity of a finding. An error makes a form or a run fail its check. */
export type Severity = "error" | "warning";

/**
 * One problem found in an input, in the shape that the terminal, the
 * summary workbook and `--json` all render. Fields that do not apply are
 * null.
 */
export interface Finding {
  /** Stable kebab-case code, listed in `catalogue.ts`. */
  code: string;
  severity: Severity;
  /** Configured unit code, such as `CLO`. */
  unit: string | null;
  /** Canonical slot, such as `10h30`. */
  slot: string | null;
  /** Input file path as shown to the user. */
  file: string | null;
  sheet: string | null;
  /** A1-style cell address. */
  cell: string | null;
  /** Vietnamese text: what is wrong and what to do. */
  message: string;
}

/** Place a finding applies to. Every field is optional. */
export type FindingPlace = Partial<
  Pick<Finding, "unit" | "slot" | "file" | "sheet" | "cell">
>;

/** Reports whether any finding in the list is an error. */
export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}
