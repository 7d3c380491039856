import path from "node:path";

import { loadConfig, type LoadedConfig } from "../config/load.js";
import { parseMoment } from "../merge/at.js";
import { UsageError } from "../merge/errors.js";
import type { CliContext } from "./context.js";

/** Options shared by every command. */
export interface CommonOptions {
  json?: boolean;
  strict?: boolean;
  config?: string;
}

/** Options of the commands that evaluate timeliness. */
export interface TimingOptions extends CommonOptions {
  at?: string;
  grace?: string;
  deadline?: string;
}

/** Loads the configuration for a command that reads `inbox`. */
export function loadCommandConfig(
  options: CommonOptions,
  context: CliContext,
  inbox?: string,
): LoadedConfig {
  const explicitPath =
    options.config === undefined
      ? undefined
      : path.resolve(context.io.cwd, options.config);
  return loadConfig({
    explicitPath,
    inbox:
      inbox === undefined ? undefined : path.resolve(context.io.cwd, inbox),
    cwd: context.io.cwd,
  });
}

/** Returns the moment of `--at`, or now. */
export function resolveAt(
  options: TimingOptions,
  loaded: LoadedConfig,
): number {
  if (options.at === undefined) return Date.now();
  return parseMoment(options.at, "--at", loaded.config);
}

/** Returns the deadline of `--deadline`, or undefined for the configured one. */
export function resolveDeadline(
  options: TimingOptions,
  loaded: LoadedConfig,
): number | undefined {
  if (options.deadline === undefined) return undefined;
  return parseMoment(options.deadline, "--deadline", loaded.config);
}

/**
 * Returns the grace minutes of `--grace`, or undefined for the configured
 * value.
 *
 * @throws UsageError for anything but a whole number from 0 to 1440.
 */
export function resolveGrace(options: TimingOptions): number | undefined {
  if (options.grace === undefined) return undefined;
  const text = options.grace.trim();
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes > 24 * 60) {
    throw new UsageError(
      `--grace "${options.grace}" không hợp lệ. Hãy ghi số phút nguyên từ 0 ` +
        "đến 1440, ví dụ --grace 30.",
    );
  }
  return minutes;
}
