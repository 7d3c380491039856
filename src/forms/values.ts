import type { FindingCode, FindingParams } from "../findings/catalogue.js";
import { stripDiacritics } from "../text/fold.js";
import { matchSlot } from "../time/slot.js";
import type { CellValue } from "../workbook/types.js";

/**
 * A value read from a cell, or the finding that explains why it could not
 * be read. `params` completes the finding's message; the caller adds the
 * field's label.
 */
export type ValueResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: FindingCode; params: FindingParams };

const fail = <T>(
  code: FindingCode,
  params: FindingParams = {},
): ValueResult<T> => ({ ok: false, code, params });

// Spaces used as thousands separators: ordinary, non-breaking, thin and
// narrow non-breaking.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/** Formats a cell value for a message, with dates written day first. */
export function showValue(value: CellValue): string {
  switch (value.type) {
    case "formula":
      return `=${value.formula}`;
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    case "date":
      return showDate(value.value);
    default:
      return String(value.value);
  }
}

// "2021-05-23T10:41:00" is shown as "23/05/2021 10:41", and a midnight
// date as "23/05/2021".
function showDate(wallClock: string): string {
  const [date = "", time = ""] = wallClock.split("T");
  const [year, month, day] = date.split("-");
  const clock = time.slice(0, 5);
  const shown = `${day}/${month}/${year}`;
  return clock === "" || clock === "00:00" ? shown : `${shown} ${clock}`;
}

/**
 * Returns the finding for an error value or an unevaluated formula, which
 * every kind of field reports alike, or null for any other cell.
 */
function checkSpecial<T>(value: CellValue): ValueResult<T> | null {
  if (value.type === "error") {
    return fail("cell-error-value", { value: value.value });
  }
  if (value.type === "formula") {
    return fail("formula-not-evaluated", { formula: value.formula });
  }
  return null;
}

/**
 * Largest count accepted. No Vietnamese unit has a billion voters, and sums
 * of counts beyond 2^53 lose precision.
 */
const MAX_COUNT = 1_000_000_000;
const COUNT_EXPECTED = "số nguyên không quá 1.000.000.000";

/**
 * Reads a count: a whole non-negative number. Text uses Vietnamese
 * notation, where `573.051` and `573 051` are 573051. In a count, a dot or
 * a comma followed by groups of exactly three digits separates thousands,
 * because a count has no decimals. `12,5` stays 12.5 and is not whole.
 * A count above `MAX_COUNT` is rejected as `field-invalid`.
 */
export function parseCount(value: CellValue): ValueResult<number> {
  const special = checkSpecial<number>(value);
  if (special !== null) return special;

  let number: number;
  if (value.type === "number") {
    number = value.value;
  } else if (value.type === "text") {
    const parsed = parseCountText(value.value);
    if (parsed === null) {
      return fail("field-not-number", { value: value.value });
    }
    number = parsed;
  } else {
    return fail("field-not-number", { value: showValue(value) });
  }

  if (number < 0) return fail("field-negative", { value: number });
  if (number > MAX_COUNT) {
    return fail("field-invalid", { value: number, expected: COUNT_EXPECTED });
  }
  const whole = Math.round(number);
  // Formulas can leave binary noise such as 52341.000000000004.
  if (Math.abs(number - whole) > 1e-9) {
    return fail("field-not-whole", { value: number });
  }
  return { ok: true, value: whole };
}

// Words some units type after a count, as in "150 khu vực", folded.
const COUNT_UNIT_WORDS =
  /\s*(nguoi|cu tri|khu vuc|to bau cu|to|phieu|xa|don vi)\.?$/;

function parseCountText(text: string): number | null {
  const bare = foldText(text).replace(COUNT_UNIT_WORDS, "");
  const compact = bare.replace(SPACES, "");
  if (/^[+-]?\d{1,3}([.,]\d{3})+$/.test(compact)) {
    return Number(compact.replace(/[.,]/g, ""));
  }
  if (/^[+-]?\d+([.,]\d+)?$/.test(compact)) {
    return Number(compact.replace(",", "."));
  }
  return null;
}

/**
 * A percentage read from a cell. `ambiguous` marks a number cell of at most
 * 1 with no percent format, which may be a fraction (0.9878) or a tiny
 * percentage (0.98%).
 */
export interface PercentValue {
  value: number;
  ambiguous: boolean;
}

/**
 * Reads a percentage as a number of percent: `98.78`, `98,78`, `98,78%`,
 * or a number cell, rounded to two decimals. A number cell with a percent
 * format contains a fraction (0.9878 shows as 98.78%), which is multiplied
 * by 100. Any other number cell is the percentage itself. When it is at
 * most 1, the result is marked ambiguous and left unrounded, so that the caller can
 * compare both readings with the counts.
 */
export function parsePercent(value: CellValue): ValueResult<PercentValue> {
  const special = checkSpecial<PercentValue>(value);
  if (special !== null) return special;

  let percent: PercentValue;
  if (value.type === "number") {
    const isFraction = value.format?.includes("%") ?? false;
    percent = isFraction
      ? { value: fractionToPercent(value.value), ambiguous: false }
      : plainPercent(value.value);
  } else if (value.type === "text") {
    const compact = value.value.replace(SPACES, "").replace(/%$/, "");
    if (!/^[+-]?\d+([.,]\d+)?$/.test(compact)) {
      return fail("field-not-number", { value: value.value });
    }
    const number = Number(compact.replace(",", "."));
    percent = { value: roundPercent(number), ambiguous: false };
  } else {
    return fail("field-not-number", { value: showValue(value) });
  }

  if (percent.value < 0) {
    return fail("field-negative", { value: percent.value });
  }
  return { ok: true, value: percent };
}

// A number cell of at most 1 is kept unrounded, because the caller may
// still read it as a fraction. The caller rounds whichever reading it keeps.
function plainPercent(value: number): PercentValue {
  if (value <= 1) return { value, ambiguous: true };
  return { value: roundPercent(value), ambiguous: false };
}

/**
 * Rounds a percentage to two decimals, as a form shows it, so that an
 * uncached formula such as `=B16/B13*100` gives 70.39, not
 * 70.39032498423798.
 */
export function roundPercent(percent: number): number {
  return Math.round(percent * 100) / 100;
}

/**
 * Converts a fraction to a percentage rounded to two decimals, as a
 * `0.00%` cell shows it; this also drops binary noise such as
 * 57.32000000000001.
 */
export function fractionToPercent(fraction: number): number {
  return Math.round(fraction * 10_000) / 100;
}

const DATE_EXPECTED = "ngày dạng 23/5/2021";
const DATE_TIME_EXPECTED = "giờ và ngày, ví dụ 10:41 23/5/2021";

/** Reads a date as `YYYY-MM-DD` from a date cell or Vietnamese text. */
export function parseDate(value: CellValue): ValueResult<string> {
  const special = checkSpecial<string>(value);
  if (special !== null) return special;

  if (value.type === "date") {
    return { ok: true, value: value.value.slice(0, 10) };
  }
  if (value.type === "number" && isDateFormat(value.format)) {
    return { ok: true, value: serialToWallClock(value.value).slice(0, 10) };
  }
  if (value.type === "text") {
    const found = findDate(foldText(value.value));
    if (found !== null) return { ok: true, value: found.date };
  }
  return fail("field-invalid", {
    value: showValue(value),
    expected: DATE_EXPECTED,
  });
}

/**
 * Reads a send time as wall-clock `YYYY-MM-DDTHH:MM:SS`: a date cell, or
 * text such as `10:41 23/5/2021`, `23/05/2021 10:41` or
 * `10 giờ 41 ngày 23/5/2021`. A time with no date is taken to be on
 * `day`, the election day. A date with no time is invalid, because
 * midnight would make any report look early.
 */
export function parseDateTime(
  value: CellValue,
  day: string,
): ValueResult<string> {
  const special = checkSpecial<string>(value);
  if (special !== null) return special;

  let wallClock: string | null = null;
  if (value.type === "date") wallClock = value.value;
  if (value.type === "number" && isDateFormat(value.format)) {
    wallClock = serialToWallClock(value.value);
  }
  if (wallClock !== null) {
    const placed = placeTimeCell(wallClock, day);
    if (placed !== null) return { ok: true, value: placed };
  }
  if (value.type === "text") {
    const parsed = parseDateTimeText(value.value, day);
    if (parsed !== null) return { ok: true, value: parsed };
  }
  return fail("field-invalid", {
    value: showValue(value),
    expected: DATE_TIME_EXPECTED,
  });
}

// Excel stores a time typed without a date on day 0, 1899-12-30 (or
// 1904-01-01 in the 1904 date system).
const TIME_ONLY_DAYS = ["1899-12-30", "1899-12-31", "1904-01-01"];

function placeTimeCell(wallClock: string, day: string): string | null {
  const [date = "", time = ""] = wallClock.split("T");
  if (TIME_ONLY_DAYS.includes(date)) return `${day}T${time}`;
  if (time.startsWith("00:00")) return null;
  return wallClock;
}

function parseDateTimeText(text: string, day: string): string | null {
  const folded = foldText(text);
  const date = findDate(folded);
  const rest = date === null ? folded : folded.replace(date.text, " ");

  const time = /(\d{1,2}) ?(?:gio|h|g|:) ?(\d{1,2})?(?: ?phut)?/.exec(rest);
  if (time === null) return null;
  const hours = Number(time[1]);
  const minutes = Number(time[2] ?? 0);
  if (hours > 23 || minutes > 59) return null;

  const clock = `${pad(hours)}:${pad(minutes)}:00`;
  return `${date?.date ?? day}T${clock}`;
}

/**
 * Reads a quick-report slot and returns the configured spelling. A time
 * cell gives its clock time; text may carry a date, which is ignored.
 */
export function parseSlot(
  value: CellValue,
  slots: readonly string[],
): ValueResult<string> {
  const special = checkSpecial<string>(value);
  if (special !== null) return special;

  const text = slotText(value);
  const slot = text === null ? null : matchSlot(text, slots);
  if (slot !== null) return { ok: true, value: slot };
  return fail("slot-unknown", {
    value: showValue(value),
    slots: slots.join(", "),
  });
}

function slotText(value: CellValue): string | null {
  if (value.type === "date") return value.value.slice(11, 16);
  if (value.type === "number" && isDateFormat(value.format)) {
    return serialToWallClock(value.value).slice(11, 16);
  }
  if (value.type === "number") return numberAsClock(value.value);
  if (value.type !== "text") return null;

  // "Báo cáo lúc 10 giờ 30 phút ngày 23/5/2021": drop the date, then take
  // the first time of day in what is left.
  const folded = foldText(value.value);
  const date = findDate(folded);
  const rest = date === null ? folded : folded.replace(date.text, " ");
  const time = /(\d{1,2}) ?(?:gio|h|g|:|\.) ?(\d{2})?/.exec(rest);
  if (time === null) return rest;
  return `${time[1]}h${time[2] ?? "00"}`;
}

// A number cell typed as 10.30 contains 10.3, so the decimals are minutes.
function numberAsClock(value: number): string {
  const hours = Math.floor(value);
  const minutes = Math.round((value - hours) * 100);
  return `${hours}h${pad(minutes)}`;
}

/**
 * Reads free text. Numbers and dates become their text, and an error value
 * or unevaluated formula is reported like in any other field.
 */
export function parseText(value: CellValue): ValueResult<string> {
  const special = checkSpecial<string>(value);
  if (special !== null) return special;
  return { ok: true, value: showValue(value).trim() };
}

// Texts that mean "no incident" when they are the whole incidents field,
// folded and without the filler words below. The list is exact on purpose:
// "Không đủ phiếu bầu" starts like "Không" but reports an incident, and a
// missed incident costs more than a needless warning.
const NO_INCIDENT = [
  "khong",
  "khong co",
  "khong co su co",
  "khong co su co vuong mac",
  "khong co vuong mac",
  "khong su co",
  "khong co van de",
  "chua",
  "chua co",
  "chua co su co",
  "chua phat hien su co",
  "binh thuong",
  "k",
  "ko",
  "kh",
  "0",
  "none",
];

// Words that add nothing to "none": "không có sự cố gì xảy ra" is
// "không có sự cố".
const FILLER = / (phat sinh|xay ra|gi|nao|ca|va)(?= )/g;

/**
 * Tells whether an incidents text reports something. Empty text, dashes
 * and phrases such as "Không", "Không có sự cố gì xảy ra" mean no
 * incident.
 */
export function reportsIncident(text: string | undefined): boolean {
  if (text === undefined) return false;
  const words = ` ${foldText(text).replace(/[^a-z0-9]+/g, " ")} `;
  const folded = words.replace(FILLER, "").replace(/\s+/g, " ").trim();
  if (folded.length === 0) return false;
  return !NO_INCIDENT.includes(folded);
}

function foldText(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(SPACES, " ").trim();
}

/**
 * Finds a date in folded text: `23/5/2021`, `23-05-2021`, `23.5.2021`,
 * `23/5/21` or "ngay 23 thang 5 nam 2021". Returns the matched text and
 * `YYYY-MM-DD`.
 */
function findDate(folded: string): { text: string; date: string } | null {
  const patterns = [
    /(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4}|\d{2})(?!\d)/,
    /(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(folded);
    if (match === null) continue;
    const year = fullYear(Number(match[3]));
    const date = isoDate(year, Number(match[2]), Number(match[1]));
    if (date !== null) return { text: match[0], date };
  }
  return null;
}

// "23/5/21" is in this century: forms are filled on election day.
function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!valid) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare);
}

// Excel serial day 0 is 1899-12-30 once the 1900 leap-year bug is counted.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

// Rounded to the nearest second, as Excel shows 44339.4444444 as 10:40
// rather than 10:39:59.996.
function serialToWallClock(serial: number): string {
  const ms = Math.round(serial * 86_400) * 1000;
  return new Date(EXCEL_EPOCH_MS + ms).toISOString().slice(0, 19);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
