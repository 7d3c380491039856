import { describe, expect, it } from "vitest";

import { decodeHtml, sanitizeHtml } from "../../src/workbook/html.js";

describe("sanitizeHtml", () => {
  const html =
    '<html><head><meta http-equiv="refresh" content="0; url=trang.html">' +
    '<link rel="stylesheet" href="kieu.css"><script src="a.js"></script>' +
    "<style>td { background: url(nen.png) }</style></head><body>" +
    "<!--[if gte mso 9]><xml><x:ExcelWorkbook/></xml><![endif]-->" +
    '<img src="logo.png"><iframe src="khung.html"></iframe>' +
    '<table border="1" background="nen.png"><tr><td colspan="2" style="x" onclick="f()">' +
    'Tổng số cử tri</td><td x:num="52341"><a href="lien-ket.html">52.341</a></td></tr></table>' +
    "</body></html>";
  const cleaned = sanitizeHtml(html);

  for (const resource of [
    "trang.html",
    "kieu.css",
    "a.js",
    "nen.png",
    "logo.png",
    "khung.html",
    "lien-ket.html",
  ]) {
    it(`removes the reference to ${resource}`, () => {
      expect(cleaned).not.toContain(resource);
    });
  }

  it("removes event handlers", () => {
    expect(cleaned).not.toContain("onclick");
  });

  it("keeps spans and cell values", () => {
    expect(cleaned).toContain(
      '<td colspan="2">Tổng số cử tri</td><td x:num="52341">52.341</td>',
    );
  });

  it("removes an unclosed script to the end", () => {
    expect(
      sanitizeHtml("<table><tr><td>1</td></tr></table><script>fetch('x')"),
    ).not.toContain("fetch");
  });
});

describe("decodeHtml", () => {
  it("decodes UTF-8 by default", () => {
    expect(decodeHtml(new TextEncoder().encode("<td>Lộc</td>"))).toBe(
      "<td>Lộc</td>",
    );
  });

  it("decodes a declared windows-1258 charset", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1258"><td>'),
      0xd0,
      ...new TextEncoder().encode("</td>"),
    ]);
    expect(decodeHtml(bytes)).toContain("<td>Đ</td>");
  });

  it("falls back to UTF-8 for an unknown charset", () => {
    const bytes = new TextEncoder().encode(
      '<meta charset="khong-co"><td>Lộc</td>',
    );
    expect(decodeHtml(bytes)).toContain("Lộc");
  });
});
