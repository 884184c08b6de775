// The Import ledger tab: every order line the import counted, one row each. Conversions
// rows are its sums per source, day, attribution and SKU; a newer download of an order
// replaces that order's lines, so a refund or a cancellation after the first import
// lowers the figures instead of adding to them.
import { findTab, headerKey, type RawWorkbook } from "../index.ts";
import type { Roster } from "./attribution.ts";
import { type KeyedRow, LEDGER_TAB, type OutCell, type TabEdit } from "./merge.ts";
import { cents } from "./rules.ts";
import { EXPORT_KINDS, type ExportKind, type MappedExport, type OrderLine } from "./types.ts";
import { figure, textOf } from "./values.ts";
import { readContext } from "../index.ts";

const COLUMNS = [
  "Source",
  "Order",
  "SKU",
  "Date",
  "Attribution",
  "Attribution kind",
  "Orders",
  "Units",
  "Revenue",
] as const;

const TOKEN_KINDS: readonly OrderLine["tokenKind"][] = ["code", "username", "none"];
const EN = readContext("en");

function readLedger(wb: RawWorkbook): OrderLine[] {
  const tab = findTab(wb, LEDGER_TAB);
  if (!tab) return [];
  const head = (tab.values[0] ?? []).map((h) => headerKey(String(h ?? "")));
  const at = COLUMNS.map((c) => head.indexOf(headerKey(c)));
  const get = (line: readonly unknown[], i: number) => (at[i]! >= 0 ? line[at[i]!] : undefined);
  const num = (raw: unknown) => {
    const f = figure(raw, EN);
    return f.ok ? (f.value ?? 0) : 0;
  };
  const lines: OrderLine[] = [];
  for (const line of tab.values.slice(1)) {
    const source = textOf(get(line, 0)) as ExportKind;
    if (!EXPORT_KINDS.includes(source)) continue;
    const kind = textOf(get(line, 5)) as OrderLine["tokenKind"];
    const date = get(line, 3);
    lines.push({
      source,
      order: textOf(get(line, 1)),
      sku: textOf(get(line, 2)),
      date: date instanceof Date ? date.toISOString().slice(0, 10) : textOf(date),
      token: textOf(get(line, 4)),
      tokenKind: TOKEN_KINDS.includes(kind) ? kind : "none",
      orders: num(get(line, 6)),
      units: num(get(line, 7)),
      revenue: num(get(line, 8)),
    });
  }
  return lines;
}

const orderKey = (source: string, order: string) => `${source}\u241f${order}`;

/** The Conversions row an order line adds to. */
export function conversionKey(l: OrderLine): string {
  const who = l.tokenKind === "none" ? "-" : `${l.tokenKind}:${l.token.trim().toLowerCase()}`;
  return `${l.source} ${l.date} ${who} ${l.sku.toLowerCase()}`;
}

const row = (l: OrderLine): OutCell[] => [
  l.source,
  l.order,
  l.sku,
  { date: l.date },
  l.token,
  l.tokenKind,
  l.orders,
  l.units,
  l.revenue,
];
const same = (a: OrderLine, b: OrderLine) => JSON.stringify(row(a)) === JSON.stringify(row(b));

/**
 * Apply the exports to the ledger: each file's orders replace their old lines in place
 * (so the same file twice leaves the ledger as it was). Returns the Conversions rows of
 * every key the files touched, and the ledger's rewrite when it changed.
 */
export function applyLedger(
  wb: RawWorkbook,
  exports: readonly MappedExport[],
  roster: Roster,
): { rows: KeyedRow[]; edit: TabEdit | null } {
  const old = readLedger(wb);
  const replaced = new Map<string, OrderLine[]>();
  for (const m of exports) {
    for (const o of m.orders) replaced.set(orderKey(m.kind, o), []);
    for (const l of m.lines) replaced.get(orderKey(l.source, l.order))?.push(l);
  }
  const touched = new Set<string>();
  const next: OrderLine[] = [];
  const placed = new Set<string>();
  for (const l of old) {
    const k = orderKey(l.source, l.order);
    const fresh = replaced.get(k);
    if (!fresh) {
      next.push(l);
      continue;
    }
    touched.add(conversionKey(l));
    if (placed.has(k)) continue;
    placed.add(k);
    next.push(...fresh);
  }
  for (const [k, fresh] of replaced) if (!placed.has(k)) next.push(...fresh);
  for (const fresh of replaced.values()) for (const l of fresh) touched.add(conversionKey(l));

  const sums = new Map<string, OrderLine>();
  for (const l of next) {
    const k = conversionKey(l);
    if (!touched.has(k)) continue;
    const s = sums.get(k);
    if (!s) sums.set(k, { ...l });
    else {
      s.orders += l.orders;
      s.units += l.units;
      s.revenue = cents(s.revenue + l.revenue);
    }
  }
  const rows: KeyedRow[] = [];
  for (const k of touched) {
    const s = sums.get(k);
    if (!s) {
      // Every line of the row was refunded or cancelled since: it stays, at zero.
      rows.push({ key: k, values: { orders: 0, units: 0, revenue: 0 }, updateOnly: true });
      continue;
    }
    const creator =
      s.tokenKind === "code"
        ? roster.byCode(s.token)
        : s.tokenKind === "username"
          ? (roster.byHandle(s.token) ?? s.token)
          : null;
    rows.push({
      key: k,
      values: {
        date: { date: s.date },
        creator,
        discount_code: s.tokenKind === "code" ? s.token : null,
        sku: s.sku || null,
        orders: s.orders,
        units: s.units,
        revenue: s.revenue,
      },
    });
  }
  const unchanged = old.length === next.length && old.every((l, i) => same(l, next[i]!));
  const edit: TabEdit | null = unchanged
    ? null
    : {
        tab: findTab(wb, LEDGER_TAB)?.name ?? LEDGER_TAB,
        create: !findTab(wb, LEDGER_TAB),
        headers: new Map(COLUMNS.map((c, i) => [i, c])),
        hidden: [],
        cells: [],
        replace: [[...COLUMNS], ...next.map(row)],
      };
  return { rows, edit };
}
