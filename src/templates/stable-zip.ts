import { unzipSync, zipSync, type Zippable } from "fflate";

import { FIXED_WORKBOOK_DATE } from "./style.js";

/**
 * Rewrites an .xlsx file with every zip entry dated FIXED_WORKBOOK_DATE, so
 * the same workbook gives the same bytes on every run. exceljs stamps each
 * entry with the time of writing, which would make committed templates and
 * fixtures change on every regeneration.
 */
export function stabiliseXlsx(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const files: Zippable = {};
  for (const [name, content] of Object.entries(entries)) {
    files[name] = [content, { mtime: FIXED_WORKBOOK_DATE, level: 6 }];
  }
  return zipSync(files);
}
