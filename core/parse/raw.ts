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

/** Every tab whose name is `name` with case and whitespace ignored, in workbook order. */
export function findTabs(wb: RawWorkbook, name: string): RawTab[] {
  const key = headerKey(name);
  return wb.tabs.filter((t) => headerKey(t.name) === key);
}

/**
 * Find a tab by name, case and whitespace ignored; among several such tabs the one
 * spelled exactly as asked, else the first (the reader reports the others).
 */
export function findTab(wb: RawWorkbook, name: string): RawTab | undefined {
  const all = findTabs(wb, name);
  return all.length > 1 ? (all.find((t) => t.name === name) ?? all[0]) : all[0];
}
