// Shop exports → order lines for Conversions (and products for Products).
import { importMsg } from "./messages.ts";
import { cents, shopifyOrderSkip, spread, tiktokRowSkip } from "./rules.ts";
import { cell, type ExportSheet, type ImportTarget } from "./sheet.ts";
import type { MappedExport, OrderLine, ProductLine, Refusal, SkipReason } from "./types.ts";
import { currencyToken, exportDate, figure, sameCurrency, textOf } from "./values.ts";

type Row = ExportSheet["rows"][number];

export function emptyMapped(s: ExportSheet): MappedExport {
  return {
    kind: s.def.kind,
    orders: [],
    lines: [],
    products: [],
    posts: [],
    skipped: {},
    unattributed: [],
    findings: s.findings,
  };
}

export const skip = (m: MappedExport, reason: SkipReason, n = 1) => {
  m.skipped[reason] = (m.skipped[reason] ?? 0) + n;
};

/** The export's currency, from a Currency column or the symbols beside its figures: it must be the campaign's. */
export function checkCurrency(
  s: ExportSheet,
  t: ImportTarget,
  moneyFields: readonly string[],
): Refusal | null {
  const seen = new Set<string>();
  for (const { line } of s.rows) {
    const code = textOf(cell(s, line, "currency"));
    if (code) seen.add(code.toUpperCase());
    for (const f of moneyFields) {
      const tok = currencyToken(cell(s, line, f));
      if (tok) seen.add(tok);
    }
  }
  if (seen.size === 0) return null;
  const currency = t.campaign.currency;
  if (!currency) return { refused: importMsg.noCampaignCurrency(s.file) };
  for (const tok of seen)
    if (!sameCurrency(tok, currency)) return { refused: importMsg.wrongCurrency(s.file, tok, currency) };
  return null;
}

/** A figure, or null after a finding (the caller leaves the row out). Blank is 0. */
function amount(s: ExportSheet, r: Row, field: string, label: string): number | null {
  const f = figure(cell(s, r.line, field), s.ctx);
  if (f.ok) return f.value ?? 0;
  s.findings.push({
    severity: "warning",
    code: "unreadable",
    row: r.row,
    message: importMsg.unreadable(label, f.found),
  });
  return null;
}

function day(s: ExportSheet, r: Row, field: string, label: string, t: ImportTarget): string | null {
  const d = exportDate(cell(s, r.line, field), s.ctx, t.campaign.start_date);
  if (d) return d.iso;
  s.findings.push({
    severity: "warning",
    code: "unreadable",
    row: r.row,
    message: importMsg.unreadable(label, textOf(cell(s, r.line, field))),
  });
  return null;
}

/** Lines of one order, same SKU summed; the order counts once, on its first line. */
function addLines(
  m: MappedExport,
  base: Omit<OrderLine, "sku" | "orders" | "units" | "revenue">,
  items: { sku: string; units: number; revenue: number }[],
) {
  const bySku = new Map<string, OrderLine>();
  for (const it of items) {
    let l = bySku.get(it.sku);
    if (!l)
      bySku.set(
        it.sku,
        (l = { ...base, sku: it.sku, orders: bySku.size === 0 ? 1 : 0, units: 0, revenue: 0 }),
      );
    l.units += it.units;
    l.revenue = cents(l.revenue + it.revenue);
  }
  m.lines.push(...bySku.values());
}

function noteToken(m: MappedExport, t: ImportTarget, token: string, kind: OrderLine["tokenKind"]) {
  if (kind === "none" || token === "") return;
  const who = kind === "code" ? t.roster.byCode(token) : t.roster.byHandle(token);
  if (!who && !m.unattributed.includes(token)) m.unattributed.push(token);
}

function addProduct(products: Map<string, ProductLine>, sku: string, product: string, price: number | null) {
  if (sku !== "" && product !== "" && !products.has(sku)) products.set(sku, { sku, product, price });
}

/** Shopify: rows grouped by order Name; order fields on the first row; revenue before tax and shipping. */
export function mapShopify(s: ExportSheet, t: ImportTarget): MappedExport | Refusal {
  const refused = checkCurrency(s, t, ["subtotal", "price", "discount_amount"]);
  if (refused) return refused;
  const m = emptyMapped(s);
  const groups = new Map<string, Row[]>();
  for (const r of s.rows) {
    const name = textOf(cell(s, r.line, "order"));
    if (name === "") continue;
    groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  const products = new Map<string, ProductLine>();
  for (const [order, rows] of groups) {
    m.orders.push(order);
    const first = rows[0]!;
    const why = shopifyOrderSkip(
      textOf(cell(s, first.line, "financial_status")),
      cell(s, first.line, "cancelled_at"),
    );
    if (why) {
      if (why === "unknown-status")
        s.findings.push({
          severity: "warning",
          code: "unknown-status",
          row: first.row,
          message: importMsg.unknownStatus(textOf(cell(s, first.line, "financial_status"))),
        });
      skip(m, why);
      continue;
    }
    const date = day(s, first, "created_at", "Created at", t);
    const discount = amount(s, first, "discount_amount", "Discount Amount");
    const refund = amount(s, first, "refunded_amount", "Refunded Amount");
    const items: { sku: string; units: number; value: number }[] = [];
    let lineDiscounts = 0;
    let bad = date === null || discount === null || refund === null;
    for (const r of rows) {
      const qty = amount(s, r, "quantity", "Lineitem quantity");
      const price = amount(s, r, "price", "Lineitem price");
      const ld = amount(s, r, "line_discount", "Lineitem discount");
      if (qty === null || price === null || ld === null) {
        bad = true;
        continue;
      }
      const sku = textOf(cell(s, r.line, "sku"));
      lineDiscounts += ld;
      items.push({ sku, units: qty, value: price * qty - ld });
      addProduct(products, sku, textOf(cell(s, r.line, "name")), price);
    }
    if (bad) {
      skip(m, "unreadable");
      continue;
    }
    const values = items.map((i) => Math.max(0, i.value));
    const orderDiscount = spread(Math.max(0, (discount ?? 0) - lineDiscounts), values);
    const afterDiscount = values.map((v, i) => Math.max(0, v - orderDiscount[i]!));
    const refunds = spread(refund ?? 0, afterDiscount);
    const code = textOf(cell(s, first.line, "discount_code"));
    noteToken(m, t, code, code ? "code" : "none");
    addLines(
      m,
      { source: s.def.kind, order, date: date!, token: code, tokenKind: code ? "code" : "none" },
      items.map((it, i) => ({
        sku: it.sku,
        units: it.units,
        revenue: Math.max(0, afterDiscount[i]! - refunds[i]!),
      })),
    );
  }
  m.products = [...products.values()];
  return m;
}

/** TikTok Shop affiliate orders: one row per order line, the creator by username. */
export function mapTiktokAffiliate(s: ExportSheet, t: ImportTarget): MappedExport | Refusal {
  const refused = checkCurrency(s, t, ["price", "payment", "commission_base", "commission_paid"]);
  if (refused) return refused;
  const m = emptyMapped(s);
  const byOrder = new Map<
    string,
    {
      base: Omit<OrderLine, "sku" | "orders" | "units" | "revenue">;
      items: { sku: string; units: number; revenue: number }[];
    }
  >();
  const seen = new Set<string>();
  const commission = new Map<string, { paid: number; base: number; rows: number }>();
  const products = new Map<string, ProductLine>();
  for (const r of s.rows) {
    const order = textOf(cell(s, r.line, "order"));
    if (order === "") continue;
    seen.add(order);
    const status = textOf(cell(s, r.line, "status"));
    const why = tiktokRowSkip(status, cell(s, r.line, "refunded"));
    if (why) {
      if (why === "unknown-status")
        s.findings.push({
          severity: "warning",
          code: "unknown-status",
          row: r.row,
          message: importMsg.unknownStatus(status),
        });
      skip(m, why);
      continue;
    }
    const units = amount(s, r, "quantity", "Quantity");
    const revenue = amount(s, r, "payment", "Payment Amount");
    const date = day(s, r, "created", "Time Created", t);
    if (units === null || revenue === null || date === null) {
      skip(m, "unreadable");
      continue;
    }
    const sku = textOf(cell(s, r.line, "seller_sku")) || textOf(cell(s, r.line, "sku_id"));
    const username = textOf(cell(s, r.line, "username")).replace(/^@+/, "");
    noteToken(m, t, username, "username");
    let o = byOrder.get(order);
    if (!o)
      byOrder.set(
        order,
        (o = {
          base: { source: s.def.kind, order, date, token: username, tokenKind: "username" },
          items: [],
        }),
      );
    o.items.push({ sku, units, revenue });
    const price = figure(cell(s, r.line, "price"), s.ctx);
    addProduct(products, sku, textOf(cell(s, r.line, "product_name")), price.ok ? price.value : null);
    const who = t.roster.byHandle(username);
    const paid = figure(cell(s, r.line, "commission_paid"), s.ctx);
    const base = figure(cell(s, r.line, "commission_base"), s.ctx);
    if (who && paid.ok && base.ok && paid.value !== null && base.value !== null) {
      const c = commission.get(who) ?? { paid: 0, base: 0, rows: 0 };
      commission.set(who, { paid: c.paid + paid.value, base: c.base + base.value, rows: c.rows + 1 });
    }
  }
  m.orders = [...seen];
  for (const o of byOrder.values()) addLines(m, o.base, o.items);
  for (const [who, c] of commission) {
    const expected = cents(c.base * t.roster.rateOf(who));
    // One rounding per row is a rounding; more is a different rate.
    if (Math.abs(c.paid - expected) > 0.01 * c.rows + 1e-9)
      s.findings.push({
        severity: "warning",
        code: "commission-differs",
        row: null,
        message: importMsg.commissionDiffers(who, cents(c.paid), expected),
      });
  }
  m.products = [...products.values()];
  return m;
}

/** TikTok Shop all orders: no creator (unattributed); an order's refund spread over its lines. */
export function mapTiktokOrders(s: ExportSheet, t: ImportTarget): MappedExport | Refusal {
  const refused = checkCurrency(s, t, ["subtotal", "order_amount", "refund"]);
  if (refused) return refused;
  const m = emptyMapped(s);
  const seen = new Set<string>();
  const byOrder = new Map<
    string,
    { date: string; refund: number; items: { sku: string; units: number; value: number }[] }
  >();
  const products = new Map<string, ProductLine>();
  for (const [i, r] of s.rows.entries()) {
    // Some downloads carry a second header row describing each field: text where figures belong.
    if (i === 0 && !figure(cell(s, r.line, "quantity"), s.ctx).ok) {
      skip(m, "description-row");
      continue;
    }
    const order = textOf(cell(s, r.line, "order"));
    if (order === "") continue;
    seen.add(order);
    const status = textOf(cell(s, r.line, "status"));
    const why = tiktokRowSkip(status, null);
    if (why) {
      if (why === "unknown-status")
        s.findings.push({
          severity: "warning",
          code: "unknown-status",
          row: r.row,
          message: importMsg.unknownStatus(status),
        });
      skip(m, why);
      continue;
    }
    const units = amount(s, r, "quantity", "Quantity");
    const value = amount(s, r, "subtotal", "SKU Subtotal After Discount");
    const refund = amount(s, r, "refund", "Order Refund Amount");
    const date = day(s, r, "created", "Created Time", t);
    if (units === null || value === null || refund === null || date === null) {
      skip(m, "unreadable");
      continue;
    }
    const sku = textOf(cell(s, r.line, "seller_sku")) || textOf(cell(s, r.line, "sku_id"));
    let o = byOrder.get(order);
    if (!o) byOrder.set(order, (o = { date, refund, items: [] }));
    o.items.push({ sku, units, value });
    addProduct(products, sku, textOf(cell(s, r.line, "product_name")), null);
  }
  m.orders = [...seen];
  for (const [order, o] of byOrder) {
    const values = o.items.map((it) => it.value);
    const refunds = spread(o.refund, values);
    addLines(
      m,
      { source: s.def.kind, order, date: o.date, token: "", tokenKind: "none" },
      o.items.map((it, i) => ({
        sku: it.sku,
        units: it.units,
        revenue: Math.max(0, it.value - refunds[i]!),
      })),
    );
  }
  m.products = [...products.values()];
  return m;
}
