import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

import { foldLabel } from "../text/fold.js";
import { defaultConfig } from "./default.js";
import { configSchema, type Config } from "./schema.js";

// Election officers read the validation messages, so zod writes them in
// Vietnamese.
z.config(z.locales.vi());

/** File name looked up beside the inbox and in the working folder. */
export const CONFIG_FILE_NAME = "bctinh.config.json";

/** The configuration in force and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** Path of the file read, or null for the embedded Lạng Sơn 2021 default. */
  source: string | null;
}

/** A configuration file that cannot be read or does not validate. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export interface FindConfigOptions {
  /** Path given with `--config`; wins over every other place. */
  explicitPath?: string;
  /** Inbox folder; its parent folder is searched first. */
  inbox?: string;
  /** Working folder, searched after the inbox's parent. */
  cwd?: string;
}

/**
 * Loads the configuration from `--config`, else from `bctinh.config.json` in
 * the inbox's parent folder, else in the working folder, else the embedded
 * default.
 *
 * @throws ConfigError naming the file, the key and the expected value.
 */
export function loadConfig(options: FindConfigOptions = {}): LoadedConfig {
  const file = findConfigFile(options);
  if (file === null) {
    return {
      config: parseConfig(defaultConfig, "cấu hình mặc định"),
      source: null,
    };
  }

  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `Không đọc được tệp cấu hình ${file}: ${reason}. ` +
        "Hãy sửa tệp thành JSON hợp lệ.",
    );
  }
  return { config: parseConfig(raw, file), source: file };
}

function findConfigFile(options: FindConfigOptions): string | null {
  if (options.explicitPath !== undefined) {
    if (!existsSync(options.explicitPath)) {
      throw new ConfigError(
        `Không tìm thấy tệp cấu hình ${options.explicitPath}. ` +
          "Hãy kiểm tra đường dẫn của --config.",
      );
    }
    return options.explicitPath;
  }

  const candidates: string[] = [];
  if (options.inbox !== undefined) {
    const parent = path.dirname(path.resolve(options.inbox));
    candidates.push(path.join(parent, CONFIG_FILE_NAME));
  }
  candidates.push(path.join(options.cwd ?? process.cwd(), CONFIG_FILE_NAME));

  for (const candidate of candidates) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Validates raw configuration data and applies defaults.
 *
 * @throws ConfigError listing each invalid key with the expected value.
 */
export function parseConfig(raw: unknown, source: string): Config {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(describeIssues(source, result.error.issues));
  }

  const problems = [
    ...findDuplicates(result.data),
    ...findNameClashes(result.data),
  ];
  if (problems.length > 0) {
    throw new ConfigError(
      `Cấu hình ${source} không hợp lệ:\n` +
        problems.map((line) => `  - ${line}`).join("\n"),
    );
  }
  return result.data;
}

function describeIssues(source: string, issues: z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const key = issue.path.length > 0 ? issue.path.join(".") : "(gốc)";
    return `  - ${key}: ${describeIssue(issue)}`;
  });
  return (
    `Cấu hình ${source} không hợp lệ:\n${lines.join("\n")}\n` +
    "Hãy sửa các khóa trên rồi chạy lại (`bctinh config --json` in cấu " +
    "hình mặc định làm mẫu)."
  );
}

// zod reports a missing key as a value of the wrong type, "undefined".
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("undefined")) {
    return `thiếu khóa bắt buộc (cần ${issue.expected})`;
  }
  return issue.message;
}

function findDuplicates(config: Config): string[] {
  const problems: string[] = [];
  const groups: Array<[string, string[]]> = [
    ["units[].code", config.units.map((unit) => unit.code.toUpperCase())],
    ["slots", config.slots],
    ["elections[].label", config.elections.map((election) => election.label)],
  ];
  for (const [key, values] of groups) {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) problems.push(`${key}: "${value}" bị lặp`);
      seen.add(value);
    }
  }
  return problems;
}

// Words naming the kind of unit before its place name, folded.
const KIND_WORDS = [
  "thanh pho",
  "thi xa",
  "thi tran",
  "huyen",
  "quan",
  "phuong",
  "xa",
  "tp",
  "tx",
  "tt",
];

interface UnitName {
  code: string;
  written: string;
  folded: string;
  kind: string | null;
  place: string;
}

/**
 * Lists names and aliases that would make a form's unit ambiguous: the same
 * name for two units, or a name written without its kind ("Tràng Định")
 * that is the place of another unit ("Huyện Tràng Định"). Names that differ
 * only in kind, such as "Xã Tân Văn" and "Thị trấn Tân Văn", are distinct.
 */
function findNameClashes(config: Config): string[] {
  const names: UnitName[] = [];
  for (const unit of config.units) {
    for (const written of [unit.name, ...unit.aliases]) {
      names.push({
        code: unit.code,
        written,
        ...splitKind(foldLabel(written)),
      });
    }
  }

  const problems: string[] = [];
  for (const [index, first] of names.entries()) {
    for (const second of names.slice(index + 1)) {
      if (first.code === second.code) continue;
      const sameName = first.folded === second.folded;
      const samePlace =
        (first.kind === null || second.kind === null) &&
        first.place === second.place;
      if (sameName || samePlace) {
        problems.push(
          `units: "${first.written}" (${first.code}) và "${second.written}" ` +
            `(${second.code}) trùng tên, biểu mẫu sẽ không xác định được ` +
            "đơn vị; hãy sửa tên khác hoặc bí danh.",
        );
      }
    }
  }
  return problems;
}

function splitKind(folded: string): {
  folded: string;
  kind: string | null;
  place: string;
} {
  for (const kind of KIND_WORDS) {
    if (folded.startsWith(`${kind} `)) {
      return { folded, kind, place: folded.slice(kind.length + 1) };
    }
  }
  return { folded, kind: null, place: folded };
}
