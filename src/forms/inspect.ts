import { stat } from "node:fs/promises";
import path from "node:path";

import type { Config } from "../config/schema.js";
import { makeFinding } from "../findings/catalogue.js";
import { formatInstant } from "../time/clock.js";
import { readWorkbook, type ReadOptions } from "../workbook/read.js";
import { emptyForm, parseForm, type FormSource } from "./parse.js";
import type { ParsedForm } from "./types.js";

export interface InspectOptions {
  /** Limits passed to the workbook reader. */
  read?: ReadOptions;
}

/**
 * Reads one input file, understands it as Appendix 01 or 02 and runs every
 * per-form check. A file that cannot be read gives a form with
 * `form: null`, `usable: false` and one finding instead of an exception.
 * The file is opened for reading only.
 */
export async function inspectFile(
  file: string,
  config: Config,
  options: InspectOptions = {},
): Promise<ParsedForm> {
  const absolutePath = path.resolve(file);

  let modifiedMs: number;
  try {
    modifiedMs = (await stat(absolutePath)).mtimeMs;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A file that cannot even be listed has no modification time.
    const form = emptyForm({ file, absolutePath, modifiedAt: "" });
    form.findings.push(makeFinding("file-unreadable", { file }, { detail }));
    return form;
  }

  const source: FormSource = {
    file,
    absolutePath,
    modifiedAt: formatInstant(modifiedMs, config.utcOffset),
  };
  const result = await readWorkbook(absolutePath, options.read);
  if (!result.ok) {
    const form = emptyForm(source);
    const { code, params } = result.failure;
    form.findings.push(makeFinding(code, { file }, params));
    return form;
  }
  return parseForm(result.workbook, source, config);
}
