import {
  ELECTION_COLUMNS,
  FORM01_FIELDS,
  FORM02_GENERAL_FIELDS,
} from "../templates/labels.js";

/** Returns a field's label as printed on the forms, or the key itself. */
export function figureLabel(key: string): string {
  const fields = [...FORM01_FIELDS, ...FORM02_GENERAL_FIELDS];
  const field = fields.find((candidate) => candidate.key === key);
  if (field !== undefined) return field.label;
  const column = ELECTION_COLUMNS.find((candidate) => candidate.key === key);
  return column?.label ?? key;
}
