import type { Command } from "commander";

import { buildDayStatus } from "../../merge/status.js";
import { statusJson } from "../../output/json.js";
import { renderDayStatus } from "../../output/status.js";
import { addAtOption, addCommonOptions, examples } from "../common.js";
import { progressReporter, stdoutPaint, type CliContext } from "../context.js";
import {
  loadCommandConfig,
  resolveAt,
  resolveDeadline,
  resolveGrace,
  type TimingOptions,
} from "../options.js";
import { statusStrictReason } from "../strict.js";

/** Registers `status INBOX`. */
export function registerStatus(program: Command, context: CliContext): void {
  const command = program
    .command("status")
    .usage("[tùy-chọn] <thư-mục-nhận>")
    .description(
      "bảng tình hình cả ngày: mỗi đơn vị ở mỗi mốc và kết quả sơ bộ " +
        "(đúng hạn, muộn, thiếu, chưa đến hạn, mâu thuẫn)",
    )
    .argument("<thư-mục-nhận>", "thư mục chứa các tệp báo cáo của đơn vị")
    .option(
      "--grace <phút>",
      "số phút sau mốc vẫn tính là đúng hạn (mặc định: graceMinutes của " +
        "cấu hình)",
    )
    .option(
      "--deadline <thời-điểm>",
      "hạn nộp kết quả sơ bộ, HH:MM hoặc ISO 8601",
    )
    .addHelpText(
      "before",
      examples("bctinh status ./hop-thu", "bctinh status --at 16:00 ./hop-thu"),
    );
  addAtOption(command);
  addCommonOptions(command);

  command.action(async (inbox: string, options: TimingOptions) => {
    const loaded = loadCommandConfig(options, context, inbox);
    const status = await buildDayStatus(
      inbox,
      {
        at: resolveAt(options, loaded),
        graceMinutes: resolveGrace(options),
        deadline: resolveDeadline(options, loaded),
        onProgress: progressReporter(context),
      },
      loaded.config,
    );

    if (options.json === true) {
      context.io.stdout.write(
        `${JSON.stringify(statusJson(status), null, 2)}\n`,
      );
    } else {
      context.io.stdout.write(
        renderDayStatus(status, stdoutPaint(context, false)),
      );
    }
    const reason = options.strict === true ? statusStrictReason(status) : null;
    if (reason !== null) context.io.stderr.write(`${reason}\n`);
    context.exitCode = reason === null ? 0 : 1;
  });
}
