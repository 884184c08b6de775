// What the rows left out of the KPIs carry: the cost and revenue a reader does not see
// in the figures, read from the cells of those rows that could be read.
import type { ParsedTables } from "../parse/workbook.ts";
import type { ParsedTab } from "../parse/table.ts";

export interface LeftOut {
  /** Rows with an error, over every tab. */
  rows: number;
  /** Creator fees, product and shipping cost, other costs and labour on those rows. */
  cost: number;
  /** Conversions' revenue on those rows. */
  revenue: number;
}

const sum = <T>(tab: ParsedTab<T>, value: (row: T) => number) =>
  tab.rows.reduce((s, r) => (r.excluded ? s + value(r.data) : s), 0);

const n = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : 0);

export function leftOut(t: ParsedTables): LeftOut {
  let rows = 0;
  for (const tab of Object.values(t) as ParsedTab<unknown>[])
    rows += tab.rows.filter((r) => r.excluded).length;
  const cost =
    sum(t.creators, (r) => n(r.fee) + n(r.product_cost) + n(r.shipping_cost)) +
    sum(t.costs, (r) => n(r.amount)) +
    sum(t.team, (r) => n(r.hours) * n(r.hourly_cost));
  return { rows, cost, revenue: sum(t.conversions, (r) => n(r.revenue)) };
}
