import { Command, CommanderError } from "commander";

import { ConfigError } from "../config/load.js";
import { InboxError } from "../inbox/scan.js";
import { UsageError } from "../merge/errors.js";
import { escapeText } from "../output/escape.js";
import { closeWorkbookReaders } from "../workbook/read.js";
import { registerConfig } from "./commands/config.js";
import { registerFinal } from "./commands/final.js";
import { registerMerge } from "./commands/merge.js";
import { registerStatus } from "./commands/status.js";
import { registerTemplate } from "./commands/template.js";
import { registerValidate } from "./commands/validate.js";
import { examples } from "./common.js";
import {
  createContext,
  stderrPaint,
  type CliContext,
  type CliIO,
} from "./context.js";
import { CommandError } from "./errors.js";
import { translateCommanderMessage } from "./messages.js";

/** Exit status for bad usage, a bad configuration or an unreadable inbox. */
const EXIT_USAGE = 2;

/**
 * Runs the command line and returns the exit status. The status is 0 when
 * the command did its job, and 1 when `validate` found an error or
 * `--strict` saw anything flagged. It is 2 for bad usage, a bad
 * configuration, an unreadable inbox or a summary that cannot be written.
 * The function never calls process.exit.
 */
export async function main(
  argv: string[],
  io: CliIO = processIO(),
): Promise<number> {
  const context = createContext(io);
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv);
    return context.exitCode;
  } catch (error) {
    return reportError(error, context, wantsJson(argv));
  } finally {
    await closeWorkbookReaders();
  }
}

function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

const HELP_TITLES: Record<string, string> = {
  "Usage:": "Cách dùng:",
  "Options:": "Tùy chọn:",
  "Arguments:": "Tham số:",
  "Commands:": "Lệnh:",
  "Global Options:": "Tùy chọn chung:",
};

/** Builds the commander program with every command registered. */
export function buildProgram(context: CliContext): Command {
  const program = new Command();
  program
    .name("bctinh")
    .description(
      "Kiểm tra và tổng hợp báo cáo bầu cử của các đơn vị (Phụ lục 01, 02) " +
        "thành bảng tổng hợp của tỉnh.",
    )
    .version("0.1.0", "-V, --version", "in phiên bản")
    .helpOption("-h, --help", "in trợ giúp")
    .helpCommand("help [lệnh]", "in trợ giúp của một lệnh")
    .usage("[tùy-chọn] [lệnh]")
    .configureHelp({
      styleTitle: (title) => HELP_TITLES[title] ?? title,
      subcommandTerm: (command) => command.name(),
      // commander appends "(choices: …)" in English.
      argumentDescription: (argument) => argument.description,
    })
    .configureOutput({
      writeOut: (text) => context.io.stdout.write(text),
      writeErr: (text) => context.io.stderr.write(text),
      outputError: (text, write) => {
        const message = translateCommanderMessage(text);
        context.commanderMessage = message.trim();
        write(escapeLines(message));
      },
    })
    .showHelpAfterError("(xem: bctinh help <lệnh>)")
    .exitOverride()
    .addHelpText(
      "before",
      examples(
        "bctinh merge --slot 10h30 ./hop-thu",
        "bctinh final ./hop-thu",
        "bctinh status ./hop-thu",
        "bctinh validate hop-thu/CLO-10h30.xlsx",
      ),
    )
    .addHelpText(
      "after",
      "\nMã thoát:\n" +
        "  0  lệnh chạy xong, kể cả khi còn đơn vị chưa báo cáo\n" +
        "  1  validate thấy lỗi, hoặc có --strict và có điều cần chú ý\n" +
        "  2  sai cách dùng, cấu hình sai, không đọc được thư mục nhận hoặc\n" +
        "     không ghi được tệp tổng hợp\n",
    );

  registerValidate(program, context);
  registerMerge(program, context);
  registerFinal(program, context);
  registerStatus(program, context);
  registerConfig(program, context);
  registerTemplate(program, context);
  return program;
}

/** Kind of failure in the `error.code` field of a `--json` error document. */
export type ErrorCode = "usage" | "config" | "inbox" | "output" | "internal";

/**
 * Prints a failure on standard error and, with --json, one document
 * `{ "error": { code, message } }` on standard output, then returns 2.
 */
function reportError(
  error: unknown,
  context: CliContext,
  json: boolean,
): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message or the help text.
    if (error.exitCode === 0) return 0;
    if (json) {
      const message = context.commanderMessage ?? error.message;
      writeJsonError(context, "usage", message.replace(/^Lỗi: /, ""));
    }
    return EXIT_USAGE;
  }

  const paint = stderrPaint(context);
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const lines = escapeLines(message);
  const prefix = code === "internal" ? "Lỗi không mong đợi" : "Lỗi";
  context.io.stderr.write(`${paint.red(prefix)}: ${lines}\n`);
  if (code === "internal" && error instanceof Error && error.stack) {
    context.io.stderr.write(`${paint.dim(escapeText(error.stack))}\n`);
  }
  if (json) writeJsonError(context, code, message);
  return EXIT_USAGE;
}

/** Classifies a failure for the `--json` error document. */
export function errorCode(error: unknown): ErrorCode {
  if (error instanceof UsageError) return "usage";
  if (error instanceof ConfigError) return "config";
  if (error instanceof InboxError) return "inbox";
  if (error instanceof CommandError) return "output";
  return "internal";
}

function writeJsonError(
  context: CliContext,
  code: ErrorCode,
  message: string,
): void {
  const document = { error: { code, message } };
  context.io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

/**
 * Reports whether --json appears among the options, before any `--` that
 * ends them, so that errors raised before a command runs still honour it.
 */
function wantsJson(argv: readonly string[]): boolean {
  const args = argv.slice(2);
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).includes("--json");
}

/** Escapes each line of a message, keeping its line breaks. */
function escapeLines(message: string): string {
  return message.split("\n").map(escapeText).join("\n");
}
