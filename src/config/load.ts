import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

import { defaultConfig } from "./default.js";
import { configSchema, type Config } from "./schema.js";

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
    return { config: parseConfig(defaultConfig, "cấu hình mặc định"), source: null };
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

  const problems = findDuplicates(result.data);
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
    return `  - ${key}: ${issue.message}`;
  });
  return (
    `Cấu hình ${source} không hợp lệ:\n${lines.join("\n")}\n` +
    "Hãy sửa các khóa trên rồi chạy lại (xem `bctinh config` để có mẫu)."
  );
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
