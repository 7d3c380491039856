import type { Command } from "commander";

import { buildDayStatus } from "../../merge/status.js";
import type { DayStatus } from "../../merge/types.js";
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
    context.exitCode = options.strict === true && isFlagged(status) ? 1 : 0;
  });
}

/** Reports whether any cell is late, missing or inconsistent, or an incident exists. */
function isFlagged(status: DayStatus): boolean {
  if (status.incidents.length > 0) return true;
  return status.rows.some((row) =>
    row.cells.some(
      (cell) =>
        cell.inconsistent ||
        cell.status === "late" ||
        cell.status === "missing",
    ),
  );
}
