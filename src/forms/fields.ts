import type { Config } from "../config/schema.js";
import { buildMatcher, type LabelMatcher } from "./locate.js";
import type { ElectionColumn, FormKind } from "./types.js";

/**
 * Kind of a field's value: free text, a whole non-negative count, a
 * percentage, a date, a date with a time, or a quick-report slot.
 */
export type FieldKind =
  | "text"
  | "count"
  | "percent"
  | "date"
  | "date-time"
  | "slot";

/** One labelled field of a form, found by its label anywhere on the sheet. */
export interface FieldSpec {
  /** Name used in code and JSON, such as `totalVoters`. */
  key: string;
  /** Vietnamese label as printed on the official form. */
  label: string;
  /** Other wordings found in forms sent by units. */
  aliases: readonly string[];
  kind: FieldKind;
  /** A form without a valid value for this field is not usable. */
  required: boolean;
}

const unit: FieldSpec = {
  key: "unit",
  label: "Đơn vị báo cáo",
  aliases: ["Tên đơn vị", "Đơn vị gửi báo cáo"],
  kind: "text",
  required: true,
};

const electionDate: FieldSpec = {
  key: "electionDate",
  label: "Ngày bầu cử",
  aliases: [],
  kind: "date",
  required: true,
};

const sentAt: FieldSpec = {
  key: "sentAt",
  label: "Thời gian gửi",
  aliases: ["Thời gian gửi báo cáo", "Giờ gửi"],
  kind: "date-time",
  required: false,
};

const totalVoters: FieldSpec = {
  key: "totalVoters",
  label: "Tổng số cử tri",
  aliases: ["Tổng số cử tri trong danh sách"],
  kind: "count",
  required: true,
};

const pollingAreas: FieldSpec = {
  key: "pollingAreas",
  label: "Tổng số khu vực bỏ phiếu",
  aliases: ["Tổng số tổ bầu cử"],
  kind: "count",
  required: true,
};

const voted: FieldSpec = {
  key: "voted",
  label: "Số cử tri đã đi bầu",
  aliases: ["Số cử tri đã tham gia bỏ phiếu"],
  kind: "count",
  required: true,
};

// Not required: the merge recomputes turnout from voted and totalVoters, so
// a form without it still gives the province its figures.
const turnoutPercent: FieldSpec = {
  key: "turnoutPercent",
  label: "Tỷ lệ cử tri đã đi bầu (%)",
  aliases: ["Tỷ lệ cử tri đã tham gia bỏ phiếu (%)", "Tỷ lệ cử tri đi bầu"],
  kind: "percent",
  required: false,
};

// Empty free-text fields are normal ("nothing to report"), so none of them
// is required.
const security: FieldSpec = {
  key: "security",
  label: "Tình hình an ninh, trật tự",
  aliases: ["Tình hình an ninh trật tự, an toàn xã hội"],
  kind: "text",
  required: false,
};

const incidents: FieldSpec = {
  key: "incidents",
  label: "Sự cố, vướng mắc phát sinh",
  aliases: ["Sự cố phát sinh", "Những sự cố, vướng mắc phát sinh"],
  kind: "text",
  required: false,
};

const proposals: FieldSpec = {
  key: "proposals",
  label: "Kiến nghị, đề xuất",
  aliases: ["Đề xuất, kiến nghị"],
  kind: "text",
  required: false,
};

/** Appendix 01, the quick report sent for each slot. */
export const FORM01_FIELDS: readonly FieldSpec[] = [
  unit,
  {
    key: "slot",
    label: "Thời điểm báo cáo",
    aliases: ["Mốc báo cáo", "Mốc thời gian báo cáo"],
    kind: "slot",
    required: true,
  },
  electionDate,
  sentAt,
  totalVoters,
  pollingAreas,
  {
    key: "openedAreas",
    label: "Số khu vực bỏ phiếu đã khai mạc",
    aliases: ["Số tổ bầu cử đã khai mạc"],
    kind: "count",
    required: true,
  },
  voted,
  turnoutPercent,
  {
    key: "fullAreas",
    label: "Số khu vực bỏ phiếu có 100% cử tri đã đi bầu",
    aliases: ["Số tổ bầu cử có 100% cử tri đã đi bầu"],
    kind: "count",
    required: true,
  },
  {
    key: "closedAreas",
    label: "Số khu vực bỏ phiếu đã kết thúc bỏ phiếu",
    aliases: ["Số tổ bầu cử đã kết thúc bỏ phiếu"],
    kind: "count",
    required: true,
  },
  {
    key: "fullCommunes",
    label: "Số xã, phường, thị trấn có 100% cử tri đã đi bầu",
    aliases: ["Số xã, phường có 100% cử tri đã đi bầu"],
    kind: "count",
    required: false,
  },
  security,
  incidents,
  proposals,
  {
    key: "reporter",
    label: "Người báo cáo",
    aliases: [],
    kind: "text",
    required: false,
  },
  {
    key: "phone",
    label: "Số điện thoại",
    aliases: ["Điện thoại"],
    kind: "text",
    required: false,
  },
];

/** Appendix 02, the preliminary results, outside its results table. */
export const FORM02_FIELDS: readonly FieldSpec[] = [
  unit,
  electionDate,
  sentAt,
  totalVoters,
  voted,
  turnoutPercent,
  pollingAreas,
  {
    key: "countedAreas",
    label: "Số khu vực bỏ phiếu đã kiểm phiếu xong",
    aliases: ["Số tổ bầu cử đã kiểm phiếu xong"],
    kind: "count",
    required: true,
  },
  {
    key: "counting",
    label: "Tình hình kiểm phiếu",
    aliases: [],
    kind: "text",
    required: false,
  },
  incidents,
  proposals,
];

/** One column of the Appendix 02 results table. */
export interface ColumnSpec {
  key: ElectionColumn;
  label: string;
  aliases: readonly string[];
}

/** Columns of the Appendix 02 table, found by their header labels. */
export const RESULT_COLUMNS: readonly ColumnSpec[] = [
  { key: "constituencies", label: "Số đơn vị bầu cử", aliases: [] },
  {
    key: "seats",
    label: "Số đại biểu được bầu",
    aliases: ["Số đại biểu được bầu theo quy định"],
  },
  { key: "candidates", label: "Số người ứng cử", aliases: ["Số ứng cử viên"] },
  { key: "ballotsIssued", label: "Số phiếu phát ra", aliases: [] },
  { key: "ballotsReceived", label: "Số phiếu thu vào", aliases: [] },
  { key: "validBallots", label: "Số phiếu hợp lệ", aliases: [] },
  { key: "invalidBallots", label: "Số phiếu không hợp lệ", aliases: [] },
  { key: "elected", label: "Số người trúng cử", aliases: [] },
  {
    key: "supplementaryUnits",
    label: "Số đơn vị phải bầu thêm",
    aliases: ["Số đơn vị bầu thêm"],
  },
  {
    key: "revoteUnits",
    label: "Số đơn vị phải bầu lại",
    aliases: ["Số đơn vị bầu lại"],
  },
];

/** Returns the fields of a form. */
export function formFields(kind: FormKind): readonly FieldSpec[] {
  return kind === "01" ? FORM01_FIELDS : FORM02_FIELDS;
}

/** Builds the label matcher of a form's fields, with configured aliases. */
export function fieldMatcher(kind: FormKind, config: Config): LabelMatcher {
  return buildMatcher(
    formFields(kind).map((field) => ({
      key: field.key,
      labels: labelsOf(field, config),
    })),
  );
}

/**
 * Returns every wording of a field or column: its label, its built-in
 * aliases and the configuration's `labelAliases` for its key.
 */
export function labelsOf(
  spec: { key: string; label: string; aliases: readonly string[] },
  config: Config,
): string[] {
  const extra = config.labelAliases[spec.key] ?? [];
  return [spec.label, ...spec.aliases, ...extra];
}
