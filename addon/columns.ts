// The computed columns each of Creators, Content and Products gets, described from the KPI registry.
import {
  CONTENT_SUMS,
  CREATOR_RATIOS,
  KPI_BY_KEY,
  POST_RATIOS,
  SALES_SUMS,
  TABS,
  type TabDef,
} from "../core/index.ts";
import type { ShownUnit } from "./formats.ts";

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
    ...CONTENT_SUMS.map((k) => kpi(k, OVER_POSTS)),
    ...SALES_SUMS.map((k) => kpi(k, OVER_SALES)),
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
