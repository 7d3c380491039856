import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { makeFinding } from "../../src/findings/catalogue.js";
import type { MergeResult, UnitReport } from "../../src/merge/types.js";

/** Default configuration cut to three units, to keep results short. */
export const smallConfig: Config = (() => {
  const base = parseConfig(defaultConfig, "test");
  return { ...base, units: base.units.slice(0, 3) };
})();

function unit(
  overrides: Partial<UnitReport> & { code: string; name: string },
): UnitReport {
  return {
    status: "on-time",
    inconsistent: false,
    receivedAt: "2021-05-23T10:41:00+07:00",
    receivedFrom: "sentAt",
    file: `${overrides.code}.xlsx`,
    figures: null,
    texts: {},
    hasIncident: false,
    contact: null,
    ...overrides,
  };
}

/** Slot 10h30: TPLS on time, TD late and inconsistent, VL missing. */
export function quickResult(): MergeResult {
  return {
    form: "01",
    slot: "10h30",
    dueAt: "2021-05-23T11:00:00+07:00",
    electionDate: "2021-05-23",
    province: "Lạng Sơn",
    electionTitle: smallConfig.electionTitle,
    at: "2021-05-23T11:30:00+07:00",
    expectedUnits: 3,
    reportedUnits: 2,
    totals: {
      totalVoters: 100_000,
      pollingAreas: 300,
      openedAreas: 300,
      voted: 61_234,
      turnoutPercent: 61.23,
      fullAreas: 12,
      closedAreas: 0,
    },
    units: [
      unit({
        code: "TPLS",
        name: "Thành phố Lạng Sơn",
        figures: { totalVoters: 60_000, pollingAreas: 180, voted: 40_000 },
        texts: { security: "Ổn định", incidents: "Không" },
      }),
      unit({
        code: "TD",
        name: "Huyện Tràng Định",
        status: "late",
        inconsistent: true,
        receivedAt: "2021-05-23T11:12:00+07:00",
        figures: { totalVoters: 40_000, pollingAreas: 120, voted: 21_234 },
        texts: { incidents: "Mất điện tại khu vực bỏ phiếu số 3" },
        hasIncident: true,
      }),
      unit({
        code: "VL",
        name: "Huyện Văn Lãng",
        status: "missing",
        receivedAt: null,
        receivedFrom: null,
        file: null,
      }),
    ],
    findings: [
      makeFinding(
        "turnout-mismatch",
        {
          unit: "TD",
          slot: "10h30",
          file: "TD.xlsx",
          sheet: "Phụ lục 01",
          cell: "B17",
        },
        { value: 55, expected: 53.09, voted: 21234, totalVoters: 40000 },
      ),
      makeFinding(
        "report-missing",
        { unit: "VL", slot: "10h30" },
        { dueAt: "11:00" },
      ),
    ],
    skipped: [],
    output: null,
  };
}

/** Final results: TPLS and TD reported, VL missing. */
export function finalResult(): MergeResult {
  const quick = quickResult();
  const [first, second, third] = quick.units as [
    UnitReport,
    UnitReport,
    UnitReport,
  ];
  return {
    ...quick,
    form: "02",
    slot: undefined,
    deadline: "2021-05-23T23:00:00+07:00",
    dueAt: "2021-05-23T23:00:00+07:00",
    at: "2021-05-23T23:30:00+07:00",
    totals: {
      totalVoters: 100_000,
      pollingAreas: 300,
      voted: 99_990,
      turnoutPercent: 99.99,
      countedAreas: 300,
      elections: {
        "Đại biểu Quốc hội": {
          ballotsIssued: 99_990,
          ballotsReceived: 99_990,
          seats: 12,
          constituencies: 2,
        },
        "Đại biểu HĐND huyện": { seats: 65, elected: 65, candidates: 110 },
      },
    },
    units: [
      {
        ...first,
        elections: {
          "Đại biểu Quốc hội": {
            ballotsIssued: 59_995,
            ballotsReceived: 59_995,
            seats: 6,
          },
          "Đại biểu HĐND huyện": { seats: 35, elected: 35, candidates: 60 },
        },
        texts: { counting: "Kiểm phiếu xong lúc 21:10" },
      },
      {
        ...second,
        status: "on-time",
        elections: {
          "Đại biểu Quốc hội": {
            ballotsIssued: 39_995,
            ballotsReceived: 39_995,
            seats: 6,
          },
          "Đại biểu HĐND huyện": { seats: 30, elected: 30, candidates: 50 },
        },
      },
      third,
    ],
  };
}
