import type { Command } from "commander";

/** Adds --json, --strict and --config, which every command accepts. */
export function addCommonOptions(command: Command): Command {
  return command
    .option("--json", "in một tài liệu JSON ra đầu ra chuẩn, không in gì khác")
    .option(
      "--strict",
      "trả mã thoát 1 khi lần chạy này có lỗi, cảnh báo hay đơn vị " +
        "thiếu/muộn (sự cố của mốc khác không tính)",
    )
    .option(
      "--config <tệp>",
      "tệp cấu hình JSON (mặc định: bctinh.config.json cạnh thư mục nhận, " +
        "trong thư mục làm việc, hoặc cấu hình cài sẵn)",
    );
}

/** Adds --at, meaning the moment statuses are evaluated at. */
export function addAtOption(command: Command): Command {
  return command.option(
    "--at <thời-điểm>",
    "tính tình trạng tại thời điểm này: HH:MM trong ngày bầu cử (giờ Việt " +
      "Nam) hoặc ISO 8601; mặc định: bây giờ",
  );
}

/** Writes examples as help text shown before the usage line. */
export function examples(...lines: string[]): string {
  return `Ví dụ:\n${lines.map((line) => `  ${line}`).join("\n")}\n`;
}
