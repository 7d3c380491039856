import { Argument, type Command } from "commander";

import type { FormKind } from "../../forms/types.js";
import { writeFormTemplate } from "../../templates/write.js";
import { UsageError } from "../../merge/errors.js";
import { escapeText } from "../../output/escape.js";
import { addCommonOptions, examples } from "../common.js";
import type { CliContext } from "../context.js";
import { loadCommandConfig, type CommonOptions } from "../options.js";

interface TemplateOptions extends CommonOptions {
  unit?: string;
  slot?: string;
  output: string;
}

/** Registers `template 01|02 --unit CODE [--slot S] -o FILE`. */
export function registerTemplate(program: Command, context: CliContext): void {
  const command = program
    .command("template")
    .usage("01|02 [--unit <mã>] [--slot <mốc>] -o <tệp>")
    .description("tạo biểu mẫu trống cho đơn vị điền (Phụ lục 01 hoặc 02)")
    .addArgument(
      new Argument(
        "<phụ-lục>",
        "01 (báo cáo nhanh) hoặc 02 (kết quả sơ bộ)",
      ).choices(["01", "02"]),
    )
    .option(
      "--unit <mã>",
      "mã hoặc tên đơn vị, ví dụ CLO, điền sẵn vào biểu mẫu",
    )
    .option("--slot <mốc>", "mốc báo cáo của Phụ lục 01, ví dụ 10h30")
    .requiredOption("-o, --output <tệp>", "tệp .xlsx sẽ ghi")
    .addHelpText(
      "before",
      examples(
        "bctinh template 01 --unit CLO --slot 10h30 -o CLO-10h30.xlsx",
        "bctinh template 02 --unit CLO -o CLO-ket-qua.xlsx",
      ),
    );
  addCommonOptions(command);

  command.action(async (kind: FormKind, options: TemplateOptions) => {
    const { config } = loadCommandConfig(options, context);
    try {
      await writeFormTemplate(kind, config, {
        unit: options.unit,
        slot: options.slot,
        output: options.output,
      });
    } catch (error) {
      // Unknown units and slots arrive as plain errors with a Vietnamese message.
      throw new UsageError(
        error instanceof Error ? error.message : String(error),
      );
    }

    if (options.json === true) {
      const document = {
        form: kind,
        unit: options.unit ?? null,
        slot: options.slot ?? null,
        output: options.output,
      };
      context.io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      context.io.stdout.write(
        `Đã ghi biểu mẫu Phụ lục ${kind}: ${escapeText(options.output)}\n`,
      );
    }
    context.exitCode = 0;
  });
}
