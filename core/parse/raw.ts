// What the read phase hands over: every tab as getValues() returns it.
import { headerKey } from "../schema/keys.ts";

/** One tab as a spreadsheet hands it over: row 0 is the header row. */
export interface RawTab {
  name: string;
  values: unknown[][];
  /**
   * 1-based sheet rows the reader knows are out of view: hidden by the user, by a filter or in
   * a collapsed group. Their cells are in `values` all the same and are read like any other
   * (a spreadsheet's SUM counts them too); the table reader says which data rows they are.
   * Absent when the reader cannot tell.
   */
  hiddenRows?: readonly number[];
  /**
   * 1-based sheet rows whose every cell holding a value is struck through, as people mark a row
   * they mean to cancel: read like any other, and said as hiddenRows are. Absent when the reader cannot tell.
   */
  struckRows?: readonly number[];
  /**
   * Number-format patterns indexed like `values` (`$#,##0.00`, `[$€-407]#,##0`), as a sheet's
   * getNumberFormats() hands them over; a reader may fill only the cells whose format names a
   * currency, and leave the rest undefined or "". A money cell formatted in another currency
   * than the campaign's is read as its number all the same; the table reader says which.
   * Absent when the reader cannot tell.
   */
  numberFormats?: readonly (readonly (string | undefined)[] | undefined)[];
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
