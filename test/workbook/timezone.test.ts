import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { closeWorkbookReaders, readWorkbook } from "../../src/workbook/read.js";
import { writeRawXlsx } from "../helpers/raw-xlsx.js";

let folder: string;
const savedZone = process.env.TZ;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "bctinh-zone-"));
  // 44339.44375 is 23 May 2021 10:39 in the 1900 date system.
  await writeRawXlsx(join(folder, "raw.xlsx"), [
    {
      name: "PL01",
      rows: [
        ["Thời gian gửi", { value: 44339.44375, format: "hh:mm dd/mm/yyyy" }],
      ],
    },
  ]);
  const book = new ExcelJS.Workbook();
  book.addWorksheet("PL01").getCell("B1").value = new Date(
    Date.UTC(2021, 4, 23, 10, 39),
  );
  await book.xlsx.writeFile(join(folder, "exceljs.xlsx"));
});

afterAll(async () => {
  process.env.TZ = savedZone;
  await closeWorkbookReaders();
  await rm(folder, { recursive: true, force: true });
});

async function readTime(name: string): Promise<unknown> {
  const result = await readWorkbook(join(folder, name));
  if (!result.ok) return result.failure.code;
  return result.workbook.sheets[0]?.cells.find((cell) => cell.address === "B1")
    ?.value;
}

for (const zone of ["UTC", "Asia/Ho_Chi_Minh", "America/New_York"]) {
  describe(`readWorkbook with TZ=${zone}`, () => {
    beforeAll(async () => {
      await closeWorkbookReaders();
      process.env.TZ = zone;
    });

    it("applies the zone to this process", () => {
      const offset = new Date(Date.UTC(2021, 4, 23)).getTimezoneOffset();
      const expected = {
        UTC: 0,
        "Asia/Ho_Chi_Minh": -420,
        "America/New_York": 240,
      }[zone];
      expect(offset).toBe(expected);
    });

    it("reads a time written by another program as shown", async () => {
      expect(await readTime("raw.xlsx")).toEqual({
        type: "date",
        value: "2021-05-23T10:39:00",
      });
    });

    it("reads a time written by exceljs as shown", async () => {
      expect(await readTime("exceljs.xlsx")).toEqual({
        type: "date",
        value: "2021-05-23T10:39:00",
      });
    });
  });
}
