/**
 * Regenerates the example inbox of Lạng Sơn's election day, 23 May 2021,
 * into fixtures/inbox/, its expected outcome into fixtures/expected.json,
 * and the two-tier example into fixtures/two-tier/. Run with
 * `npm run fixtures` after a build. The output is the same on every run.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type ExcelJS from "exceljs";

import { defaultConfig } from "../config/default.js";
import { parseConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { writeFileAtomic } from "../summary/atomic.js";
import { buildForm01 } from "../templates/form01.js";
import { buildForm02 } from "../templates/form02.js";
import { stabiliseXlsx } from "../templates/stable-zip.js";
import { CASE_SLOT, quickForms } from "./example-day/day.js";
import { expectedRun, type ExpectedRun } from "./example-day/expected.js";
import { finalForms, type FinalForm } from "./example-day/final.js";
import { PUBLISHED, UNIT_PLANS } from "./example-day/plan.js";
import type { QuickForm } from "./example-day/quick.js";
import { slotDue } from "./example-day/slots.js";
import { checkPlans } from "./example-day/verify.js";
import { generateTwoTier } from "./example-day/two-tier.js";

/** Moment every expected status is evaluated at: the end of election day. */
export const EVALUATED_AT = "23:59";

/** Expected outcome of the example inbox, as written to expected.json. */
export interface ExpectedDay {
  electionDate: string;
  /** Moment the statuses hold at, ISO 8601 with offset. */
  at: string;
  published: typeof PUBLISHED;
  slots: Record<string, ExpectedRun & { slot: string }>;
  final: ExpectedRun & { deadline: string };
}

/** Serialises a workbook to stable .xlsx bytes. */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return stabiliseXlsx(buffer as unknown as Uint8Array);
}

/** Writes the forms of a day into `inbox` as stable .xlsx files. */
export async function writeDay(
  config: Config,
  inbox: string,
  quick: readonly QuickForm[],
  final: readonly FinalForm[],
): Promise<void> {
  for (const form of quick) {
    const bytes = await workbookBytes(buildForm01(config, form.values));
    await writeFileAtomic(path.join(inbox, form.path), bytes);
  }
  for (const form of final) {
    const bytes = await workbookBytes(buildForm02(config, form.values));
    await writeFileAtomic(path.join(inbox, form.path), bytes);
  }
}

/** Computes the expected outcome of every slot and of the final results. */
export function expectedDay(
  config: Config,
  quick: readonly QuickForm[],
  final: readonly FinalForm[],
): Omit<ExpectedDay, "published"> {
  const slots: ExpectedDay["slots"] = {};
  config.slots.forEach((slot) => {
    const forms = quick.filter((form) => form.slot === slot);
    const run = expectedRun(config, "01", forms, slotDue(config, slot));
    slots[slot] = { slot, ...run };
  });

  const deadline = `${config.electionDate}T${config.finalDeadline}`;
  const finalRun = expectedRun(config, "02", final, deadline);
  return {
    electionDate: config.electionDate,
    at: `${config.electionDate}T${EVALUATED_AT}:00${config.utcOffset}`,
    slots,
    final: { ...finalRun, deadline: `${deadline}:00${config.utcOffset}` },
  };
}

/** Regenerates every fixture under `root`. */
export async function generateFixtures(root: string): Promise<void> {
  const config = parseConfig(defaultConfig, "cấu hình mặc định");
  checkPlans(config, UNIT_PLANS);

  const inbox = path.join(root, "inbox");
  await rm(path.join(inbox, "bao-cao-nhanh"), { recursive: true, force: true });
  await rm(path.join(inbox, "ket-qua-so-bo"), { recursive: true, force: true });

  const quick = quickForms(config, UNIT_PLANS);
  const final = finalForms(config, UNIT_PLANS);
  await writeDay(config, inbox, quick, final);

  const expected: ExpectedDay = {
    ...expectedDay(config, quick, final),
    published: PUBLISHED,
  };
  const json = `${JSON.stringify(expected, null, 2)}\n`;
  await writeFileAtomic(
    path.join(root, "expected.json"),
    new TextEncoder().encode(json),
  );

  await generateTwoTier(path.join(root, "two-tier"));
}

export { CASE_SLOT };

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(process.argv[2] ?? "fixtures");
  await generateFixtures(root);
  process.stderr.write(`Đã tạo dữ liệu mẫu trong ${root}\n`);
}
