// Products: orders, units and revenue per product and SKU.
import { cell } from "../table.ts";
import type { Kit } from "./kit.ts";

export function productsSection(k: Kit) {
  const { v, t, numCell, kpi, chart, table, row, has, head } = k;
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
            ...(v.products.unit_costs ? ([[kpi("gross_profit"), true]] as [string, boolean][]) : []),
          ],
          v.products.rows
            .flatMap((p) => [
              row(
                [
                  p.product === "(unspecified)"
                    ? cell(t.t("products.unspecified"), { strong: true })
                    : cell(p.product, { strong: true, typed: true }),
                  numCell(p.orders, "count", true),
                  numCell(p.units, "count", true),
                  numCell(p.revenue, "money", true),
                  numCell(p.revenue_share, "rate", true),
                  numCell(p.creators, "count", true),
                  ...(v.products.unit_costs ? [numCell(p.gross_profit, "money", true)] : []),
                ],
                "group",
              ),
              ...(p.skus.length > 1 || (p.skus[0]?.sku && p.skus[0].sku !== p.product)
                ? p.skus.map((k) =>
                    row(
                      [
                        k.sku || k.variant
                          ? cell([k.sku, k.variant].filter(Boolean).join(" · "), { typed: true })
                          : cell(t.t("products.unspecified")),
                        numCell(k.orders),
                        numCell(k.units),
                        numCell(k.revenue, "money"),
                        numCell(k.revenue_share, "rate"),
                        numCell(k.creators),
                        ...(v.products.unit_costs ? [numCell(k.gross_profit, "money")] : []),
                      ],
                      "sub",
                    ),
                  )
                : []),
            ])
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
