// Just enough of the zip format to list a workbook's entries and inflate one as a
// stream (node's zlib), without ever holding the archive or an entry in memory.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { PassThrough, pipeline, type Readable, Transform } from "node:stream";
import { createInflateRaw } from "node:zlib";

/** A zip file being read, and how many bytes its entries may still inflate to (a bomb's real size shows as it is read). */
export interface ZipFile {
  path: string;
  unpackBudget: number;
}

/** An entry inflated past its file's budget. */
export class UnpackedTooBig extends Error {
  constructor(entry: string) {
    super(`${entry} inflates past the bytes allowed`);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/** Reads and inflates in large pieces: 16 KB ones (zlib's default) cost more in callbacks than in inflating. */
export const STREAM_OPTIONS = { read: { highWaterMark: 1 << 20 }, inflate: { chunkSize: 1 << 18 } } as const;

/** The central directory sits at the end; a workbook's fits in its last 4 MB. */
export const TAIL_BYTES = 4_000_000;

/** Central directory of a zip (no zip64: a campaign workbook is far below 4 GB). */
export function centralDirectory(tail: Buffer, tailStart: number): ZipEntry[] | null {
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const start = cdOffset - tailStart;
  if (start < 0 || start + cdSize > tail.length) return null;
  const entries: ZipEntry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > tail.length || tail.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLen = tail.readUInt16LE(p + 28);
    const extraLen = tail.readUInt16LE(p + 30);
    const commentLen = tail.readUInt16LE(p + 32);
    entries.push({
      method: tail.readUInt16LE(p + 10),
      compressed: tail.readUInt32LE(p + 20),
      uncompressed: tail.readUInt32LE(p + 24),
      localOffset: tail.readUInt32LE(p + 42),
      name: tail.toString("utf8", p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entries of a zip file by name; null when it is not a readable zip. */
export async function zipEntries(file: string): Promise<Map<string, ZipEntry> | null> {
  const { size } = await stat(file);
  const n = Math.min(size, TAIL_BYTES);
  const tail = Buffer.alloc(n);
  const fh = await open(file, "r");
  try {
    await fh.read(tail, 0, n, size - n);
  } finally {
    await fh.close();
  }
  const list = centralDirectory(tail, size - n);
  return list ? new Map(list.map((e) => [e.name, e])) : null;
}

/** Where an entry's data starts (after its local header); null when the header is damaged. */
export async function dataStart(file: string, e: ZipEntry): Promise<number | null> {
  const fh = await open(file, "r");
  try {
    const h = Buffer.alloc(30);
    await fh.read(h, 0, 30, e.localOffset);
    if (h.readUInt32LE(0) !== 0x04034b50) return null;
    return e.localOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
  } finally {
    await fh.close();
  }
}

/** An entry's bytes, inflated as they are read; past the file's budget the stream fails with UnpackedTooBig. */
export async function entryStream(zip: ZipFile, e: ZipEntry): Promise<Readable> {
  const start = await dataStart(zip.path, e);
  if (start === null) throw new Error(`damaged zip entry ${e.name}`);
  if (e.compressed === 0) {
    const empty = new PassThrough();
    empty.end();
    return empty;
  }
  if (e.method !== 0 && e.method !== 8) throw new Error(`zip method ${e.method} in ${e.name}`);
  const raw = createReadStream(zip.path, { start, end: start + e.compressed - 1, ...STREAM_OPTIONS.read });
  if (e.method === 0) {
    zip.unpackBudget -= e.compressed;
    if (zip.unpackBudget < 0) {
      raw.destroy();
      throw new UnpackedTooBig(e.name);
    }
    return raw;
  }
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      zip.unpackBudget -= chunk.length;
      done(zip.unpackBudget < 0 ? new UnpackedTooBig(e.name) : null, chunk);
    },
  });
  // An error anywhere (a damaged stream, the budget) ends all three and reaches the reader.
  return pipeline(raw, createInflateRaw(STREAM_OPTIONS.inflate), counted, () => {});
}
