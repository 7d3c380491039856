import path from "node:path";

import type { Command } from "commander";

import { mergeFinal } from "../../merge/final.js";
import { finalJson } from "../../output/json.js";
import { renderMergeResult } from "../../output/merge.js";
import { writeFinalSummary } from "../../summary/final-summary.js";
import { addAtOption, addCommonOptions, examples } from "../common.js";
import { progressReporter, type CliContext } from "../context.js";
import {
  loadCommandConfig,
  resolveAt,
  resolveDeadline,
  type TimingOptions,
} from "../options.js";
import {
  assertOutputOutsideInbox,
  DEFAULT_FINAL_OUTPUT,
} from "../output-path.js";
import { printMergeResult, writeSummary } from "./merge.js";

interface FinalCommandOptions extends TimingOptions {
  output?: string;
}

/** Registers `final [--deadline T] INBOX`. */
export function registerFinal(program: Command, context: CliContext): void {
  const command = program
    .command("final")
    .usage("[tùy-chọn] <thư-mục-nhận>")
    .description(
      "tổng hợp kết quả sơ bộ (Phụ lục 02) từ thư mục nhận, đối chiếu với " +
        "báo cáo nhanh cuối cùng của từng đơn vị",
    )
    .argument("<thư-mục-nhận>", "thư mục chứa các tệp báo cáo của đơn vị")
    .option(
      "--deadline <thời-điểm>",
      "hạn nộp: HH:MM trong ngày bầu cử hoặc ISO 8601 (mặc định: " +
        "finalDeadline của cấu hình, 23:00 với cấu hình cài sẵn)",
    )
    .option(
      "-o, --output <tệp>",
      "tệp tổng hợp .xlsx sẽ ghi (mặc định ./tong-hop/ket-qua-so-bo.xlsx)",
    )
    .addHelpText(
      "before",
      examples(
        "bctinh final ./hop-thu",
        "bctinh final --deadline 23:00 --at 23:30 --json ./hop-thu",
      ),
    );
  addAtOption(command);
  addCommonOptions(command);

  command.action(async (inbox: string, options: FinalCommandOptions) => {
    const loaded = loadCommandConfig(options, context, inbox);
    const config = loaded.config;
    const at = resolveAt(options, loaded);
    const deadline = resolveDeadline(options, loaded);
    const output = options.output ?? DEFAULT_FINAL_OUTPUT;
    await assertOutputOutsideInbox(output, inbox);

    const result = await mergeFinal(
      inbox,
      { at, deadline, onProgress: progressReporter(context) },
      config,
    );
    await writeSummary(
      () => writeFinalSummary(result, config, path.resolve(output)),
      output,
    );
    result.output = output;

    printMergeResult(
      result,
      options,
      context,
      (paint) => renderMergeResult(result, config, paint),
      finalJson,
    );
  });
}
