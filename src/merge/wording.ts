import {
  ELECTION_COLUMNS,
  FORM01_FIELDS,
  FORM02_GENERAL_FIELDS,
} from "../templates/labels.js";

const figureFormat = new Intl.NumberFormat("vi-VN", {
  maximumFractionDigits: 2,
});

/** Writes a figure in Vietnamese notation for messages: `17.516`, `98,78`. */
export function formatFigure(value: number): string {
  return figureFormat.format(value);
}

/** Returns a field's label as printed on the forms, or the key itself. */
export function figureLabel(key: string): string {
  const fields = [...FORM01_FIELDS, ...FORM02_GENERAL_FIELDS];
  const field = fields.find((candidate) => candidate.key === key);
  if (field !== undefined) return field.label;
  const column = ELECTION_COLUMNS.find((candidate) => candidate.key === key);
  return column?.label ?? key;
}
