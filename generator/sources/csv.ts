// A folder of per-tab .csv files (Creators.csv, or as Sheets names a download): cells stay text, the core reads them.
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { type Options, parse } from "csv-parse/sync";
import { headerKey, type RawTab, type RawWorkbook, TAB_LIST } from "../../core/index.ts";
import { UsageError } from "../errors.ts";
import { guardCsv, guardCsvLines } from "./guard.ts";
import { sourceMessages } from "./messages.ts";

/** `,` unless the header line has more `;` or tabs (exports from da/vi locales use `;`). */
function delimiterOf(text: string): string {
  const nl = text.indexOf("\n");
  const first = nl < 0 ? text : text.slice(0, nl);
  const counts = [",", ";", "\t"].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

/** The rows of a CSV text; `file` names it in the sentence when a quote is never closed. */
export function parseCsv(text: string, file: string): unknown[][] {
  const options = {
    bom: true,
    delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  };
  try {
    return parse(text, options) as unknown[][];
  } catch (e) {
    if ((e as { code?: unknown }).code === "CSV_QUOTE_NOT_CLOSED")
      throw new UsageError(sourceMessages.csvQuoteNotClosed(file, unclosedLine(text, options)));
    throw e;
  }
}

/**
 * The line an unclosed quote opens its record on: the one after the last whole record. Found by
 * reading the text again, with a callback per record that would slow every read by a third.
 */
function unclosedLine(text: string, options: Options): number {
  let lastLine = 0;
  try {
    parse(text, {
      ...options,
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return record;
      },
    });
  } catch {
    // The same error again.
  }
  return lastLine + 1;
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

/**
 * The tab each .csv file holds. `Creators.csv` is the Creators tab; so is the name
 * a download gives it: Google Sheets' "Spring launch - Creators.csv" (File →
 * Download → .csv, one tab at a time) or LibreOffice's "spring-Creators.csv". A
 * file named exactly after a tab wins over a download of it; two downloads of
 * one tab (two campaigns in one folder) are refused rather than one picked.
 */
export function tabNames(dir: string, files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const byTab = new Map<string, string[]>();
  const exact = new Map<string, string[]>();
  for (const f of files) {
    const stem = basename(f, extname(f));
    // A browser saves a second download of one file as "… (1).csv".
    const key = headerKey(stem.replace(/\s*\(\d+\)$/, ""));
    const def = TAB_LIST.find((d) => {
      const k = headerKey(d.name);
      return key === k || key.endsWith(`-${k}`) || key.endsWith(`- ${k}`);
    });
    names.set(f, stem);
    if (!def) continue;
    const to = headerKey(def.name) === headerKey(stem) ? exact : byTab;
    to.set(def.name, [...(to.get(def.name) ?? []), f]);
  }
  for (const [tab, same] of exact)
    if (same.length > 1) throw new UsageError(sourceMessages.csvTabNamedTwice(dir, tab, same));
  for (const [tab, downloads] of byTab) {
    if (exact.has(tab)) continue;
    if (downloads.length > 1) throw new UsageError(sourceMessages.csvTabTwice(dir, tab, downloads));
    names.set(downloads[0]!, tab);
  }
  return names;
}

export async function readCsvFolder(dir: string): Promise<RawWorkbook> {
  const files = (await readdir(dir)).filter((f) => extname(f).toLowerCase() === ".csv").sort();
  const names = tabNames(dir, files);
  const tabs: RawTab[] = [];
  for (const f of files) {
    await guardCsv(join(dir, f));
    const text = decodeCsv(await readFile(join(dir, f)));
    guardCsvLines(join(dir, f), text);
    tabs.push({ name: names.get(f)!, values: parseCsv(text, join(dir, f)) });
  }
  return { tabs };
}
