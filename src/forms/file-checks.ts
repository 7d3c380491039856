import type { Config } from "../config/schema.js";
import { makeFinding } from "../findings/catalogue.js";
import type { ParsedForm } from "./types.js";
import { unitsNamedInFile } from "./units.js";

/*
 * Checks that look at all the forms of one file together, or at the file
 * name against a form's content.
 */

/**
 * Warns when the file name names units and none of them is the unit on the
 * form, as when "Van Lang 10h30.xlsx" contains Văn Quan's report. The form is
 * still used, because its content names the unit.
 */
export function checkFileUnit(form: ParsedForm, config: Config): void {
  if (form.unit === null) return;
  const named = unitsNamedInFile(form.file, config);
  if (named.length === 0 || named.some((unit) => unit.code === form.unit)) {
    return;
  }

  const unit = config.units.find((candidate) => candidate.code === form.unit);
  const place = {
    file: form.file,
    sheet: form.sheet,
    cell: form.cells.unit?.cell,
  };
  form.findings.push(
    makeFinding("unit-mismatch", place, {
      named: named.map((candidate) => candidate.name).join(", "),
      value: unit?.name ?? form.unit,
    }),
  );
}

/**
 * Marks form sheets of one file that report the same unit, and for
 * Appendix 01 the same slot, as unusable. Such a file usually keeps a draft
 * next to the final sheet, and nothing shows which one the unit meant.
 */
export function markAmbiguousSheets(forms: ParsedForm[]): void {
  const groups = new Map<string, ParsedForm[]>();
  for (const form of forms) {
    if (form.form === null || form.unit === null) continue;
    const slot = form.form === "01" ? (form.slot ?? "") : "";
    const key = `${form.form}|${form.unit}|${slot}`;
    groups.set(key, [...(groups.get(key) ?? []), form]);
  }

  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sheets = group.map((form) => `"${form.sheet ?? ""}"`).join(", ");
    for (const form of group) {
      form.usable = false;
      // The finding is about the file and lists the sheets, so every form
      // of the group carries the same finding and merges list it once.
      const place = { file: form.file, sheet: null };
      form.findings.push(
        makeFinding("multiple-form-sheets", place, { sheets }),
      );
    }
  }
}
