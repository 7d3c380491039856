import type { ConfigInput } from "./schema.js";

/**
 * Lạng Sơn province on election day 23 May 2021 (National Assembly term XV,
 * People's Councils 2021-2026), with its 11 district-level units. Contacts
 * are invented placeholders.
 *
 * NOTE: the commune counts are the example's and should be checked against
 * the province's administrative list before real use, because a count that
 * is too low turns a correct form into an error.
 */
export const defaultConfig: ConfigInput = {
  province: "Lạng Sơn",
  electionTitle:
    "Bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân " +
    "các cấp nhiệm kỳ 2021-2026",
  electionDate: "2021-05-23",
  utcOffset: "+07:00",
  slots: [
    "8h30",
    "10h30",
    "12h30",
    "14h30",
    "16h30",
    "18h30",
    "20h30",
    "22h30",
  ],
  graceMinutes: 30,
  finalDeadline: "23:00",
  units: [
    {
      code: "TPLS",
      name: "Thành phố Lạng Sơn",
      aliases: ["TP Lạng Sơn", "Lạng Sơn"],
      contact: { name: "Nguyễn Văn An", phone: "0912 000 101" },
      communes: 8,
    },
    {
      code: "TD",
      name: "Huyện Tràng Định",
      contact: { name: "Hoàng Thị Bích", phone: "0912 000 102" },
      communes: 22,
    },
    {
      code: "VL",
      name: "Huyện Văn Lãng",
      contact: { name: "Lương Văn Cường", phone: "0912 000 103" },
      communes: 17,
    },
    {
      code: "VQ",
      name: "Huyện Văn Quan",
      contact: { name: "Vi Thị Dung", phone: "0912 000 104" },
      communes: 17,
    },
    {
      code: "BG",
      name: "Huyện Bình Gia",
      contact: { name: "Hà Văn Đức", phone: "0912 000 105" },
      communes: 19,
    },
    {
      code: "BS",
      name: "Huyện Bắc Sơn",
      contact: { name: "Dương Thị Hoa", phone: "0912 000 106" },
      communes: 17,
    },
    {
      code: "HL",
      name: "Huyện Hữu Lũng",
      contact: { name: "Trần Văn Khánh", phone: "0912 000 107" },
      communes: 24,
    },
    {
      code: "CL",
      name: "Huyện Chi Lăng",
      contact: { name: "Lăng Thị Lan", phone: "0912 000 108" },
      communes: 21,
    },
    {
      code: "CLO",
      name: "Huyện Cao Lộc",
      contact: { name: "Nông Văn Minh", phone: "0912 000 109" },
      communes: 23,
    },
    {
      code: "LB",
      name: "Huyện Lộc Bình",
      contact: { name: "Chu Thị Ngọc", phone: "0912 000 110" },
      communes: 21,
    },
    {
      code: "DL",
      name: "Huyện Đình Lập",
      contact: { name: "Mã Văn Phúc", phone: "0912 000 111" },
      communes: 12,
    },
  ],
  elections: [
    {
      label: "Đại biểu Quốc hội",
      aliases: ["Quốc hội", "ĐBQH"],
      spansUnits: true,
    },
    {
      label: "Đại biểu HĐND tỉnh",
      aliases: ["HĐND tỉnh", "Hội đồng nhân dân tỉnh"],
      spansUnits: true,
    },
    {
      label: "Đại biểu HĐND huyện",
      aliases: ["HĐND huyện", "Hội đồng nhân dân huyện", "HĐND cấp huyện"],
      spansUnits: false,
    },
    {
      label: "Đại biểu HĐND xã",
      aliases: ["HĐND xã", "Hội đồng nhân dân xã", "HĐND cấp xã"],
      spansUnits: false,
    },
  ],
  labelAliases: {},
};
