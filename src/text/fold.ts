/**
 * Folds a label for matching: NFC or NFD input, no diacritics (đ becomes d),
 * lower case, leading numbering such as `1.`, `a)` or `II.` removed,
 * punctuation turned into spaces and runs of spaces collapsed.
 *
 * @example foldLabel("1. Tổng số cử tri:") === "tong so cu tri"
 */
export function foldLabel(label: string): string {
  const bare = stripDiacritics(label).toLowerCase();
  const words = bare.replace(/[^a-z0-9%]+/g, " ").trim();
  return stripNumbering(words);
}

/** Removes Vietnamese diacritics: "Đình Lập" becomes "Dinh Lap". */
export function stripDiacritics(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

// Numbering: "1", "1 2", "a", "b", roman numerals up to xx, each followed by
// a space once punctuation is gone ("1.", "a)", "II." all end up this way).
const NUMBERING = /^(?:(?:\d{1,2}|[a-h]|[ivx]{1,5})\s)+/;

function stripNumbering(words: string): string {
  const stripped = words.replace(NUMBERING, "");
  return stripped.length > 0 ? stripped : words;
}
