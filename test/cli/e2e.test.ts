import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { beforeAll, describe, expect, it } from "vitest";

import { makeTempDir, quickFigures, writeQuick } from "./inbox.js";

const execFileAsync = promisify(execFile);
const repository = path.resolve(import.meta.dirname, "../..");
const binary = path.join(repository, "bin", "bctinh");

interface Snapshot {
  [file: string]: { hash: string; mtimeMs: number };
}

/** Hashes every file below a folder, with its modification time. */
async function snapshot(folder: string): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const name of await readdir(folder, { recursive: true })) {
    const file = path.join(folder, name);
    const info = await stat(file);
    if (!info.isFile()) continue;
    const hash = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    result[name] = { hash, mtimeMs: info.mtimeMs };
  }
  return result;
}

/** Runs the built CLI as a child process, in New York time. */
async function spawnCli(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await execFileAsync("node", [binary, ...args], {
      cwd,
      env: { ...process.env, TZ: "America/New_York", NO_COLOR: "1" },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return {
      status: failed.code,
      stdout: failed.stdout,
      stderr: failed.stderr,
    };
  }
}

describe("bctinh as a process", () => {
  let work = "";
  let inbox = "";

  beforeAll(async () => {
    work = await makeTempDir("e2e");
    inbox = path.join(work, "hop-thu");
    await writeQuick(inbox, {
      name: "CLO-10h30.xlsx",
      unitName: "Ủy ban bầu cử huyện Cao Lộc",
      slot: "10h30",
      figures: quickFigures(30_000),
      modified: "2021-05-23T10:41",
    });
    await writeQuick(inbox, {
      name: "CLO-8h30.xlsx",
      unitName: "Ủy ban bầu cử huyện Cao Lộc",
      slot: "8h30",
      figures: quickFigures(10_000),
      modified: "2021-05-23T08:50",
      incidents: "Mưa to, một điểm bỏ phiếu phải chuyển địa điểm",
    });
    await writeQuick(inbox, {
      name: "TD/TD 10g30.xlsx",
      unitName: "UBBC huyện Tràng Định",
      slot: "10h30",
      figures: quickFigures(20_000),
      modified: "2021-05-23T11:20",
    });
    await writeFile(path.join(inbox, "~$CLO-10h30.xlsx"), "lock");
    await writeFile(path.join(inbox, "ghi-chu.txt"), "ghi chú");
    await writeFile(path.join(inbox, "rong.xlsx"), "");
    await writeFile(path.join(inbox, "bad\u001b]0;title\u0007.xlsx"), "x");
  }, 120_000);

  it("merges without touching the inbox", async () => {
    const before = await snapshot(inbox);
    const result = await spawnCli(
      ["merge", "--slot", "10h30", "--at", "12:00", "--json", inbox],
      work,
    );
    expect(result.status).toBe(0);
    expect(await snapshot(inbox)).toEqual(before);
  });

  it("writes the summary to the default path", async () => {
    await spawnCli(["merge", "--slot", "10h30", "--at", "12:00", inbox], work);
    const info = await stat(path.join(work, "tong-hop", "tong-hop-10h30.xlsx"));
    expect(info.size).toBeGreaterThan(0);
  });

  it("reads --at as Vietnam time under another zone", async () => {
    const result = await spawnCli(
      ["merge", "--slot", "10h30", "--at", "12:00", "--json", inbox],
      work,
    );
    const document = JSON.parse(result.stdout);
    expect(document.at).toBe("2021-05-23T12:00:00+07:00");
  });

  it("judges timeliness in Vietnam time under another zone", async () => {
    const result = await spawnCli(
      ["merge", "--slot", "10h30", "--at", "12:00", "--json", inbox],
      work,
    );
    const units = JSON.parse(result.stdout).units as Array<{
      code: string;
      status: string;
      receivedAt: string;
    }>;
    const status = Object.fromEntries(
      units.map((unit) => [unit.code, unit.status]),
    );
    expect(status.CLO).toBe("on-time");
    expect(status.TD).toBe("late");
    expect(status.VL).toBe("missing");
  });

  it("lists the incident of another slot", async () => {
    const result = await spawnCli(
      ["merge", "--slot", "10h30", "--at", "12:00", inbox],
      work,
    );
    expect(result.stdout).toContain("SỰ CỐ");
    expect(result.stdout).toContain("Mưa to");
  });

  it("prints no raw control character", async () => {
    const result = await spawnCli(
      ["merge", "--slot", "10h30", "--at", "12:00", inbox],
      work,
    );
    expect(result.stdout).not.toMatch(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/,
    );
    expect(result.stdout).toContain("bad\\x1B]0;title\\x07.xlsx");
  });

  it("keeps stdout pure JSON with --json", async () => {
    const result = await spawnCli(
      ["status", "--at", "12:00", "--json", inbox],
      work,
    );
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it("exits 2 when the inbox is missing", async () => {
    const result = await spawnCli(
      ["merge", "--slot", "10h30", path.join(work, "khong-co")],
      work,
    );
    expect(result.status).toBe(2);
  });

  it("exits 2 for an output inside the inbox", async () => {
    const before = await snapshot(inbox);
    const result = await spawnCli(
      ["merge", "--slot", "10h30", "-o", "hop-thu/x.xlsx", "hop-thu"],
      work,
    );
    expect(result.status).toBe(2);
    expect(await snapshot(inbox)).toEqual(before);
  });

  it("exits promptly after reading", async () => {
    const started = Date.now();
    await spawnCli(["validate", path.join(inbox, "CLO-10h30.xlsx")], work);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
