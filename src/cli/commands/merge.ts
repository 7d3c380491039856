import path from "node:path";

import type { Command } from "commander";

import { mergeSlot } from "../../merge/merge.js";
import { requireSlot } from "../../merge/slot-merge.js";
import type { MergeResult } from "../../merge/types.js";
import { mergeJson } from "../../output/json.js";
import { renderMergeResult } from "../../output/merge.js";
import { writeMergeSummary } from "../../summary/merge-summary.js";
import { addAtOption, addCommonOptions, examples } from "../common.js";
import { progressReporter, stdoutPaint, type CliContext } from "../context.js";
import { CommandError } from "../errors.js";
import { mergeStrictReason } from "../strict.js";
import {
  loadCommandConfig,
  resolveAt,
  resolveGrace,
  type TimingOptions,
} from "../options.js";
import {
  assertOutputOutsideInbox,
  defaultMergeOutput,
} from "../output-path.js";

interface MergeCommandOptions extends TimingOptions {
  slot: string;
  output?: string;
}

/** Registers `merge --slot S INBOX`. */
export function registerMerge(program: Command, context: CliContext): void {
  const command = program
    .command("merge")
    .usage("[tùy-chọn] --slot <mốc> <thư-mục-nhận>")
    .description(
      "tổng hợp báo cáo nhanh (Phụ lục 01) của một mốc từ thư mục nhận",
    )
    .argument("<thư-mục-nhận>", "thư mục chứa các tệp báo cáo của đơn vị")
    .requiredOption("--slot <mốc>", "mốc báo cáo, ví dụ 10h30 hoặc 10:30")
    .option(
      "--grace <phút>",
      "số phút sau mốc vẫn tính là đúng hạn (mặc định: graceMinutes " +
        "của cấu hình, 30 với cấu hình cài sẵn)",
    )
    .option(
      "-o, --output <tệp>",
      "tệp tổng hợp .xlsx sẽ ghi (mặc định ./tong-hop/tong-hop-<mốc>.xlsx)",
    )
    .addHelpText(
      "before",
      examples(
        "bctinh merge --slot 10h30 ./hop-thu",
        "bctinh merge --slot 14h30 --at 15:10 -o tong-hop/14h30.xlsx ./hop-thu",
      ),
    );
  addAtOption(command);
  addCommonOptions(command);

  command.action(async (inbox: string, options: MergeCommandOptions) => {
    const loaded = loadCommandConfig(options, context, inbox);
    const config = loaded.config;
    const slot = requireSlot(options.slot, config);
    const at = resolveAt(options, loaded);
    const graceMinutes = resolveGrace(options);
    const output = options.output ?? defaultMergeOutput(slot);
    await assertOutputOutsideInbox(output, inbox);

    const result = await mergeSlot(
      inbox,
      { slot, at, graceMinutes, onProgress: progressReporter(context) },
      config,
    );
    await writeSummary(
      () => writeMergeSummary(result, config, path.resolve(output)),
      output,
    );
    result.output = output;

    printMergeResult(result, options, context, (paint) =>
      renderMergeResult(result, config, paint),
    );
  });
}

/** Writes a summary workbook, turning a failure into a clear message. */
export async function writeSummary(
  write: () => Promise<void>,
  output: string,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CommandError(
      `Không ghi được tệp tổng hợp ${output}: ${reason}. Hãy kiểm tra quyền ` +
        "ghi, dung lượng đĩa, và đóng tệp nếu đang mở trong Excel.",
    );
  }
}

/**
 * Prints a merge or final result and sets the exit status: 1 with --strict
 * when this run flagged anything, with the reason on standard error, else 0
 * even with missing units.
 */
export function printMergeResult(
  result: MergeResult,
  options: TimingOptions,
  context: CliContext,
  render: (paint: ReturnType<typeof stdoutPaint>) => string,
  json: (result: MergeResult) => unknown = mergeJson,
): void {
  if (options.json === true) {
    context.io.stdout.write(`${JSON.stringify(json(result), null, 2)}\n`);
  } else {
    context.io.stdout.write(render(stdoutPaint(context, false)));
  }

  const reason = options.strict === true ? mergeStrictReason(result) : null;
  if (reason !== null) context.io.stderr.write(`${reason}\n`);
  context.exitCode = reason === null ? 0 : 1;
}
