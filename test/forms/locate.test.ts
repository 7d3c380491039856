import { describe, expect, test } from "vitest";

import {
  buildMatcher,
  indexSheet,
  locateFields,
  matchLabel,
} from "../../src/forms/locate.js";
import { makeSheet, type GridValue } from "../helpers/cells.js";

const matcher = buildMatcher([
  { key: "security", labels: ["Tình hình an ninh, trật tự"] },
  { key: "totalVoters", labels: ["Tổng số cử tri"] },
  { key: "voted", labels: ["Số cử tri đã đi bầu"] },
  { key: "turnoutPercent", labels: ["Tỷ lệ cử tri đã đi bầu (%)"] },
  { key: "pollingAreas", labels: ["Tổng số khu vực bỏ phiếu"] },
  { key: "unit", labels: ["Đơn vị báo cáo"] },
]);

function locate(rows: GridValue[][], merges?: string[]) {
  return locateFields(indexSheet(makeSheet({ rows, merges })), matcher);
}

describe("matchLabel", () => {
  test.each<[string, string]>([
    ["Tổng số cử tri", "totalVoters"],
    ["1. Tổng số cử tri:", "totalVoters"],
    ["a) TỔNG SỐ CỬ TRI", "totalVoters"],
    ["II. Tong so cu tri", "totalVoters"],
    ["Tổng  số   cử tri", "totalVoters"],
    ["Tổng số cử tri".normalize("NFD"), "totalVoters"],
    ["Tổng số cử tri trong danh sách", "totalVoters"],
    ["Tổng số khu vực bỏ phiếu", "pollingAreas"],
    ["Tỷ lệ cử tri đã đi bầu", "turnoutPercent"],
    ["Tỷ lệ cử tri đã đi bầu %", "turnoutPercent"],
  ])("matches %j", (text, key) => {
    expect(matchLabel(text, matcher)?.key).toBe(key);
  });

  test("returns an inline value after a colon", () => {
    const match = matchLabel("Đơn vị báo cáo: UBBC huyện Cao Lộc", matcher);
    expect(match?.key).toBe("unit");
    expect(match?.inline).toBe("UBBC huyện Cao Lộc");
  });

  test.each(["Tổng số", "Số cử tri", "Tổng số cử trinh", "Ghi chú"])(
    "does not match %j",
    (text) => {
      expect(matchLabel(text, matcher)).toBeNull();
    },
  );
});

describe("locateFields", () => {
  test("takes the first value to the right", () => {
    const found = locate([["Tổng số cử tri", null, null, 52341]]);
    expect(found.get("totalVoters")?.valueCell?.address).toBe("D1");
  });

  test("finds labels on moved rows", () => {
    const rows = [[], [], [], [], [null, "Số cử tri đã đi bầu", 30000]];
    const found = locate(rows);
    expect(found.get("voted")?.valueCell?.address).toBe("C5");
  });

  test("skips the cells of a merged label", () => {
    const found = locate([["Tổng số cử tri", null, null, 52341]], ["A1:C1"]);
    expect(found.get("totalVoters")?.valueCell?.address).toBe("D1");
  });

  test("falls back to the cell below", () => {
    const found = locate([["Tổng số cử tri"], [52341]]);
    expect(found.get("totalVoters")?.valueCell?.address).toBe("A2");
  });

  test("looks below a vertically merged label", () => {
    const found = locate([["Tổng số cử tri"], [null], [52341]], ["A1:A2"]);
    expect(found.get("totalVoters")?.valueCell?.address).toBe("A3");
  });

  test("never takes another label as a value", () => {
    const found = locate([["Tổng số cử tri", "Số cử tri đã đi bầu", 30000]]);
    expect(found.get("totalVoters")?.valueCell).toBeNull();
    expect(found.get("voted")?.valueCell?.address).toBe("C1");
  });

  test("reads labels retyped without accents", () => {
    const found = locate([["TONG SO CU TRI", 52341]]);
    expect(found.get("totalVoters")?.valueCell?.address).toBe("B1");
  });

  test("reads NFD labels", () => {
    const found = locate([["Số cử tri đã đi bầu".normalize("NFD"), 30000]]);
    expect(found.get("voted")?.valueCell?.address).toBe("B1");
  });

  test("prefers a repeated label that has a value", () => {
    const found = locate([["Tổng số cử tri"], [], ["Tổng số cử tri", 52341]]);
    expect(found.get("totalVoters")?.valueCell?.address).toBe("B3");
  });

  test("skips a dotted blank before the value", () => {
    const found = locate([["Tổng số cử tri", "............", 52341]]);
    expect(found.get("totalVoters")?.valueCell?.address).toBe("C1");
  });

  test("reads a dotted blank as no value", () => {
    const found = locate([["Đơn vị báo cáo: ………………"], ["Tổng số cử tri", 1]]);
    expect(found.get("unit")?.valueCell).toBeNull();
  });

  test("prefers an exact label to a longer one", () => {
    const rows = [["Số cử tri đã đi bầu buổi sáng", 20000]];
    rows.push(["Số cử tri đã đi bầu", 30712]);
    const found = locate(rows);
    expect(found.get("voted")?.valueCell?.address).toBe("B2");
  });

  test("takes a longer label when no exact one exists", () => {
    const found = locate([["Số cử tri đã đi bầu đến 10h30", 30712]]);
    expect(found.get("voted")?.valueCell?.address).toBe("B1");
  });

  test("takes a value that echoes its label", () => {
    const text = "Tình hình an ninh, trật tự ổn định";
    const found = locate([["Tình hình an ninh, trật tự", text]]);
    expect(found.get("security")?.valueCell?.address).toBe("B1");
  });

  test("takes an echoing value below", () => {
    const text = "Tình hình an ninh, trật tự ổn định";
    const found = locate([["Tình hình an ninh, trật tự"], [text]]);
    expect(found.get("security")?.valueCell?.address).toBe("A2");
  });

  test("stops below at a retyped label of another field", () => {
    const rows = [["Đơn vị báo cáo"], ["Tổng số cử tri trong danh sách", 9]];
    const found = locate(rows);
    expect(found.get("unit")?.valueCell).toBeNull();
  });

  test("takes text starting like another label on the right", () => {
    const text = "Tổng số cử tri đi bầu cao, an ninh ổn định";
    const found = locate([["Tình hình an ninh, trật tự", text]]);
    expect(found.get("security")?.valueCell?.address).toBe("B1");
  });

  test("keeps a label found without value", () => {
    const found = locate([["Tổng số cử tri"]]);
    expect(found.get("totalVoters")?.labelCell.address).toBe("A1");
    expect(found.get("totalVoters")?.valueCell).toBeNull();
  });
});
