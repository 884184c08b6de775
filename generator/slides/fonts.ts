// The bundled Noto fonts as plain TrueType files on disk: resvg (and fontconfig,
// for the LibreOffice check) read only TTF/OTF, and the font packages ship WOFF.
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inflateSync } from "node:zlib";
import { type FontWeight, fontFile, fontSubsetsFor } from "../charts/fonts.ts";

/** Where the unpacked fonts are kept between runs (same input file → same output file). */
export const FONT_CACHE = join(tmpdir(), "campaign-postmortem-fonts");

/** WOFF 1.0 → the sfnt it wraps: the same tables, inflated, behind a rebuilt table directory. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const raw = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error("corrupt WOFF table");
    tables.push({ tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 16), data });
  }
  const pow = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(numTables * 16 - pow * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    parts.push(t.data, Buffer.alloc(pad));
    offset += t.data.length + pad;
  });
  return Buffer.concat(parts);
}

async function unpacked(woffFile: string, dir: string): Promise<string> {
  const out = join(dir, basename(woffFile).replace(/\.woff$/, ".ttf"));
  if (await stat(out).catch(() => null)) return out;
  const ttf = woffToSfnt(await readFile(woffFile));
  // Another run may be writing the same file: write aside, then rename over.
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, ttf);
  await rename(tmp, out);
  return out;
}

/** TrueType files of the bundled subsets that `text` needs, in the weights asked for. */
export async function fontFilesFor(
  text: string,
  weights: FontWeight[] = [400, 700],
  dir: string = FONT_CACHE,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const subset of fontSubsetsFor(text))
    for (const w of weights) files.push(await unpacked(fontFile(subset, w, "woff"), dir));
  return files;
}
