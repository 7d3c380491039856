/**
 * Regenerates the committed templates in templates/ from the embedded
 * default configuration: the two district forms and the two blank
 * provincial summaries. Run with `npm run templates` after a build.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type ExcelJS from "exceljs";

import { defaultConfig } from "../config/default.js";
import { parseConfig } from "../config/load.js";
import { emptyResult } from "../summary/empty.js";
import { writeFileAtomic } from "../summary/atomic.js";
import { buildFinalSummary } from "../summary/final-summary.js";
import { buildMergeSummary } from "../summary/merge-summary.js";
import { buildForm01 } from "../templates/form01.js";
import { buildForm02 } from "../templates/form02.js";
import { stabiliseXlsx } from "../templates/stable-zip.js";

const config = parseConfig(defaultConfig, "cấu hình mặc định");

/** Template file names and how each is built. */
export const TEMPLATE_FILES: ReadonlyArray<[string, () => ExcelJS.Workbook]> = [
  ["mau-01.xlsx", () => buildForm01(config)],
  ["mau-02.xlsx", () => buildForm02(config)],
  [
    "tong-hop-01.xlsx",
    () => buildMergeSummary(emptyResult("01", config), config),
  ],
  [
    "tong-hop-02.xlsx",
    () => buildFinalSummary(emptyResult("02", config), config),
  ],
];

/** Writes every template into `folder` with stable bytes. */
export async function generateTemplates(folder: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, build] of TEMPLATE_FILES) {
    const buffer = await build().xlsx.writeBuffer();
    const target = path.join(folder, name);
    await writeFileAtomic(
      target,
      stabiliseXlsx(buffer as unknown as Uint8Array),
    );
    written.push(target);
  }
  return written;
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const folder = path.resolve(process.argv[2] ?? "templates");
  const written = await generateTemplates(folder);
  for (const file of written) process.stderr.write(`Đã ghi ${file}\n`);
}
