// What the read phase hands over: every tab as getValues() returns it.
import { headerKey } from "../schema/keys.ts";

/** One tab as a spreadsheet hands it over: row 0 is the header row. */
export interface RawTab {
  name: string;
  values: unknown[][];
}

export interface RawWorkbook {
  tabs: RawTab[];
}

/** Find a tab by name, case and whitespace ignored. */
export function findTab(wb: RawWorkbook, name: string): RawTab | undefined {
  const key = headerKey(name);
  return wb.tabs.find((t) => headerKey(t.name) === key);
}
