import type { LoadedConfig } from "../config/load.js";
import { escapeText } from "./escape.js";
import { formatDate } from "./format.js";
import type { Paint } from "./paint.js";
import { renderTable } from "./table.js";

/** Names where the configuration came from: a file, or the embedded one. */
export function describeSource(loaded: LoadedConfig): string {
  return loaded.source === null
    ? "cấu hình mặc định cài sẵn (Lạng Sơn, bầu cử 23/05/2021)"
    : `tệp ${escapeText(loaded.source)}`;
}

/** Renders the configuration in force and where it came from. */
export function renderConfig(loaded: LoadedConfig, paint: Paint): string {
  const { config } = loaded;
  const lines = [
    paint.bold(`Cấu hình đang dùng: ${describeSource(loaded)}`),
    "",
    `Tỉnh: ${escapeText(config.province)}`,
    `Cuộc bầu cử: ${escapeText(config.electionTitle)}`,
    `Ngày bầu cử: ${formatDate(config.electionDate)} (giờ UTC${config.utcOffset})`,
    `Các mốc báo cáo nhanh: ${config.slots.join(", ")}`,
    `Thời gian được phép nộp chậm sau mỗi mốc: ${config.graceMinutes} phút`,
    `Hạn nộp kết quả sơ bộ: ${config.finalDeadline}`,
    "",
    paint.bold(`Đơn vị báo cáo (${config.units.length}):`),
  ];

  const unitRows = config.units.map((unit) => [
    unit.code,
    escapeText(unit.name),
    escapeText(unit.aliases.join(", ")),
    unit.contact === undefined
      ? "—"
      : escapeText(`${unit.contact.name}, ${unit.contact.phone}`),
    unit.communes === undefined ? "—" : String(unit.communes),
  ]);
  lines.push(
    ...renderTable(
      [
        { header: "Mã" },
        { header: "Tên" },
        { header: "Tên khác" },
        { header: "Người liên hệ" },
        { header: "Số xã", align: "right" },
      ],
      unitRows,
    ),
  );

  lines.push("", paint.bold("Các cuộc bầu cử:"));
  for (const election of config.elections) {
    const scope = election.spansUnits
      ? "đơn vị bầu cử gồm nhiều đơn vị hành chính (chỉ cộng số phiếu)"
      : "đơn vị bầu cử nằm trong đơn vị hành chính (cộng mọi cột)";
    lines.push(`  ${escapeText(election.label)}: ${scope}`);
  }
  return `${lines.join("\n")}\n`;
}
