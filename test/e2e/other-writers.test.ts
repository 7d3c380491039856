import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadConfig } from "../../src/config/load.js";
import { mergeFinal } from "../../src/merge/final.js";
import { mergeSlot } from "../../src/merge/merge.js";
import type { MergeResult } from "../../src/merge/types.js";
import { wallClockToEpoch } from "../../src/time/clock.js";
import { closeWorkbookReaders } from "../../src/workbook/read.js";
import { hasLibreOffice } from "../helpers/programs.js";
import { type RawCell, writeRawXlsx } from "../helpers/raw-xlsx.js";

/**
 * Quick reports and preliminary results written the way other programs and
 * edited templates lay them out, never by this repository's templates: each
 * must merge to the sums of the figures written into it.
 */

const config = loadConfig({ cwd: tmpdir() }).config;
const AT = wallClockToEpoch("2021-05-23T23:59", "+07:00");

interface Quick {
  unit: string;
  totalVoters: number;
  pollingAreas: number;
  openedAreas: number;
  voted: number;
  fullAreas: number;
  closedAreas: number;
}

const QUICK: Quick[] = [
  {
    unit: "Ủy ban bầu cử huyện Bắc Sơn",
    totalVoters: 45_093,
    pollingAreas: 128,
    openedAreas: 128,
    voted: 30_843,
    fullAreas: 15,
    closedAreas: 0,
  },
  {
    unit: "UBBC huyen Van Quan",
    totalVoters: 39_846,
    pollingAreas: 140,
    openedAreas: 140,
    voted: 28_208,
    fullAreas: 16,
    closedAreas: 0,
  },
  {
    unit: "TP. LẠNG SƠN",
    totalVoters: 73_512,
    pollingAreas: 112,
    openedAreas: 112,
    voted: 48_924,
    fullAreas: 13,
    closedAreas: 0,
  },
  {
    unit: "Huyện Lộc Bình",
    totalVoters: 63_684,
    pollingAreas: 174,
    openedAreas: 174,
    voted: 44_808,
    fullAreas: 20,
    closedAreas: 0,
  },
  {
    unit: "Đình Lập",
    totalVoters: 22_150,
    pollingAreas: 70,
    openedAreas: 70,
    voted: 15_105,
    fullAreas: 8,
    closedAreas: 0,
  },
];

function turnout(form: Quick): number {
  return Math.round((form.voted / form.totalVoters) * 10_000) / 100;
}

/** Lays out a form with labels in column A and values two columns right. */
function wideLayout(form: Quick): RawCell[][] {
  return [
    ["PHỤ LỤC 01"],
    ["BÁO CÁO NHANH KẾT QUẢ BẦU CỬ"],
    [],
    ["Đơn vị báo cáo:", null, form.unit],
    ["Thời điểm báo cáo:", null, "10 giờ 30"],
    ["Ngày bầu cử:", null, "23/5/2021"],
    ["Thời gian gửi:", null, "10:41 23/05/2021"],
    ["1. Tổng số cử tri:", null, form.totalVoters],
    ["2. Tổng số tổ bầu cử:", null, form.pollingAreas],
    ["3. Số khu vực bỏ phiếu đã khai mạc:", null, form.openedAreas],
    ["4. Số cử tri đã tham gia bỏ phiếu:", null, form.voted],
    ["5. Tỷ lệ cử tri đã đi bầu (%):", null, turnout(form)],
    ["6. Số khu vực bỏ phiếu có 100% cử tri đã đi bầu:", null, form.fullAreas],
    ["7. Số khu vực bỏ phiếu đã kết thúc bỏ phiếu:", null, form.closedAreas],
    ["8. Tình hình an ninh, trật tự:", null, "Ổn định"],
    ["9. Sự cố, vướng mắc phát sinh:", null, "Không"],
  ];
}

/** Lays out labels in one header row and values as text in the row below. */
function tableLayout(form: Quick): RawCell[][] {
  const labels = [
    "Don vi bao cao",
    "Thoi diem bao cao",
    "Ngay bau cu",
    "Tong so cu tri",
    "Tong so khu vuc bo phieu",
    "So khu vuc bo phieu da khai mac",
    "So cu tri da di bau",
    "Ty le cu tri da di bau (%)",
    "So khu vuc bo phieu co 100% cu tri da di bau",
    "So khu vuc bo phieu da ket thuc bo phieu",
    "Thoi gian gui",
  ];
  const values = [
    form.unit,
    "10h30'",
    "23/05/2021",
    form.totalVoters.toLocaleString("de-DE"),
    String(form.pollingAreas),
    String(form.openedAreas),
    form.voted.toLocaleString("fr-FR"),
    `${String(turnout(form)).replace(".", ",")}%`,
    String(form.fullAreas),
    String(form.closedAreas),
    "10 giờ 45 ngày 23/5/2021",
  ];
  return [[], [], [null, ...labels], [null, ...values]];
}

/**
 * Lays out NFD labels in upper case, the counts as formulas without cached results
 * over cells of the same sheet, and a percent-formatted fraction.
 */
function formulaLayout(form: Quick): RawCell[][] {
  const half = Math.floor(form.voted / 2);
  return [
    ["ĐƠN VỊ BÁO CÁO".normalize("NFD"), form.unit],
    ["THỜI ĐIỂM BÁO CÁO".normalize("NFD"), "10:30"],
    ["NGÀY BẦU CỬ".normalize("NFD"), "23-5-2021"],
    [
      "TỔNG SỐ CỬ TRI".normalize("NFD"),
      { formula: `${form.totalVoters - 1000}+1000` },
    ],
    ["TỔNG SỐ KHU VỰC BỎ PHIẾU".normalize("NFD"), form.pollingAreas],
    ["SỐ KHU VỰC BỎ PHIẾU ĐÃ KHAI MẠC".normalize("NFD"), { formula: "B5" }],
    ["Trong đó buổi sáng", half],
    ["Trong đó buổi trưa", form.voted - half],
    ["SỐ CỬ TRI ĐÃ ĐI BẦU".normalize("NFD"), { formula: "SUM(B7:B8)" }],
    [
      "TỶ LỆ CỬ TRI ĐÃ ĐI BẦU (%)".normalize("NFD"),
      { value: form.voted / form.totalVoters, format: "0.00%" },
    ],
    [
      "SỐ KHU VỰC BỎ PHIẾU CÓ 100% CỬ TRI ĐÃ ĐI BẦU".normalize("NFD"),
      form.fullAreas,
    ],
    [
      "SỐ KHU VỰC BỎ PHIẾU ĐÃ KẾT THÚC BỎ PHIẾU".normalize("NFD"),
      form.closedAreas,
    ],
    ["THỜI GIAN GỬI".normalize("NFD"), "10:50"],
  ];
}

const LAYOUTS = [wideLayout, tableLayout, formulaLayout];

const canConvert = hasLibreOffice;

/** Converts a workbook with LibreOffice into `format` in `folder`. */
function convert(file: string, format: string, folder: string): void {
  const profile = path.join(path.dirname(file), ".profile-" + format);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      folder,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
}

describe("quick reports written by other programs", () => {
  let work = "";
  let result: MergeResult;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "bctinh-other-writers-"));
    const inbox = path.join(work, "inbox");
    await mkdir(inbox);

    for (const [index, form] of QUICK.entries()) {
      const layout = LAYOUTS[index % LAYOUTS.length]!;
      const rows = layout(form);
      const sheets = [
        { name: "Hướng dẫn", rows: [["Điền số liệu vào trang sau"]] },
        { name: `BC ${index}`, rows },
      ];
      await writeRawXlsx(path.join(inbox, `bao-cao-${index}.xlsx`), sheets);
    }

    if (canConvert) {
      // Lộc Bình's form arrives as OpenDocument, saved by LibreOffice.
      const source = path.join(work, "loc-binh.xlsx");
      await rm(path.join(inbox, "bao-cao-3.xlsx"));
      await writeRawXlsx(source, [
        { name: "Sheet1", rows: wideLayout(QUICK[3]!) },
      ]);
      convert(source, "ods", inbox);
    }

    result = await mergeSlot(inbox, { slot: "10h30", at: AT }, config);
  }, 240_000);

  afterAll(async () => {
    await closeWorkbookReaders();
    await rm(work, { recursive: true, force: true });
  });

  it("merges every form to the written sums", () => {
    const sum = (key: keyof Quick) =>
      QUICK.reduce((total, form) => total + (form[key] as number), 0);

    expect(result.totals.totalVoters).toBe(sum("totalVoters"));
    expect(result.totals.pollingAreas).toBe(sum("pollingAreas"));
    expect(result.totals.openedAreas).toBe(sum("openedAreas"));
    expect(result.totals.voted).toBe(sum("voted"));
    expect(result.totals.fullAreas).toBe(sum("fullAreas"));
    expect(result.totals.closedAreas).toBe(sum("closedAreas"));
  });

  it("recomputes the turnout from the sums", () => {
    const voted = QUICK.reduce((total, form) => total + form.voted, 0);
    const voters = QUICK.reduce((total, form) => total + form.totalVoters, 0);

    expect(result.totals.turnoutPercent).toBe(
      Math.round((voted / voters) * 10_000) / 100,
    );
  });

  it("matches every form to its unit on time", () => {
    const onTime = result.units
      .filter((unit) => unit.status === "on-time")
      .map((unit) => unit.code)
      .sort();

    expect(onTime).toEqual(["BS", "DL", "LB", "TPLS", "VQ"]);
    expect(result.reportedUnits).toBe(QUICK.length);
  });

  it("flags nothing in any form", () => {
    const errors = result.findings.filter(
      (finding) => finding.severity === "error",
    );

    expect(errors).toEqual([]);
    expect(result.units.some((unit) => unit.inconsistent)).toBe(false);
  });

  it.runIf(canConvert)("reads the OpenDocument form", () => {
    const unit = result.units.find((entry) => entry.code === "LB");

    expect(unit?.file?.endsWith("loc-binh.ods")).toBe(true);
    expect(unit?.figures?.voted).toBe(QUICK[3]!.voted);
  });
});

interface Ballots {
  issued: number;
  received: number;
  valid: number;
  invalid: number;
}

interface Final {
  unit: string;
  totalVoters: number;
  voted: number;
  pollingAreas: number;
  national: Ballots;
  district: Ballots & { seats: number; candidates: number; elected: number };
}

const FINAL: Final[] = [
  {
    unit: "Huyện Bắc Sơn",
    totalVoters: 45_093,
    voted: 45_093,
    pollingAreas: 128,
    national: { issued: 45_093, received: 45_090, valid: 44_800, invalid: 290 },
    district: {
      issued: 45_093,
      received: 45_091,
      valid: 44_700,
      invalid: 391,
      seats: 30,
      candidates: 50,
      elected: 30,
    },
  },
  {
    unit: "Huyện Văn Quan",
    totalVoters: 39_846,
    voted: 39_842,
    pollingAreas: 140,
    national: { issued: 39_842, received: 39_842, valid: 39_500, invalid: 342 },
    district: {
      issued: 39_842,
      received: 39_840,
      valid: 39_300,
      invalid: 540,
      seats: 30,
      candidates: 49,
      elected: 30,
    },
  },
];

/**
 * Lays out the general figures below the table, with the table's columns
 * reordered, headers typed without accents, and no rows for the provincial
 * and commune councils.
 */
function finalLayout(form: Final): RawCell[][] {
  const header = [
    "Cuoc bau cu",
    "So phieu thu vao",
    "So phieu phat ra",
    "So phieu khong hop le",
    "So phieu hop le",
    "So nguoi trung cu",
    "So dai bieu duoc bau",
    "So nguoi ung cu",
  ];
  const national = form.national;
  const district = form.district;
  return [
    ["KẾT QUẢ SƠ BỘ"],
    header,
    [
      "Đại biểu Quốc hội",
      national.received,
      national.issued,
      national.invalid,
      national.valid,
      null,
      3,
      5,
    ],
    [
      "HĐND huyện",
      district.received,
      district.issued,
      district.invalid,
      district.valid,
      district.elected,
      district.seats,
      district.candidates,
    ],
    [],
    ["Đơn vị báo cáo", form.unit],
    ["Ngày bầu cử", "23/05/2021"],
    ["Thời gian gửi", "22:10 23/05/2021"],
    ["Tổng số cử tri", form.totalVoters],
    ["Số cử tri đã tham gia bỏ phiếu", form.voted],
    ["Tổng số khu vực bỏ phiếu", form.pollingAreas],
    ["Số khu vực bỏ phiếu đã kiểm phiếu xong", form.pollingAreas],
  ];
}

describe("preliminary results written by other programs", () => {
  let work = "";
  let result: MergeResult;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "bctinh-other-final-"));
    const inbox = path.join(work, "inbox");
    await mkdir(inbox);
    for (const [index, form] of FINAL.entries()) {
      const sheets = [{ name: "KQ", rows: finalLayout(form) }];
      await writeRawXlsx(path.join(inbox, `ket-qua-${index}.xlsx`), sheets);
    }
    const deadline = wallClockToEpoch("2021-05-23T23:00", "+07:00");
    result = await mergeFinal(inbox, { at: AT, deadline }, config);
  }, 120_000);

  afterAll(async () => {
    await closeWorkbookReaders();
    await rm(work, { recursive: true, force: true });
  });

  it("sums the general figures", () => {
    expect(result.totals.totalVoters).toBe(45_093 + 39_846);
    expect(result.totals.voted).toBe(45_093 + 39_842);
    expect(result.totals.pollingAreas).toBe(128 + 140);
  });

  it("sums ballots of the spanning election only", () => {
    const national = result.totals.elections?.["Đại biểu Quốc hội"];

    expect(national?.ballotsReceived).toBe(45_090 + 39_842);
    expect(national?.validBallots).toBe(44_800 + 39_500);
    expect(national?.seats ?? null).toBeNull();
  });

  it("sums every column of the district council", () => {
    const district = result.totals.elections?.["Đại biểu HĐND huyện"];

    expect(district?.ballotsIssued).toBe(45_093 + 39_842);
    expect(district?.invalidBallots).toBe(391 + 540);
    expect(district?.seats).toBe(60);
    expect(district?.candidates).toBe(99);
    expect(district?.elected).toBe(60);
  });

  it("flags no error", () => {
    const errors = result.findings.filter(
      (finding) => finding.severity === "error",
    );

    expect(errors).toEqual([]);
  });
});
