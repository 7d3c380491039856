import { spawn } from "node:child_process";
import { constants } from "node:fs";
import {
  access,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

import { decodeHtml, sanitizeHtml } from "./html.js";
import { readInputFile } from "./input.js";
import type { ConvertibleFormat } from "./load.js";
import type { ReadFailure } from "./types.js";

/** A converted copy in a temporary folder; `remove` deletes the folder. */
export type Conversion =
  | { ok: true; path: string; remove: () => Promise<void> }
  | { ok: false; failure: ReadFailure };

/** Finds LibreOffice's `soffice` on PATH, or returns null. */
export async function findSoffice(): Promise<string | null> {
  for (const folder of (process.env.PATH ?? "").split(delimiter)) {
    if (folder === "") continue;
    const candidate = join(folder, "soffice");
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/**
 * Converts an .xls, .ods, HTML-table or Excel 2003 XML file to xlsx with
 * headless LibreOffice. The input is copied to a temporary folder first
 * (an HTML file as its sanitized tables), so LibreOffice never opens, locks
 * or writes next to the original. It runs with its own profile folder and
 * so neither needs nor touches the user's profile. The folder is removed on
 * failure; on success the caller removes it after reading.
 */
export async function convertToXlsx(
  path: string,
  format: ConvertibleFormat,
  timeoutMs: number,
): Promise<Conversion> {
  const soffice = await findSoffice();
  if (soffice === null) {
    return {
      ok: false,
      failure: { code: "unsupported-format", params: { format } },
    };
  }

  const folder = await mkdtemp(join(tmpdir(), "bctinh-convert-"));
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    const output = await runConversion(
      soffice,
      folder,
      path,
      format,
      timeoutMs,
    );
    if (output.ok) return { ok: true, path: output.path, remove };
    await remove();
    return {
      ok: false,
      failure: {
        code: "conversion-failed",
        params: { format, detail: output.detail },
      },
    };
  } catch (error) {
    await remove();
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      failure: { code: "conversion-failed", params: { format, detail } },
    };
  }
}

async function runConversion(
  soffice: string,
  folder: string,
  path: string,
  format: ConvertibleFormat,
  timeoutMs: number,
): Promise<{ ok: true; path: string } | { ok: false; detail: string }> {
  // LibreOffice opens an HTML or XML file named .xls in Calc, not Writer.
  const inputExtension =
    format === ".html" || format === ".xml" ? ".xls" : format;
  const input = join(folder, "input", `input${inputExtension}`);
  const outputFolder = join(folder, "output");
  await mkdir(join(folder, "input"));
  await mkdir(outputFolder);
  const bytes = await readInputFile(path);
  const copy = format === ".html" ? sanitizeHtml(decodeHtml(bytes)) : bytes;
  await writeFile(input, copy, { flag: "wx" });

  const args = [
    "--headless",
    "--norestore",
    "--nologo",
    "--nolockcheck",
    `-env:UserInstallation=${pathToFileURL(join(folder, "profile")).href}`,
    "--convert-to",
    "xlsx",
    "--outdir",
    outputFolder,
    input,
  ];
  const result = await runWithTimeout(soffice, args, folder, timeoutMs);
  if (result !== null) return { ok: false, detail: result };

  const produced = (await readdir(outputFolder)).find((name) =>
    name.endsWith(".xlsx"),
  );
  if (produced === undefined) {
    return { ok: false, detail: "LibreOffice không tạo ra tệp .xlsx" };
  }
  return { ok: true, path: join(outputFolder, produced) };
}

/** Runs LibreOffice; returns null on success or what went wrong. */
function runWithTimeout(
  command: string,
  args: string[],
  home: string,
  timeoutMs: number,
): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: home,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, HOME: home },
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-500);
    });

    const timer = setTimeout(() => {
      killGroup(child.pid);
      resolve(`quá ${Math.round(timeoutMs / 1000)} giây`);
    }, timeoutMs);

    child.on("error", (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(null);
      else
        resolve(`LibreOffice dừng với mã ${code ?? signal}: ${stderr.trim()}`);
    });
  });
}

/** Kills LibreOffice and the helper processes it started. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // The group has already exited.
  }
}
