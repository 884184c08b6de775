// The Spreadsheet service as the add-on uses it: template tabs as grids (one getValues() per tab),
// A1 addresses, and room to write.
import {
  columnLetter,
  headerKey,
  linkCandidates,
  type RawWorkbook,
  TAB_LIST,
  type TabDef,
} from "../core/index.ts";

import type { RichText, Sheet, Spreadsheet } from "./service.ts";

export type { Range, Sheet, Spreadsheet } from "./service.ts";

export const activeSpreadsheet = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();

/** A template tab present in the spreadsheet, with its name as read once per run. */
export interface PresentTab {
  def: TabDef;
  sheet: Sheet;
  name: string;
}

/** A template tab found in the spreadsheet, with its values as getValues() returned them. */
export interface FoundTab extends PresentTab {
  values: unknown[][];
  /** The ignored columns as read, before blanking (1-based column → column values, index 0 = row 1). */
  ignored: Map<number, unknown[]>;
  /** The formulas of the ignored columns ("" where a cell holds a value), same shape. */
  formulas: Map<number, string[]>;
  /** The number formats of a tab with money columns, as getNumberFormats() returned them, when read. */
  numberFormats?: string[][];
}

/** Template tabs present in the spreadsheet (names matched as the core matches them). */
export function templateSheets(ss: Spreadsheet): PresentTab[] {
  const byKey = new Map<string, { sheet: Sheet; name: string }>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const key = headerKey(name);
    if (!byKey.has(key)) byKey.set(key, { sheet, name });
  }
  return TAB_LIST.flatMap((def) => {
    const found = byKey.get(headerKey(def.name));
    return found ? [{ def, ...found }] : [];
  });
}

export function findSheet(ss: Spreadsheet, tab: string): Sheet | null {
  const key = headerKey(tab.replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
  return ss.getSheets().find((s) => headerKey(s.getName()) === key) ?? null;
}

/** The one URL a cell's text links to, whole or on a run; null when none or several. */
function richLink(text: RichText | null | undefined): string | null {
  if (!text) return null;
  const whole = text.getLinkUrl();
  if (whole) return whole;
  const urls = new Set(text.getRuns().flatMap((run) => run.getLinkUrl() ?? []));
  return urls.size === 1 ? ([...urls][0] ?? null) : null;
}

/**
 * getValues gives a `=HYPERLINK("url", "Watch")` or a linked text as "Watch". In a URL
 * column, such a formula becomes `{formula, result}` and such a text `{text, hyperlink}`,
 * which the core reads as their URL. Asked only for URL columns holding a cell that is
 * not a URL: the tab's formulas once, the rich text of each such column's span once.
 */
function withLinks(tab: PresentTab, values: unknown[][], formulas: () => string[][]): void {
  const candidates = linkCandidates({ name: tab.name, values });
  if (candidates.length === 0) return;
  const all = formulas();
  for (const { col, rows } of candidates) {
    const plain: number[] = [];
    for (const r of rows) {
      const row = values[r];
      const formula = all[r]?.[col] ?? "";
      if (row && /^=\s*HYPERLINK\s*\(/i.test(formula)) row[col] = { formula, result: row[col] };
      else plain.push(r);
    }
    const first = plain[0];
    const last = plain[plain.length - 1];
    if (first === undefined || last === undefined) continue;
    const rich = tab.sheet.getRange(first + 1, col + 1, last - first + 1, 1).getRichTextValues();
    for (const r of plain) {
      const row = values[r];
      const url = richLink(rich[r - first]?.[0]);
      if (row && url !== null) row[col] = { text: row[col], hyperlink: url };
    }
  }
}

/** The core names money cells formatted in another currency in table tabs only. */
const readsFormats = (def: TabDef) => def.layout === "table" && def.columns.some((m) => m.kind === "money");

/**
 * Read every template tab: one getValues each, and one getFormulas for a tab with ignored
 * columns or (with `links`, for the core) a URL column holding a cell that is not a URL.
 * Columns listed in `ignore` (the add-on's own computed columns, 1-based) are blanked so the
 * core never reads its output back. With `formats`, one getNumberFormats for a table tab with
 * money columns: a cell formatted in another currency reads as its bare number.
 */
export function readTabs(
  tabs: readonly PresentTab[],
  ignore: ReadonlyMap<TabDef, readonly number[]> = new Map(),
  links = false,
  formats = false,
): FoundTab[] {
  return tabs.map((tab) => {
    const range = tab.sheet.getDataRange();
    const values = range.getValues();
    const cols = ignore.get(tab.def) ?? [];
    let read: string[][] | undefined;
    const getFormulas = () => {
      read ??= range.getFormulas();
      return read;
    };
    const all = cols.length > 0 ? getFormulas() : [];
    const ignored = new Map<number, unknown[]>();
    const formulas = new Map<number, string[]>();
    for (const col of cols) {
      ignored.set(
        col,
        values.map((row) => row[col - 1] ?? ""),
      );
      formulas.set(
        col,
        all.map((row) => row[col - 1] ?? ""),
      );
      for (const row of values) if (col - 1 < row.length) row[col - 1] = "";
    }
    if (links) withLinks(tab, values, getFormulas);
    const found: FoundTab = { ...tab, values, ignored, formulas };
    if (formats && readsFormats(tab.def)) found.numberFormats = range.getNumberFormats();
    return found;
  });
}

export function workbookOf(found: readonly FoundTab[]): RawWorkbook {
  return {
    tabs: found.map((t) =>
      t.numberFormats
        ? { name: t.name, values: t.values, numberFormats: t.numberFormats }
        : { name: t.name, values: t.values },
    ),
  };
}

/** `D7` → {row: 7, col: 4} (1-based); null for anything else. */
export function parseCell(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** `Creators!D7` / `'My tab'!D7` → tab and cell. */
export function splitRef(ref: string): { tab: string; cell: string } | null {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return null;
  return { tab: ref.slice(0, bang), cell: ref.slice(bang + 1) };
}

/** 1-based column → letters. */
export const letter = (col: number) => columnLetter(col - 1);

/** A1 ranges for cells, one range per run of consecutive rows in a column: fewer strings for RangeList. */
export function runsA1(cells: readonly { row: number; col: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1]!.col === start.col && sorted[i + 1]!.row === end.row + 1)
      end = sorted[++i]!;
    const from = `${letter(start.col)}${start.row}`;
    out.push(end.row === start.row ? from : `${from}:${letter(end.col)}${end.row}`);
    i++;
  }
  return out;
}

/** A tab the add-on owns, numbered past the ones it must leave alone: "KPIs", "KPIs (2)", … */
export const numberedTab = (base: string, n: number) => (n === 1 ? base : `${base} (${n})`);

/**
 * Replace a tab's contents with `values` (`width` columns): one clear, one number-format call
 * (`formats` one per cell, or one for all) and one setValues, whatever the row count.
 */
export function rewriteTab(sheet: Sheet, values: unknown[][], width: number, formats: string | string[][]) {
  sheet.clearContents();
  ensureSize(sheet, values.length, width);
  const range = sheet.getRange(1, 1, values.length, width);
  if (typeof formats === "string") range.setNumberFormat(formats);
  else range.setNumberFormats(formats);
  range.setValues(values);
}

/** Make room for `rows` × `cols` (grids have a fixed size; writing past it throws). */
export function ensureSize(sheet: Sheet, rows: number, cols: number) {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}
