import { mkdtemp, mkdir, utimes } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { parseConfig } from "../../src/config/load.js";
import { defaultConfig } from "../../src/config/default.js";
import type { ElectionFigures, FigureKey } from "../../src/forms/types.js";
import { buildForm01 } from "../../src/templates/form01.js";
import { buildForm02 } from "../../src/templates/form02.js";

export const config = parseConfig(defaultConfig, "test");

/** Creates an empty folder under the system temporary folder. */
export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `bctinh-${prefix}-`));
}

export interface QuickFile {
  name: string;
  unitName: string;
  slot: string;
  figures: Partial<Record<FigureKey, number>>;
  /** Vietnam wall clock `YYYY-MM-DDTHH:MM` of the file time. */
  modified: string;
  incidents?: string;
}

/** Writes a filled Appendix 01 form and sets its file time. */
export async function writeQuick(
  folder: string,
  file: QuickFile,
): Promise<string> {
  const target = path.join(folder, file.name);
  await mkdir(path.dirname(target), { recursive: true });
  const workbook = buildForm01(config, {
    unitName: file.unitName,
    electionDate: config.electionDate,
    slot: file.slot,
    figures: file.figures,
    incidents: file.incidents ?? "Không",
  });
  await workbook.xlsx.writeFile(target);
  await setModified(target, file.modified);
  return target;
}

export interface FinalFile {
  name: string;
  unitName: string;
  figures: Partial<Record<FigureKey, number>>;
  elections: Record<string, ElectionFigures>;
  modified: string;
}

/** Writes a filled Appendix 02 form and sets its file time. */
export async function writeFinal(
  folder: string,
  file: FinalFile,
): Promise<string> {
  const target = path.join(folder, file.name);
  const workbook = buildForm02(config, {
    unitName: file.unitName,
    electionDate: config.electionDate,
    figures: file.figures,
    elections: file.elections,
    incidents: "Không",
  });
  await workbook.xlsx.writeFile(target);
  await setModified(target, file.modified);
  return target;
}

async function setModified(file: string, wallClock: string): Promise<void> {
  const time = new Date(`${wallClock}:00+07:00`);
  await utimes(file, time, time);
}

/** Figures of a consistent quick report. */
export function quickFigures(
  voted: number,
): Partial<Record<FigureKey, number>> {
  const totalVoters = 52_341;
  return {
    totalVoters,
    pollingAreas: 120,
    openedAreas: 120,
    voted,
    turnoutPercent: Math.round((voted * 10_000) / totalVoters) / 100,
    fullAreas: 10,
    closedAreas: 0,
    fullCommunes: 1,
  };
}
