// Products: orders, units and revenue per product and SKU.
import type { ProductKpis, SkuKpis } from "../../../core/index.ts";
import { cell } from "../table.ts";
import type { Kit } from "./kit.ts";

/** The rows of the products table: each product, then its SKUs when it has more than itself. */
export function productTableRows(
  rows: readonly ProductKpis[],
): ({ kind: "group"; figures: ProductKpis } | { kind: "sub"; figures: SkuKpis })[] {
  return rows.flatMap((p) => [
    { kind: "group" as const, figures: p },
    ...(p.skus.length > 1 || (p.skus[0]?.sku && p.skus[0].sku !== p.product)
      ? p.skus.map((k) => ({ kind: "sub" as const, figures: k }))
      : []),
  ]);
}

export function productsSection(k: Kit) {
  const { v, t, numCell, kpi, chart, table, row, has, head } = k;
  const costs = v.products.unit_costs;
  return has("products")
    ? {
        ...head("products"),
        chart: chart("products"),
        table: table(
          t.t("products.table"),
          [
            [t.t("col.product"), false],
            [kpi("orders"), true],
            [kpi("units"), true],
            [kpi("revenue"), true],
            [t.t("col.share"), true],
            [t.t("col.creators"), true],
            ...(costs ? ([[kpi("gross_profit"), true]] as [string, boolean][]) : []),
          ],
          productTableRows(v.products.rows)
            .map((r) => {
              const f = r.figures;
              const group = r.kind === "group";
              const name =
                r.kind === "group"
                  ? r.figures.product === "(unspecified)"
                    ? cell(t.t("products.unspecified"), { strong: true })
                    : cell(r.figures.product, { strong: true, typed: true })
                  : r.figures.sku || r.figures.variant
                    ? cell([r.figures.sku, r.figures.variant].filter(Boolean).join(" · "), { typed: true })
                    : cell(t.t("products.unspecified"));
              return row(
                [
                  name,
                  numCell(f.orders, "count", group),
                  numCell(f.units, "count", group),
                  numCell(f.revenue, "money", group),
                  numCell(f.revenue_share, "rate", group),
                  numCell(f.creators, "count", group),
                  ...(costs ? [numCell(f.gross_profit, "money", group)] : []),
                ],
                r.kind,
              );
            })
            .concat(othersRow(k)),
          "products",
        ),
      }
    : null;
}

/** The products past the table's first ones, as one row of their sums. */
function othersRow(k: Kit) {
  const { v, t, numCell, row } = k;
  const o = v.products.others;
  if (o === null) return [];
  return [
    row(
      [
        cell(t.plural("products.others", o.count), { strong: true }),
        numCell(o.orders, "count", true),
        numCell(o.units, "count", true),
        numCell(o.revenue, "money", true),
        numCell(o.revenue_share, "rate", true),
        // A creator may sell several of them: their creators cannot be summed.
        numCell(null, "count", true),
        ...(v.products.unit_costs ? [numCell(o.gross_profit, "money", true)] : []),
      ],
      "group",
    ),
  ];
}
