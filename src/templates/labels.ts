import type { ElectionColumn, FigureKey, TextKey } from "../forms/types.js";

/** Header fields shared by Appendix 01 and Appendix 02. */
export type HeaderKey = "unit" | "slot" | "electionDate" | "sentAt";

/** Any field of a form's label | value table. */
export type FieldKey = HeaderKey | FigureKey | TextKey;

/** Kind of cell a field's value is written as. */
export type FieldKind =
  "text" | "slot" | "date" | "date-time" | "count" | "percent";

/** One row of a form's label | value table. */
export interface FieldSpec {
  key: FieldKey;
  /** Label the form parser looks for; the reader folds case and accents. */
  label: string;
  kind: FieldKind;
}

/** Titles printed above each form; the parser recognises the form by them. */
export const FORM_TITLES = {
  "01": "Phụ lục 01 – Báo cáo nhanh",
  "02": "Phụ lục 02 – Báo cáo tình hình và kết quả sơ bộ",
} as const;

/** Appendix 01 fields, in the order of the printed form. */
export const FORM01_FIELDS: readonly FieldSpec[] = [
  { key: "unit", label: "Đơn vị báo cáo", kind: "text" },
  { key: "slot", label: "Thời điểm báo cáo", kind: "slot" },
  { key: "electionDate", label: "Ngày bầu cử", kind: "date" },
  { key: "sentAt", label: "Thời gian gửi", kind: "date-time" },
  { key: "totalVoters", label: "Tổng số cử tri", kind: "count" },
  { key: "pollingAreas", label: "Tổng số khu vực bỏ phiếu", kind: "count" },
  {
    key: "openedAreas",
    label: "Số khu vực bỏ phiếu đã khai mạc",
    kind: "count",
  },
  { key: "voted", label: "Số cử tri đã đi bầu", kind: "count" },
  {
    key: "turnoutPercent",
    label: "Tỷ lệ cử tri đã đi bầu (%)",
    kind: "percent",
  },
  {
    key: "fullAreas",
    label: "Số khu vực bỏ phiếu có 100% cử tri đã đi bầu",
    kind: "count",
  },
  {
    key: "closedAreas",
    label: "Số khu vực bỏ phiếu đã kết thúc bỏ phiếu",
    kind: "count",
  },
  {
    key: "fullCommunes",
    label: "Số xã, phường, thị trấn có 100% cử tri đã đi bầu",
    kind: "count",
  },
  { key: "security", label: "Tình hình an ninh, trật tự", kind: "text" },
  { key: "incidents", label: "Sự cố, vướng mắc phát sinh", kind: "text" },
  { key: "proposals", label: "Kiến nghị, đề xuất", kind: "text" },
  { key: "reporter", label: "Người báo cáo", kind: "text" },
  { key: "phone", label: "Số điện thoại", kind: "text" },
];

/** Appendix 02 header and general figures, before the results table. */
export const FORM02_GENERAL_FIELDS: readonly FieldSpec[] = [
  { key: "unit", label: "Đơn vị báo cáo", kind: "text" },
  { key: "electionDate", label: "Ngày bầu cử", kind: "date" },
  { key: "sentAt", label: "Thời gian gửi", kind: "date-time" },
  { key: "totalVoters", label: "Tổng số cử tri", kind: "count" },
  { key: "voted", label: "Số cử tri đã tham gia bỏ phiếu", kind: "count" },
  {
    key: "turnoutPercent",
    label: "Tỷ lệ cử tri đã đi bầu (%)",
    kind: "percent",
  },
  { key: "pollingAreas", label: "Tổng số khu vực bỏ phiếu", kind: "count" },
  {
    key: "countedAreas",
    label: "Số khu vực bỏ phiếu đã kiểm phiếu xong",
    kind: "count",
  },
];

/** Appendix 02 text fields, after the results table. */
export const FORM02_TEXT_FIELDS: readonly FieldSpec[] = [
  { key: "counting", label: "Tình hình kiểm phiếu", kind: "text" },
  { key: "incidents", label: "Sự cố, vướng mắc phát sinh", kind: "text" },
  { key: "proposals", label: "Kiến nghị, đề xuất", kind: "text" },
  { key: "reporter", label: "Người báo cáo", kind: "text" },
  { key: "phone", label: "Số điện thoại", kind: "text" },
];

/** Column headers of the Appendix 02 results table, in printed order. */
export const ELECTION_COLUMNS: ReadonlyArray<{
  key: ElectionColumn;
  label: string;
}> = [
  { key: "constituencies", label: "Số đơn vị bầu cử" },
  { key: "seats", label: "Số đại biểu được bầu" },
  { key: "candidates", label: "Số người ứng cử" },
  { key: "ballotsIssued", label: "Số phiếu phát ra" },
  { key: "ballotsReceived", label: "Số phiếu thu vào" },
  { key: "validBallots", label: "Số phiếu hợp lệ" },
  { key: "invalidBallots", label: "Số phiếu không hợp lệ" },
  { key: "elected", label: "Số người trúng cử" },
  { key: "supplementaryUnits", label: "Số đơn vị phải bầu thêm" },
  { key: "revoteUnits", label: "Số đơn vị phải bầu lại" },
];

/** Header of the first column of the results table. */
export const ELECTION_TABLE_HEADER = "Cuộc bầu cử";
