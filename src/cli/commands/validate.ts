import { stat } from "node:fs/promises";
import path from "node:path";

import type { Command } from "commander";

import { hasError } from "../../findings/finding.js";
import { inspectFileForms } from "../../forms/inspect.js";
import type { ParsedForm } from "../../forms/types.js";
import { UsageError } from "../../merge/errors.js";
import { validateFileJson } from "../../output/json.js";
import { renderValidation } from "../../output/validate.js";
import { addCommonOptions, examples } from "../common.js";
import { stdoutPaint, type CliContext } from "../context.js";
import { loadCommandConfig, type CommonOptions } from "../options.js";

/** Registers `validate FILE…`. */
export function registerValidate(program: Command, context: CliContext): void {
  const command = program
    .command("validate")
    .usage("[tùy-chọn] <tệp...>")
    .description("kiểm tra từng tệp báo cáo (Phụ lục 01 hoặc 02) và in các lỗi")
    .argument("<tệp...>", "một hoặc nhiều tệp .xlsx, .xlsm, .xls, .ods")
    .addHelpText(
      "before",
      examples(
        "bctinh validate hop-thu/CLO-10h30.xlsx",
        "bctinh validate --json hop-thu/*.xlsx",
      ),
    );
  addCommonOptions(command);
  command.addHelpText(
    "after",
    "\nVới --json và nhiều tệp, kết quả là một mảng JSON, mỗi tệp một phần tử." +
      "\nTệp có nhiều trang biểu mẫu được in từng trang; với --json, các trang" +
      '\nnằm trong trường "sheets".\n',
  );

  command.action(async (files: string[], options: CommonOptions) => {
    const firstFolder = path.dirname(files[0] ?? ".");
    const { config } = loadCommandConfig(options, context, firstFolder);

    for (const file of files) await rejectFolder(file);

    const formsByFile: ParsedForm[][] = [];
    for (const file of files) {
      formsByFile.push(await inspectFileForms(file, config));
    }
    const forms = formsByFile.flat();

    if (options.json === true) {
      // One file prints one document as documented; several print an array.
      const documents = formsByFile.map(validateFileJson);
      const output = documents.length === 1 ? documents[0] : documents;
      context.io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      const paint = stdoutPaint(context, false);
      context.io.stdout.write(
        forms.map((form) => renderValidation(form, paint)).join("\n"),
      );
    }

    const findings = forms.flatMap((form) => form.findings);
    const failed =
      hasError(findings) || (options.strict === true && findings.length > 0);
    context.exitCode = failed ? 1 : 0;
  });
}

/**
 * Rejects a folder with a usage error, because `validate` checks single
 * files and `merge` or `status` read a whole inbox.
 */
async function rejectFolder(file: string): Promise<void> {
  const isFolder = await stat(file).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) return;

  throw new UsageError(
    `${file} là thư mục, không phải tệp. Lệnh validate kiểm tra từng tệp, ` +
      `ví dụ: bctinh validate ${path.join(file, "*.xlsx")}; để gộp cả hộp ` +
      "thư, hãy dùng bctinh merge hoặc bctinh status.",
  );
}
