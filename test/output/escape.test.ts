import { describe, expect, it } from "vitest";

import { escapeCellText, escapeText } from "../../src/output/escape.js";

describe("escapeText", () => {
  it.each([
    ["escape sequence", "a\u001b[2Jb", "a\\x1B[2Jb"],
    ["window title", "\u001b]0;pwned\u0007", "\\x1B]0;pwned\\x07"],
    ["carriage return", "ok\rfake", "ok\\x0Dfake"],
    ["NUL", "a\u0000b", "a\\x00b"],
    ["DEL", "a\u007fb", "a\\x7Fb"],
    ["C1 CSI", "a\u009b2Jb", "a\\x9B2Jb"],
    ["right-to-left override", "abc\u202Excod.exe", "abc\\u202Excod.exe"],
    ["isolate", "a\u2066b\u2069", "a\\u2066b\\u2069"],
    ["line separator", "a\u2028b", "a\\u2028b"],
  ])("escapes %s", (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it("keeps Vietnamese text unchanged", () => {
    expect(escapeText("Huyện Đình Lập — 98,78%")).toBe(
      "Huyện Đình Lập — 98,78%",
    );
  });

  it("leaves no raw control character", () => {
    let all = "";
    for (let code = 0; code < 0xa0; code += 1) all += String.fromCharCode(code);
    expect(escapeText(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe("escapeCellText", () => {
  it("joins lines with a slash", () => {
    expect(escapeCellText("Mất điện\r\nđã khắc phục")).toBe(
      "Mất điện / đã khắc phục",
    );
  });

  it("still escapes other controls", () => {
    expect(escapeCellText("a\u001b[1mb")).toBe("a\\x1B[1mb");
  });
});
