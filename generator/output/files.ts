// Safe writing of every output file: names that stay inside --out, no silent
// overwrite of a file we did not write, and atomic replacement (temp + rename).
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { lstat, mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { OutputError, UsageError } from "../errors.ts";
import { atInterrupt } from "../interrupt.ts";
import { outputMessages } from "./messages.ts";
import { DECK_COMPANY } from "../slides/marker.ts";

/** Windows device names, reserved with any extension (con.html is the console there). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file-name stem that is safe on every OS: letters, digits, `-` and `_` only
 * (so no separator, `..`, NUL or absolute path), never empty, never a Windows
 * device name, at most 100 characters.
 */
export function safeStem(raw: string, fallback = "campaign"): string {
  let s = raw
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/^[-_.]+|[-_.]+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  if (!s) s = fallback;
  if (RESERVED.test(s)) s = `${s}-report`;
  return s;
}

/** DIR/name, resolved, refused if it would land outside DIR (defence in depth). */
export function inside(dir: string, name: string): string {
  const root = resolve(dir);
  const file = resolve(root, name);
  const rel = relative(root, file);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || rel.includes("\0") || basename(file) !== rel)
    throw new UsageError(outputMessages.outside(name, dir));
  return file;
}

/** Creates --out (and its parents); a file in the way is a usage error. */
export async function ensureDir(dir: string): Promise<void> {
  const st = await lstat(dir).catch(() => null);
  if (st && !st.isDirectory()) throw new UsageError(outputMessages.outNotFolder(dir));
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new OutputError(outputMessages.cannotCreate(dir, (e as Error).message));
  }
}

/** The marker our HTML outputs carry in <head>. */
export const GENERATOR_META = '<meta name="generator" content="campaign-postmortem">';

/** JSON.stringify(model, null, 2) of a report model: the campaign object, then the totals object. */
const REPORT_JSON = /^\{\n {2}"campaign": \{\n[\s\S]*?\n {2}\},\n {2}"totals": \{\n/;
/** …and of a comparison: the version number, then the campaigns list. */
const COMPARE_JSON = /^\{\n {2}"version": \d+,\n {2}"campaigns": \[/;

async function head(file: string, bytes: number): Promise<Buffer> {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Whether an existing file looks like one this tool wrote, judged by its first
 * 64 KB: HTML with our generator meta; JSON laid out as we write a report model
 * or a comparison (a user's `{"campaign": …}` is not enough); a PDF printed by Chromium
 * (Skia/PDF producer); a CSV with the roster header; a deck with our Company.
 */
export async function isOurs(file: string): Promise<boolean> {
  const b = await head(file, 65536);
  const text = b.toString("latin1");
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "html") return text.includes(GENERATOR_META);
  if (ext === "json") return REPORT_JSON.test(text) || COMPARE_JSON.test(text);
  if (ext === "pdf") {
    if (!text.startsWith("%PDF-")) return false;
    // Chromium writes the Info dictionary near the end: look at the tail too.
    const tail = await tailOf(file, 65536);
    return (text + tail).includes("Skia/PDF");
  }
  if (ext === "csv") return text.startsWith("platform,handle,");
  // A deck is an uncompressed zip whose docProps/app.xml (near the start) names us as Company.
  if (ext === "pptx") return text.startsWith("PK") && text.includes(`<Company>${DECK_COMPANY}</Company>`);
  return false;
}

async function tailOf(file: string, bytes: number): Promise<string> {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    const n = Math.min(size, bytes);
    const buf = Buffer.alloc(n);
    await fh.read(buf, 0, n, size - n);
    return buf.toString("latin1");
  } finally {
    await fh.close();
  }
}

/**
 * Throws a usage error if writing `file` would silently replace something that
 * is not ours: a folder, a link, a device, or a file we did not write (unless
 * `force`).
 */
export async function checkOverwrite(file: string, force: boolean): Promise<void> {
  const st = await lstat(file).catch(() => null);
  if (!st) return;
  if (st.isDirectory()) throw new UsageError(outputMessages.isFolder(file));
  if (!st.isFile()) throw new UsageError(outputMessages.notRegular(file));
  if (force) return;
  if (!(await isOurs(file).catch(() => false))) throw new UsageError(outputMessages.notOurs(file));
}

/** Writes via a temp file in the same folder and a rename, so a crash never leaves half a file. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  const written = writeFile(tmp, data, { flag: "wx" });
  // Interrupted mid-write: the temp file goes, the file it would replace stays as it was. The
  // write is awaited first: its open may still be on its way and would recreate the file.
  const forget = atInterrupt(async () => {
    await written.catch(() => {});
    rmSync(tmp, { force: true });
  });
  try {
    await written;
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    throw e;
  } finally {
    forget();
  }
}

/** inside + checkOverwrite + writeAtomic; a write failure is exit 3. */
export async function writeOutput(
  dir: string,
  name: string,
  data: string | Uint8Array,
  force: boolean,
): Promise<string> {
  const file = inside(dir, name);
  await checkOverwrite(file, force);
  try {
    await writeAtomic(file, data);
  } catch (e) {
    throw new OutputError(outputMessages.cannotWrite(file, (e as Error).message));
  }
  return join(dir, basename(file));
}
