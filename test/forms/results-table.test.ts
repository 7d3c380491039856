import { describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import { parseForm } from "../../src/forms/parse.js";
import { matchElection } from "../../src/forms/results-table.js";
import { makeWorkbook, type GridValue } from "../helpers/cells.js";
import {
  TABLE_HEADER,
  TABLE_ROWS,
  form02Sheet,
  type Form02Options,
} from "./samples.js";

const config = parseConfig(defaultConfig, "test");
const SOURCE = {
  file: "cao-loc-02.xlsx",
  absolutePath: "/inbox/cao-loc-02.xlsx",
  modifiedAt: "2021-05-23T21:20:00+07:00",
};

function parse(options: Form02Options) {
  return parseForm(makeWorkbook(form02Sheet(options)), SOURCE, config);
}

const codes = (options: Form02Options) =>
  parse(options).findings.map((finding) => finding.code);

const NATIONAL = "Đại biểu Quốc hội";
const DISTRICT = "Đại biểu HĐND huyện";

describe("matchElection", () => {
  test.each<[string, string]>([
    ["Đại biểu Quốc hội", NATIONAL],
    ["Bầu cử đại biểu Quốc hội khóa XV", NATIONAL],
    ["ĐBQH", NATIONAL],
    ["Dai bieu HDND huyen", DISTRICT],
    ["Đại biểu Hội đồng nhân dân cấp huyện", DISTRICT],
    ["HĐND cấp xã", "Đại biểu HĐND xã"],
    ["Hội đồng nhân dân tỉnh", "Đại biểu HĐND tỉnh"],
  ])("matches %j", (text, label) => {
    expect(matchElection(text, config)?.label).toBe(label);
  });

  test.each(["Đại biểu HĐND thành phố trực thuộc", "Tổng cộng", "Hội đồng"])(
    "finds no election for %j",
    (text) => {
      expect(matchElection(text, config)).toBeNull();
    },
  );
});

describe("results table", () => {
  test("reads every election row", () => {
    const form = parse({});
    expect(Object.keys(form.elections)).toEqual([
      NATIONAL,
      "Đại biểu HĐND tỉnh",
      DISTRICT,
      "Đại biểu HĐND xã",
    ]);
    expect(form.elections[DISTRICT]?.ballotsReceived).toBe(52295);
  });

  test("reads reordered columns", () => {
    const order = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    const header = order.map((i) => TABLE_HEADER[i]!);
    const tableRows = TABLE_ROWS.map((row) => [
      row[0],
      ...order.map((i) => row[i + 1]),
    ]);
    const form = parse({ header, tableRows });
    expect(form.elections[DISTRICT]).toEqual(parse({}).elections[DISTRICT]);
  });

  test("reads headers without accents", () => {
    const header = TABLE_HEADER.map((label) =>
      label
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d"),
    );
    const form = parse({ header });
    expect(form.elections[DISTRICT]?.validBallots).toBe(52000);
  });

  test("finds a moved table", () => {
    const form = parse({ shift: { rows: 6, cols: 3 } });
    expect(form.elections[DISTRICT]?.elected).toBe(35);
    expect(form.cells[`${DISTRICT}.elected`]?.cell).toBe("M20");
  });

  test("accepts absent election rows", () => {
    const form = parse({ tableRows: TABLE_ROWS.slice(2) });
    expect(form.elections[NATIONAL]).toBeUndefined();
    expect(form.usable).toBe(true);
  });

  test("reads past blank rows between elections", () => {
    const sheet = form02Sheet({});
    const second = sheet.rows.findIndex((row) => row[0] === 2);
    sheet.rows.splice(second, 0, [], []);
    const form = parseForm(makeWorkbook(sheet), SOURCE, config);
    expect(Object.keys(form.elections)).toHaveLength(4);
  });

  test("ends at the text fields below", () => {
    const form = parse({});
    expect(form.texts.counting).toBe("Đã kiểm phiếu xong");
    expect(form.findings).toEqual([]);
  });

  test("ends before general figures moved below it", () => {
    const sheet = form02Sheet({});
    const tableStart = sheet.rows.findIndex((row) => row[0] === "TT");
    // Figures from "Tổng số cử tri" on, directly under the last election.
    const figures = sheet.rows.splice(5, tableStart - 5);
    const lastElection = sheet.rows.findIndex((row) => row[0] === 4);
    sheet.rows.splice(lastElection + 1, 0, ...figures);

    const form = parseForm(makeWorkbook(sheet), SOURCE, config);
    expect(form.findings).toEqual([]);
    expect(form.figures.voted).toBe(52300);
    expect(Object.keys(form.elections)).toHaveLength(4);
  });

  test("skips a total row silently", () => {
    const total: GridValue[] = ["Tổng cộng", 33, 543, 892, 1, 1, 1, 0, 1, 0, 0];
    const found = codes({ tableRows: [...TABLE_ROWS, total] });
    expect(found).toEqual([]);
  });

  test("skips a column-number row", () => {
    const numbers: GridValue[] = ["(2)", "(3)", "(4)", "(5)", "(6)"];
    const form = parse({ tableRows: [numbers, ...TABLE_ROWS] });
    expect(form.elections[NATIONAL]?.ballotsIssued).toBe(52300);
  });

  test("warns about an unknown election row", () => {
    const odd: GridValue[] = ["Trưởng thôn", 1, 1, 2, 10, 10, 10, 0, 1, 0, 0];
    const form = parse({ tableRows: [...TABLE_ROWS, odd] });
    const finding = form.findings.find((f) => f.code === "election-unknown");
    expect(finding?.cell).toBe("B16");
    expect(finding?.severity).toBe("warning");
    expect(form.usable).toBe(true);
  });

  test("reports a missing table", () => {
    const form = parse({ header: ["Ghi chú"] });
    expect(form.findings.map((f) => f.code)).toContain("results-table-missing");
    expect(form.usable).toBe(false);
  });

  test("reports a bad table figure", () => {
    const row: GridValue[] = [DISTRICT, 8, 35, 58, "nhiều", 52295];
    const form = parse({ tableRows: [row] });
    const finding = form.findings.find((f) => f.code === "field-not-number");
    expect(finding?.cell).toBe("F12");
    expect(form.usable).toBe(false);
  });
});

describe("results table with a two-row header", () => {
  test("reads grouped ballot columns", () => {
    const sheet = form02Sheet({});
    const tableStart = sheet.rows.findIndex((row) => row[0] === "TT");
    const groupRow = [
      "TT",
      "Cuộc bầu cử",
      ...TABLE_HEADER.slice(0, 3),
      "Số phiếu",
      null,
      null,
      null,
      ...TABLE_HEADER.slice(7),
    ];
    const subRow = [
      ...new Array<null>(5).fill(null),
      "Phát ra",
      "Thu vào",
      "Hợp lệ",
      "Không hợp lệ",
    ];
    sheet.rows.splice(tableStart, 1, groupRow, subRow);
    const headerRow = tableStart + 1;
    sheet.merges = [`F${headerRow}:I${headerRow}`];

    const form = parseForm(makeWorkbook(sheet), SOURCE, config);
    expect(form.elections[DISTRICT]?.ballotsIssued).toBe(52300);
    expect(form.elections[DISTRICT]?.invalidBallots).toBe(295);
    expect(form.elections[DISTRICT]?.elected).toBe(35);
    expect(form.findings).toEqual([]);
  });
});

describe("results table with a tall header", () => {
  test("reads rows below header cells merged over two rows", () => {
    const sheet = form02Sheet({});
    const tableStart = sheet.rows.findIndex((row) => row[0] === "TT");
    sheet.rows.splice(tableStart + 1, 0, []);
    const top = tableStart + 1;
    const columns = "ABCDEFGHIJKL".split("");
    sheet.merges = columns.map((col) => `${col}${top}:${col}${top + 1}`);

    const form = parseForm(makeWorkbook(sheet), SOURCE, config);
    expect(form.elections[DISTRICT]?.elected).toBe(35);
    expect(form.findings).toEqual([]);
  });
});

describe("results table placeholders", () => {
  test("reads a dash as an empty cell", () => {
    const row: GridValue[] = [NATIONAL, "-", "-", "-", 52300, 52300, 52000];
    row.push(300, "-", 0, 0);
    const form = parse({ tableRows: [row] });
    expect(form.elections[NATIONAL]?.seats).toBeUndefined();
    expect(form.usable).toBe(true);
  });

  test("ignores notes in constituency columns of spanning elections", () => {
    const row: GridValue[] = [NATIONAL, 1, "3 (cả đơn vị)", 5, 52300, 52300];
    row.push(52000, 300, "chưa công bố", 0, 0);
    const form = parse({ tableRows: [row] });
    expect(form.findings).toEqual([]);
    expect(form.usable).toBe(true);
  });

  test("rejects notes in columns of elections inside the unit", () => {
    const row: GridValue[] = [DISTRICT, 8, 35, 58, 52300, 52295, 52000, 295];
    row.push("đủ", 0, 0);
    const form = parse({ tableRows: [row] });
    expect(form.findings.map((f) => f.code)).toEqual(["field-not-number"]);
    expect(form.usable).toBe(false);
  });
});

describe("results table empty ballot cells", () => {
  test("rejects an empty ballot count in a filled row", () => {
    const row: GridValue[] = [DISTRICT, 8, 35, 58, 52300, 52295, null, 295];
    row.push(35, 0, 0);
    const form = parse({ tableRows: [row] });
    const finding = form.findings.find((f) => f.code === "field-missing");

    expect(finding?.message).toContain("Số phiếu hợp lệ");
    expect(form.usable).toBe(false);
  });

  test("accepts a row with no ballot counts", () => {
    const row: GridValue[] = [DISTRICT, null, null, null, null, null, null];
    const form = parse({ tableRows: [row] });

    expect(form.findings.map((f) => f.code)).not.toContain("field-missing");
  });
});

describe("results table duplicate rows", () => {
  const corrected: GridValue[] = [...TABLE_ROWS[2]!];
  corrected[4] = 52310;
  const tableRows = [...TABLE_ROWS, corrected];

  test("rejects an election listed twice", () => {
    const form = parse({ tableRows });
    const finding = form.findings.find(
      (f) => f.code === "election-row-duplicate",
    );

    expect(finding?.severity).toBe("error");
    expect(form.usable).toBe(false);
  });

  test("names both rows' cells", () => {
    const form = parse({ tableRows });
    const finding = form.findings.find(
      (f) => f.code === "election-row-duplicate",
    );
    const first = form.cells[`${DISTRICT}.constituencies`]?.cell ?? "";
    const firstRow = first.replace(/^[A-Z]+/, "");
    const secondRow = String(Number(firstRow) + 2);

    expect(finding?.message).toContain(`B${firstRow}`);
    expect(finding?.message).toContain(`B${secondRow}`);
    expect(finding?.cell).toBe(`B${secondRow}`);
  });

  test("keeps the first row's figures", () => {
    const form = parse({ tableRows });
    expect(form.elections[DISTRICT]?.ballotsIssued).toBe(52300);
  });
});

describe("results table unit election columns", () => {
  const missingCells = (row: GridValue[]) =>
    parse({ tableRows: [row] })
      .findings.filter((f) => f.code === "field-missing")
      .map((f) => f.cell);

  test("rejects empty seats in a district row", () => {
    const row: GridValue[] = [DISTRICT, 8, null, 58, 52300, 52295, 52000];
    row.push(295, 35, 0, 0);
    const form = parse({ tableRows: [row] });
    const finding = form.findings.find((f) => f.code === "field-missing");
    const seats = form.cells[`${DISTRICT}.constituencies`]?.cell ?? "";

    expect(finding?.message).toContain("Số đại biểu được bầu");
    expect(finding?.cell).toBe(seats.replace(/^C/, "D"));
    expect(form.usable).toBe(false);
  });

  test.each<[string, number]>([
    ["constituencies", 1],
    ["candidates", 3],
    ["elected", 8],
  ])("rejects empty %s in a commune row", (_name, index) => {
    const row: GridValue[] = [...TABLE_ROWS[3]!];
    row[index] = null;
    expect(missingCells(row)).toHaveLength(1);
  });

  test("rejects a dash for elected in a commune row", () => {
    const row: GridValue[] = [...TABLE_ROWS[3]!];
    row[8] = "-";
    expect(missingCells(row)).toHaveLength(1);
  });

  test("accepts empty additional and repeat election counts", () => {
    const row: GridValue[] = [...TABLE_ROWS[2]!];
    row[9] = null;
    row[10] = null;
    const form = parse({ tableRows: [row] });

    expect(form.findings).toEqual([]);
    expect(form.usable).toBe(true);
  });

  test("accepts empty elected for a spanning election", () => {
    const row: GridValue[] = [...TABLE_ROWS[0]!];
    row[2] = null;
    const form = parse({ tableRows: [row] });

    expect(form.findings).toEqual([]);
    expect(form.usable).toBe(true);
  });
});

describe("results table rows of zeros", () => {
  test("accepts a council row with only supplementary zeros", () => {
    const row: GridValue[] = [DISTRICT, null, null, null, null, null, null];
    row.push(null, null, 0, 0);
    const form = parse({ tableRows: [row] });

    expect(form.findings.map((f) => f.code)).not.toContain("field-missing");
    expect(form.usable).toBe(true);
  });
});
