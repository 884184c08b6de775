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

export async function readCsvFolder(dir: string): Promise<RawWorkbook> {
  const files = (await readdir(dir)).filter((f) => extname(f).toLowerCase() === ".csv").sort();
  const tabs: RawTab[] = [];
  for (const f of files) {
    await guardCsv(join(dir, f));
    const text = await readFile(join(dir, f), "utf8");
    guardCsvLines(join(dir, f), text);
    tabs.push({ name: basename(f, extname(f)), values: parseCsv(text) });
  }
  return { tabs };
}
