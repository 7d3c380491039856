import {
  convertLegacy,
  detectLegacyEncoding,
  isLegacyCandidate,
} from "../text/legacy.js";
import type { Workbook } from "./types.js";

/**
 * Converts text cells typed in a TCVN3 or VNI font to Unicode and adds one
 * `legacy-encoding` note. The encoding is detected over the whole workbook,
 * then only cells that look legacy-encoded are converted, so Unicode labels
 * of the same template stay as they are.
 */
export function convertLegacyText(workbook: Workbook): void {
  const encoding = detectLegacyEncoding(textsOf(workbook));
  if (encoding === null) return;

  for (const sheet of workbook.sheets) {
    for (const cell of sheet.cells) {
      if (cell.value.type !== "text" || !isLegacyCandidate(cell.value.value))
        continue;
      cell.value = {
        type: "text",
        value: convertLegacy(cell.value.value, encoding),
      };
    }
  }
  workbook.notes.push({ code: "legacy-encoding", params: { encoding } });
}

// NOTE: a legacy cell whose every letter is also a Latin-1 letter of
// Unicode Vietnamese (TCVN3 "Sè" for "Số") is not a candidate, so it stays
// unconverted even in a workbook detected as TCVN3.
function* textsOf(workbook: Workbook): Generator<string> {
  for (const sheet of workbook.sheets) {
    for (const cell of sheet.cells) {
      if (cell.value.type === "text") yield cell.value.value;
    }
  }
}
