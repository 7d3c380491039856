import type { Command } from "commander";

import { configJson } from "../../output/json.js";
import { describeSource, renderConfig } from "../../output/config.js";
import { addCommonOptions, examples } from "../common.js";
import { stdoutPaint, type CliContext } from "../context.js";
import { loadCommandConfig, type CommonOptions } from "../options.js";

/** Registers `config [INBOX]`. */
export function registerConfig(program: Command, context: CliContext): void {
  const command = program
    .command("config")
    .usage("[tùy-chọn] [thư-mục-nhận]")
    .description(
      "in cấu hình đang dùng và nơi lấy cấu hình; với --json, in riêng cấu " +
        "hình để lưu thành bctinh.config.json",
    )
    .argument(
      "[thư-mục-nhận]",
      "tìm bctinh.config.json cạnh thư mục nhận này như các lệnh merge, final",
    )
    .addHelpText(
      "before",
      examples("bctinh config", "bctinh config --json ./hop-thu"),
    );
  addCommonOptions(command);

  command.action((inbox: string | undefined, options: CommonOptions) => {
    const loaded = loadCommandConfig(options, context, inbox);
    if (options.json === true) {
      context.io.stdout.write(
        `${JSON.stringify(configJson(loaded), null, 2)}\n`,
      );
      context.io.stderr.write(`Nguồn: ${describeSource(loaded)}\n`);
    } else {
      context.io.stdout.write(
        renderConfig(loaded, stdoutPaint(context, false)),
      );
    }
    context.exitCode = 0;
  });
}
