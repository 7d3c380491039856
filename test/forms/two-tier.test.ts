import { describe, expect, test } from "vitest";

import { parseConfig } from "../../src/config/load.js";
import type { ConfigInput } from "../../src/config/schema.js";
import { defaultConfig } from "../../src/config/default.js";
import { parseForm } from "../../src/forms/parse.js";
import { makeWorkbook, type GridValue } from "../helpers/cells.js";
import { form01Sheet, form02Sheet } from "./samples.js";

// Communes report straight to the province, and there is no district
// council.
const input: ConfigInput = {
  ...defaultConfig,
  electionDate: "2026-03-15",
  units: [
    { code: "DK", name: "Phường Đông Kinh", communes: 1 },
    { code: "CLX", name: "Xã Cao Lộc", communes: 1 },
    { code: "TTCL", name: "Thị trấn Cao Lộc" },
  ],
  elections: [
    { label: "Đại biểu Quốc hội", aliases: ["ĐBQH"], spansUnits: true },
    { label: "Đại biểu HĐND tỉnh", spansUnits: true },
    {
      label: "Đại biểu HĐND xã",
      aliases: ["HĐND phường"],
      spansUnits: false,
    },
  ],
};
const config = parseConfig(input, "test");
const SOURCE = {
  file: "dong-kinh.xlsx",
  absolutePath: "/inbox/dong-kinh.xlsx",
  modifiedAt: "2026-03-15T10:45:00+07:00",
};

const values = {
  unit: "Ủy ban bầu cử phường Đông Kinh",
  electionDate: "15/3/2026",
  sentAt: "10:41 15/3/2026",
};

describe("parseForm with commune units", () => {
  test("matches a ward and the configured date", () => {
    const sheet = form01Sheet({ values, omit: ["fullCommunes"] });
    const form = parseForm(makeWorkbook(sheet), SOURCE, config);
    expect(form.unit).toBe("DK");
    expect(form.findings).toEqual([]);
  });

  test("tells a commune from a town of the same name", () => {
    const town = { ...values, unit: "UBBC thị trấn Cao Lộc" };
    const sheet = form01Sheet({ values: town, omit: ["fullCommunes"] });
    expect(parseForm(makeWorkbook(sheet), SOURCE, config).unit).toBe("TTCL");
  });

  test("checks full communes against the unit's count", () => {
    const sheet = form01Sheet({ values: { ...values, fullCommunes: 2 } });
    const form = parseForm(makeWorkbook(sheet), SOURCE, config);
    const codes = form.findings.map((finding) => finding.code);
    expect(codes).toEqual(["full-communes-exceed-communes"]);
  });

  test("reads a ward council row by its alias", () => {
    const tableRows: GridValue[][] = [
      ["Đại biểu Quốc hội", 1, 3, 5, 52300, 52300, 52000, 300, null, 0, 0],
      ["Đại biểu HĐND phường", 5, 25, 40, 52300, 52290, 52100, 190, 25, 0, 0],
    ];
    const form = parseForm(
      makeWorkbook(form02Sheet({ values, tableRows })),
      SOURCE,
      config,
    );
    expect(form.elections["Đại biểu HĐND xã"]?.elected).toBe(25);
    expect(form.findings).toEqual([]);
  });

  test("warns about a district council row", () => {
    const tableRows: GridValue[][] = [
      ["Đại biểu HĐND huyện", 8, 35, 58, 52300, 52295, 52000, 295, 35, 0, 0],
    ];
    const form = parseForm(
      makeWorkbook(form02Sheet({ values, tableRows })),
      SOURCE,
      config,
    );
    const codes = form.findings.map((finding) => finding.code);
    expect(codes).toEqual(["election-unknown"]);
    expect(form.elections).toEqual({});
  });
});
