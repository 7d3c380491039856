import { Inflate } from "fflate";
import yauzl from "yauzl";

import { readLimits } from "./limits.js";
import type { ReadFailure } from "./types.js";

/** A failure found while opening or inflating the package. */
export class PackageError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.code);
  }
}

export function fail(
  code: ReadFailure["code"],
  params: ReadFailure["params"],
): never {
  throw new PackageError({ code, params });
}

/** One entry of a zip's central directory. */
export interface ZipEntry {
  /** Name with forward slashes and no leading slash. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  source: yauzl.Entry;
}

/** An opened zip: its entries by lower-case name (OOXML names ignore case). */
export interface ZipPackage {
  file: yauzl.ZipFile;
  entries: Map<string, ZipEntry>;
}

/**
 * Opens a zip from memory and checks its central directory before anything
 * is inflated: entry count, encryption, declared sizes and ratios.
 */
export async function openZip(bytes: Buffer): Promise<ZipPackage> {
  let file: yauzl.ZipFile;
  try {
    file = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    return failOpen(error);
  }

  const entries = await listEntries(file);
  return { file, entries };
}

function failOpen(error: unknown): never {
  const detail = error instanceof Error ? error.message : String(error);
  if (/end of central directory|truncated|unexpected EOF/i.test(detail)) {
    fail("file-truncated", { detail: "không thấy mục lục cuối tệp zip" });
  }
  fail("file-unreadable", { detail });
}

function listEntries(file: yauzl.ZipFile): Promise<Map<string, ZipEntry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, ZipEntry>();
    let count = 0;

    file.on("entry", (source: yauzl.Entry) => {
      count++;
      try {
        checkEntry(source, count);
      } catch (error) {
        file.close();
        reject(error);
        return;
      }
      const entry = toEntry(source);
      const key = entry.name.toLowerCase();
      if (!entries.has(key)) entries.set(key, entry);
      file.readEntry();
    });
    file.on("end", () => resolve(entries));
    file.on("error", (error: unknown) => {
      try {
        failOpen(error);
      } catch (failure) {
        reject(failure);
      }
    });
    file.readEntry();
  });
}

function toEntry(source: yauzl.Entry): ZipEntry {
  return {
    name: source.fileName.replace(/\\/g, "/").replace(/^\/+/, ""),
    compressedSize: source.compressedSize,
    uncompressedSize: source.uncompressedSize,
    method: source.compressionMethod,
    source,
  };
}

function checkEntry(source: yauzl.Entry, count: number): void {
  if (count > readLimits.maxEntries) {
    fail("workbook-too-large", {
      detail: `hơn ${readLimits.maxEntries} mục trong tệp nén`,
    });
  }
  if (source.isEncrypted()) fail("file-encrypted", {});
}

/**
 * Checks one part's declared size and ratio before it is inflated. A part
 * that declares a small size and inflates to more is caught by
 * `inflatePart`, which never writes past the declared size.
 */
export function checkDeclaredSize(
  entry: ZipEntry,
  maxBytes: number = readLimits.maxPartBytes,
): void {
  if (entry.uncompressedSize > maxBytes) {
    fail("workbook-too-large", {
      detail: `phần ${entry.name} giải nén ra ${formatMegabytes(entry.uncompressedSize)}`,
    });
  }

  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > 1024 * 1024 && ratio > readLimits.maxRatio) {
    fail("workbook-too-large", {
      detail: `phần ${entry.name} có tỷ lệ nén ${Math.round(ratio)}:1`,
    });
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Reads a part's stored bytes, still compressed. */
export async function readCompressed(
  pkg: ZipPackage,
  entry: ZipEntry,
): Promise<Buffer> {
  const stream = await pkg.file.openReadStreamPromise(entry.source, {
    decompress: false,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Receives inflated bytes; returning false stops inflating early. */
export type ChunkHandler = (chunk: Uint8Array) => boolean;

// Small input slices keep each inflated chunk small: deflate expands at
// most about 1032:1, so 16 KiB in yields at most about 16 MiB out.
const SLICE_BYTES = 16 * 1024;

/**
 * Inflates a part chunk by chunk with a hard cap at its declared size, so a
 * part that lies about its size never takes more memory than it declared.
 */
export function inflatePart(
  entry: ZipEntry,
  compressed: Uint8Array,
  onChunk: ChunkHandler,
  maxBytes: number = readLimits.maxPartBytes,
): void {
  checkDeclaredSize(entry, maxBytes);
  if (entry.method === 0) {
    inflateStored(entry, compressed, onChunk);
    return;
  }
  if (entry.method !== 8) {
    fail("file-unreadable", {
      detail: `phần ${entry.name} dùng kiểu nén ${entry.method} không hỗ trợ`,
    });
  }
  inflateDeflated(entry, compressed, onChunk);
}

function inflateStored(
  entry: ZipEntry,
  stored: Uint8Array,
  onChunk: ChunkHandler,
): void {
  const end = Math.min(stored.length, entry.uncompressedSize);
  for (let offset = 0; offset < end; offset += SLICE_BYTES) {
    const more = onChunk(
      stored.subarray(offset, Math.min(offset + SLICE_BYTES, end)),
    );
    if (!more) return;
  }
}

function inflateDeflated(
  entry: ZipEntry,
  compressed: Uint8Array,
  onChunk: ChunkHandler,
): void {
  let inflated = 0;
  let stopped = false;

  const inflater = new Inflate((chunk) => {
    if (stopped) return;
    inflated += chunk.length;
    if (inflated > entry.uncompressedSize) {
      fail("workbook-too-large", {
        detail: `phần ${entry.name} giải nén ra nhiều hơn kích thước khai báo`,
      });
    }
    if (!onChunk(chunk)) stopped = true;
  });

  try {
    for (
      let offset = 0;
      offset < compressed.length && !stopped;
      offset += SLICE_BYTES
    ) {
      const slice = compressed.subarray(offset, offset + SLICE_BYTES);
      inflater.push(slice, offset + SLICE_BYTES >= compressed.length);
    }
  } catch (error) {
    if (error instanceof PackageError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    fail("file-truncated", { detail: `phần ${entry.name} hỏng: ${detail}` });
  }
}

/** Inflates a whole part (bounded by its declared size) into one buffer. */
export function inflateWhole(
  entry: ZipEntry,
  compressed: Uint8Array,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  inflatePart(entry, compressed, (chunk) => {
    chunks.push(chunk.slice());
    return true;
  });
  return concat(chunks);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}
