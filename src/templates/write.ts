import type { Config, Unit } from "../config/schema.js";
import type { FormKind } from "../forms/types.js";
import { foldLabel } from "../text/fold.js";
import { matchSlot } from "../time/slot.js";
import { writeWorkbookAtomic } from "../summary/atomic.js";
import { buildForm01 } from "./form01.js";
import { buildForm02 } from "./form02.js";
import { reportingBody } from "./form-values.js";

export interface FormTemplateOptions {
  /** Unit code or name, such as `CLO` or "Cao Lộc". Left blank when absent. */
  unit?: string;
  /** Slot for Appendix 01, such as `10h30`. Appendix 02 has no slot. */
  slot?: string;
  /** Path of the .xlsx file to write. */
  output: string;
}

/**
 * Writes a form for a unit to fill in, with the unit's name, the slot and
 * the election date already entered. The file is written atomically.
 *
 * @throws Error with a Vietnamese message listing the valid units or slots
 * when `unit` or `slot` is not configured.
 */
export async function writeFormTemplate(
  kind: FormKind,
  config: Config,
  options: FormTemplateOptions,
): Promise<void> {
  const unit =
    options.unit === undefined ? undefined : findUnit(options.unit, config);
  const unitName = unit === undefined ? undefined : reportingBody(unit.name);
  const header = { unitName, electionDate: config.electionDate };

  if (kind === "02") {
    await writeWorkbookAtomic(buildForm02(config, header), options.output);
    return;
  }
  const slot =
    options.slot === undefined ? undefined : findSlot(options.slot, config);
  await writeWorkbookAtomic(
    buildForm01(config, { ...header, slot }),
    options.output,
  );
}

/** Finds a unit by code, name or alias, ignoring case and accents. */
export function findUnit(text: string, config: Config): Unit {
  const expected = foldLabel(text);
  for (const unit of config.units) {
    const names = [unit.code, unit.name, ...unit.aliases].map(foldLabel);
    if (names.includes(expected)) return unit;
  }
  const valid = config.units.map((unit) => `${unit.code} (${unit.name})`);
  throw new Error(
    `Không có đơn vị "${text}" trong cấu hình. Hãy dùng mã hoặc tên của ` +
      `một trong các đơn vị: ${valid.join(", ")}.`,
  );
}

function findSlot(text: string, config: Config): string {
  const slot = matchSlot(text, config.slots);
  if (slot !== null) return slot;
  throw new Error(
    `Mốc báo cáo "${text}" không có trong cấu hình. Hãy dùng một trong ` +
      `các mốc: ${config.slots.join(", ")}.`,
  );
}
