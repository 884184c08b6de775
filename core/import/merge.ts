// The merge plan: template rows from exports → cell edits on the workbook's tabs.
//
// Rows the import writes carry a marker in the "Import key" column: a fingerprint of the
// cells it wrote, which of them it wrote, and the row's key. A re-import finds its rows by
// key and updates them only while the fingerprint still matches (nobody edited them); a
// cell the import never wrote is never written over. Conversions are sums of order lines
// kept on the Import ledger tab, so overlapping and disjoint downloads both add up.
import {
  type ColumnMeta,
  findTab,
  headerKey,
  IMPORT_KEY_HEADER,
  IMPORT_LEDGER_TAB,
  isBlank,
  type ReadContext,
  readDate,
  readNumber,
  readText,
  type TabDef,
} from "../index.ts";
import type { SkipReason } from "./types.ts";

/** A date cell (written as a date, not text, where the workbook has types). */
export interface DateCell {
  date: string;
}
export type OutCell = string | number | null | DateCell;

export interface TabEdit {
  /** The tab's name as found in the workbook, or the template's when it is created. */
  tab: string;
  create: boolean;
  /** New header cells: 0-based column → header (appended columns; all of them when created). */
  headers: Map<number, string>;
  /** Columns the import keeps out of sight (its marker). */
  hidden: number[];
  /** Cell writes: 1-based sheet row, 0-based column. */
  cells: { row: number; col: number; value: OutCell }[];
  /** The whole tab rewritten (the ledger only: the import owns it). */
  replace?: OutCell[][];
}

export interface TabSummary {
  tab: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: Partial<Record<SkipReason, number>>;
}

export const MARKER_HEADER = IMPORT_KEY_HEADER;
export const LEDGER_TAB = IMPORT_LEDGER_TAB;

/** A row the import wants on a tab: its key, and the value of each column it writes. */
export interface KeyedRow {
  key: string;
  values: Partial<Record<string, OutCell>>;
  /** Only update the row when it exists (a row whose orders were all refunded since). */
  updateOnly?: boolean;
}

// ---------------------------------------------------------------- fingerprints

/** A cell as a comparable string, read by its column's kind (so 12, "12" and 12.0 agree). */
export function normalCell(raw: unknown, meta: ColumnMeta, ctx: ReadContext): string {
  if (raw !== null && typeof raw === "object" && "date" in (raw as object)) return (raw as DateCell).date;
  if (isBlank(raw)) return "";
  if (meta.kind === "date") {
    const d = readDate(raw, ctx);
    if (d.kind === "ok") return d.value;
  } else if (meta.kind === "count" || meta.kind === "money" || meta.kind === "number") {
    const n = readNumber(raw, ctx);
    if (n.kind === "ok") return String(Math.round(n.value * 1e6) / 1e6);
  }
  const t = readText(raw);
  return t.kind === "ok" ? t.value : String(raw);
}

/** FNV-1a, 32 bits, base 36: short, stable, and enough to notice an edit. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, "0");
}

interface Marker {
  hash: string;
  mask: number;
  key: string;
}

export function formatMarker(m: Marker): string {
  return `${m.hash}.${m.mask.toString(36)} ${m.key}`;
}

export function parseMarker(raw: unknown): Marker | null {
  if (typeof raw !== "string") return null;
  const m = /^([0-9a-z]{7})\.([0-9a-z]+) (.+)$/.exec(raw.trim());
  return m ? { hash: m[1]!, mask: Number.parseInt(m[2]!, 36), key: m[3]! } : null;
}

const fingerprint = (values: readonly string[], mask: number) =>
  fnv(values.filter((_, i) => (mask >> i) & 1).join("\u241f"));

// ---------------------------------------------------------------- one tab

interface TabState {
  def: TabDef;
  name: string;
  grid: readonly (readonly unknown[])[];
  /** Schema column index → sheet column. */
  col: number[];
  marker: number;
  edit: TabEdit;
  nextRow: number;
}

function openTab(
  wb: { tabs: { name: string; values: unknown[][] }[] },
  def: TabDef,
  needed: readonly string[],
): TabState {
  const raw = findTab(wb, def.name);
  const grid = raw?.values ?? [];
  const header = (grid[0] ?? []).map((h) =>
    typeof h === "string" || typeof h === "number" ? headerKey(String(h)) : "",
  );
  const edit: TabEdit = {
    tab: raw?.name ?? def.name,
    create: !raw,
    headers: new Map(),
    hidden: [],
    cells: [],
  };
  let width = header.length;
  while (width > 0 && header[width - 1] === "") width--;
  const col = def.columns.map((m) =>
    header.findIndex((h) => h !== "" && (h === headerKey(m.header) || h === headerKey(m.key))),
  );
  def.columns.forEach((m, i) => {
    if (col[i]! >= 0 || (raw && !(needed.includes(m.key) || m.required))) return;
    col[i] = width;
    edit.headers.set(width++, m.header);
  });
  let marker = header.indexOf(headerKey(MARKER_HEADER));
  if (marker < 0) {
    marker = width;
    edit.headers.set(width++, MARKER_HEADER);
  }
  edit.hidden.push(marker);
  let last = grid.length;
  while (last > 1 && (grid[last - 1] ?? []).every(isBlank)) last--;
  return { def, name: edit.tab, grid, col, marker, edit, nextRow: Math.max(last, 1) + 1 };
}

/**
 * Merge keyed rows into a tab. `typedKey` gives the key a row typed by hand would
 * clash with (a post URL, a SKU), so the import never adds a second copy of it.
 */
export function mergeRows(
  wb: { tabs: { name: string; values: unknown[][] }[] },
  def: TabDef,
  rows: readonly KeyedRow[],
  ctx: ReadContext,
  typedKey?: (values: Partial<Record<string, OutCell>>) => string | null,
): { edit: TabEdit | null; summary: TabSummary } {
  const needed = [...new Set(rows.flatMap((r) => Object.keys(r.values).filter((k) => r.values[k] != null)))];
  const t = openTab(wb, def, needed);
  const summary: TabSummary = { tab: def.name, added: 0, updated: 0, unchanged: 0, skipped: {} };
  const byKey = new Map<string, { row: number; marker: Marker }>();
  const typed = new Set<string>();
  const current = (line: readonly unknown[]) =>
    def.columns.map((m, i) => (t.col[i]! >= 0 ? normalCell(line[t.col[i]!], m, ctx) : ""));
  for (let r = 1; r < t.grid.length; r++) {
    const line = t.grid[r] ?? [];
    const mk = parseMarker(line[t.marker]);
    if (mk) byKey.set(mk.key, { row: r + 1, marker: mk });
    else if (typedKey) {
      const vals: Record<string, OutCell> = {};
      def.columns.forEach((m, i) => {
        if (t.col[i]! >= 0) vals[m.key] = normalCell(line[t.col[i]!], m, ctx);
      });
      const k = typedKey(vals);
      if (k) typed.add(k);
    }
  }
  const skip = (why: SkipReason) => {
    summary.skipped[why] = (summary.skipped[why] ?? 0) + 1;
  };
  for (const want of rows) {
    const wanted = def.columns.map((m) => {
      const v = want.values[m.key];
      return v === undefined || v === null ? null : normalCell(v, m, ctx);
    });
    const found = byKey.get(want.key);
    if (!found) {
      if (want.updateOnly) continue;
      const k = typedKey?.(want.values);
      if (k && typed.has(k)) {
        skip("typed-row");
        continue;
      }
      let mask = 0;
      const row = t.nextRow++;
      def.columns.forEach((m, i) => {
        const v = want.values[m.key];
        if (v === undefined || v === null) return;
        mask |= 1 << i;
        t.edit.cells.push({ row, col: t.col[i]!, value: v });
      });
      t.edit.cells.push({
        row,
        col: t.marker,
        value: formatMarker({
          hash: fingerprint(
            wanted.map((w) => w ?? ""),
            mask,
          ),
          mask,
          key: want.key,
        }),
      });
      summary.added++;
      continue;
    }
    const line = t.grid[found.row - 1] ?? [];
    const now = current(line);
    if (fingerprint(now, found.marker.mask) !== found.marker.hash) {
      skip("edited-by-hand");
      continue;
    }
    // The import writes what it wrote before, and blank cells; a cell someone filled stays theirs.
    let mask = 0;
    const writes: TabEdit["cells"] = [];
    def.columns.forEach((m, i) => {
      const v = want.values[m.key];
      const mine = (found.marker.mask >> i) & 1;
      if (v === undefined || v === null || (!mine && now[i] !== "")) return;
      mask |= 1 << i;
      if (now[i] !== wanted[i]) writes.push({ row: found.row, col: t.col[i]!, value: v });
    });
    const next = formatMarker({
      hash: fingerprint(
        def.columns.map((_, i) => ((mask >> i) & 1 ? wanted[i]! : now[i]!)),
        mask,
      ),
      mask,
      key: want.key,
    });
    if (writes.length === 0 && next === formatMarker(found.marker)) {
      summary.unchanged++;
      continue;
    }
    t.edit.cells.push(...writes, { row: found.row, col: t.marker, value: next });
    summary.updated++;
  }
  const changed = t.edit.cells.length > 0;
  return { edit: changed ? t.edit : null, summary };
}
