import type { GridSheet, GridValue } from "../helpers/cells.js";

/** Label and value of one field row of a sample form, by field key. */
type Entries = Array<[key: string, label: string, value: GridValue]>;

/** Cao Lộc's quick report at 10h30, consistent in every check. */
const FORM01: Entries = [
  ["unit", "Đơn vị báo cáo:", "Ủy ban bầu cử huyện Cao Lộc"],
  ["slot", "Thời điểm báo cáo", "10h30"],
  ["electionDate", "Ngày bầu cử", "23/5/2021"],
  ["sentAt", "Thời gian gửi", "10:41 23/5/2021"],
  ["totalVoters", "1. Tổng số cử tri", 52341],
  ["pollingAreas", "2. Tổng số khu vực bỏ phiếu", 150],
  ["openedAreas", "3. Số khu vực bỏ phiếu đã khai mạc", 150],
  ["voted", "4. Số cử tri đã đi bầu", 30000],
  ["turnoutPercent", "5. Tỷ lệ cử tri đã đi bầu (%)", 57.32],
  ["fullAreas", "6. Số khu vực bỏ phiếu có 100% cử tri đã đi bầu", 12],
  ["closedAreas", "7. Số khu vực bỏ phiếu đã kết thúc bỏ phiếu", 0],
  ["fullCommunes", "8. Số xã, phường, thị trấn có 100% cử tri đã đi bầu", 1],
  ["security", "9. Tình hình an ninh, trật tự", "Ổn định"],
  ["incidents", "10. Sự cố, vướng mắc phát sinh", "Không"],
  ["proposals", "11. Kiến nghị, đề xuất", "Không"],
  ["reporter", "Người báo cáo", "Nông Văn Minh"],
  ["phone", "Số điện thoại", "0912 000 109"],
];

/** Cao Lộc's preliminary results, general part. */
const FORM02_GENERAL: Entries = [
  ["unit", "Đơn vị báo cáo:", "Ủy ban bầu cử huyện Cao Lộc"],
  ["electionDate", "Ngày bầu cử", "23/5/2021"],
  ["sentAt", "Thời gian gửi", "21:15 23/5/2021"],
  ["totalVoters", "1. Tổng số cử tri", 52341],
  ["voted", "2. Số cử tri đã tham gia bỏ phiếu", 52300],
  ["turnoutPercent", "3. Tỷ lệ cử tri đã đi bầu (%)", 99.92],
  ["pollingAreas", "4. Tổng số khu vực bỏ phiếu", 150],
  ["countedAreas", "5. Số khu vực bỏ phiếu đã kiểm phiếu xong", 150],
];

const FORM02_TEXTS: Entries = [
  ["counting", "Tình hình kiểm phiếu", "Đã kiểm phiếu xong"],
  ["incidents", "Sự cố, vướng mắc phát sinh", "Không"],
  ["proposals", "Kiến nghị, đề xuất", "Không"],
];

/** Header of the results table, data columns in the official order. */
export const TABLE_HEADER = [
  "Số đơn vị bầu cử",
  "Số đại biểu được bầu",
  "Số người ứng cử",
  "Số phiếu phát ra",
  "Số phiếu thu vào",
  "Số phiếu hợp lệ",
  "Số phiếu không hợp lệ",
  "Số người trúng cử",
  "Số đơn vị phải bầu thêm",
  "Số đơn vị phải bầu lại",
];

/** Election rows: label, then values in TABLE_HEADER order. */
export const TABLE_ROWS: GridValue[][] = [
  ["Đại biểu Quốc hội", 1, 3, 5, 52300, 52300, 52000, 300, null, 0, 0],
  ["Đại biểu HĐND tỉnh", 1, 5, 9, 52300, 52290, 52100, 190, null, 0, 0],
  ["Đại biểu HĐND huyện", 8, 35, 58, 52300, 52295, 52000, 295, 35, 0, 0],
  ["Đại biểu HĐND xã", 23, 500, 820, 52300, 52298, 52200, 98, 500, 0, 0],
];

/** Changes to a sample form: new values by field key, fields to leave out. */
export interface SampleChanges {
  values?: Record<string, GridValue>;
  omit?: string[];
}

function fieldRows(entries: Entries, changes: SampleChanges): GridValue[][] {
  const rows: GridValue[][] = [];
  for (const [key, label, value] of entries) {
    if (changes.omit?.includes(key)) continue;
    const changed = changes.values !== undefined && key in changes.values;
    rows.push([label, null, changed ? changes.values![key] : value]);
  }
  return rows;
}

/** Builds the sample Appendix 01 sheet: labels in A, values in C. */
export function form01Sheet(changes: SampleChanges = {}): GridSheet {
  return {
    name: "PL01",
    rows: [
      ["PHỤ LỤC 01"],
      ["BÁO CÁO NHANH TÌNH HÌNH BẦU CỬ"],
      ...fieldRows(FORM01, changes),
    ],
  };
}

/** Options for the sample Appendix 02 sheet. */
export interface Form02Options extends SampleChanges {
  /** Election rows to use in place of TABLE_ROWS. */
  tableRows?: GridValue[][];
  /** Header labels to use in place of TABLE_HEADER. */
  header?: string[];
  /** Empty rows and columns to put before the table. */
  shift?: { rows: number; cols: number };
}

/** Builds the sample Appendix 02 sheet: fields, then the results table. */
export function form02Sheet(options: Form02Options = {}): GridSheet {
  const shift = options.shift ?? { rows: 0, cols: 0 };
  const pad = (row: GridValue[]): GridValue[] => [
    ...new Array<GridValue>(shift.cols).fill(null),
    ...row,
  ];
  const table = [
    pad(["TT", "Cuộc bầu cử", ...(options.header ?? TABLE_HEADER)]),
    ...(options.tableRows ?? TABLE_ROWS).map((row, i) => pad([i + 1, ...row])),
  ];
  return {
    name: "PL02",
    rows: [
      ["PHỤ LỤC 02"],
      ["BÁO CÁO TÌNH HÌNH VÀ KẾT QUẢ SƠ BỘ"],
      ...fieldRows(FORM02_GENERAL, options),
      ...new Array<GridValue[]>(shift.rows).fill([]),
      ...table,
      [],
      ...fieldRows(FORM02_TEXTS, options),
    ],
  };
}
