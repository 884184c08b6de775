// The KPI registry: every figure's key, label, unit and direction, and the
// ratio formulas applied alike to a post, a creator, a group and the totals.
// It feeds the sheet's computed columns, the JSON, the report and the goals.
import type { Audience, LiftMetric, LiftRow, Totals } from "./model.ts";

export type Unit =
  /** A count of things (posts, orders, impressions). */
  | "count"
  /** Money in the campaign currency. */
  | "money"
  /** A fraction between 0 and 1 (engagement rate, CTR). */
  | "rate"
  /** A fraction that may be negative or exceed 1 (ROI, lift). */
  | "change"
  /** A multiple (ROAS 2.4×). */
  | "multiple";

/** The sums every ratio is computed from; `null` = not measured. */
export interface Sums {
  creators?: number | null;
  converting_creators?: number | null;
  posts?: number | null;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  engagements: number | null;
  clicks: number | null;
  orders: number | null;
  units?: number | null;
  revenue: number | null;
  leads: number | null;
  /** Σ over posts of the creator's followers (= followers × posts for one creator). */
  follower_posts?: number | null;
  /**
   * Engagements of the posts counted in follower_posts, when that is not all of
   * them (campaign totals: a post whose creator row has an error has no followers).
   */
  follower_engagements?: number | null;
  cost: number | null;
  tail_revenue?: number | null;
}

export interface KpiDef {
  key: string;
  label: string;
  unit: Unit;
  lowerIsBetter: boolean;
  description: string;
  /** For ratios: the formula over sums. */
  compute?: (s: Sums) => number | null;
  /** For a cost per result: the result the cost is divided by (a cost with none of it bought nothing). */
  per?: CostPerResult;
}

/** The results a cost per result divides by. */
export type CostPerResult = "impressions" | "engagements" | "views" | "clicks" | "orders" | "leads";

/** a / b, or null when either is missing or b is 0. Never NaN or Infinity. */
export function ratio(a: number | null | undefined, b: number | null | undefined, scale = 1): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  const r = (a / b) * scale;
  return Number.isFinite(r) ? r : null;
}

const k = (
  key: string,
  label: string,
  unit: Unit,
  description: string,
  compute?: (s: Sums) => number | null,
  lowerIsBetter = false,
): KpiDef =>
  compute
    ? { key, label, unit, lowerIsBetter, description, compute }
    : { key, label, unit, lowerIsBetter, description };

/**
 * A cost per result, lower is better: `compute` divides the cost by `per` (written out, so each
 * formula reads one property in the KPIs' hot loops; a test checks the two agree).
 */
const costPer = (
  key: string,
  label: string,
  per: CostPerResult,
  description: string,
  compute: (s: Sums) => number | null,
): KpiDef => ({ ...k(key, label, "money", description, compute, true), per });

/** Ratios, in the order the JSON lists them. */
export const RATIOS: readonly KpiDef[] = [
  k("er_impressions", "Engagement rate (impressions)", "rate", "engagements / impressions", (s) =>
    ratio(s.engagements, s.impressions),
  ),
  k("er_reach", "Engagement rate (reach)", "rate", "engagements / reach", (s) =>
    ratio(s.engagements, s.reach),
  ),
  k("er_followers", "Engagement rate (followers)", "rate", "engagements / (followers × posts)", (s) =>
    ratio(s.follower_engagements !== undefined ? s.follower_engagements : s.engagements, s.follower_posts),
  ),
  k("ctr", "Click-through rate", "rate", "clicks / impressions", (s) => ratio(s.clicks, s.impressions)),
  costPer("cpm", "CPM", "impressions", "cost / impressions × 1000", (s) =>
    ratio(s.cost, s.impressions, 1000),
  ),
  costPer("cpe", "Cost per engagement", "engagements", "cost / engagements", (s) =>
    ratio(s.cost, s.engagements),
  ),
  costPer("cpv", "Cost per view", "views", "cost / views", (s) => ratio(s.cost, s.views)),
  costPer("cpc", "Cost per click", "clicks", "cost / clicks", (s) => ratio(s.cost, s.clicks)),
  k("conversion_rate", "Conversion rate", "rate", "orders / clicks", (s) => ratio(s.orders, s.clicks)),
  k("aov", "Average order value", "money", "revenue / orders", (s) => ratio(s.revenue, s.orders)),
  k("roas", "ROAS", "multiple", "revenue / cost", (s) => ratio(s.revenue, s.cost)),
  k("roi", "ROI", "change", "(revenue − cost) / cost", (s) =>
    s.revenue === null || s.cost === null ? null : ratio(s.revenue - s.cost, s.cost),
  ),
  costPer("cpa", "Cost per acquisition", "orders", "cost / orders", (s) => ratio(s.cost, s.orders)),
  costPer("cpl", "Cost per lead", "leads", "cost / leads", (s) => ratio(s.cost, s.leads)),
];

export const RATIO_BY_KEY: ReadonlyMap<string, KpiDef> = new Map(RATIOS.map((d) => [d.key, d]));

/** Every key of `totals`, in JSON order; the KPIs a goal may name, with the lift/audience ones. */
export const TOTALS: readonly KpiDef[] = [
  k("creators", "Creators", "count", "Creators without errors, declined excluded"),
  k("converting_creators", "Converting creators", "count", "Creators with at least one order"),
  k("converting_share", "Converting share", "rate", "converting creators / creators", (s) =>
    ratio(s.converting_creators, s.creators),
  ),
  k("content_pieces", "Content pieces", "count", "Content rows"),
  k("impressions", "Impressions", "count", "Σ impressions"),
  k("reach", "Reach", "count", "Σ reach"),
  k("views", "Views", "count", "Σ views"),
  k("engagements", "Engagements", "count", "Σ likes + comments + shares + saves"),
  k("clicks", "Clicks", "count", "Σ link clicks"),
  k("orders", "Orders", "count", "Σ orders, unattributed included"),
  k("units", "Units", "count", "Σ units"),
  k("revenue", "Revenue", "money", "Σ revenue, unattributed included"),
  k("leads", "Leads", "count", "Σ leads"),
  k("unattributed_revenue", "Unattributed revenue", "money", "Revenue that resolves to no creator"),
  k("unattributed_orders", "Unattributed orders", "count", "Orders that resolve to no creator"),
  k("creator_cost", "Creator cost", "money", "Σ fee + product + shipping + commission", undefined, true),
  k("other_cost", "Other costs", "money", "Σ Costs amounts", undefined, true),
  k("labor_cost", "Labor cost", "money", "Σ hours × hourly cost", undefined, true),
  k("total_cost", "Total cost", "money", "creator + other + labor cost", undefined, true),
  ...RATIOS,
  k("roas_creator", "ROAS on creator cost", "multiple", "revenue / creator cost"),
  k("cpa_creator", "Cost per acquisition on creator cost", "money", "creator cost / orders", undefined, true),
  k("gross_profit", "Gross profit", "money", "Σ revenue − units × unit cost"),
  k("contribution", "Contribution", "money", "gross profit − total cost"),
  k("poas", "POAS", "multiple", "gross profit / total cost"),
  k("tail_revenue", "Tail revenue", "money", "Revenue dated after the end date"),
  k("tail_share", "Tail share", "rate", "tail revenue / revenue", (s) => ratio(s.tail_revenue, s.revenue)),
];

/** The model parts a goal's actual value is read from. */
export interface GoalSources {
  totals: Totals;
  lift: Record<LiftMetric, LiftRow>;
  audience: Audience;
}

/** A KPI a goal may name that is not one of the totals: its value comes from the lift or the audience. */
export interface GoalExtraDef extends KpiDef {
  valueIn: (m: GoalSources) => number | null;
}

const extra = (def: KpiDef, valueIn: GoalExtraDef["valueIn"]): GoalExtraDef => ({ ...def, valueIn });

export const GOAL_EXTRAS: readonly GoalExtraDef[] = [
  extra(
    k("sessions_lift", "Sessions lift", "change", "Daily sessions during vs. before"),
    (m) => m.lift.sessions.during_lift,
  ),
  extra(
    k("revenue_lift", "Revenue lift", "change", "Daily site revenue during vs. before"),
    (m) => m.lift.revenue.during_lift,
  ),
  extra(
    k("audience_growth", "Audience growth", "count", "Brand followers gained during the campaign"),
    (m) => m.audience.growth,
  ),
  extra(
    k("audience_growth_rate", "Audience growth rate", "change", "Followers gained / followers before"),
    (m) => m.audience.growth_rate,
  ),
];

const EXTRA_BY_KEY: ReadonlyMap<string, GoalExtraDef> = new Map(GOAL_EXTRAS.map((d) => [d.key, d]));

/** A goal KPI's actual value: one of the totals, or a lift/audience figure. */
export function kpiValue(m: GoalSources, kpi: string): number | null {
  const e = EXTRA_BY_KEY.get(kpi);
  if (e) return e.valueIn(m);
  const v = m.totals[kpi as keyof Totals];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export const GOAL_KPIS: readonly KpiDef[] = [...TOTALS, ...GOAL_EXTRAS];
export const KPI_BY_KEY: ReadonlyMap<string, KpiDef> = new Map(GOAL_KPIS.map((d) => [d.key, d]));

/** A goal's KPI as typed: its key, or its English label, case and spacing ignored. */
export function findKpi(typed: string): KpiDef | undefined {
  const t = kpiNameKey(typed);
  return GOAL_KPIS.find((d) => kpiNameKey(d.key) === t || kpiNameKey(d.label) === t);
}

/** A KPI's key or label as typed → comparable form: case ignored, spaces, `_` and `-` alike. */
const kpiNameKey = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

/** The ratios each post gets. */
export const POST_RATIOS = ["er_impressions", "er_reach", "er_followers", "ctr"] as const;
/** The ratios each creator gets; er_reach is not one of them. */
export const CREATOR_RATIOS = [
  "er_impressions",
  "er_followers",
  "ctr",
  "cpm",
  "cpe",
  "cpv",
  "cpc",
  "conversion_rate",
  "aov",
  "roas",
  "roi",
  "cpa",
  "cpl",
] as const;
