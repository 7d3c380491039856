import { parseConfig } from "../../src/config/load.js";
import { defaultConfig } from "../../src/config/default.js";
import type { Config } from "../../src/config/schema.js";
import { makeFinding } from "../../src/findings/catalogue.js";
import type { ParsedForm } from "../../src/forms/types.js";

/** The embedded Lạng Sơn 2021 configuration. */
export const config: Config = parseConfig(defaultConfig, "test");

/** Epoch of a Vietnam wall-clock time on election day, `HH:MM`. */
export function vn(clock: string): number {
  return Date.parse(`2021-05-23T${clock}:00+07:00`);
}

/** Builds a usable Appendix 01 form; fields override the defaults. */
export function quickForm(overrides: Partial<ParsedForm> = {}): ParsedForm {
  const unit = overrides.unit ?? "CLO";
  const slot = overrides.slot ?? "10h30";
  return {
    file: `inbox/${unit}-${slot}.xlsx`,
    absolutePath: `/tmp/inbox/${unit}-${slot}.xlsx`,
    form: "01",
    sheet: "PL01",
    unit,
    slot,
    electionDate: "2021-05-23",
    sentAt: null,
    modifiedAt: "2021-05-23T10:40:00+07:00",
    figures: {
      totalVoters: 1000,
      pollingAreas: 10,
      openedAreas: 10,
      voted: 500,
      turnoutPercent: 50,
      fullAreas: 1,
      closedAreas: 0,
    },
    texts: {},
    elections: {},
    cells: {
      voted: { sheet: "PL01", cell: "D9" },
      totalVoters: { sheet: "PL01", cell: "D7" },
    },
    hasIncident: false,
    usable: true,
    findings: [],
    ...overrides,
  };
}

/** Builds a usable Appendix 02 form; fields override the defaults. */
export function finalForm(overrides: Partial<ParsedForm> = {}): ParsedForm {
  const unit = overrides.unit ?? "CLO";
  return quickForm({
    file: `inbox/${unit}-ket-qua.xlsx`,
    form: "02",
    sheet: "PL02",
    slot: null,
    modifiedAt: "2021-05-23T22:00:00+07:00",
    figures: {
      totalVoters: 1000,
      pollingAreas: 10,
      voted: 990,
      turnoutPercent: 99,
      countedAreas: 10,
    },
    elections: {
      "Đại biểu Quốc hội": {
        constituencies: 1,
        seats: 3,
        candidates: 5,
        ballotsIssued: 990,
        ballotsReceived: 990,
        validBallots: 980,
        invalidBallots: 10,
        elected: 3,
      },
      "Đại biểu HĐND huyện": {
        constituencies: 4,
        seats: 30,
        candidates: 50,
        ballotsIssued: 990,
        ballotsReceived: 985,
        validBallots: 975,
        invalidBallots: 10,
        elected: 30,
        supplementaryUnits: 0,
        revoteUnits: 0,
      },
    },
    ...overrides,
    unit,
  });
}

/** Builds the parsed form of a file that could not be read. */
export function unreadableForm(file: string): ParsedForm {
  return quickForm({
    file,
    form: null,
    sheet: null,
    unit: null,
    slot: null,
    figures: {},
    cells: {},
    usable: false,
    findings: [makeFinding("file-empty", { file })],
  });
}
