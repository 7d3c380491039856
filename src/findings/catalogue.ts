import type { Finding, FindingPlace, Severity } from "./finding.js";

/** Values substituted into a message template. */
export type FindingParams = Record<string, string | number | null | undefined>;

/** A kind of finding: its severity, a one-line meaning and its message. */
export interface FindingKind {
  severity: Severity;
  /** Meaning of the finding, in English, for the documentation. */
  description: string;
  /** Vietnamese message: what is wrong and what to do. */
  message: (params: FindingParams) => string;
}

const text = (value: FindingParams[string]): string =>
  value === undefined || value === null ? "" : String(value);

/**
 * Words of `duplicate-report` saying why the used file was chosen, from the
 * `basis` of the choice and the time both files share when they tie.
 */
function duplicateChoice(p: FindingParams): string {
  const time = p.receivedAt ? ` ${text(p.receivedAt)}` : "";
  const sameTime =
    p.receivedFrom === "file-time"
      ? `hai tệp không ghi thời gian gửi và cùng thời gian lưu tệp${time}`
      : `hai tệp cùng thời gian gửi${time}`;
  if (p.basis === "file-time") {
    return ` (${sameTime}; chọn tệp có thời gian lưu tệp muộn hơn)`;
  }
  if (p.basis === "file-name") {
    const fileTimes =
      p.receivedFrom === "file-time" ? "" : " và cùng thời gian lưu tệp";
    return ` (${sameTime}${fileTimes}; chọn tệp xếp sau theo tên tệp)`;
  }
  const source = p.receivedFrom === "file-time" ? "lưu tệp" : "gửi";
  return ` vì nhận sau cùng (thời gian ${source}${time})`;
}

/**
 * Every finding code. Codes are the contract with tests, JSON consumers and
 * the documentation: add codes freely, never rename or remove one.
 */
export const catalogue = {
  // Reading the file.
  "file-empty": {
    severity: "error",
    description: "The file has zero bytes.",
    message: () => "Tệp rỗng (0 byte). Hãy đề nghị đơn vị gửi lại tệp báo cáo.",
  },
  "file-truncated": {
    severity: "error",
    description:
      "The workbook is cut short, often because it is still being copied.",
    message: (p) =>
      `Tệp bị cắt cụt hoặc chưa chép xong (${text(p.detail)}). ` +
      "Hãy chờ tệp chép xong hoặc đề nghị đơn vị gửi lại.",
  },
  "file-encrypted": {
    severity: "error",
    description: "The workbook is protected with a password.",
    message: () =>
      "Tệp được đặt mật khẩu nên không đọc được. Hãy đề nghị đơn vị bỏ " +
      "mật khẩu và gửi lại.",
  },
  "file-unreadable": {
    severity: "error",
    description:
      "The file could not be read for a reason not covered by another code.",
    message: (p) =>
      `Không đọc được tệp: ${text(p.detail)}. Hãy mở thử bằng Excel; nếu ` +
      "lỗi, đề nghị đơn vị gửi lại.",
  },
  "not-a-workbook": {
    severity: "error",
    description:
      "The content is not a spreadsheet (a PDF, an image, random bytes, a zip without a workbook).",
    message: (p) =>
      `Tệp không phải bảng tính Excel (nội dung: ${text(p.detail)}). ` +
      "Hãy đề nghị đơn vị gửi biểu mẫu dạng .xlsx.",
  },
  "unsupported-format": {
    severity: "error",
    description:
      "An .xls or .ods workbook and LibreOffice is not installed to convert it.",
    message: (p) =>
      `Định dạng ${text(p.format)} chưa đọc được trên máy này (chưa cài ` +
      "LibreOffice). Hãy mở tệp và lưu lại dạng .xlsx, hoặc cài LibreOffice.",
  },
  "conversion-failed": {
    severity: "error",
    description:
      "LibreOffice failed or timed out converting an .xls or .ods workbook.",
    message: (p) =>
      `Chuyển đổi tệp ${text(p.format)} sang .xlsx thất bại: ` +
      `${text(p.detail)}. Hãy mở tệp và lưu lại dạng .xlsx.`,
  },
  "extension-mismatch": {
    severity: "warning",
    description:
      "The file's extension does not match its content; the content decides.",
    message: (p) =>
      `Đuôi tệp ${text(p.extension)} không khớp nội dung (${text(p.detected)}); ` +
      "đã đọc theo nội dung. Hãy đề nghị đơn vị đặt đúng đuôi tệp.",
  },
  "workbook-too-large": {
    severity: "error",
    description:
      "The workbook would inflate past the size, ratio or entry limits.",
    message: (p) =>
      `Tệp vượt giới hạn an toàn khi giải nén (${text(p.detail)}). ` +
      "Hãy đề nghị đơn vị chép biểu mẫu sang tệp mới và gửi lại.",
  },
  "xml-entities": {
    severity: "error",
    description:
      "A part of the workbook declares a DOCTYPE or entities, which forms never need.",
    message: (p) =>
      `Phần ${text(p.part)} của tệp có khai báo DOCTYPE/ENTITY, không an toàn ` +
      "để đọc. Hãy đề nghị đơn vị chép biểu mẫu sang tệp mới và gửi lại.",
  },
  "read-timeout": {
    severity: "error",
    description: "Reading the workbook took longer than the time limit.",
    message: (p) =>
      `Đọc tệp quá ${text(p.seconds)} giây nên đã dừng. ` +
      "Máy có thể đang bận: hãy chạy lại lệnh. Nếu vẫn lỗi, hãy đề nghị " +
      "đơn vị chép biểu mẫu sang tệp mới và gửi lại.",
  },
  "read-memory-limit": {
    severity: "error",
    description: "Reading the workbook needed more memory than the limit.",
    message: (p) =>
      `Đọc tệp cần quá ${text(p.megabytes)} MB bộ nhớ nên đã dừng. Hãy đề ` +
      "nghị đơn vị chép biểu mẫu sang tệp mới và gửi lại.",
  },
  "sheet-truncated": {
    severity: "warning",
    description: "Rows or columns past the reading limit were ignored.",
    message: (p) =>
      `Trang ${text(p.sheet)} có quá nhiều dòng/cột; chỉ đọc ${text(p.limit)} ` +
      "dòng đầu. Hãy kiểm tra biểu mẫu không nằm ở phần bị bỏ qua.",
  },
  "legacy-encoding": {
    severity: "warning",
    description:
      "Text was typed in a TCVN3 (ABC) or VNI font and was converted to Unicode.",
    message: (p) =>
      `Biểu mẫu gõ bằng bảng mã ${text(p.encoding)} (font cũ); đã chuyển sang ` +
      "Unicode. Hãy đề nghị đơn vị dùng bảng mã Unicode.",
  },
  "file-not-found": {
    severity: "error",
    description: "The file given on the command line does not exist.",
    message: (p) =>
      `Không tìm thấy tệp ${text(p.file)}; hãy kiểm tra đường dẫn.`,
  },
  "hidden-sheet-ignored": {
    severity: "warning",
    description:
      "A hidden sheet looks like a form; hidden sheets are never read.",
    message: (p) =>
      `Trang ẩn "${text(p.sheet)}" trông giống biểu mẫu nhưng không được ` +
      "đọc vì đang ẩn. Nếu số liệu đúng nằm ở trang đó, hãy đề nghị đơn vị " +
      "xóa các trang thừa và gửi lại.",
  },
  "multiple-form-sheets": {
    severity: "error",
    description:
      "Several visible sheets of one file carry a form for the same unit and slot; none is used.",
    message: (p) =>
      `Tệp có nhiều trang biểu mẫu cho cùng đơn vị và mốc (${text(p.sheets)}) ` +
      "nên không biết trang nào đúng; không dùng trang nào. Hãy đề nghị " +
      "đơn vị xóa trang nháp và gửi lại.",
  },
  "unknown-form": {
    severity: "error",
    description:
      "No sheet of the workbook looks like Appendix 01 or Appendix 02.",
    message: () =>
      "Không nhận ra biểu mẫu (không thấy Phụ lục 01 hoặc 02). Hãy kiểm tra " +
      "tệp có đúng mẫu báo cáo không.",
  },

  // Reading fields.
  "field-missing": {
    severity: "error",
    description: "A required field's label or value was not found.",
    message: (p) =>
      `Thiếu "${text(p.label)}"${p.detail ? ` (${text(p.detail)})` : ""}. ` +
      "Hãy đề nghị đơn vị điền đủ và gửi lại.",
  },
  "field-not-number": {
    severity: "error",
    description: "A number field contains something that is not a number.",
    message: (p) =>
      `"${text(p.label)}" không phải là số: "${text(p.value)}". Hãy đề nghị ` +
      "đơn vị sửa thành số.",
  },
  "field-negative": {
    severity: "error",
    description: "A count or percentage is below zero.",
    message: (p) =>
      `"${text(p.label)}" là số âm: ${text(p.value)}. Hãy đề nghị đơn vị sửa lại.`,
  },
  "field-not-whole": {
    severity: "error",
    description: "A count is not a whole number.",
    message: (p) =>
      `"${text(p.label)}" phải là số nguyên, nhưng là ${text(p.value)}. ` +
      "Hãy đề nghị đơn vị sửa lại.",
  },
  "field-invalid": {
    severity: "error",
    description: "A date, time or other typed field cannot be understood.",
    message: (p) =>
      `"${text(p.label)}" không hợp lệ: "${text(p.value)}"` +
      `${p.expected ? ` (cần ${text(p.expected)})` : ""}. Hãy đề nghị đơn vị sửa lại.`,
  },
  "sent-at-in-future": {
    severity: "warning",
    description:
      "The send time is later than the moment of the run, so the file time is used instead.",
    message: (p) =>
      `"Thời gian gửi" ghi ${text(p.value)}, sau thời điểm hiện tại; đã dùng ` +
      "thời điểm lưu tệp làm thời gian nhận. Hãy đề nghị đơn vị sửa lại.",
  },
  "formula-not-evaluated": {
    severity: "error",
    description:
      "A formula has no stored result and is not simple arithmetic that can be computed.",
    message: (p) =>
      `"${text(p.label)}" là công thức chưa có kết quả (=${text(p.formula)}). ` +
      "Hãy đề nghị đơn vị mở tệp bằng Excel, lưu lại và gửi lại.",
  },
  "cell-error-value": {
    severity: "error",
    description:
      "A cell contains a spreadsheet error such as #REF! or #DIV/0!.",
    message: (p) =>
      `"${text(p.label)}" có lỗi công thức ${text(p.value)}. Hãy đề nghị đơn ` +
      "vị sửa công thức hoặc nhập số.",
  },
  "unit-unknown": {
    severity: "error",
    description: "The reporting unit does not match any configured unit.",
    message: (p) =>
      `Không nhận ra đơn vị báo cáo "${text(p.value)}". Hãy sửa tên đơn vị ` +
      "trong biểu mẫu hoặc thêm bí danh trong cấu hình.",
  },
  "slot-unknown": {
    severity: "error",
    description: "The report time is not one of the configured slots.",
    message: (p) =>
      `Thời điểm báo cáo "${text(p.value)}" không thuộc các mốc ` +
      `${text(p.slots)}. Hãy đề nghị đơn vị ghi đúng mốc.`,
  },
  "election-date-mismatch": {
    severity: "error",
    description:
      "The election date on the form is not the configured one; the form is not used.",
    message: (p) =>
      `Ngày bầu cử trên biểu mẫu là ${text(p.value)}, không phải ` +
      `${text(p.expected)}, nên biểu mẫu không được cộng. Hãy kiểm tra ` +
      "đơn vị gửi đúng tệp của cuộc bầu cử này.",
  },

  // Appendix 01 consistency.
  "voted-exceeds-voters": {
    severity: "error",
    description: "More voters voted than are on the lists.",
    message: (p) =>
      `Số cử tri đã đi bầu (${text(p.voted)}) lớn hơn tổng số cử tri ` +
      `(${text(p.totalVoters)}). Hãy gọi đơn vị kiểm tra lại.`,
  },
  "opened-exceeds-polling-areas": {
    severity: "error",
    description: "More polling areas opened than exist.",
    message: (p) =>
      `Số khu vực đã khai mạc (${text(p.value)}) lớn hơn tổng số khu vực ` +
      `bỏ phiếu (${text(p.pollingAreas)}). Hãy gọi đơn vị kiểm tra lại.`,
  },
  "full-exceeds-polling-areas": {
    severity: "error",
    description: "More polling areas reached 100% than exist.",
    message: (p) =>
      `Số khu vực có 100% cử tri đi bầu (${text(p.value)}) lớn hơn tổng số ` +
      `khu vực bỏ phiếu (${text(p.pollingAreas)}). Hãy gọi đơn vị kiểm tra lại.`,
  },
  "closed-exceeds-polling-areas": {
    severity: "error",
    description: "More polling areas closed than exist.",
    message: (p) =>
      `Số khu vực đã kết thúc bỏ phiếu (${text(p.value)}) lớn hơn tổng số ` +
      `khu vực bỏ phiếu (${text(p.pollingAreas)}). Hãy gọi đơn vị kiểm tra lại.`,
  },
  "counted-exceeds-polling-areas": {
    severity: "error",
    description: "More polling areas finished counting than exist.",
    message: (p) =>
      `Số khu vực đã kiểm phiếu xong (${text(p.value)}) lớn hơn tổng số khu ` +
      `vực bỏ phiếu (${text(p.pollingAreas)}). Hãy gọi đơn vị kiểm tra lại.`,
  },
  "full-communes-exceed-communes": {
    severity: "error",
    description: "More communes reached 100% than the unit has.",
    message: (p) =>
      `Số xã, phường, thị trấn có 100% cử tri đi bầu (${text(p.value)}) lớn ` +
      `hơn số xã của đơn vị (${text(p.communes)}). Hãy gọi đơn vị kiểm tra lại.`,
  },
  "turnout-mismatch": {
    severity: "error",
    description:
      "The turnout percentage differs from voted / totalVoters by more than 0.01 point.",
    message: (p) =>
      `Tỷ lệ cử tri đi bầu ghi ${text(p.value)}%, nhưng tính ra ` +
      `${text(p.expected)}% (${text(p.voted)}/${text(p.totalVoters)}). ` +
      "Tỷ lệ của tỉnh luôn tính lại từ số cử tri; hãy đề nghị đơn vị sửa " +
      "tỷ lệ ghi trên biểu mẫu.",
  },
  "incident-reported": {
    severity: "warning",
    description: "The form reports an incident that affects the election.",
    message: (p) =>
      `Đơn vị báo cáo sự cố: ${text(p.value).replace(/[.\s]+$/, "")}. ` +
      "Hãy xem ngay và báo cáo " +
      "lãnh đạo.",
  },

  // Appendix 02 consistency, per election.
  "received-exceeds-issued": {
    severity: "error",
    description: "More ballots were received than issued.",
    message: (p) =>
      `${text(p.election)}: số phiếu thu vào (${text(p.ballotsReceived)}) lớn ` +
      `hơn số phiếu phát ra (${text(p.ballotsIssued)}). Hãy gọi đơn vị kiểm tra.`,
  },
  "ballots-sum-mismatch": {
    severity: "error",
    description: "Valid plus invalid ballots differ from ballots received.",
    message: (p) =>
      `${text(p.election)}: phiếu hợp lệ (${text(p.validBallots)}) + không ` +
      `hợp lệ (${text(p.invalidBallots)}) = ${text(p.sum)}, khác số phiếu ` +
      `thu vào (${text(p.ballotsReceived)}). Hãy gọi đơn vị kiểm tra.`,
  },
  "elected-exceeds-seats": {
    severity: "error",
    description: "More people were elected than there are seats.",
    message: (p) =>
      `${text(p.election)}: số người trúng cử (${text(p.elected)}) lớn hơn số ` +
      `đại biểu được bầu (${text(p.seats)}). Hãy gọi đơn vị kiểm tra.`,
  },
  "received-exceeds-voted": {
    severity: "error",
    description: "More ballots were received than voters voted.",
    message: (p) =>
      `${text(p.election)}: số phiếu thu vào (${text(p.ballotsReceived)}) lớn ` +
      `hơn số cử tri đã bỏ phiếu (${text(p.voted)}). Hãy gọi đơn vị kiểm tra.`,
  },
  "candidates-not-above-seats": {
    severity: "warning",
    description:
      "Candidates do not outnumber seats in an election inside the unit.",
    message: (p) =>
      `${text(p.election)}: số người ứng cử (${text(p.candidates)}) không lớn ` +
      `hơn số đại biểu được bầu (${text(p.seats)}). Hãy xác minh với đơn vị.`,
  },
  "seats-unfilled": {
    severity: "warning",
    description:
      "Fewer people were elected than seats and no supplementary election is reported.",
    message: (p) =>
      `${text(p.election)}: trúng cử ${text(p.elected)}/${text(p.seats)} đại ` +
      "biểu nhưng không có đơn vị phải bầu thêm. Hãy xác minh với đơn vị.",
  },
  "election-unknown": {
    severity: "warning",
    description:
      "A row of the results table names an election that is not configured; it is ignored.",
    message: (p) =>
      `Dòng "${text(p.value)}" không thuộc cuộc bầu cử nào trong cấu hình ` +
      "nên không được cộng. Hãy kiểm tra tên dòng.",
  },
  "election-row-duplicate": {
    severity: "error",
    description:
      "The results table has two rows for the same election, so neither can be trusted.",
    message: (p) =>
      `Bảng kết quả có hai dòng cho "${text(p.election)}" (ô ${text(p.first)} ` +
      `và ô ${text(p.second)}) nên không biết dòng nào đúng; không dùng ` +
      "biểu này. Hãy đề nghị đơn vị xóa dòng sai và gửi lại.",
  },
  "results-table-missing": {
    severity: "error",
    description: "The Appendix 02 results table was not found.",
    message: () =>
      "Không tìm thấy bảng kết quả theo từng cuộc bầu cử. Hãy đề nghị đơn " +
      "vị dùng đúng Phụ lục 02.",
  },

  // Across slots of one unit.
  "voted-decreased": {
    severity: "error",
    description: "The voted count went down since an earlier slot.",
    message: (p) =>
      `Số cử tri đã đi bầu giảm từ ${text(p.before)} (${text(p.earlierSlot)}) ` +
      `xuống ${text(p.value)}. Hãy gọi đơn vị kiểm tra.`,
  },
  "full-areas-decreased": {
    severity: "error",
    description:
      "The count of polling areas at 100% went down since an earlier slot.",
    message: (p) =>
      `Số khu vực có 100% cử tri đi bầu giảm từ ${text(p.before)} ` +
      `(${text(p.earlierSlot)}) xuống ${text(p.value)}. Hãy gọi đơn vị kiểm tra.`,
  },
  "closed-areas-decreased": {
    severity: "error",
    description:
      "The count of closed polling areas went down since an earlier slot.",
    message: (p) =>
      `Số khu vực đã kết thúc bỏ phiếu giảm từ ${text(p.before)} ` +
      `(${text(p.earlierSlot)}) xuống ${text(p.value)}. Hãy gọi đơn vị kiểm tra.`,
  },
  "total-voters-changed": {
    severity: "warning",
    description: "The voter total differs from an earlier slot's.",
    message: (p) =>
      `Tổng số cử tri thay đổi từ ${text(p.before)} (${text(p.earlierSlot)}) ` +
      `thành ${text(p.value)}. Hãy xác minh danh sách cử tri đã được sửa.`,
  },
  "polling-areas-changed": {
    severity: "warning",
    description: "The polling-area total differs from an earlier slot's.",
    message: (p) =>
      `Tổng số khu vực bỏ phiếu thay đổi từ ${text(p.before)} ` +
      `(${text(p.earlierSlot)}) thành ${text(p.value)}. Hãy xác minh với đơn vị.`,
  },

  // Across files.
  "duplicate-report": {
    severity: "warning",
    description:
      "A unit sent several forms for the same slot; the latest received is used, ties broken by file time, then file name.",
    message: (p) =>
      `Đơn vị gửi ${text(p.count)} báo cáo cho cùng mốc; đã dùng ` +
      `${text(p.used)}${duplicateChoice(p)}, bỏ qua ${text(p.ignored)}.`,
  },
  "duplicate-figures-differ": {
    severity: "warning",
    description:
      "Several forms for the same unit and slot carry different figures.",
    message: (p) =>
      `Các báo cáo trùng mốc có số liệu khác nhau (${text(p.detail)}). Đã ` +
      `dùng ${p.used ? text(p.used) : "tệp nhận sau cùng"}; hãy xác minh ` +
      "với đơn vị.",
  },
  "slot-mismatch": {
    severity: "warning",
    description:
      "A form's file name suggests the requested slot but its content names another; it is not used.",
    message: (p) =>
      `Tên tệp gợi ý mốc ${text(p.requested)} nhưng nội dung ghi mốc ` +
      `${text(p.value)}; không dùng cho mốc ${text(p.requested)}. Hãy xác minh ` +
      "với đơn vị.",
  },
  "unit-mismatch": {
    severity: "warning",
    description:
      "A form's file name names one configured unit but its content names another.",
    message: (p) =>
      `Tên tệp gợi ý đơn vị ${text(p.named)} nhưng nội dung là biểu mẫu ` +
      `của ${text(p.value)}. Hãy xác minh với đơn vị đã gửi đúng tệp.`,
  },
  "final-voted-below-quick": {
    severity: "error",
    description:
      "The preliminary voted count is below the unit's last quick report.",
    message: (p) =>
      `Số cử tri đã bỏ phiếu (${text(p.value)}) thấp hơn báo cáo nhanh mốc ` +
      `${text(p.earlierSlot)} (${text(p.before)}). Hãy gọi đơn vị kiểm tra.`,
  },
  "final-voters-differ-quick": {
    severity: "warning",
    description:
      "The preliminary voter total differs from the unit's last quick report.",
    message: (p) =>
      `Tổng số cử tri (${text(p.value)}) khác báo cáo nhanh mốc ` +
      `${text(p.earlierSlot)} (${text(p.before)}). Hãy xác minh với đơn vị.`,
  },

  // Timeliness.
  "report-late": {
    severity: "warning",
    description: "The report was received after its due time.",
    message: (p) =>
      `Báo cáo nhận lúc ${text(p.receivedAt)}, quá hạn ${text(p.dueAt)}.` +
      `${p.contact ? ` Liên hệ: ${text(p.contact)}.` : ""}`,
  },
  "report-missing": {
    severity: "warning",
    description: "No usable report from the unit by its due time.",
    message: (p) =>
      `Chưa có báo cáo dùng được, hạn ${text(p.dueAt)}.` +
      `${p.contact ? ` Liên hệ: ${text(p.contact)}.` : ""}`,
  },
} satisfies Record<string, FindingKind>;

/** A stable finding code. */
export type FindingCode = keyof typeof catalogue;

/** Builds a finding of the given kind with its Vietnamese message. */
export function makeFinding(
  code: FindingCode,
  place: FindingPlace,
  params: FindingParams = {},
): Finding {
  const kind: FindingKind = catalogue[code];
  return {
    code,
    severity: kind.severity,
    unit: place.unit ?? null,
    slot: place.slot ?? null,
    file: place.file ?? null,
    sheet: place.sheet ?? null,
    cell: place.cell ?? null,
    message: kind.message(params),
  };
}
