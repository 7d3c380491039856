import type { Config, Unit } from "../config/schema.js";
import { foldLabel } from "../text/fold.js";

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

// Usual abbreviations of the kinds, folded: TP, TX, TT and P. (phường).
const KIND_ABBREVIATIONS: Record<string, string> = {
  tp: "thanh pho",
  tx: "thi xa",
  tt: "thi tran",
  p: "phuong",
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
