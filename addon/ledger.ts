// The ledger: what Compute KPIs last wrote, kept in a hidden tab.
//
// Without it a cell in a computed column cannot be told apart: did Compute
// write it, or did someone type it there afterwards? With it, Compute rewrites
// only what it wrote itself and keeps (and reports) what a person typed; the
// KPIs tab is rewritten only while it still holds exactly what Compute left.
//
// Layout, one getValues to read and one setValues to write whatever the row
// count: A1 the marker, B1/C1 the KPIs tab we own and a fingerprint of its
// values; row 2 one JSON list of KPI keys per computed tab; from row 3, the
// values written on sheet row r sit at ledger row r + 1, as one JSON list per
// tab (so 20,000 Content rows cost 20,000 cells, not 20,000 × columns).
import type { ComputedTabKey } from "./columns.ts";
import { say } from "./messages.ts";
import { TEXT } from "./formats.ts";
import { rewriteTab, type Sheet, type Spreadsheet } from "./sheets.ts";

/** The tab name and marker are stored in users' sheets: renaming them would lose every ledger. */
export const LEDGER_TAB = "Post-mortem memory";
const MARKER = "campaign-postmortem memory v1 · written by Compute KPIs; do not edit or delete";
/** The ledger's column of each computed tab: part of what is stored, so never reordered. */
const TABS: readonly ComputedTabKey[] = ["creators", "content", "products"];

/** Values as Compute wrote them, compared as text so a number read back equals the number written. */
export const norm = (v: unknown): string =>
  v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : String(v);

export interface Written {
  keys: string[];
  /** Sheet row → the values written on that row, in `keys` order ("" where nothing was written). */
  rows: Map<number, string[]>;
}

export interface Ledger {
  kpis: { tab: string; fingerprint: string } | null;
  tabs: Partial<Record<ComputedTabKey, Written>>;
}

const parseList = (s: unknown): string[] | null => {
  if (typeof s !== "string" || s === "") return null;
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.map(norm) : null;
  } catch {
    return null;
  }
};

function ledgerSheet(ss: Spreadsheet): Sheet | null {
  const sheet = ss.getSheetByName(LEDGER_TAB);
  if (!sheet) return null;
  // A tab of that name without our marker is someone else's: never read or write it.
  const a1 = sheet.getRange(1, 1).getValues()[0]?.[0];
  return a1 === MARKER ? sheet : null;
}

/** The ledger, or null when there is none (first Compute, or the tab was deleted). */
export function readLedger(ss: Spreadsheet): Ledger | null {
  const sheet = ledgerSheet(ss);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  const head = grid[0] ?? [];
  const kpisTab = typeof head[1] === "string" && head[1] !== "" ? head[1] : null;
  const ledger: Ledger = {
    kpis: kpisTab ? { tab: kpisTab, fingerprint: norm(head[2]) } : null,
    tabs: {},
  };
  TABS.forEach((tab, i) => {
    const keys = parseList(grid[1]?.[i]);
    if (!keys) return;
    const rows = new Map<number, string[]>();
    for (let m = 2; m < grid.length; m++) {
      const list = parseList(grid[m]?.[i]);
      if (list) rows.set(m, list); // ledger row m + 1 (1-based) ↔ sheet row m
    }
    ledger.tabs[tab] = { keys, rows };
  });
  return ledger;
}

/** Replace the ledger with what this Compute wrote; creates the hidden tab the first time. */
export function writeLedger(ss: Spreadsheet, ledger: Ledger) {
  let sheet = ledgerSheet(ss);
  if (!sheet) {
    if (ss.getSheetByName(LEDGER_TAB)) return; // someone else's tab of that name: keep it, remember nothing
    sheet = ss.insertSheet(LEDGER_TAB, ss.getNumSheets());
    sheet.hideSheet();
    // Warning only: Sheets asks "are you sure?" before anyone edits it; nobody is locked out.
    sheet.protect().setDescription(say.ledgerProtection).setWarningOnly(true);
  }
  const last = Math.max(1, ...TABS.flatMap((t) => [...(ledger.tabs[t]?.rows.keys() ?? [])]));
  const grid: string[][] = [
    [MARKER, ledger.kpis?.tab ?? "", ledger.kpis?.fingerprint ?? ""],
    TABS.map((t) => (ledger.tabs[t] ? JSON.stringify(ledger.tabs[t].keys) : "")),
  ];
  for (let r = 2; r <= last; r++)
    grid.push(
      TABS.map((t) => {
        const row = ledger.tabs[t]?.rows.get(r);
        return row ? JSON.stringify(row) : "";
      }),
    );
  // Plain text, so Sheets stores each JSON list as typed instead of reading it as a number or date.
  rewriteTab(sheet, grid, 3, TEXT);
}

/** A short fingerprint of a tab's values, blind to trailing blank rows and cells. */
export function fingerprint(values: readonly (readonly unknown[])[]): string {
  const rows = values.map((r) => {
    const cells = r.map(norm);
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  // FNV-1a over the JSON text: enough to notice an edit, not a security measure.
  let h = 0x811c9dc5;
  const text = JSON.stringify(rows);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${rows.length}:${h.toString(16)}`;
}

/**
 * Which cells of a computed column hold something Compute did not write.
 * `current` is the column as read (index 0 = sheet row 1); a non-blank data cell is
 * Compute's when it equals what was written on its row, or, once those are
 * matched, one of the column's other written values (rows sorted, inserted or
 * deleted carry their computed cells along). Everything else was typed.
 */
export function typedCells(
  current: readonly unknown[],
  written: ReadonlyMap<number, string> | null,
): number[] {
  if (!written) return [];
  const pending: { row: number; value: string }[] = [];
  const matched = new Set<number>();
  for (let i = 1; i < current.length; i++) {
    const value = norm(current[i]);
    if (value === "") continue;
    const row = i + 1;
    if (written.get(row) === value) matched.add(row);
    else pending.push({ row, value });
  }
  const spare = new Map<string, number>();
  for (const [row, value] of written)
    if (value !== "" && !matched.has(row)) spare.set(value, (spare.get(value) ?? 0) + 1);
  const typed: number[] = [];
  for (const p of pending) {
    const left = spare.get(p.value) ?? 0;
    if (left > 0) spare.set(p.value, left - 1);
    else typed.push(p.row);
  }
  return typed;
}

/** One column of a tab's ledger: sheet row → value written, or null when that column was never recorded. */
export function writtenColumn(w: Written | undefined, key: string): Map<number, string> | null {
  const at = w?.keys.indexOf(key) ?? -1;
  if (!w || at < 0) return null;
  const out = new Map<number, string>();
  for (const [row, list] of w.rows) out.set(row, list[at] ?? "");
  return out;
}
