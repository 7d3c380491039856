import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";

import { readLimits } from "./limits.js";
import { fail } from "./zip.js";

/**
 * Opens an input file for reading only. O_NONBLOCK keeps a FIFO or device
 * from blocking the open, and O_NOATIME, where the kernel allows it (Linux,
 * for the file's owner), leaves the access time alone.
 */
async function openReadOnly(path: string): Promise<FileHandle> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
  const noAccessTime = constants.O_NOATIME ?? 0;
  if (noAccessTime === 0) return open(path, flags);

  try {
    return await open(path, flags | noAccessTime);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
    return open(path, flags);
  }
}

/**
 * Reads a whole input file after checking that it is a regular file of an
 * acceptable size.
 */
export async function readInputFile(path: string): Promise<Buffer> {
  const handle = await openReadOnly(path);
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      fail("file-unreadable", { detail: "không phải tệp thường" });
    if (stats.size === 0) fail("file-empty", {});
    if (stats.size > readLimits.maxFileBytes) {
      fail("workbook-too-large", {
        detail: `tệp nặng ${Math.round(stats.size / 1024 / 1024)} MB`,
      });
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
