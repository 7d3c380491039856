/**
 * Conversion of text typed with the legacy Vietnamese font encodings TCVN3
 * (ABC, TCVN 5712:1993, fonts named `.VnTime`) and VNI (VNI Windows, fonts
 * named `VNI-Times`) to Unicode. Such text reaches a workbook as Latin-1
 * characters: TCVN3 "Tæng sè" and VNI "Toång soá" both mean "Tổng số".
 */

export type LegacyEncoding = "TCVN3" | "VNI";

// TCVN3 puts each precomposed lower-case letter on one byte. Upper-case
// accented letters were typed with a separate upper-case font using the
// same bytes, so they convert to lower case.
const TCVN3_LETTERS: Record<string, string> = {
  "\u00a1": "Ă",
  "\u00a2": "Â",
  "\u00a3": "Ê",
  "\u00a4": "Ô",
  "\u00a5": "Ơ",
  "\u00a6": "Ư",
  "\u00a7": "Đ",
  "\u00a8": "ă",
  "\u00a9": "â",
  "\u00aa": "ê",
  "\u00ab": "ô",
  "\u00ac": "ơ",
  "\u00ad": "ư",
  "\u00ae": "đ",
  "\u00b5": "à",
  "\u00b6": "ả",
  "\u00b7": "ã",
  "\u00b8": "á",
  "\u00b9": "ạ",
  "\u00bb": "ằ",
  "\u00bc": "ẳ",
  "\u00bd": "ẵ",
  "\u00be": "ắ",
  "\u00c6": "ặ",
  "\u00c7": "ầ",
  "\u00c8": "ẩ",
  "\u00c9": "ẫ",
  "\u00ca": "ấ",
  "\u00cb": "ậ",
  "\u00cc": "è",
  "\u00ce": "ẻ",
  "\u00cf": "ẽ",
  "\u00d0": "é",
  "\u00d1": "ẹ",
  "\u00d2": "ề",
  "\u00d3": "ể",
  "\u00d4": "ễ",
  "\u00d5": "ế",
  "\u00d6": "ệ",
  "\u00d7": "ì",
  "\u00d8": "ỉ",
  "\u00dc": "ĩ",
  "\u00dd": "í",
  "\u00de": "ị",
  "\u00df": "ò",
  "\u00e1": "ỏ",
  "\u00e2": "õ",
  "\u00e3": "ó",
  "\u00e4": "ọ",
  "\u00e5": "ồ",
  "\u00e6": "ổ",
  "\u00e7": "ỗ",
  "\u00e8": "ố",
  "\u00e9": "ộ",
  "\u00ea": "ờ",
  "\u00eb": "ở",
  "\u00ec": "ỡ",
  "\u00ed": "ớ",
  "\u00ee": "ợ",
  "\u00ef": "ù",
  "\u00f1": "ủ",
  "\u00f2": "ũ",
  "\u00f3": "ú",
  "\u00f4": "ụ",
  "\u00f5": "ừ",
  "\u00f6": "ử",
  "\u00f7": "ữ",
  "\u00f8": "ứ",
  "\u00f9": "ự",
  "\u00fa": "ỳ",
  "\u00fb": "ỷ",
  "\u00fc": "ỹ",
  "\u00fd": "ý",
  "\u00fe": "ỵ",
};

/** Converts TCVN3 text to Unicode, character by character. */
export function convertTcvn3(text: string): string {
  let converted = "";
  for (const character of text)
    converted += TCVN3_LETTERS[character] ?? character;
  return converted.normalize("NFC");
}

// Unicode combining marks used to compose VNI letters.
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031b";

// VNI types a vowel, then one byte for its marks: a tone, a shape
// (circumflex, breve) or both. Lower-case and upper-case bytes carry the
// same marks.
const VNI_MARKS: Record<string, { shape: string; tone: string }> = {
  ù: { shape: "", tone: ACUTE },
  Ù: { shape: "", tone: ACUTE },
  ø: { shape: "", tone: GRAVE },
  Ø: { shape: "", tone: GRAVE },
  û: { shape: "", tone: HOOK },
  Û: { shape: "", tone: HOOK },
  õ: { shape: "", tone: TILDE },
  Õ: { shape: "", tone: TILDE },
  ï: { shape: "", tone: DOT },
  Ï: { shape: "", tone: DOT },
  â: { shape: CIRCUMFLEX, tone: "" },
  Â: { shape: CIRCUMFLEX, tone: "" },
  á: { shape: CIRCUMFLEX, tone: ACUTE },
  Á: { shape: CIRCUMFLEX, tone: ACUTE },
  à: { shape: CIRCUMFLEX, tone: GRAVE },
  À: { shape: CIRCUMFLEX, tone: GRAVE },
  å: { shape: CIRCUMFLEX, tone: HOOK },
  Å: { shape: CIRCUMFLEX, tone: HOOK },
  ã: { shape: CIRCUMFLEX, tone: TILDE },
  Ã: { shape: CIRCUMFLEX, tone: TILDE },
  ä: { shape: CIRCUMFLEX, tone: DOT },
  Ä: { shape: CIRCUMFLEX, tone: DOT },
  ê: { shape: BREVE, tone: "" },
  Ê: { shape: BREVE, tone: "" },
  é: { shape: BREVE, tone: ACUTE },
  É: { shape: BREVE, tone: ACUTE },
  è: { shape: BREVE, tone: GRAVE },
  È: { shape: BREVE, tone: GRAVE },
  ú: { shape: BREVE, tone: HOOK },
  Ú: { shape: BREVE, tone: HOOK },
  ü: { shape: BREVE, tone: TILDE },
  Ü: { shape: BREVE, tone: TILDE },
  ë: { shape: BREVE, tone: DOT },
  Ë: { shape: BREVE, tone: DOT },
};

// Letters VNI types on one byte: the horned vowels, đ, and the i and y
// forms whose Latin-1 look-alikes are taken by the marks above.
const VNI_LETTERS: Record<string, string> = {
  ô: "o" + HORN,
  Ô: "O" + HORN,
  ö: "u" + HORN,
  Ö: "U" + HORN,
  ñ: "đ",
  Ñ: "Đ",
  ò: "i" + DOT,
  Ò: "I" + DOT,
  ó: "i" + TILDE,
  Ó: "I" + TILDE,
  æ: "i" + HOOK,
  Æ: "I" + HOOK,
  î: "y" + DOT,
  Î: "Y" + DOT,
};

/** Vowels (already converted) that a shape mark may follow. */
const SHAPE_BASES: Record<string, RegExp> = {
  [CIRCUMFLEX]: /^[aeoAEO]$/,
  [BREVE]: /^[aA]$/,
};

/** Converts VNI text to Unicode. */
export function convertVni(text: string): string {
  let converted = "";
  let previous = "";

  for (const character of text) {
    const marks = VNI_MARKS[character];
    const base = previous.normalize("NFD");
    if (marks && isVniBase(base, marks.shape)) {
      converted = converted.slice(0, -previous.length);
      previous = (base + marks.shape + marks.tone).normalize("NFC");
      converted += previous;
      continue;
    }
    previous = (VNI_LETTERS[character] ?? character).normalize("NFC");
    converted += previous;
  }
  return converted.normalize("NFC");
}

/** Reports whether a mark may follow the letter just written. */
function isVniBase(decomposed: string, shape: string): boolean {
  const letter = decomposed[0] ?? "";
  if (!/^[aeiouyAEIOUY]$/.test(letter)) return false;
  const existing = decomposed.slice(1);
  if (/[\u0300\u0301\u0303\u0309\u0323]/.test(existing)) return false;
  if (shape === "") return true;
  return existing === "" && (SHAPE_BASES[shape]?.test(letter) ?? false);
}

// Vietnamese spelling: an initial consonant, a vowel group and a final
// consonant, with at most one tone. Words are checked after removing
// tones, so this also rejects letters Vietnamese never uses (ø, å, µ ...).
const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
const NUCLEUS =
  "(?:uyê|uya|ươu|ươi|ươ|uôi|uô|uây|uâ|iêu|iê|yêu|yê|oai|oay|oao|oeo|" +
  "oă|oa|oe|oo|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|uê|ui|uơ|uy|ưa|ưi|ưu|" +
  "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
const CODA = "(?:ch|ng|nh|[cmnpt])?";
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Reports whether a word is one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  const toneless = decomposed.replace(TONES, "").normalize("NFC");
  return SYLLABLE.test(toneless);
}

/** Latin-1 letters that Vietnamese Unicode text also uses. */
const VIETNAMESE_LATIN1 = /[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/;

/**
 * Reports whether text may be legacy-encoded: every character is Latin-1
 * and at least one is a letter or sign that Vietnamese Unicode text never
 * contains. Text with any character past Latin-1 is already Unicode.
 */
export function isLegacyCandidate(text: string): boolean {
  let suspicious = false;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code > 0xff) return false;
    if (code >= 0xa1 && !VIETNAMESE_LATIN1.test(character)) suspicious = true;
  }
  return suspicious;
}

/**
 * Counts the words that contain a non-ASCII letter, and how many of them are
 * Vietnamese syllables.
 */
export function countVietnameseWords(text: string): {
  valid: number;
  total: number;
} {
  let valid = 0;
  let total = 0;
  for (const word of text.normalize("NFC").split(/[^\p{L}]+/u)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    total++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return { valid, total };
}

const CONVERTERS: Record<LegacyEncoding, (text: string) => string> = {
  TCVN3: convertTcvn3,
  VNI: convertVni,
};

/**
 * Detects the legacy encoding of a set of texts: the encoding whose
 * conversion turns the most words into Vietnamese syllables, when that is
 * at least 70% of the words that hold a non-ASCII letter. Only candidates
 * (see `isLegacyCandidate`) count. Returns null when no encoding fits.
 */
export function detectLegacyEncoding(
  texts: Iterable<string>,
): LegacyEncoding | null {
  const candidates = [...texts].filter(isLegacyCandidate);
  if (candidates.length === 0) return null;

  let best: LegacyEncoding | null = null;
  let bestValid = 0;
  for (const encoding of ["TCVN3", "VNI"] as const) {
    let valid = 0;
    let total = 0;
    for (const text of candidates) {
      const counts = countVietnameseWords(CONVERTERS[encoding](text));
      valid += counts.valid;
      total += counts.total;
    }
    if (total > 0 && valid / total >= 0.7 && valid > bestValid) {
      best = encoding;
      bestValid = valid;
    }
  }
  return best;
}

/** Converts legacy text to Unicode in the given encoding. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return CONVERTERS[encoding](text);
}
