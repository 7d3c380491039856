/**
 * Measures the time and peak memory of whole merges on realistic and
 * hostile inboxes and prints one line per scenario. Each scenario runs in a
 * fresh child process, so its peak resident memory (worker threads
 * included) is its own.
 *
 *     npm run build && npm run bench
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { parseConfig } from "../config/load.js";
import type { Config, ConfigInput } from "../config/schema.js";
import { defaultConfig } from "../config/default.js";
import { mergeFinal } from "../merge/final.js";
import { mergeSlot } from "../merge/merge.js";
import { wallClockToEpoch } from "../time/clock.js";
import { closeWorkbookReaders } from "../workbook/read.js";
import { buildForm01 } from "../templates/form01.js";
import {
  buildForm,
  generateHostile,
  withJunkRows,
  withManyEntries,
  writeZipBomb,
} from "./generate-hostile.js";

const repository = path.resolve(fileURLToPath(import.meta.url), "../../..");
const exampleInbox = path.join(repository, "fixtures", "inbox");

/** Number of communes in the scale scenario, as in a merged province. */
const COMMUNES = 65;

interface Measurement {
  files: number;
  seconds: number;
  peakMegabytes: number;
  reportedUnits: number;
  expectedUnits: number;
}

/** Runs one merge in this process and prints its measurement as JSON. */
async function measure(
  command: string,
  inbox: string,
  configFile: string | null,
): Promise<void> {
  const config: Config =
    configFile === null
      ? parseConfig(defaultConfig, "default")
      : parseConfig(JSON.parse(readFileSync(configFile, "utf8")), configFile);
  const at = wallClockToEpoch(`${config.electionDate}T23:59`, config.utcOffset);
  let files = 0;
  const onProgress = (): void => {
    files += 1;
  };

  const started = performance.now();
  const result =
    command === "final"
      ? await mergeFinal(inbox, { at, onProgress }, config)
      : await mergeSlot(inbox, { slot: "10h30", at, onProgress }, config);
  const seconds = (performance.now() - started) / 1000;
  await closeWorkbookReaders();

  const measurement: Measurement = {
    files,
    seconds,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    reportedUnits: result.reportedUnits,
    expectedUnits: result.expectedUnits,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

/** Adds the hostile corpus and the large cases to a copy of an inbox. */
async function addHostileFiles(inbox: string): Promise<void> {
  const folder = path.join(inbox, "tep-la");
  await generateHostile(folder);
  const form = await buildForm();
  await writeZipBomb(path.join(folder, "bomb.xlsx"), form, 1024 ** 3);
  await writeZipBomb(path.join(folder, "lying.xlsx"), form, 1024 ** 3, 4096);
  await writeFile(
    path.join(folder, "entries.xlsx"),
    withManyEntries(form, 5_000),
  );
  await writeFile(path.join(folder, "junk.xlsx"), withJunkRows(form, 300_000));
}

/** Writes a province of communes reporting every slot, and its config. */
async function writeCommuneDay(folder: string): Promise<string> {
  const input: ConfigInput = {
    ...defaultConfig,
    units: Array.from({ length: COMMUNES }, (_, index) => ({
      code: `X${index + 1}`,
      name: `Xã Thử Nghiệm ${index + 1}`,
    })),
  };
  const config = parseConfig(input, "bench");
  const inbox = path.join(folder, "inbox");

  for (const [slotIndex, slot] of config.slots.entries()) {
    await mkdir(path.join(inbox, slot), { recursive: true });
    for (const [unitIndex, unit] of config.units.entries()) {
      const totalVoters = 8_000 + unitIndex * 37;
      const voted = Math.round(totalVoters * (0.1 + slotIndex * 0.11));
      const capped = Math.min(voted, totalVoters);
      const workbook = buildForm01(config, {
        unitName: unit.name,
        slot,
        electionDate: config.electionDate,
        sentAt: `${config.electionDate}T${String(8 + slotIndex * 2).padStart(2, "0")}:40`,
        figures: {
          totalVoters,
          pollingAreas: 20,
          openedAreas: 20,
          voted: capped,
          turnoutPercent: Math.round((capped / totalVoters) * 10_000) / 100,
          fullAreas: slotIndex,
          closedAreas: slotIndex >= 5 ? 20 : 0,
        },
      });
      const file = path.join(inbox, slot, `${unit.code} ${slot}.xlsx`);
      await workbook.xlsx.writeFile(file);
    }
  }

  const configFile = path.join(folder, "bctinh.config.json");
  await writeFile(configFile, JSON.stringify(input));
  return configFile;
}

interface Scenario {
  name: string;
  command: "merge" | "final";
  inbox: string;
  configFile: string | null;
}

function runScenario(scenario: Scenario): Measurement {
  const child = spawnSync(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      "--measure",
      scenario.command,
      scenario.inbox,
      scenario.configFile ?? "",
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    throw new Error(`${scenario.name} failed:\n${child.stderr}`);
  }
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}");
}

function describeMachine(): string {
  const model = cpus()[0]?.model ?? "unknown processor";
  const memory = Math.round(totalmem() / 1024 ** 3);
  let soffice = "absent";
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
    soffice = "present";
  } catch {
    // The conversion scenarios then report unsupported-format quickly.
  }
  return (
    `Node ${process.version}, ${cpus().length} × ${model}, ${memory} GiB, ` +
    `LibreOffice ${soffice}`
  );
}

async function runAll(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "bctinh-bench-"));
  try {
    const mixed = path.join(work, "mixed");
    await cp(exampleInbox, mixed, { recursive: true });
    await addHostileFiles(mixed);
    const communes = path.join(work, "communes");
    const communeConfig = await writeCommuneDay(communes);

    const scenarios: Scenario[] = [
      {
        name: "merge 10h30, example day",
        command: "merge",
        inbox: exampleInbox,
        configFile: null,
      },
      {
        name: "final, example day",
        command: "final",
        inbox: exampleInbox,
        configFile: null,
      },
      {
        name: "merge 10h30, example day + hostile",
        command: "merge",
        inbox: mixed,
        configFile: null,
      },
      {
        name: "final, example day + hostile",
        command: "final",
        inbox: mixed,
        configFile: null,
      },
      {
        name: `merge 10h30, ${COMMUNES} communes × 8 slots`,
        command: "merge",
        inbox: path.join(communes, "inbox"),
        configFile: communeConfig,
      },
    ];

    console.log(describeMachine());
    console.log("scenario | files | seconds | peak MB | units reported");
    for (const scenario of scenarios) {
      const result = runScenario(scenario);
      console.log(
        `${scenario.name} | ${result.files} | ${result.seconds.toFixed(2)} | ` +
          `${Math.round(result.peakMegabytes)} | ` +
          `${result.reportedUnits}/${result.expectedUnits}`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const [flag, command, inbox, configFile] = process.argv.slice(2);
if (flag === "--measure" && command !== undefined && inbox !== undefined) {
  await measure(command, inbox, configFile ? configFile : null);
} else {
  await runAll();
}
