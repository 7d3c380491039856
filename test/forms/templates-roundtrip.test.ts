import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import { inspectFile } from "../../src/forms/inspect.js";
import { buildForm01 } from "../../src/templates/form01.js";
import { buildForm02 } from "../../src/templates/form02.js";
import {
  FORM01_FIELDS as TEMPLATE_FIELDS,
} from "../../src/templates/labels.js";
import { stripDiacritics } from "../../src/text/fold.js";

const config = parseConfig(defaultConfig, "test");
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "bctinh-roundtrip-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function save(
  workbook: ReturnType<typeof buildForm01>,
  name: string,
): Promise<string> {
  const file = path.join(folder, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("templates read back", () => {
  test("filled Appendix 01", async () => {
    const workbook = buildForm01(config, {
      unitName: "Ủy ban bầu cử huyện Bắc Sơn",
      slot: "16h30",
      electionDate: "2021-05-23",
      sentAt: "2021-05-23T16:40",
      figures: {
        totalVoters: "48.300",
        pollingAreas: 124,
        openedAreas: 124,
        voted: 48300,
        turnoutPercent: 100,
        fullAreas: 124,
        closedAreas: 60,
      },
      incidents: "Không",
    });
    const form = await inspectFile(await save(workbook, "bs.xlsx"), config);
    expect(form.findings).toEqual([]);
    expect(form.form).toBe("01");
    expect(form.unit).toBe("BS");
    expect(form.slot).toBe("16h30");
    expect(form.sentAt).toBe("2021-05-23T16:40:00+07:00");
    expect(form.figures.totalVoters).toBe(48300);
    expect(form.usable).toBe(true);
  });

  test("Appendix 01 reordered and retyped without accents", async () => {
    const labels: Record<string, string> = {};
    for (const field of TEMPLATE_FIELDS) {
      labels[field.key] = stripDiacritics(field.label).toUpperCase();
    }
    const order = TEMPLATE_FIELDS.map((field) => field.key).reverse();
    const workbook = buildForm01(config, {
      unitName: "Ủy ban bầu cử thành phố Lạng Sơn",
      slot: "8h30",
      electionDate: "2021-05-23",
      figures: {
        totalVoters: "73 512",
        pollingAreas: 112,
        openedAreas: 112,
        voted: 28896,
        turnoutPercent: "39,31",
        fullAreas: 1,
        closedAreas: 0,
      },
      layout: { order, labels, blankRowsBefore: 4 },
    });
    const form = await inspectFile(await save(workbook, "tpls.xlsx"), config);
    expect(form.findings).toEqual([]);
    expect(form.unit).toBe("TPLS");
    expect(form.figures.totalVoters).toBe(73512);
    expect(form.figures.turnoutPercent).toBe(39.31);
  });

  test("blank Appendix 01 asks for its fields", async () => {
    const form = await inspectFile(
      await save(buildForm01(config), "blank01.xlsx"),
      config,
    );
    expect(form.form).toBe("01");
    expect(form.findings.map((f) => f.code)).toContain("field-missing");
    expect(form.usable).toBe(false);
  });

  test("filled Appendix 02", async () => {
    const workbook = buildForm02(config, {
      unitName: "Ủy ban bầu cử huyện Cao Lộc",
      electionDate: "2021-05-23",
      sentAt: "2021-05-23T21:15",
      figures: {
        totalVoters: 52341,
        voted: 52300,
        turnoutPercent: 99.92,
        pollingAreas: 150,
        countedAreas: 150,
      },
      elections: {
        "Đại biểu Quốc hội": {
          ballotsIssued: 52300,
          ballotsReceived: 52300,
          validBallots: 52000,
          invalidBallots: 300,
        },
        "Đại biểu HĐND huyện": {
          constituencies: 8,
          seats: 35,
          candidates: 58,
          ballotsIssued: 52300,
          ballotsReceived: 52295,
          validBallots: 52000,
          invalidBallots: 295,
          elected: 35,
          supplementaryUnits: 0,
          revoteUnits: 0,
        },
      },
      counting: "Đã kiểm phiếu xong",
    });
    const form = await inspectFile(await save(workbook, "clo02.xlsx"), config);
    expect(form.findings).toEqual([]);
    expect(form.form).toBe("02");
    expect(form.unit).toBe("CLO");
    expect(form.elections["Đại biểu HĐND huyện"]?.elected).toBe(35);
    expect(form.elections["Đại biểu Quốc hội"]?.validBallots).toBe(52000);
    expect(form.usable).toBe(true);
  });

  test("blank Appendix 02 is recognised", async () => {
    const form = await inspectFile(
      await save(buildForm02(config), "blank02.xlsx"),
      config,
    );
    expect(form.form).toBe("02");
    expect(form.usable).toBe(false);
  });
});
