// What every report section's context is built with: the view, the translator and
// small helpers for cells, tables and headings.
import type { CreatorKpis, DisplayUnit } from "../../../core/index.ts";
import {
  type Basis,
  CREATOR_ROWS_SHOWN,
  kpiLabelKey,
  type ReportView,
  type SectionId,
} from "../../../core/present/index.ts";
import type { Segment, Translator } from "../../i18n/translator.ts";
import { alignColumns, type Cell, cell, type Table } from "../table.ts";

export const handle = (h: string) => `@${h.replace(/^@/, "")}`;

/**
 * A body table of some creators, cut at CREATOR_ROWS_SHOWN rows: the rows to show, and the
 * caption saying so when it is cut ("… (the first 10 of 500)").
 */
export function cutTable<T>(
  k: Pick<Kit, "t" | "n">,
  caption: string,
  all: readonly T[],
): { caption: string; rows: readonly T[] } {
  if (all.length <= CREATOR_ROWS_SHOWN) return { caption, rows: all };
  const cut = k.t.t("common.first_of", { shown: k.n(CREATOR_ROWS_SHOWN), total: k.n(all.length) });
  return { caption: `${caption} (${cut})`, rows: all.slice(0, CREATOR_ROWS_SHOWN) };
}

/** Cards with the column count that fills rows evenly (six as 3 + 3, five in one row, nine as 5 + 4). */
export function cardGrid<T>(items: T[]): { cols: number; items: T[] } {
  const n = items.length;
  const cols = n === 6 ? 3 : n > 8 ? 5 : n > 6 ? 4 : Math.max(n, 1);
  return { cols, items };
}

/** A figure of a KPI row by key; null unless it is a finite number. */
export function valueOfRow(r: object, key: string): number | null {
  const x = (r as Record<string, unknown>)[key];
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

export type Kit = ReturnType<typeof sectionKit>;

/** Rows a table may have and still be kept on one page rather than split. */
const SHORT_TABLE = 12;

export function sectionKit(v: ReportView, t: Translator, charts: Map<string, string>) {
  const n = (x: number | null | undefined, unit: DisplayUnit = "count") => t.fmt(x, unit);
  const numCell = (x: number | null | undefined, unit: DisplayUnit = "count", strong = false) =>
    cell(n(x, unit), { num: true, strong, fig: { value: x, unit, signed: false } });
  // The campaign figures added with the conclusions keep their labels beside those.
  const kpi = (k: string) => t.t(t.has(`kpi.${k}`) ? `kpi.${k}` : `conclusions.kpi.${k}`);
  /** A KPI's label naming its cost basis ("Fully loaded ROAS", "ROAS on creator cost"). */
  const basis = (k: string, b: Basis = "total") => t.t(kpiLabelKey(k, b));
  const chart = (id: string) => charts.get(id) ?? null;
  /** A column given as [label, numeric, shown]: an unshown column drops its cell from every row. */
  const table = (
    caption: string,
    columns: [string, boolean, boolean?][],
    rows: Table["rows"],
    cls = "",
  ): Table => {
    const keep = columns.map((c) => c[2] !== false);
    const kept = rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i] !== false) }));
    alignColumns(t, kept);
    return {
      caption,
      cls,
      columns: columns.filter((_, i) => keep[i]).map(([label, num]) => ({ label, num })),
      rows: kept,
      short: rows.length <= SHORT_TABLE,
    };
  };
  // Without a Conversions tab nobody "converted": those columns and cards would only say 0.
  const measured = v.totals.orders !== null;
  const row = (cells: Cell[], cls = "") => ({ cls, cells });
  const segs = (m: Parameters<Translator["segments"]>[0]): Segment[] => t.segments(m);
  const has = (id: SectionId) => v.sections.includes(id);
  const c = v.campaign;

  const title = (id: SectionId) => t.t(`section.${id}.title`);
  const toc = v.sections.map((id, i) => ({ id, number: String(i + 1).padStart(2, "0"), title: title(id) }));
  const head = (id: SectionId) => {
    const e = toc.find((x) => x.id === id)!;
    return { id: `s-${id}`, number: e.number, title: e.title, lead: t.t(`section.${id}.lead`) };
  };

  const creatorCells = (cr: CreatorKpis) => [
    cell(handle(cr.handle), {
      strong: true,
      typed: true,
      badge: cr.status === "declined" ? t.t("status.declined") : null,
    }),
    cell(t.t(`platform.${cr.platform}`)),
    cell(t.t(`tier.${cr.tier}`)),
    cell(t.t(`cooperation_model.${cr.cooperation_model}`)),
  ];
  const creatorCols: [string, boolean][] = [
    [t.t("col.creator"), false],
    [t.t("col.platform"), false],
    [t.t("col.tier"), false],
    [t.t("col.model"), false],
  ];
  return {
    v,
    t,
    n,
    numCell,
    kpi,
    basis,
    chart,
    table,
    measured,
    row,
    segs,
    has,
    c,
    title,
    toc,
    head,
    creatorCells,
    creatorCols,
  };
}
