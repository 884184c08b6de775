// A folder of per-tab .csv files (Creators.csv, or as Sheets names a download): cells stay text, the core reads them.
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
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

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * One CSV text → its records, each as long as it is. A leading BOM is dropped; the first line
 * break outside quotes (CR LF, LF or CR) is the record delimiter from then on; a quote opens a
 * field only at its start, `""` inside is one quote, and a closing quote followed by more than a
 * delimiter, a record delimiter or the end leaves the field's quotes as written, as spreadsheet
 * apps read a stray quote. A record without a quote is split in one step.
 */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiterOf(s);
  const n = s.length;
  const rows: string[][] = [];
  /** The record delimiter, once the first line break outside quotes has shown it. */
  let rd = "";
  const isBreak = (c: number) => c === CR || c === LF;
  /** The record delimiter's length where one starts at `i`, else 0; the first line break seen is the delimiter. */
  const delimiterAt = (i: number): number => {
    if (rd === "") {
      const c = s.charCodeAt(i);
      if (!isBreak(c)) return 0;
      rd = c === CR && s.charCodeAt(i + 1) === LF ? "\r\n" : c === CR ? "\r" : "\n";
    } else if (!s.startsWith(rd, i)) return 0;
    return rd.length;
  };
  let quote = s.indexOf('"');
  let pos = 0;
  while (pos < n) {
    let end: number;
    if (rd === "") {
      end = pos;
      while (end < n && !isBreak(s.charCodeAt(end))) end++;
    } else {
      end = s.indexOf(rd, pos);
      if (end < 0) end = n;
    }
    if (quote >= 0 && quote < pos) quote = s.indexOf('"', pos);
    if (quote < 0 || quote >= end) {
      if (end < n) delimiterAt(end);
      rows.push(s.slice(pos, end).split(d));
      pos = end < n ? end + rd.length : n;
      continue;
    }
    const record: string[] = [];
    pos = quotedRecord(s, pos, d, record, delimiterAt, rows.length, () => rd);
    rows.push(record);
  }
  return rows;
}

/**
 * A quote left open, worded and counted as the csv-parse package does (its line: each CR and LF
 * before the last character, less the LF of each CR LF that ended one of the `records` before).
 */
function quoteNotClosed(s: string, records: number, rd: string): string {
  let line = 1;
  for (let i = 0; i < s.length - 1; i++) if (s.charCodeAt(i) === CR || s.charCodeAt(i) === LF) line++;
  if (rd === "\r\n") line -= records;
  return `Quote Not Closed: the parsing is finished with an opening quote at line ${line}`;
}

/** A record holding a quote, read field by field from `start`: where the next record starts. */
function quotedRecord(
  s: string,
  start: number,
  d: string,
  record: string[],
  delimiterAt: (i: number) => number,
  recordsBefore: number,
  rdNow: () => string,
): number {
  const n = s.length;
  /** Whether a field may end at `i`: the end, a delimiter or a record delimiter. */
  const ends = (i: number) => i >= n || s[i] === d || delimiterAt(i) > 0;
  let field = "";
  let i = start;
  while (i < n) {
    if (s.charCodeAt(i) === QUOTE && field === "") {
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) throw new Error(quoteNotClosed(s, recordsBefore, rdNow()));
        field += s.slice(j, q);
        i = q + 1;
        if (s.charCodeAt(i) !== QUOTE) break;
        field += '"';
        j = i + 1;
      }
      // A closing quote with more after it: the field goes on, its quotes kept as written.
      if (!ends(i)) field = `"${field}"`;
      continue;
    }
    const rd = delimiterAt(i);
    if (rd > 0) {
      record.push(field);
      return i + rd;
    }
    if (s[i] === d) {
      record.push(field);
      field = "";
    } else field += s[i];
    i++;
  }
  record.push(field);
  return n;
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
    tabs.push({ name: names.get(f)!, values: parseCsv(text) });
  }
  return { tabs };
}
