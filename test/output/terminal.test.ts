import { describe, expect, it } from "vitest";

import { buildSlotResult } from "../../src/merge/slot-merge.js";
import { renderMergeResult } from "../../src/output/merge.js";
import {
  colourAllowed,
  createPaint,
  plainPaint,
} from "../../src/output/paint.js";
import { config, quickForm, vn } from "../merge/forms.js";

function render(forms = [quickForm()]) {
  const result = buildSlotResult(
    {
      forms,
      skipped: [
        {
          file: "hop-thu/\u001b]0;x\u0007.txt",
          reason: "không phải bảng tính",
        },
      ],
    },
    { slot: "10h30", at: vn("12:00") },
    config,
  );
  return renderMergeResult(result, config, plainPaint);
}

describe("renderMergeResult", () => {
  it("says how many units reported", () => {
    expect(render()).toContain("1/11 đơn vị đã báo cáo");
  });

  it("names the status in words", () => {
    expect(render()).toMatch(/CLO\s+Huyện Cao Lộc\s+Đúng hạn/);
  });

  it("lists whom to call for a missing unit", () => {
    expect(render()).toContain("Hoàng Thị Bích, ĐT 0912 000 102");
  });

  it("escapes control characters in file names", () => {
    const output = render([quickForm({ file: "hop-thu/\u001b[2JCLO.xlsx" })]);
    expect(output).not.toContain("\u001b");
    expect(output).toContain("\\x1B]0;x\\x07.txt");
  });

  it("puts incidents first", () => {
    const incident = quickForm({
      slot: "8h30",
      hasIncident: true,
      texts: { incidents: "Cháy nhỏ tại điểm bỏ phiếu" },
    });
    const output = render([incident, quickForm()]);
    expect(output.startsWith("!!! SỰ CỐ ĐƯỢC BÁO CÁO (1)")).toBe(true);
    expect(output).toContain("Cháy nhỏ tại điểm bỏ phiếu");
  });

  it("has no colour codes in plain output", () => {
    expect(render()).not.toContain("\u001b[");
  });
});

describe("colourAllowed", () => {
  it("allows colour on a terminal", () => {
    expect(colourAllowed({ isTTY: true }, {})).toBe(true);
  });

  it("rejects colour when piped", () => {
    expect(colourAllowed({ isTTY: false }, {})).toBe(false);
  });

  it("rejects colour with NO_COLOR", () => {
    expect(colourAllowed({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
  });

  it("colours with a coloured paint", () => {
    expect(createPaint(true).red("x")).toContain("\u001b[");
  });
});
