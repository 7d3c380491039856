import { existsSync } from "node:fs";
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { makeTempDir, quickFigures, writeFinal, writeQuick } from "./inbox.js";
import { run } from "./run.js";

let root = "";
let inbox = "";

beforeAll(async () => {
  root = await makeTempDir("main");
  inbox = path.join(root, "hop-thu");
  await mkdir(inbox);
  await writeQuick(inbox, {
    name: "CLO-10h30.xlsx",
    unitName: "Ủy ban bầu cử huyện Cao Lộc",
    slot: "10h30",
    figures: quickFigures(30_000),
    modified: "2021-05-23T10:41",
  });
  await writeQuick(inbox, {
    name: "TD-10h30.xlsx",
    unitName: "Ủy ban bầu cử huyện Tràng Định",
    slot: "10h30",
    figures: quickFigures(20_000),
    modified: "2021-05-23T11:20",
  });
  await writeFinal(inbox, {
    name: "CLO-ket-qua.xlsx",
    unitName: "Ủy ban bầu cử huyện Cao Lộc",
    figures: {
      totalVoters: 52_341,
      voted: 52_300,
      turnoutPercent: 99.92,
      pollingAreas: 120,
      countedAreas: 120,
    },
    elections: {
      "Đại biểu Quốc hội": {
        ballotsIssued: 52_300,
        ballotsReceived: 52_300,
        validBallots: 52_000,
        invalidBallots: 300,
      },
    },
    modified: "2021-05-23T22:10",
  });
});

function output(name: string): string {
  return path.join(root, "tong-hop", name);
}

describe("main help", () => {
  it("prints help with an example first", async () => {
    const result = await run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith("Ví dụ:")).toBe(true);
  });

  it("prints help of one command", async () => {
    const result = await run(["help", "merge"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--slot <mốc>");
  });

  it("rejects an unknown option with status 2", async () => {
    const result = await run(["merge", "--slot", "10h30", "--bogus", inbox]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("không có tùy chọn --bogus");
  });

  it("rejects a missing command with status 2", async () => {
    expect((await run([])).status).toBe(2);
  });
});

describe("main merge", () => {
  it("merges and writes the summary", async () => {
    const target = output("m1.xlsx");
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "--at",
      "12:00",
      "--json",
      "-o",
      target,
      inbox,
    ]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.reportedUnits).toBe(2);
    expect(document.output).toBe(target);
    expect(existsSync(target)).toBe(true);
  });

  it("prints nothing but JSON on stdout", async () => {
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "--at",
      "12:00",
      "--json",
      "-o",
      output("m2.xlsx"),
      inbox,
    ]);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it("returns 1 with --strict when a unit is missing", async () => {
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "--at",
      "12:00",
      "--strict",
      "-o",
      output("m3.xlsx"),
      inbox,
    ]);
    expect(result.status).toBe(1);
  });

  it("prints the count of units reported", async () => {
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "--at",
      "12:00",
      "-o",
      output("m4.xlsx"),
      inbox,
    ]);
    expect(result.stdout).toContain("2/11 đơn vị đã báo cáo");
  });

  it.each([
    ["an unknown slot", ["--slot", "9h15"]],
    ["an invalid --at", ["--slot", "10h30", "--at", "sáng mai"]],
    ["an invalid --grace", ["--slot", "10h30", "--grace", "-5"]],
    [
      "a missing config file",
      ["--slot", "10h30", "--config", "/khong/co.json"],
    ],
  ])("returns 2 for %s", async (_name, args) => {
    const result = await run([
      "merge",
      ...args,
      "-o",
      output("bad.xlsx"),
      inbox,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Lỗi/);
  });

  it("returns 2 for an inbox that does not exist", async () => {
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "-o",
      output("x.xlsx"),
      path.join(root, "khong-co"),
    ]);
    expect(result.status).toBe(2);
  });

  it("returns 2 for an invalid config file", async () => {
    const config = path.join(root, "sai.json");
    await writeFile(config, '{"province": ""}');
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "--config",
      config,
      "-o",
      output("x.xlsx"),
      inbox,
    ]);
    expect(result.status).toBe(2);
  });
});

describe("main output path", () => {
  it("rejects an output inside the inbox", async () => {
    const before = await readdir(inbox);
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "-o",
      path.join(inbox, "tong-hop.xlsx"),
      inbox,
    ]);
    expect(result.status).toBe(2);
    expect(await readdir(inbox)).toEqual(before);
  });

  it("rejects an output linked into the inbox", async () => {
    const link = path.join(root, "loi-tat");
    await symlink(inbox, link);
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "-o",
      path.join(link, "sub", "t.xlsx"),
      inbox,
    ]);
    expect(result.status).toBe(2);
  });

  it("rejects a final output inside the inbox", async () => {
    const result = await run([
      "final",
      "-o",
      path.join(inbox, "kq.xlsx"),
      inbox,
    ]);
    expect(result.status).toBe(2);
  });
});

describe("main final and status", () => {
  it("merges the results", async () => {
    const result = await run([
      "final",
      "--at",
      "23:30",
      "--json",
      "-o",
      output("kq.xlsx"),
      inbox,
    ]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.form).toBe("02");
    expect(document.deadline).toBe("2021-05-23T23:00:00+07:00");
    expect(document.totals.elections["Đại biểu Quốc hội"].ballotsIssued).toBe(
      52_300,
    );
  });

  it("takes a deadline", async () => {
    const result = await run([
      "final",
      "--deadline",
      "22:00",
      "--at",
      "23:30",
      "--json",
      "-o",
      output("kq2.xlsx"),
      inbox,
    ]);
    const document = JSON.parse(result.stdout);
    const unit = document.units.find(
      (candidate: { code: string }) => candidate.code === "CLO",
    );
    expect(unit.status).toBe("late");
  });

  it("prints the day status", async () => {
    const result = await run(["status", "--at", "12:00", "--json", inbox]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.columns).toHaveLength(9);
    expect(document.units[0].cells["8h30"].status).toBe("missing");
  });
});

describe("main strict", () => {
  it("returns 1 for status with a missing unit", async () => {
    const result = await run(["status", "--at", "12:00", "--strict", inbox]);
    expect(result.status).toBe(1);
  });

  it("returns 0 for status without --strict", async () => {
    const result = await run(["status", "--at", "12:00", inbox]);
    expect(result.status).toBe(0);
  });
});

describe("main validate", () => {
  it("returns 0 for a good form", async () => {
    const result = await run(["validate", path.join(inbox, "CLO-10h30.xlsx")]);
    expect(result.status).toBe(0);
  });

  it("prints one JSON document for one file", async () => {
    const result = await run([
      "validate",
      "--json",
      path.join(inbox, "CLO-10h30.xlsx"),
    ]);
    const document = JSON.parse(result.stdout);
    expect(document.unit).toBe("CLO");
    expect(document.slot).toBe("10h30");
  });

  it("returns 1 for a file that is not a workbook", async () => {
    const bad = path.join(root, "hong.xlsx");
    await writeFile(bad, "không phải bảng tính");
    expect((await run(["validate", bad])).status).toBe(1);
  });
});

describe("main config and template", () => {
  it("prints the embedded configuration", async () => {
    const result = await run(["config"], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("cấu hình mặc định");
  });

  it("prints the configuration as JSON", async () => {
    const result = await run(["config", "--json"], root);
    const document = JSON.parse(result.stdout);
    expect(document.units).toHaveLength(11);
    expect(document.source).toBeUndefined();
    expect(result.stderr).toContain("Nguồn: cấu hình mặc định");
  });

  it("prints JSON that loads as a configuration", async () => {
    const saved = path.join(root, "saved.config.json");
    await writeFile(saved, (await run(["config", "--json"], root)).stdout);
    const result = await run(["config", "--json", "--config", saved], root);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).units).toHaveLength(11);
    expect(result.stderr).toContain(`Nguồn: tệp ${saved}`);
  });

  it("writes a template", async () => {
    const target = path.join(root, "mau", "CLO.xlsx");
    const result = await run([
      "template",
      "01",
      "--unit",
      "CLO",
      "--slot",
      "10h30",
      "-o",
      target,
    ]);
    expect(result.status).toBe(0);
    expect(existsSync(target)).toBe(true);
  });

  it("returns 2 for an unknown unit", async () => {
    const result = await run([
      "template",
      "01",
      "--unit",
      "XYZ",
      "-o",
      path.join(root, "x.xlsx"),
    ]);
    expect(result.status).toBe(2);
  });

  it("returns 2 for an unknown form", async () => {
    const result = await run([
      "template",
      "03",
      "-o",
      path.join(root, "x.xlsx"),
    ]);
    expect(result.status).toBe(2);
  });
});

describe("main config lookup", () => {
  it("finds the file beside the inbox", async () => {
    const folder = await makeTempDir("config");
    const nearInbox = path.join(folder, "hop-thu");
    await mkdir(nearInbox);
    const file = path.join(folder, "bctinh.config.json");
    const { defaultConfig } = await import("../../src/config/default.js");
    await writeFile(
      file,
      JSON.stringify({ ...defaultConfig, province: "Cao Bằng" }),
    );

    const result = await run(["config", "--json", nearInbox], root);
    expect(result.stderr).toContain(`Nguồn: tệp ${file}`);
    expect(JSON.parse(result.stdout).province).toBe("Cao Bằng");
  });
});

describe("progressReporter", () => {
  it("escapes file names on a terminal", async () => {
    const { createContext, progressReporter } =
      await import("../../src/cli/context.js");
    let written = "";
    const context = createContext({
      stdout: { write: () => true },
      stderr: { write: (text: string) => (written += text), isTTY: true },
      env: {},
      cwd: root,
    });
    progressReporter(context)?.("Đã đọc 1/1: a\u001b[2J.xlsx");
    expect(written).toBe("Đã đọc 1/1: a\\x1B[2J.xlsx\n");
  });

  it("stays quiet when standard error is not a terminal", async () => {
    const { createContext, progressReporter } =
      await import("../../src/cli/context.js");
    const context = createContext({
      stdout: { write: () => true },
      stderr: { write: () => true, isTTY: false },
      env: {},
      cwd: root,
    });
    expect(progressReporter(context)).toBeUndefined();
  });
});

describe("main error output", () => {
  it("escapes control characters in an unknown option", async () => {
    const result = await run([
      "merge",
      "--slot",
      "10h30",
      "--x\u001b[2J",
      root,
    ]);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).toContain("--x\\x1B[2J");
  });
});

describe("main JSON errors", () => {
  async function errorOf(args: string[]) {
    const result = await run(args, root);
    return { status: result.status, document: JSON.parse(result.stdout) };
  }

  it("prints a usage error from commander", async () => {
    const { status, document } = await errorOf(["merge", "--json", inbox]);
    expect(status).toBe(2);
    expect(document.error.code).toBe("usage");
    expect(document.error.message).toContain("--slot");
  });

  it("prints an unknown slot as usage", async () => {
    const { document } = await errorOf([
      "merge",
      "--json",
      "--slot",
      "9h",
      inbox,
    ]);
    expect(document.error.code).toBe("usage");
  });

  it("prints a missing inbox as inbox", async () => {
    const missing = path.join(root, "khong-co");
    const { document } = await errorOf(["final", "--json", missing]);
    expect(document.error.code).toBe("inbox");
  });

  it("prints an invalid configuration as config", async () => {
    const bad = path.join(root, "bad.config.json");
    await writeFile(bad, "{}");
    const { document } = await errorOf(["config", "--json", "--config", bad]);
    expect(document.error.code).toBe("config");
  });

  it("keeps the message on stderr", async () => {
    const result = await run(["merge", "--json", inbox], root);
    expect(result.stderr).toContain("--slot");
  });

  it("prints nothing on stdout without --json", async () => {
    const result = await run(["merge", inbox], root);
    expect(result.stdout).toBe("");
  });
});

describe("main as of --at", () => {
  const fixtures = path.resolve(import.meta.dirname, "../../fixtures/inbox");

  async function mergeJsonAt(slot: string, at: string) {
    const result = await run(
      [
        "merge",
        "--slot",
        slot,
        "--at",
        at,
        "--json",
        "-o",
        output(`at-${slot}.xlsx`),
        fixtures,
      ],
      root,
    );
    return JSON.parse(result.stdout);
  }

  function statusOf(
    document: { units: Array<{ code: string; status: string }> },
    code: string,
  ) {
    return document.units.find((unit) => unit.code === code)?.status;
  }

  it("leaves a report stamped after at pending", async () => {
    const document = await mergeJsonAt("10h30", "10:45");
    expect(statusOf(document, "TD")).toBe("pending");
    expect(statusOf(document, "DL")).toBe("pending");
    expect(statusOf(document, "HL")).toBe("on-time");
  });

  it("lists files received after at", async () => {
    const document = await mergeJsonAt("10h30", "10:45");
    const files = document.notYetReceived.map((entry: { file: string }) =>
      path.basename(entry.file),
    );
    expect(files).toContain("Trang Dinh 10h30.xlsx");
  });

  it("leaves out incidents received after at", async () => {
    const document = await mergeJsonAt("8h30", "09:00");
    expect(document.incidents).toEqual([]);
  });

  it("counts set-aside files in the terminal output", async () => {
    const result = await run(
      [
        "merge",
        "--slot",
        "10h30",
        "--at",
        "10:45",
        "-o",
        output("at-text.xlsx"),
        fixtures,
      ],
      root,
    );
    expect(result.stdout).toMatch(/Chưa tính \d+ tệp nhận sau 10:45/);
  });

  it("shows no slot late in status at 10:45", async () => {
    const result = await run(
      ["status", "--at", "10:45", "--json", fixtures],
      root,
    );
    const document = JSON.parse(result.stdout);
    const statuses = document.units.flatMap(
      (unit: { cells: Record<string, { status: string }> }) =>
        Object.values(unit.cells).map((cell) => cell.status),
    );
    expect(statuses).not.toContain("late");
    expect(statuses).not.toContain("missing");
  });

  it("leaves results received after 22:00 pending", async () => {
    const result = await run(
      [
        "final",
        "--at",
        "22:00",
        "--json",
        "-o",
        output("at-final.xlsx"),
        fixtures,
      ],
      root,
    );
    expect(statusOf(JSON.parse(result.stdout), "TD")).toBe("pending");
  });
});

describe("main strict reasons", () => {
  const fixtures = path.resolve(import.meta.dirname, "../../fixtures/inbox");

  it("ignores an incident of another slot", async () => {
    const result = await run(
      [
        "merge",
        "--slot",
        "8h30",
        "--strict",
        "--at",
        "23:59",
        "-o",
        output("s-8h30.xlsx"),
        fixtures,
      ],
      root,
    );
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain("--strict");
  });

  it("says why the status is 1", async () => {
    const result = await run(
      [
        "merge",
        "--slot",
        "10h30",
        "--strict",
        "--at",
        "12:00",
        "-o",
        output("s-10h30.xlsx"),
        inbox,
      ],
      root,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--strict: mã thoát 1 vì có");
    expect(result.stderr).toContain("đơn vị thiếu báo cáo");
  });
});
