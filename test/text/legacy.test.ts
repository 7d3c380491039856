import { describe, expect, it } from "vitest";

import {
  convertTcvn3,
  convertVni,
  detectLegacyEncoding,
  isLegacyCandidate,
  isVietnameseSyllable,
} from "../../src/text/legacy.js";

const TCVN3_CASES: [string, string][] = [
  ["Tæng sè cö tri", "Tổng số cử tri"],
  ["§¬n vÞ b¸o c¸o", "Đơn vị báo cáo"],
  ["Sè cö tri ®· ®i bÇu", "Số cử tri đã đi bầu"],
  ["Hµ Néi", "Hà Nội"],
  ["Kh«ng", "Không"],
  ["Thêi ®iÓm b¸o c¸o", "Thời điểm báo cáo"],
  ["Ng­êi b¸o c¸o", "Người báo cáo"],
];

const VNI_CASES: [string, string][] = [
  ["Toång soá cöû tri", "Tổng số cử tri"],
  ["Ñôn vò baùo caùo", "Đơn vị báo cáo"],
  ["Soá cöû tri ñaõ ñi baàu", "Số cử tri đã đi bầu"],
  ["Thôøi ñieåm baùo caùo", "Thời điểm báo cáo"],
  ["Ngöôøi baùo caùo", "Người báo cáo"],
  ["Naêm", "Năm"],
  ["Khoâng", "Không"],
  ["Kieán nghò, ñeà xuaát", "Kiến nghị, đề xuất"],
];

describe("convertTcvn3", () => {
  for (const [legacy, unicode] of TCVN3_CASES) {
    it(`converts "${legacy}"`, () => {
      expect(convertTcvn3(legacy)).toBe(unicode);
    });
  }
});

describe("convertVni", () => {
  for (const [legacy, unicode] of VNI_CASES) {
    it(`converts "${legacy}"`, () => {
      expect(convertVni(legacy)).toBe(unicode);
    });
  }
});

describe("detectLegacyEncoding", () => {
  it("detects TCVN3 labels", () => {
    expect(detectLegacyEncoding(TCVN3_CASES.map(([legacy]) => legacy))).toBe(
      "TCVN3",
    );
  });

  it("detects VNI labels", () => {
    expect(detectLegacyEncoding(VNI_CASES.map(([legacy]) => legacy))).toBe(
      "VNI",
    );
  });

  it("detects one TCVN3 label alone", () => {
    expect(detectLegacyEncoding(["Tæng sè cö tri"])).toBe("TCVN3");
  });

  it("detects one VNI label alone", () => {
    expect(detectLegacyEncoding(["Toång soá cöû tri"])).toBe("VNI");
  });

  it("leaves Unicode Vietnamese alone", () => {
    expect(
      detectLegacyEncoding(["Tổng số cử tri", "Không", "Cà Mau"]),
    ).toBeNull();
  });

  it("leaves ASCII alone", () => {
    expect(
      detectLegacyEncoding(["Tong so cu tri", "PL01", "10h30"]),
    ).toBeNull();
  });

  it("leaves Latin-1 words of other languages alone", () => {
    expect(detectLegacyEncoding(["Straße", "Ærø", "naïve façade"])).toBeNull();
  });
});

describe("isLegacyCandidate", () => {
  it("rejects text with letters past Latin-1", () => {
    expect(isLegacyCandidate("Tổng sè")).toBe(false);
  });

  it("rejects Latin-1 letters that Vietnamese uses", () => {
    expect(isLegacyCandidate("Không có")).toBe(false);
  });

  it("accepts TCVN3 signs", () => {
    expect(isLegacyCandidate("§¬n vÞ")).toBe(true);
  });
});

describe("isVietnameseSyllable", () => {
  it("accepts a syllable with one tone", () => {
    expect(isVietnameseSyllable("người")).toBe(true);
  });

  it("rejects two tones", () => {
    expect(isVietnameseSyllable("cửỷ")).toBe(false);
  });

  it("rejects a foreign letter", () => {
    expect(isVietnameseSyllable("føo")).toBe(false);
  });
});
