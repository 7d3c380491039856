import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { defaultConfig } from "../../src/config/default.js";
import {
  CONFIG_FILE_NAME,
  ConfigError,
  loadConfig,
  parseConfig,
} from "../../src/config/load.js";

function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "bctinh-config-"));
}

describe("loadConfig", () => {
  it("uses the embedded default when no file exists", () => {
    const folder = tempFolder();
    const loaded = loadConfig({
      cwd: folder,
      inbox: path.join(folder, "inbox"),
    });

    expect(loaded.source).toBeNull();
    expect(loaded.config.units).toHaveLength(11);
    expect(loaded.config.electionDate).toBe("2021-05-23");
    expect(loaded.config.graceMinutes).toBe(30);
  });

  it("prefers the file beside the inbox over the working folder", () => {
    const root = tempFolder();
    const office = path.join(root, "office");
    const cwd = path.join(root, "cwd");
    mkdirSync(path.join(office, "inbox"), { recursive: true });
    mkdirSync(cwd);
    const beside = { ...defaultConfig, province: "Beside" };
    const working = { ...defaultConfig, province: "Working" };
    writeFileSync(path.join(office, CONFIG_FILE_NAME), JSON.stringify(beside));
    writeFileSync(path.join(cwd, CONFIG_FILE_NAME), JSON.stringify(working));

    const loaded = loadConfig({ cwd, inbox: path.join(office, "inbox") });

    expect(loaded.config.province).toBe("Beside");
    expect(loaded.source).toBe(path.join(office, CONFIG_FILE_NAME));
  });

  it("falls back to the working folder", () => {
    const cwd = tempFolder();
    const working = { ...defaultConfig, province: "Working" };
    writeFileSync(path.join(cwd, CONFIG_FILE_NAME), JSON.stringify(working));

    const loaded = loadConfig({ cwd, inbox: path.join(tempFolder(), "inbox") });

    expect(loaded.config.province).toBe("Working");
  });

  it("reads an explicit path first", () => {
    const folder = tempFolder();
    const file = path.join(folder, "other.json");
    writeFileSync(file, JSON.stringify({ ...defaultConfig, province: "X" }));

    expect(
      loadConfig({ explicitPath: file, cwd: folder }).config.province,
    ).toBe("X");
  });

  it("rejects a missing explicit path", () => {
    expect(() => loadConfig({ explicitPath: "/nonexistent/c.json" })).toThrow(
      ConfigError,
    );
  });

  it("rejects a file that is not JSON", () => {
    const folder = tempFolder();
    const file = path.join(folder, CONFIG_FILE_NAME);
    writeFileSync(file, "{ not json");

    expect(() => loadConfig({ explicitPath: file })).toThrow(/JSON/);
  });
});

describe("parseConfig", () => {
  const cases: Array<[string, unknown, RegExp]> = [
    [
      "bad date",
      { ...defaultConfig, electionDate: "23/5/2021" },
      /electionDate/,
    ],
    ["bad slot", { ...defaultConfig, slots: ["10:30"] }, /slots\.0/],
    ["bad offset", { ...defaultConfig, utcOffset: "UTC+7" }, /utcOffset/],
    [
      "bad deadline",
      { ...defaultConfig, finalDeadline: "25:00" },
      /finalDeadline/,
    ],
    ["no units", { ...defaultConfig, units: [] }, /units/],
    [
      "unit without name",
      { ...defaultConfig, units: [{ code: "A" }] },
      /units\.0\.name/,
    ],
    ["negative grace", { ...defaultConfig, graceMinutes: -5 }, /graceMinutes/],
    [
      "duplicate unit code",
      {
        ...defaultConfig,
        units: [
          { code: "A", name: "Xã A" },
          { code: "a", name: "Xã B" },
        ],
      },
      /units\[\]\.code: "A" bị lặp/,
    ],
  ];

  for (const [name, raw, expected] of cases) {
    it(`rejects ${name} naming the key`, () => {
      expect(() => parseConfig(raw, "test.json")).toThrow(expected);
    });
  }

  it("rejects a misspelled key", () => {
    const raw = { ...defaultConfig, gracMinutes: 10 };
    expect(() => parseConfig(raw, "test.json")).toThrow(/gracMinutes/);
  });

  it("names a missing key in Vietnamese", () => {
    const { slots: _slots, ...raw } = defaultConfig;
    expect(() => parseConfig(raw, "test.json")).toThrow(
      /slots: thiếu khóa bắt buộc/,
    );
  });

  it("rejects an alias that is another unit's place", () => {
    const raw = {
      ...defaultConfig,
      units: [
        { code: "TD", name: "Huyện Tràng Định" },
        { code: "VL", name: "Huyện Văn Lãng", aliases: ["Tràng Định"] },
      ],
    };
    expect(() => parseConfig(raw, "test.json")).toThrow(/TD.*VL.*trùng tên/s);
  });

  it("accepts names that differ only in kind", () => {
    const raw = {
      ...defaultConfig,
      units: [
        { code: "XTV", name: "Xã Tân Văn" },
        { code: "TTTV", name: "Thị trấn Tân Văn" },
      ],
    };
    expect(parseConfig(raw, "test.json").units).toHaveLength(2);
  });

  it("accepts the embedded default", () => {
    expect(parseConfig(defaultConfig, "default").units).toHaveLength(11);
  });

  it("applies defaults to aliases and label aliases", () => {
    const config = parseConfig(
      {
        ...defaultConfig,
        units: [{ code: "A", name: "Xã A" }],
        labelAliases: undefined,
      },
      "test.json",
    );

    expect(config.units[0]?.aliases).toEqual([]);
    expect(config.labelAliases).toEqual({});
  });
});
