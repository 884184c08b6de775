// A folder of per-tab .csv files (Creators.csv …): cells stay text, the core reads them.
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { RawTab, RawWorkbook } from "../../core/index.ts";
import { guardCsv, guardCsvLines } from "./guard.ts";

/** `,` unless the header line has more `;` or tabs (exports from da/vi locales use `;`). */
function delimiterOf(text: string): string {
  const nl = text.indexOf("\n");
  const first = nl < 0 ? text : text.slice(0, nl);
  const counts = [",", ";", "\t"].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

export function parseCsv(text: string): unknown[][] {
  return parse(text, {
    bom: true,
    delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as unknown[][];
}

/**
 * CSV bytes → text. Excel writes UTF-8 (with or without BOM), "Unicode" UTF-16 with a BOM,
 * or, as "CSV (Comma delimited)" on Windows, the ANSI code page: bytes that are not valid
 * UTF-8 are read as Windows-1252 rather than turned into U+FFFD (Zoë must stay Zoë).
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export async function readCsvFolder(dir: string): Promise<RawWorkbook> {
  const files = (await readdir(dir)).filter((f) => extname(f).toLowerCase() === ".csv").sort();
  const tabs: RawTab[] = [];
  for (const f of files) {
    await guardCsv(join(dir, f));
    const text = decodeCsv(await readFile(join(dir, f)));
    guardCsvLines(join(dir, f), text);
    tabs.push({ name: basename(f, extname(f)), values: parseCsv(text) });
  }
  return { tabs };
}
