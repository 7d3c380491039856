import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

import type ExcelJS from "exceljs";

/**
 * Writes a file so that readers see either the old content or the new one,
 * never a half-written file: the data goes to a temporary file in the same
 * folder, is flushed to disk, then renamed over the target. The folder is
 * created when missing. On failure the temporary file is removed and the
 * previous target is left as it was.
 *
 * @example await writeFileAtomic("out/tong-hop.xlsx", bytes);
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
): Promise<void> {
  const folder = path.dirname(path.resolve(target));
  await mkdir(folder, { recursive: true });

  // Same folder as the target, because rename is atomic only within one
  // file system. The leading dot keeps it out of inbox scans.
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${suffix}.tmp`,
  );

  try {
    await writeAndSync(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Serialises an exceljs workbook to .xlsx and writes it atomically. */
export async function writeWorkbookAtomic(
  workbook: ExcelJS.Workbook,
  target: string,
): Promise<void> {
  // Under Node, exceljs returns a Node Buffer, which is a Uint8Array.
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(target, buffer as unknown as Uint8Array);
}

async function writeAndSync(file: string, data: Uint8Array): Promise<void> {
  const handle = await open(file, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// Flushing the folder makes the rename itself durable after a power cut.
// Some platforms (Windows) cannot open a folder for syncing; the rename has
// still happened there, so the error is ignored.
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    return;
  }
}
