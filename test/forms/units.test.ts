import { describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import type { ConfigInput } from "../../src/config/schema.js";
import { matchUnit, unitsNamedInFile } from "../../src/forms/units.js";

const config = parseConfig(defaultConfig, "test");

describe("matchUnit with district units", () => {
  test.each<[string, string]>([
    ["Ủy ban bầu cử huyện Cao Lộc", "CLO"],
    ["Uỷ ban bầu cử huyện Cao Lộc", "CLO"],
    ["UBBC huyện Cao Lộc", "CLO"],
    ["UBBC Cao Loc", "CLO"],
    ["cao   lộc", "CLO"],
    ["Huyện Cao Lộc".normalize("NFD"), "CLO"],
    ["Ủy ban bầu cử huyện Cao Lộc, tỉnh Lạng Sơn", "CLO"],
    ["CLO", "CLO"],
    ["clo", "CLO"],
    ["TP Lang Son", "TPLS"],
    ["TP. Lạng Sơn", "TPLS"],
    ["Ủy ban bầu cử thành phố Lạng Sơn", "TPLS"],
    ["Huyện Đình Lập", "DL"],
    ["Dinh Lap", "DL"],
    ["Chi Lăng", "CL"],
    ["Huyện Cao Lộc (CLO)", "CLO"],
    ["UBBC H. Văn Lãng", "VL"],
    ["H.Văn Lãng", "VL"],
  ])("matches %j", (text, code) => {
    expect(matchUnit(text, config)?.code).toBe(code);
  });

  test.each(["Huyện Mẫu Sơn", "", "Ủy ban bầu cử", "Cao"])(
    "finds no unit for %j",
    (text) => {
      expect(matchUnit(text, config)).toBeNull();
    },
  );
});

const communeInput: ConfigInput = {
  ...defaultConfig,
  units: [
    { code: "DK", name: "Phường Đông Kinh" },
    { code: "TV", name: "Xã Tân Văn" },
    { code: "TTV", name: "Thị trấn Tân Văn" },
    { code: "TT", name: "Phường Tam Thanh" },
  ],
};
const communes = parseConfig(communeInput, "test");

describe("matchUnit with commune units", () => {
  test("matches a ward with its kind", () => {
    expect(matchUnit("UBBC phường Đông Kinh", communes)?.code).toBe("DK");
  });

  test("matches a ward without its kind", () => {
    expect(matchUnit("Đông Kinh", communes)?.code).toBe("DK");
  });

  test("keeps kinds apart for a shared name", () => {
    expect(matchUnit("Xã Tân Văn", communes)?.code).toBe("TV");
    expect(matchUnit("Thị trấn Tân Văn", communes)?.code).toBe("TTV");
  });

  test("matches a code that reads like an abbreviation", () => {
    expect(matchUnit("TT", communes)?.code).toBe("TT");
  });

  test("matches abbreviated kinds", () => {
    expect(matchUnit("P. Đông Kinh", communes)?.code).toBe("DK");
    expect(matchUnit("TT Tân Văn", communes)?.code).toBe("TTV");
  });

  test("finds no unit when the bare name is shared", () => {
    expect(matchUnit("Tân Văn", communes)).toBeNull();
  });

  test.each<[string, string]>([
    ["UBBC X. Tân Văn", "TV"],
    ["TT. Tân Văn", "TTV"],
    ["P. Tam Thanh", "TT"],
  ])("matches the abbreviation in %j", (text, code) => {
    expect(matchUnit(text, communes)?.code).toBe(code);
  });
});

describe("unitsNamedInFile", () => {
  const named = (file: string) =>
    unitsNamedInFile(file, config).map((unit) => unit.code);

  test.each<[string, string[]]>([
    ["hop-thu/Van Lang 10h30.xlsx", ["VL"]],
    ["hop-thu/VĂN LÃNG_10h30.xlsx", ["VL"]],
    ["hop-thu/VL-10h30.xlsx", ["VL"]],
    ["hop-thu/huyen-van-quan.xlsx", ["VQ"]],
    ["Cao Loc.xlsx", ["CLO"]],
    ["bao cao tinh Lang Son.xlsx", []],
    ["Lang Son 10h30.xlsx", []],
    ["TP Lang Son 10h30.xlsx", ["TPLS"]],
    ["Thanh pho Lang Son.xlsx", ["TPLS"]],
    ["TPLS-10h30.xlsx", ["TPLS"]],
    ["CLOVER.xlsx", []],
    ["Van Lang Van Quan.xlsx", ["VL", "VQ"]],
  ])("finds the units in %j", (file, codes) => {
    expect(named(file)).toEqual(codes);
  });
});
