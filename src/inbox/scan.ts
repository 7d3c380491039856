import { lstat, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";

import type { SkippedFile } from "../merge/types.js";

/** An inbox that does not exist or cannot be listed. */
export class InboxError extends Error {
  override name = "InboxError";
}

/** A candidate workbook found in the inbox. */
export interface InboxEntry {
  /** Path as shown to the user: the inbox as given, joined with the name. */
  file: string;
  absolutePath: string;
  /** Size in bytes when the folder was listed. */
  size: number;
}

export interface InboxScan {
  entries: InboxEntry[];
  skipped: SkippedFile[];
}

/** Extensions read as workbooks; the reader judges the content itself. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

/**
 * Lists the candidate workbooks under `inbox`, recursively and sorted by
 * path. Office lock files, hidden entries, other extensions and symbolic
 * links that lead out of the inbox are listed in `skipped` with a reason.
 *
 * @throws InboxError when the inbox does not exist or cannot be listed.
 */
export async function scanInbox(inbox: string): Promise<InboxScan> {
  const root = await resolveInbox(inbox);
  const scan: InboxScan = { entries: [], skipped: [] };
  await walk(root, inbox, "", scan);
  scan.entries.sort((a, b) => a.file.localeCompare(b.file));
  scan.skipped.sort((a, b) => a.file.localeCompare(b.file));
  return scan;
}

async function resolveInbox(inbox: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(inbox);
  } catch {
    throw new InboxError(
      `Không tìm thấy thư mục nhận báo cáo ${inbox}. Hãy kiểm tra đường dẫn.`,
    );
  }
  const info = await stat(real);
  if (!info.isDirectory()) {
    throw new InboxError(
      `${inbox} không phải là thư mục. Hãy chỉ ra thư mục chứa các tệp báo cáo.`,
    );
  }
  return real;
}

async function walk(
  root: string,
  inbox: string,
  relative: string,
  scan: InboxScan,
): Promise<void> {
  const folder = path.join(root, relative);
  let names: Buffer[];
  try {
    // Names are listed as bytes, because a name that is not UTF-8 (from an
    // old zip tool or a Windows share) cannot be opened again through the
    // text Node.js would decode it to.
    names = await readdir(folder, { encoding: "buffer" });
  } catch (error) {
    if (relative === "") {
      throw new InboxError(
        `Không đọc được thư mục nhận báo cáo ${inbox}: ` +
          `${describeError(error)}. Hãy kiểm tra quyền truy cập.`,
      );
    }
    scan.skipped.push({
      file: path.join(inbox, relative),
      reason: `không đọc được thư mục (${describeError(error)})`,
    });
    return;
  }

  for (const bytes of names) {
    const name = bytes.toString("utf8");
    const entry = path.join(relative, name);
    if (!Buffer.from(name, "utf8").equals(bytes)) {
      scan.skipped.push({
        file: path.join(inbox, entry),
        reason:
          "tên tệp không phải Unicode (UTF-8) nên không mở được; hãy đổi " +
          "tên tệp rồi chép lại vào thư mục nhận",
      });
      continue;
    }
    await visitSafely(root, inbox, entry, scan);
  }
}

/** Visits one entry; one that vanishes or cannot be read is skipped. */
async function visitSafely(
  root: string,
  inbox: string,
  relative: string,
  scan: InboxScan,
): Promise<void> {
  try {
    await visit(root, inbox, relative, scan);
  } catch (error) {
    scan.skipped.push({
      file: path.join(inbox, relative),
      reason: `không đọc được (${describeError(error)}); hãy chép lại tệp`,
    });
  }
}

async function visit(
  root: string,
  inbox: string,
  relative: string,
  scan: InboxScan,
): Promise<void> {
  const name = path.basename(relative);
  const file = path.join(inbox, relative);
  const absolutePath = path.join(root, relative);
  const skip = (reason: string): void => {
    scan.skipped.push({ file, reason });
  };

  const nameReason = reasonToSkipName(name);
  if (nameReason !== null) return skip(nameReason);

  let info = await lstat(absolutePath);
  if (info.isSymbolicLink()) {
    const target = await resolveLink(absolutePath);
    if (target === null) return skip("liên kết hỏng");
    if (!isInside(root, target)) {
      return skip("liên kết trỏ ra ngoài thư mục nhận, không đọc");
    }
    info = await stat(target);
    // A linked folder inside the inbox is already walked in its own place.
    if (info.isDirectory()) return skip("liên kết tới thư mục, không đọc");
  }

  if (info.isDirectory()) return walk(root, inbox, relative, scan);
  if (!info.isFile()) return skip("không phải tệp thông thường");

  const extension = path.extname(name).toLowerCase();
  if (!WORKBOOK_EXTENSIONS.has(extension)) {
    return skip("không phải bảng tính (.xlsx, .xlsm, .xls, .ods)");
  }
  scan.entries.push({ file, absolutePath, size: info.size });
}

/** Returns why a file or folder name is skipped, or null to read it. */
export function reasonToSkipName(name: string): string | null {
  if (name.startsWith("~$") || /^\.~lock\..*#$/.test(name)) {
    return "tệp khóa của Office/LibreOffice (tệp đang mở)";
  }
  if (name.startsWith(".")) return "tệp hoặc thư mục ẩn";
  return null;
}

async function resolveLink(link: string): Promise<string | null> {
  try {
    return await realpath(link);
  } catch {
    return null;
  }
}

/** Reports whether `target` is `root` or lies below it; both are real paths. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  if (relative === "") return true;
  if (relative === ".." || relative.startsWith(`..${path.sep}`)) return false;
  return !path.isAbsolute(relative);
}

function describeError(error: unknown): string {
  if (error instanceof Error && "code" in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}
