// Computed columns to the right of Creators, Content and Products.
//
// Each computed column carries column-level developer metadata
// (key `postmortem.computed`, value = the KPI key). Sheets moves that metadata
// with the column, so the add-on finds its columns again wherever a user has
// inserted or moved columns, writes only there, and appends the missing ones
// after the last used column. Input columns are never written.
import {
  a1,
  type Analysis,
  headerKey,
  IMPORT_KEY_HEADER,
  type Issue,
  isWrittenHeader,
  matchHeader,
  type Said,
  type SkuKpis,
  sentence,
} from "../core/index.ts";
import { COMPUTED, type ComputedColumn, type ComputedTabKey } from "./columns.ts";
import { TEXT, unitFormat } from "./formats.ts";
import { norm, typedCells, type Written, writtenColumn } from "./ledger.ts";
import { say } from "./messages.ts";
import { ensureSize, type FoundTab, letter, type Sheet } from "./sheets.ts";

export const COMPUTED_KEY = "postmortem.computed";
export const COMPUTED_BG = "#d4e6f9";

/** The add-on's computed columns on a sheet, found by their metadata. */
export interface FoundComputed {
  /** KPI key → 1-based column (the leftmost, when a key is on several columns). */
  columns: Map<string, number>;
  /** Further columns carrying a key already found: reported, read as blank, never written. */
  duplicates: { key: string; column: number; first: number }[];
}

export function findComputed(sheet: Sheet): FoundComputed {
  const found: { key: string; column: number }[] = [];
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COMPUTED_KEY).find()) {
    const column = md.getLocation().getColumn()?.getColumn();
    const key = md.getValue();
    if (column && key) found.push({ key, column });
  }
  found.sort((a, b) => a.column - b.column);
  const columns = new Map<string, number>();
  const duplicates: FoundComputed["duplicates"] = [];
  for (const f of found) {
    const first = columns.get(f.key);
    if (first === undefined) columns.set(f.key, f.column);
    else if (first !== f.column) duplicates.push({ ...f, first });
  }
  return { columns, duplicates };
}

/** Every column to blank before the core reads the tab: the computed ones and their copies. */
export const computedColumnsOf = (f: FoundComputed): number[] => [
  ...f.columns.values(),
  ...f.duplicates.map((d) => d.column),
];

type Record_ = Readonly<Record<string, unknown>>;

/** Sheet row → the figures of that row, for each computed tab. */
export function rowsOf(key: ComputedTabKey, a: Analysis): Map<number, Record_> {
  if (key === "creators") return new Map(a.model.creators.map((c) => [c.row, c as unknown as Record_]));
  if (key === "content") return new Map(a.model.posts.map((p) => [p.row, p as unknown as Record_]));
  const bySku = new Map<string, SkuKpis>();
  for (const p of a.model.products)
    for (const s of p.skus) if (s.sku) bySku.set(s.sku.trim().toLowerCase(), s);
  const out = new Map<number, Record_>();
  for (const p of a.dataset.products) {
    const s = bySku.get(p.sku.trim().toLowerCase());
    if (s) out.set(p.row, s as unknown as Record_);
  }
  return out;
}

/** A figure as the sheet shows it: blank for none, yes/no for booleans. */
export function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "yes" : "no";
  return v;
}

/** What a Compute found in a tab's computed columns before writing. */
export interface ComputedState {
  existing: ReadonlyMap<string, number>;
  /** KPI key → the column as read (index 0 = header row); absent for columns not there yet. */
  current: ReadonlyMap<string, readonly unknown[]>;
  /** KPI key → the column's formulas as read ("" for a value), same shape as `current`. */
  formulas: ReadonlyMap<string, readonly string[]>;
  /** KPI key → sheet rows holding a value someone typed: kept, never written. */
  typed: ReadonlyMap<string, readonly number[]>;
}

/**
 * Read a tab's computed columns as found: what stands in them, which cells someone
 * typed (a formula is always someone's: Compute writes values; a value is told apart by the
 * ledger of what Compute wrote, `written` null when there is no ledger at all), and a finding
 * for each typed cell and each copy. The tab's name was read once, with the tab.
 */
export function inspectComputed(
  key: ComputedTabKey,
  tab: FoundTab,
  found: FoundComputed,
  written: Written | null,
): { state: ComputedState; findings: Issue[] } {
  const labels = new Map(COMPUTED[key].map((c) => [c.key, c.label]));
  const label = (k: string) => labels.get(k) ?? k;
  const finding = (code: Issue["code"], row: number, col: number, k: string, said: Said): Issue => ({
    severity: "warning",
    code,
    tab: tab.def.name,
    row,
    column: label(k),
    cell: a1(tab.name, col - 1, row),
    message: said.message,
    args: said.args,
  });
  const current = new Map<string, unknown[]>();
  const formulas = new Map<string, string[]>();
  const typed = new Map<string, number[]>();
  const findings: Issue[] = [];
  for (const [k, col] of found.columns) {
    const column = tab.ignored.get(col) ?? [];
    const formula = tab.formulas.get(col) ?? [];
    current.set(k, column);
    formulas.set(k, formula);
    // No ledger: nothing tells typed values from computed, so they are taken as Compute's (README).
    const byValue = written ? typedCells(column, writtenColumn(written, k)) : [];
    const rows = [...new Set([...byValue, ...formulaRows(formula)])].sort((a, b) => a - b);
    if (rows.length > 0) typed.set(k, rows);
    for (const row of rows) {
      const shown = formula[row - 1] || norm(column[row - 1]);
      findings.push(finding("typed-in-computed", row, col, k, sentence.typedInComputed(label(k), shown)));
    }
  }
  for (const d of found.duplicates)
    findings.push(
      finding(
        "duplicate-computed",
        1,
        d.column,
        d.key,
        sentence.duplicateComputed(label(d.key), letter(d.first)),
      ),
    );
  return { state: { existing: found.columns, current, formulas, typed }, findings };
}

/**
 * Columns of the user's that bear the name of a computed one (a "ROAS" or "Cost" typed beside
 * the inputs, or a computed column that lost its marker): the core never reads such a column,
 * so each is reported on its header. Compute writes its own column elsewhere and leaves
 * this one as typed. `tab.values` has the add-on's own columns blanked already.
 */
export function namedLikeComputed(key: ComputedTabKey, tab: FoundTab): Issue[] {
  const importKey = headerKey(IMPORT_KEY_HEADER);
  const out: Issue[] = [];
  (tab.values[0] ?? []).forEach((h, c) => {
    if (typeof h !== "string" || headerKey(h) === importKey) return;
    // An input column's header is read as input even where a computed one has its name.
    if (matchHeader(tab.def, h) || !isWrittenHeader(tab.def, h)) return;
    const header = h.trim();
    const cell = a1(tab.name, c, 1);
    const description = COMPUTED[key].find((col) => headerKey(col.label) === headerKey(h))?.description;
    out.push({
      severity: "warning",
      code: "computed-name",
      tab: tab.def.name,
      row: 1,
      column: header,
      cell,
      ...sentence.computedName(header, cell, description),
    });
  });
  return out;
}

/** Data rows (sheet rows, from 2) holding a formula. */
function formulaRows(formulas: readonly string[]): number[] {
  const rows: number[] = [];
  for (let i = 1; i < formulas.length; i++) if (formulas[i]) rows.push(i + 1);
  return rows;
}

/**
 * Write one tab's computed columns and return what was written, row by row, for
 * the ledger. `size` is the data range as read (`width` its input part). Cells
 * someone typed into are skipped, and so is a header someone renamed; a header
 * left blank gets its label back.
 */
export function writeComputed(
  sheet: Sheet,
  columns: readonly ComputedColumn[],
  figures: ReadonlyMap<number, Record_>,
  size: { rows: number; width: number },
  state: ComputedState,
  money: string,
): Written {
  const { existing } = state;
  let next = Math.max(size.width, ...existing.values()) + 1;
  const placed = columns.map((c) => ({ c, col: existing.get(c.key) ?? next++, isNew: !existing.has(c.key) }));
  const rows = Math.max(size.rows, 1);
  ensureSize(sheet, rows, next - 1);
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  for (const p of placed)
    if (p.isNew)
      sheet
        .getRange(`${letter(p.col)}:${letter(p.col)}`)
        .addDeveloperMetadata(COMPUTED_KEY, p.c.key, visibility);

  const written: Written = { keys: columns.map((c) => c.key), rows: new Map() };
  for (let r = 2; r <= rows; r++)
    written.rows.set(
      r,
      columns.map(() => ""),
    );
  const maxRows = sheet.getMaxRows();
  const byFormat = new Map<string, string[]>();
  for (const run of runs(placed)) {
    const skip = new Set<string>();
    const grid: unknown[][] = [
      run.map((p, j) => {
        const header = state.current.get(p.c.key)?.[0];
        const renamed = header !== undefined && norm(header) !== "" && norm(header) !== p.c.label;
        if (renamed) skip.add(`0:${j}`);
        return renamed ? header : p.c.label;
      }),
    ];
    run.forEach((p, j) => {
      for (const r of state.typed.get(p.c.key) ?? []) if (r <= rows) skip.add(`${r - 1}:${j}`);
    });
    for (let r = 2; r <= rows; r++) {
      const rec = figures.get(r);
      const line = written.rows.get(r)!;
      grid.push(
        run.map((p, j) => {
          const v = rec ? cellValue(rec[p.c.key]) : "";
          if (!skip.has(`${r - 1}:${j}`)) line[columns.indexOf(p.c)] = norm(v);
          return v;
        }),
      );
    }
    const start = run[0]!.col;
    const kept = (i: number, j: number) => {
      const k = run[j]!.c.key;
      return { value: state.current.get(k)?.[i] ?? "", formula: state.formulas.get(k)?.[i] ?? "" };
    };
    sheet.getRange(1, start, grid.length, run.length).setValues(merged(sheet, start, grid, skip, kept));
    const header = sheet.getRange(1, start, 1, run.length);
    header.setFontWeight("bold").setBackground(COMPUTED_BG);
    header.setNotes([run.map((p) => say.computedNote(p.c.label, p.c.description))]);
    for (const p of run) {
      const f = unitFormat(p.c.unit, money);
      const around = rowsAround(2, maxRows, state.typed.get(p.c.key) ?? []);
      const l = letter(p.col);
      byFormat.set(f, [...(byFormat.get(f) ?? []), ...around.map(([a, b]) => `${l}${a}:${l}${b}`)]);
    }
  }
  if (maxRows > 1) for (const [f, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(f);
  return written;
}

/**
 * `grid` with each cell of `skip` ("row:col", 0-based) put back as it stands, so the block is
 * written with one setValues whatever was typed: a formula as its formula, a text with an
 * apostrophe (Sheets would read "1200" or "2.5" typed into a cell as a number or a date; the
 * apostrophe keeps text, and a cell formatted "@" keeps it as it is), anything else as read.
 * The number formats are read, once, only when a kept text needs them.
 */
function merged(
  sheet: Sheet,
  left: number,
  grid: readonly unknown[][],
  skip: ReadonlySet<string>,
  kept: (row: number, col: number) => { value: unknown; formula: string },
): unknown[][] {
  if (skip.size === 0) return grid as unknown[][];
  const out = grid.map((r) => [...r]);
  let formats: string[][] | null = null;
  for (const at of skip) {
    const [i, j] = at.split(":").map(Number) as [number, number];
    const row = out[i];
    if (!row) continue;
    const { value, formula } = kept(i, j);
    if (formula !== "") row[j] = formula;
    else if (typeof value === "string" && value !== "") {
      formats ??= sheet.getRange(1, left, grid.length, row.length).getNumberFormats();
      row[j] = formats[i]?.[j] === TEXT ? value : `'${value}`;
    } else row[j] = value;
  }
  return out;
}

/**
 * The spans of rows `from`..`to` that leave out the `skip` rows: a number someone
 * typed into a computed column keeps its own format (a 1200 typed under ROAS
 * should not turn into "1200.00×"). Still one RangeList call per format.
 */
export function rowsAround(from: number, to: number, skip: Iterable<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (const r of [...new Set(skip)].sort((a, b) => a - b)) {
    if (r < start || r > to) continue;
    if (r > start) out.push([start, r - 1]);
    start = r + 1;
  }
  if (start <= to) out.push([start, to]);
  return out;
}

/** Consecutive columns, so each run is written with one call. */
function runs<T extends { col: number }>(placed: readonly T[]): T[][] {
  const sorted = [...placed].sort((a, b) => a.col - b.col);
  const out: T[][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1]!.col === p.col - 1) last.push(p);
    else out.push([p]);
  }
  return out;
}
