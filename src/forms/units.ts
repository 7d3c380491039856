import path from "node:path";

import type { Config, Unit } from "../config/schema.js";
import { foldLabel, stripDiacritics } from "../text/fold.js";

// Names of election bodies written before the place name, folded.
const BODY_PREFIXES = [
  "uy ban bau cu",
  "ubbc",
  "ban bau cu",
  "uy ban nhan dan",
  "ubnd",
];

// Kinds of administrative unit written before the place name, folded.
const KIND_PREFIXES = [
  "thanh pho",
  "thi xa",
  "thi tran",
  "huyen",
  "quan",
  "phuong",
  "xa",
];

// Usual abbreviations of the kinds, folded: "H." for huyện, "TP." for
// thành phố, "TX." for thị xã, "TT." for thị trấn, "Q." for quận, "P." for
// phường and "X." for xã.
const KIND_ABBREVIATIONS: Record<string, string> = {
  h: "huyen",
  tp: "thanh pho",
  tx: "thi xa",
  tt: "thi tran",
  q: "quan",
  p: "phuong",
  x: "xa",
};

/**
 * Finds the configured unit that a form's "Đơn vị báo cáo" names, by name,
 * alias or code, ignoring case, accents, spacing, the election body
 * ("Ủy ban bầu cử", "UBBC") and a trailing province.
 *
 * The kind of unit ("huyện", "thành phố", "xã") is compared first, so that
 * "Xã Tân Văn" and "Thị trấn Tân Văn" stay apart in a commune
 * configuration. Only when that finds nothing is the kind ignored. Returns
 * null when no unit or more than one unit matches.
 */
export function matchUnit(text: string, config: Config): Unit | null {
  // "Huyện Cao Lộc (CLO)": a note in brackets is not part of the name.
  const bare = text.replace(/\([^)]*\)/g, " ");
  const body = stripPrefixes(foldLabel(bare), BODY_PREFIXES);
  const written = stripProvince(body, config);
  if (written.length === 0) return null;

  const byCode = config.units.filter(
    (unit) => foldLabel(unit.code) === written,
  );
  if (byCode.length === 1) return byCode[0] ?? null;

  const folded = expandKind(written);
  const withKind = unitsMatching(folded, config, (name) => name);
  if (withKind.length > 0) return withKind.length === 1 ? withKind[0]! : null;

  const place = stripPrefixes(folded, KIND_PREFIXES);
  const withoutKind = unitsMatching(place, config, (name) =>
    stripPrefixes(name, KIND_PREFIXES),
  );
  return withoutKind.length === 1 ? withoutKind[0]! : null;
}

function unitsMatching(
  folded: string,
  config: Config,
  normalise: (name: string) => string,
): Unit[] {
  const matches: Unit[] = [];
  for (const unit of config.units) {
    const names = [unit.name, ...unit.aliases].map((name) =>
      normalise(expandKind(stripPrefixes(foldLabel(name), BODY_PREFIXES))),
    );
    if (names.includes(folded)) matches.push(unit);
  }
  return matches;
}

function expandKind(folded: string): string {
  const [first = "", ...rest] = folded.split(" ");
  const kind = KIND_ABBREVIATIONS[first];
  return kind === undefined ? folded : [kind, ...rest].join(" ");
}

function stripPrefixes(folded: string, prefixes: readonly string[]): string {
  let rest = folded;
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of prefixes) {
      if (rest.startsWith(`${prefix} `)) {
        rest = rest.slice(prefix.length + 1);
        changed = true;
      }
    }
  }
  return rest;
}

// "Ủy ban bầu cử huyện Cao Lộc, tỉnh Lạng Sơn" names the unit, not the
// province.
function stripProvince(folded: string, config: Config): string {
  const suffix = ` tinh ${foldLabel(config.province)}`;
  return folded.endsWith(suffix) ? folded.slice(0, -suffix.length) : folded;
}

/**
 * Finds the configured units that a file name names by code, name or
 * alias, ignoring case and accents, as whole words: "Van Lang 10h30.xlsx"
 * and "VL-10h30.xlsx" both name Văn Lãng. The province name does not name
 * the unit of the same name unless a kind comes before it, so
 * "Lang Son 10h30.xlsx" names no unit but "TP Lang Son 10h30.xlsx" names
 * Thành phố Lạng Sơn.
 */
export function unitsNamedInFile(file: string, config: Config): Unit[] {
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  const province = foldWords(config.province);
  const words = ` ${foldWords(stem)} `.replaceAll(` tinh ${province} `, " ");

  return config.units.filter((unit) =>
    unitWordings(unit, province).some((wording) =>
      words.includes(` ${wording} `),
    ),
  );
}

/** Folds text to lower-case unaccented words separated by single spaces. */
function foldWords(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// A unit's code, and its name and aliases with and without the kind, so
// that "Huyen Van Lang" and "Van Lang" both match. A place named like the
// province keeps its kind, written in full or abbreviated.
function unitWordings(unit: Unit, province: string): string[] {
  const wordings = [foldWords(unit.code)];
  for (const name of [unit.name, ...unit.aliases]) {
    const folded = expandKind(foldWords(name));
    const place = stripPrefixes(folded, KIND_PREFIXES);
    if (place !== province) {
      wordings.push(folded, place);
    } else if (folded !== place) {
      wordings.push(folded, ...abbreviateKind(folded, place));
    }
  }
  return wordings.filter((wording) => wording.length > 0);
}

// "thanh pho lang son" is also written "tp lang son".
function abbreviateKind(folded: string, place: string): string[] {
  const kind = folded.slice(0, -place.length).trim();
  return Object.entries(KIND_ABBREVIATIONS)
    .filter(([, full]) => full === kind)
    .map(([abbreviation]) => `${abbreviation} ${place}`);
}
