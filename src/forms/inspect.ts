import { stat } from "node:fs/promises";
import path from "node:path";

import type { Config } from "../config/schema.js";
import { makeFinding } from "../findings/catalogue.js";
import { formatNumberParams } from "../text/number.js";
import { formatInstant } from "../time/clock.js";
import { readWorkbook, type ReadOptions } from "../workbook/read.js";
import { emptyForm, parseForms, type FormSource } from "./parse.js";
import type { ParsedForm } from "./types.js";

export interface InspectOptions {
  /** Limits passed to the workbook reader. */
  read?: ReadOptions;
}

/**
 * Reads one input file and returns the form of its first form sheet. Kept
 * for callers that expect one form per file; see `inspectFileForms`.
 */
export async function inspectFile(
  file: string,
  config: Config,
  options: InspectOptions = {},
): Promise<ParsedForm> {
  const forms = await inspectFileForms(file, config, options);
  return forms[0]!;
}

/**
 * Reads one input file, understands each visible form sheet as Appendix 01
 * or 02 and runs every per-form check, giving one form per sheet in sheet
 * order. The result is never empty: a file that cannot be read, or has no
 * form, gives one form with `form: null`, `usable: false` and a finding
 * instead of an exception. The file is opened for reading only.
 */
export async function inspectFileForms(
  file: string,
  config: Config,
  options: InspectOptions = {},
): Promise<ParsedForm[]> {
  const absolutePath = path.resolve(file);

  let modifiedMs: number;
  try {
    modifiedMs = (await stat(absolutePath)).mtimeMs;
  } catch (error) {
    // A file that cannot even be listed has no modification time.
    const form = emptyForm({ file, absolutePath, modifiedAt: null });
    form.findings.push(statFinding(file, error));
    return [form];
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
    form.findings.push(makeFinding(code, { file }, formatNumberParams(params)));
    return [form];
  }

  return parseForms(result.workbook, source, config);
}

function statFinding(file: string, error: unknown) {
  if ((error as NodeJS.ErrnoException).code === "ENOENT") {
    return makeFinding("file-not-found", { file }, { file });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return makeFinding("file-unreadable", { file }, { detail });
}
