import { describe, expect, test } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import { parseConfig } from "../../src/config/load.js";
import type { ConfigInput } from "../../src/config/schema.js";
import { matchUnit } from "../../src/forms/units.js";

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
    { code: "MS", name: "Xã Mẫu Sơn", aliases: ["Mau Son"] },
    { code: "MS2", name: "Xã Mẫu Sơn Hai", aliases: ["Mau Son"] },
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

  test("finds no unit when an alias is shared", () => {
    expect(matchUnit("Mau Son", communes)).toBeNull();
  });
});
