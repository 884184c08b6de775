// Tab grids (what getValues() returns, row 0 the headers) built from records keyed by
// column key: the header text always comes from the core schema, so a renamed header
// reaches the sample and the tests alike. Used by tools/sample and test/support/workbook.ts.
import { type RawTab, type RawWorkbook, TABS, type TabKey } from "../core/index.ts";

export type Grid = unknown[][];
/** One record: column key → cell value. */
export type Fields = Readonly<Record<string, unknown>>;

/** The header row of a form tab (Campaign): its fields are rows, not columns. */
export const FORM_HEADER: readonly string[] = ["Field", "Value"];

/** The header text of a column, by key; throws on a key the tab does not have. */
export function headerOf(tab: TabKey, key: string): string {
  const column = TABS[tab].columns.find((c) => c.key === key);
  if (!column) throw new Error(`the ${TABS[tab].name} tab has no column "${key}"`);
  return column.header;
}

/** The header texts of columns, by key, in the order given. */
export function headersOf(tab: TabKey, keys: readonly string[]): string[] {
  return keys.map((k) => headerOf(tab, k));
}

/** A form tab: the Field/Value header, then one row per field, in the order given. */
export function formGrid(tab: TabKey, fields: Fields): Grid {
  return [[...FORM_HEADER], ...Object.entries(fields).map(([key, value]) => [headerOf(tab, key), value])];
}

/**
 * A table tab: the headers of `columns` (by default the schema's columns the records use,
 * in the schema's order), then one row per record. A key a record lacks is a blank ("") cell.
 */
export function tableGrid(tab: TabKey, records: readonly Fields[], columns?: readonly string[]): Grid {
  const used = new Set(records.flatMap((r) => Object.keys(r)));
  for (const key of used) headerOf(tab, key);
  const keys = columns ?? TABS[tab].columns.map((c) => c.key).filter((k) => used.has(k));
  return [headersOf(tab, keys), ...records.map((r) => keys.map((k) => (k in r ? r[k] : "")))];
}

/** A tab under its schema name. */
export function rawTab(tab: TabKey, values: Grid): RawTab {
  return { name: TABS[tab].name, values };
}

/** A workbook of the given tabs, in the order given, each under its schema name. */
export function rawWorkbook(tabs: Partial<Record<TabKey, Grid>>): RawWorkbook {
  return {
    tabs: Object.entries(tabs).map(([key, values]) => rawTab(key as TabKey, values ?? [])),
  };
}
