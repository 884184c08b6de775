// Computed columns to the right of Creators, Content and Products.
//
// Each computed column carries column-level developer metadata
// (key `postmortem.computed`, value = the KPI key). Sheets moves that metadata
// with the column, so the add-on finds its columns again wherever a user has
// inserted or moved columns, writes only there, and appends the missing ones
// after the last used column. Input columns are never written.
import {
  type Analysis,
  CREATOR_RATIOS,
  KPI_BY_KEY,
  POST_RATIOS,
  type SkuKpis,
  TABS,
  type TabDef,
} from "../core/index.ts";
import { type ShownUnit, unitFormat } from "./formats.ts";
import { say } from "./messages.ts";
import { ensureSize, letter, type Sheet } from "./sheets.ts";

export const COMPUTED_KEY = "postmortem.computed";
export const COMPUTED_BG = "#d4e6f9";

export interface ComputedColumn {
  key: string;
  label: string;
  unit: ShownUnit;
  description: string;
}

/** A KPI from the registry; `description` when the per-row meaning differs from the campaign total's. */
function kpi(key: string, description?: string): ComputedColumn {
  const def = KPI_BY_KEY.get(key);
  if (!def) throw new Error(`unknown KPI ${key}`);
  return { key, label: def.label, unit: def.unit, description: description ?? def.description };
}

const extra = (key: string, label: string, unit: ShownUnit, description: string): ComputedColumn => ({
  key,
  label,
  unit,
  description,
});

const OVER_POSTS = "sum over the creator's posts";
const OVER_SALES = "sum over the creator's Conversions rows";

export const COMPUTED: Readonly<Record<"creators" | "content" | "products", readonly ComputedColumn[]>> = {
  creators: [
    extra(
      "tier",
      "Tier",
      "text",
      "nano, micro, mid, macro or mega, by followers and the Campaign tab's thresholds",
    ),
    extra("posts", "Posts", "count", "Content rows of the creator"),
    ...["impressions", "reach", "views", "engagements", "clicks"].map((k) => kpi(k, OVER_POSTS)),
    ...["orders", "units", "revenue", "leads"].map((k) => kpi(k, OVER_SALES)),
    extra("commission", "Commission", "money", "commission rate × revenue"),
    extra("cost", "Cost", "money", "fee + product cost + shipping cost + commission"),
    ...CREATOR_RATIOS.map((k) => kpi(k)),
    extra("converting", "Converting", "text", "yes when the creator has at least one order"),
  ],
  content: [
    kpi("engagements", "likes + comments + shares + saves"),
    ...POST_RATIOS.map((k) =>
      k === "er_followers" ? kpi(k, "engagements / the creator's followers") : kpi(k),
    ),
  ],
  products: [
    kpi("orders", "orders of this SKU"),
    kpi("units", "units of this SKU"),
    kpi("revenue", "revenue of this SKU"),
    extra("revenue_share", "Revenue share", "rate", "revenue / total revenue, unattributed included"),
    extra("creators", "Creators", "count", "distinct creators who sold it"),
    kpi("gross_profit", "revenue − units × unit cost"),
  ],
};

export type ComputedTabKey = keyof typeof COMPUTED;
export const COMPUTED_TABS: readonly { key: ComputedTabKey; def: TabDef }[] = [
  { key: "creators", def: TABS.creators },
  { key: "content", def: TABS.content },
  { key: "products", def: TABS.products },
];

/** The add-on's computed columns on a sheet: KPI key → 1-based column, found by their metadata. */
export function findComputed(sheet: Sheet): Map<string, number> {
  const out = new Map<string, number>();
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COMPUTED_KEY).find()) {
    const column = md.getLocation().getColumn();
    const key = md.getValue();
    if (column && key && !out.has(key)) out.set(key, column.getColumn());
  }
  return out;
}

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

function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "yes" : "no";
  return v;
}

/**
 * Write one tab's computed columns. `width` and `rows` are the data range's
 * size as read; `existing` the columns found by their metadata.
 */
export function writeComputed(
  sheet: Sheet,
  columns: readonly ComputedColumn[],
  figures: ReadonlyMap<number, Record_>,
  size: { rows: number; width: number },
  existing: ReadonlyMap<string, number>,
  money: string,
) {
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

  const maxRows = sheet.getMaxRows();
  const byFormat = new Map<string, string[]>();
  for (const run of runs(placed)) {
    const grid: unknown[][] = [run.map((p) => p.c.label)];
    for (let r = 2; r <= rows; r++) {
      const rec = figures.get(r);
      grid.push(run.map((p) => (rec ? cellValue(rec[p.c.key]) : "")));
    }
    const start = run[0]!.col;
    sheet.getRange(1, start, rows, run.length).setValues(grid);
    const header = sheet.getRange(1, start, 1, run.length);
    header.setFontWeight("bold").setBackground(COMPUTED_BG);
    header.setNotes([run.map((p) => say.computedNote(p.c.label, p.c.description))]);
    for (const p of run) {
      const f = unitFormat(p.c.unit, money);
      const l = letter(p.col);
      byFormat.set(f, [...(byFormat.get(f) ?? []), `${l}2:${l}${maxRows}`]);
    }
  }
  if (maxRows > 1) for (const [f, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(f);
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
