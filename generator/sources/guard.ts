// Size and container checks before a source file reaches a parser, so a damaged,
// encrypted or zip-bomb file is exit 2 with a sentence, within bounded memory.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { UsageError } from "../errors.ts";
import { sourceMessages } from "./messages.ts";
import { centralDirectory, dataStart, STREAM_OPTIONS, TAIL_BYTES, type ZipEntry, zipEntries } from "./zip.ts";

/** An .xlsx/.ods file on disk. */
export const MAX_WORKBOOK_BYTES = 100_000_000;
/** Bytes one zip entry may inflate to; also the total over all entries. */
export const MAX_UNPACKED_BYTES = 200_000_000;
/** One .csv tab file. */
export const MAX_CSV_BYTES = 50_000_000;
/** One CSV line (a header or row), in characters. */
export const MAX_CSV_LINE = 16_000_000; // above the 5 MB cells marketers paste

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Inflates one entry as a stream, counting bytes and keeping none: the real size, or -1 past `limit`. */
async function inflatedSize(file: string, e: ZipEntry, limit: number): Promise<number> {
  const start = await dataStart(file, e);
  if (start === null) return 0; // the parser will report the damage
  if (e.method === 0) return e.compressed <= limit ? e.compressed : -1;
  if (e.method !== 8 || e.compressed === 0) return 0;
  return new Promise<number>((done) => {
    let total = 0;
    const src = createReadStream(file, { start, end: start + e.compressed - 1, ...STREAM_OPTIONS.read });
    const inf = createInflateRaw(STREAM_OPTIONS.inflate);
    let settled = false;
    const stop = (n: number) => {
      if (settled) return;
      settled = true;
      src.destroy();
      inf.destroy();
      done(n);
    };
    inf.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) stop(-1);
    });
    inf.on("end", () => stop(total));
    inf.on("error", () => stop(total)); // damage: the parser's sentence
    src.on("error", () => stop(total));
    src.pipe(inf);
  });
}

/** Declared sizes can lie: whether the entries really inflate to more than `limit` in all (each inflated and discarded). */
async function pastLimit(file: string, entries: readonly ZipEntry[], limit: number): Promise<boolean> {
  let remaining = limit;
  for (const e of entries) {
    const n = await inflatedSize(file, e, remaining);
    if (n < 0) return true;
    remaining -= n;
  }
  return false;
}

/** Whether a zip file's entries really inflate to more than MAX_UNPACKED_BYTES in all. */
export async function unpacksPastLimit(file: string): Promise<boolean> {
  const entries = await zipEntries(file).catch(() => null);
  return entries !== null && (await pastLimit(file, [...entries.values()], MAX_UNPACKED_BYTES));
}

/**
 * Checks an .xlsx/.ods before parsing: size on disk, not an encrypted (CFB)
 * container, a readable zip, and every entry inflating to at most
 * MAX_UNPACKED_BYTES: declared sizes, and, with `inflate`, the real inflated
 * bytes (a reader that counts them as it inflates, as the .xlsx one does, goes without).
 */
export async function guardZip(
  file: string,
  ext: string,
  { unpacked = MAX_UNPACKED_BYTES, inflate = true }: { unpacked?: number; inflate?: boolean } = {},
): Promise<void> {
  const st = await stat(file);
  if (!st.isFile()) throw new UsageError(sourceMessages.notZip(file, ext));
  if (st.size > MAX_WORKBOOK_BYTES)
    throw new UsageError(sourceMessages.tooBig(file, st.size, MAX_WORKBOOK_BYTES));
  const fh = await open(file, "r");
  let all: Buffer;
  try {
    const n = Math.min(st.size, TAIL_BYTES);
    all = Buffer.alloc(n);
    await fh.read(all, 0, n, st.size - n);
  } finally {
    await fh.close();
  }
  const tailStart = st.size - all.length;
  if (tailStart === 0 && all.subarray(0, 8).equals(CFB)) throw new UsageError(sourceMessages.encrypted(file));
  if (tailStart > 0) {
    const h = Buffer.alloc(8);
    const f = await open(file, "r");
    await f.read(h, 0, 8, 0).finally(() => f.close());
    if (h.equals(CFB)) throw new UsageError(sourceMessages.encrypted(file));
  }
  const entries = centralDirectory(all, tailStart);
  if (!entries || entries.length === 0) throw new UsageError(sourceMessages.notZip(file, ext));
  let declared = 0;
  for (const e of entries) {
    declared += e.uncompressed;
    if (e.uncompressed > unpacked || declared > unpacked)
      throw new UsageError(sourceMessages.unpacksTooBig(file, unpacked));
  }
  if (inflate && (await pastLimit(file, entries, unpacked)))
    throw new UsageError(sourceMessages.unpacksTooBig(file, unpacked));
}

/** A .csv tab: bounded size, and no line longer than MAX_CSV_LINE. */
export async function guardCsv(file: string): Promise<void> {
  const st = await stat(file);
  if (st.size > MAX_CSV_BYTES) throw new UsageError(sourceMessages.csvTooBig(file, MAX_CSV_BYTES));
}

/** After reading: the longest line of a CSV text. */
export function guardCsvLines(file: string, text: string): void {
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) nl = text.length;
    if (nl - start > MAX_CSV_LINE) throw new UsageError(sourceMessages.csvLineTooLong(file, MAX_CSV_LINE));
    start = nl + 1;
  }
}
