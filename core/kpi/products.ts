// Products and their SKUs: sales by product, variant and creator, and gross profit where unit costs are known.
import type { ProductKpis, SkuKpis } from "./model.ts";
import { type CreatorNumbers, NO_CREATOR } from "./numbering.ts";
import { ratio } from "./registry.ts";
import { canonicalSpelling } from "./spelling.ts";
import { add, type N, type SalesKey, sumPresent } from "./sums.ts";
import type { Dataset } from "../validate/dataset.ts";
import { textKey } from "../schema/keys.ts";

export function computeProducts(
  ds: Dataset,
  totalRevenue: N,
  measured: Record<SalesKey, boolean>,
  numbers: CreatorNumbers,
): ProductKpis[] {
  if (!ds.usable.conversions && ds.products.length === 0) return [];
  // Few SKUs over many rows: each spelling is lower-cased once.
  const lowered = new Map<string, string>();
  const lower = (s: string) => {
    let k = lowered.get(s);
    if (k === undefined) lowered.set(s, (k = textKey(s)));
    return k;
  };
  const catalog = new Map(ds.products.map((p) => [lower(p.sku), p]));
  interface SkuAcc {
    sku: string | null;
    product: string;
    variant: string | null;
    unitCost: N;
    orders: N;
    units: N;
    revenue: N;
    /** Numbers of the model's creators who sold it (a sale by a creator whose row has an error is unattributed). */
    creators: Set<number>;
    /** Spellings of a SKU missing from the catalog ("X9", "x9"); named by canonicalSpelling. */
    spellings?: string[];
    /** A row with revenue but no units: its cost of goods, hence gross profit, is unknown. */
    unitsUnknown?: boolean;
  }
  const zero = (k: SalesKey): N => (measured[k] ? 0 : null);
  const skus = new Map<string, SkuAcc>();
  for (const p of ds.products)
    if (!skus.has(lower(p.sku)))
      skus.set(lower(p.sku), {
        sku: p.sku,
        product: p.product,
        variant: p.variant ?? null,
        unitCost: p.unit_cost ?? null,
        orders: zero("orders"),
        units: zero("units"),
        revenue: zero("revenue"),
        creators: new Set(),
      });
  for (let i = 0; i < ds.conversions.length; i++) {
    const v = ds.conversions[i]!;
    const id = v.sku ? lower(v.sku) : "";
    let a = skus.get(id);
    if (!a) {
      const known = v.sku ? catalog.get(id) : undefined;
      a = {
        sku: v.sku ?? null,
        product: known?.product ?? v.sku ?? "(unspecified)",
        variant: null,
        unitCost: null,
        orders: zero("orders"),
        units: zero("units"),
        revenue: zero("revenue"),
        creators: new Set(),
      };
      if (v.sku && !known) a.spellings = [];
      skus.set(id, a);
    }
    if (a.spellings && v.sku) a.spellings.push(v.sku);
    a.orders = add(a.orders, v.orders);
    a.units = add(a.units, v.units);
    a.revenue = add(a.revenue, v.revenue);
    if (v.units == null && v.revenue != null) a.unitsUnknown = true;
    const n = numbers.conversion[i]!;
    if (n !== NO_CREATOR) a.creators.add(n);
  }
  // Catalog products by name; a SKU missing from Products, and the no-SKU rows, are
  // products of their own even when spelled like a catalog product's name.
  const byProduct = new Map<string, SkuAcc[]>();
  for (const a of skus.values()) {
    if (a.spellings) a.sku = a.product = canonicalSpelling(a.spellings);
    const key = `${a.spellings ? "unknown" : a.sku === null ? "none" : "catalog"}\u0000${a.product}`;
    let list = byProduct.get(key);
    if (!list) byProduct.set(key, (list = []));
    list.push(a);
  }
  const grossOf = (a: SkuAcc): N =>
    a.unitCost === null || a.revenue === null || a.units === null || a.unitsUnknown
      ? null
      : a.revenue - a.units * a.unitCost;
  const products: ProductKpis[] = [...byProduct.values()].map((list) => {
    const product = list[0]!.product;
    const skuRows: SkuKpis[] = list.map((a) => ({
      sku: a.sku,
      variant: a.variant,
      orders: a.orders,
      units: a.units,
      revenue: a.revenue,
      revenue_share: ratio(a.revenue, totalRevenue),
      creators: a.creators.size,
      gross_profit: grossOf(a),
    }));
    const c = combinedSales(skuRows, totalRevenue);
    return {
      product,
      skus: skuRows,
      orders: c.orders,
      units: c.units,
      revenue: c.revenue,
      revenue_share: c.revenue_share,
      creators: new Set(list.flatMap((a) => [...a.creators])).size,
      gross_profit: c.gross_profit,
    };
  });
  return products.sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0) || a.product.localeCompare(b.product));
}

type SalesOf = Pick<SkuKpis, "orders" | "units" | "revenue" | "revenue_share" | "gross_profit">;

/** The sales of several SKUs (a product) or products (the table's "other products") together; gross profit only when each has one. */
export function combinedSales(rows: readonly SalesOf[], totalRevenue: N): SalesOf {
  const revenue = sumPresent(rows.map((r) => r.revenue));
  return {
    orders: sumPresent(rows.map((r) => r.orders)),
    units: sumPresent(rows.map((r) => r.units)),
    revenue,
    revenue_share: ratio(revenue, totalRevenue),
    gross_profit: rows.some((r) => r.gross_profit === null)
      ? null
      : rows.reduce((t, r) => t + (r.gross_profit ?? 0), 0),
  };
}
