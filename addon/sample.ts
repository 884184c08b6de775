// The sample campaign for Insert sample data: templates/sample/*.csv (written by
// `npm run sample`, tools/sample/) as cell values.
// Read from the files under Node (tests, bench); scripts/build-addon.ts replaces this
// module with the values it yields, so the Apps Script bundle carries them inlined.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { TAB_LIST } from "../core/index.ts";

export interface SampleTab {
  name: string;
  values: string[][];
}

/** The template tabs that have a CSV in `dir`, in template order. */
export function readSample(dir: URL): SampleTab[] {
  return TAB_LIST.flatMap((d) => {
    const file = new URL(`${d.name}.csv`, dir);
    if (!existsSync(file)) return [];
    return [
      { name: d.name, values: parse(readFileSync(file, "utf8"), { relax_column_count: true }) as string[][] },
    ];
  });
}

export const SAMPLE_DIR = new URL("../templates/sample/", import.meta.url);

export const SAMPLE: readonly SampleTab[] = readSample(SAMPLE_DIR);
