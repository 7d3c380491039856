import path from "node:path";
import { rm } from "node:fs/promises";

import { parseConfig } from "../../config/load.js";
import type { ConfigInput } from "../../config/schema.js";
import { writeFileAtomic } from "../../summary/atomic.js";
import { buildForm01 } from "../../templates/form01.js";
import { buildForm02 } from "../../templates/form02.js";
import { stabiliseXlsx } from "../../templates/stable-zip.js";
import type ExcelJS from "exceljs";
import { quickForms } from "./day.js";
import { expectedRun, type ExpectedRun } from "./expected.js";
import { ordinaryFinalForm, type FinalForm } from "./final.js";
import type { ConstituencyShare, UnitPlan } from "./plan.js";
import { slotDue } from "./slots.js";

/**
 * A province under the two-tier local government in force since July 2025:
 * communes and wards report straight to the province, and there is no
 * district council. Unit names are for illustration.
 */
export const TWO_TIER_CONFIG: ConfigInput = {
  province: "Lạng Sơn",
  electionTitle:
    "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân " +
    "các cấp nhiệm kỳ 2026-2031",
  electionDate: "2026-03-15",
  utcOffset: "+07:00",
  slots: [
    "8h30",
    "10h30",
    "12h30",
    "14h30",
    "16h30",
    "18h30",
    "20h30",
    "22h30",
  ],
  graceMinutes: 30,
  finalDeadline: "23:00",
  units: [
    {
      code: "LVT",
      name: "Phường Lương Văn Tri",
      contact: { name: "Nguyễn Thị Hà", phone: "0912 100 201" },
    },
    {
      code: "DK",
      name: "Phường Đông Kinh",
      contact: { name: "Hoàng Văn Hùng", phone: "0912 100 202" },
    },
    {
      code: "KL",
      name: "Phường Kỳ Lừa",
      contact: { name: "Lương Thị Nhung", phone: "0912 100 203" },
    },
    {
      code: "TT",
      name: "Phường Tam Thanh",
      contact: { name: "Vi Văn Thắng", phone: "0912 100 204" },
    },
    {
      code: "DD",
      name: "Xã Đồng Đăng",
      contact: { name: "Hà Thị Oanh", phone: "0912 100 205" },
    },
    {
      code: "CLX",
      name: "Xã Cao Lộc",
      contact: { name: "Nông Văn Thái", phone: "0912 100 206" },
    },
  ],
  elections: [
    {
      label: "Đại biểu Quốc hội",
      aliases: ["Quốc hội", "ĐBQH"],
      spansUnits: true,
    },
    { label: "Đại biểu HĐND tỉnh", aliases: ["HĐND tỉnh"], spansUnits: true },
    {
      label: "Đại biểu HĐND xã",
      aliases: ["HĐND xã", "HĐND phường"],
      spansUnits: false,
    },
  ],
  labelAliases: {},
};

const NA: ConstituencyShare = { constituencies: 1, seats: 3, candidates: 5 };

function commune(
  code: string,
  fileName: string,
  totalVoters: number,
  pollingAreas: number,
  councils: ConstituencyShare,
): UnitPlan {
  return {
    code,
    fileName,
    totalVoters,
    pollingAreas,
    votedAt17: Math.floor(totalVoters * 0.985),
    notVoted: Math.floor(totalVoters * 0.0004),
    elections: [NA, { constituencies: 1, seats: 3, candidates: 5 }, councils],
    reporter: "Văn phòng Ủy ban bầu cử",
    phone: "0205 3800 000",
  };
}

const PLANS: readonly UnitPlan[] = [
  commune("LVT", "Luong Van Tri", 24_318, 38, {
    constituencies: 12,
    seats: 35,
    candidates: 58,
  }),
  commune("DK", "Dong Kinh", 21_905, 34, {
    constituencies: 11,
    seats: 33,
    candidates: 55,
  }),
  commune("KL", "Ky Lua", 19_472, 31, {
    constituencies: 11,
    seats: 32,
    candidates: 53,
  }),
  commune("TT", "Tam Thanh", 16_240, 27, {
    constituencies: 10,
    seats: 30,
    candidates: 50,
  }),
  commune("DD", "Dong Dang", 14_566, 25, {
    constituencies: 10,
    seats: 30,
    candidates: 50,
  }),
  commune("CLX", "Cao Loc", 12_087, 22, {
    constituencies: 10,
    seats: 30,
    candidates: 50,
  }),
];

/** Slots present in the two-tier inbox. DD has not sent its 10h30 report. */
const SLOTS = ["8h30", "10h30"];

async function bytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return stabiliseXlsx(buffer as unknown as Uint8Array);
}

/**
 * Writes the two-tier example: its configuration, an inbox with the 8h30
 * and 10h30 quick reports and every unit's preliminary results, and the
 * expected outcome.
 */
export async function generateTwoTier(folder: string): Promise<void> {
  const config = parseConfig(TWO_TIER_CONFIG, "two-tier");
  const inbox = path.join(folder, "inbox");
  await rm(inbox, { recursive: true, force: true });

  const quick = quickForms(config, PLANS, false).filter(
    (form) =>
      form.slot !== null &&
      SLOTS.includes(form.slot) &&
      !(form.unit === "DD" && form.slot === "10h30"),
  );
  const final: FinalForm[] = PLANS.map((plan, index) =>
    ordinaryFinalForm(config, plan, index),
  );
  for (const form of quick) {
    await writeFileAtomic(
      path.join(inbox, form.path),
      await bytes(buildForm01(config, form.values)),
    );
  }
  for (const form of final) {
    await writeFileAtomic(
      path.join(inbox, form.path),
      await bytes(buildForm02(config, form.values)),
    );
  }

  const slots: Record<string, ExpectedRun & { slot: string }> = {};
  for (const slot of SLOTS) {
    const forms = quick.filter((form) => form.slot === slot);
    slots[slot] = {
      slot,
      ...expectedRun(config, "01", forms, slotDue(config, slot)),
    };
  }
  const deadline = `${config.electionDate}T${config.finalDeadline}`;
  const expected = {
    electionDate: config.electionDate,
    at: `${config.electionDate}T23:59:00${config.utcOffset}`,
    slots,
    final: {
      ...expectedRun(config, "02", final, deadline),
      deadline: `${deadline}:00${config.utcOffset}`,
    },
  };

  const encoder = new TextEncoder();
  await writeFileAtomic(
    path.join(folder, "bctinh.config.json"),
    encoder.encode(`${JSON.stringify(TWO_TIER_CONFIG, null, 2)}\n`),
  );
  await writeFileAtomic(
    path.join(folder, "expected.json"),
    encoder.encode(`${JSON.stringify(expected, null, 2)}\n`),
  );
}
