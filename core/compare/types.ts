// The comparison model: the object `postmortem compare --format json` writes
// (README "Comparing campaigns"). Numbers unrounded, rates fractions, missing null.
import type { Dimension } from "../kpi/model.ts";
import type { CooperationModel, Format, Platform, Tier } from "../schema/enums.ts";

type N = number | null;

export const COMPARISON_VERSION = 1;

export interface CampaignRef {
  /** Position in chronological order (0 = earliest). */
  index: number;
  name: string | null;
  brand: string | null;
  start_date: string | null;
  end_date: string | null;
  currency: string | null;
  /** The Campaign tab's locale (null when blank); the report's language defaults to the latest one's. */
  locale: string | null;
}

export interface Delta {
  /** Change from the previous campaign; null when either value is missing or currencies differ. */
  abs: N;
  /** abs / previous value; null also when the previous value is 0. */
  rel: N;
}

export interface MetricRow {
  key: string;
  /** Monetary figures are only compared between campaigns of the same currency. */
  monetary: boolean;
  values: N[];
  /** deltas[i] compares campaign i with campaign i − 1; deltas[0] is null. */
  deltas: (Delta | null)[];
}

export interface GoalCell {
  target: number;
  actual: N;
  attainment: N;
  met: boolean | null;
}

export interface GoalRow {
  kpi: string;
  /** One cell per campaign; null when that campaign set no such goal. */
  campaigns: (GoalCell | null)[];
}

export interface BreakdownCell {
  creators: number;
  posts: number;
  cost: N;
  revenue: N;
  roas: N;
  cpa: N;
  cpm: N;
  er_impressions: N;
  /** Share of the campaign's creator cost. */
  cost_share: N;
}

export interface BreakdownRow {
  key: string;
  campaigns: (BreakdownCell | null)[];
}

export type BreakdownDimension = Dimension;
export type Breakdowns = Record<Dimension, BreakdownRow[]>;

export interface BudgetShift {
  key: string;
  from: N;
  to: N;
  /** null when currencies differ. */
  change: N;
  from_share: N;
  to_share: N;
}

export interface Change {
  from: number;
  to: number;
  same_currency: boolean;
  /** Roster keys (`platform:handle`). */
  creators_added: string[];
  creators_dropped: string[];
  creators_kept: string[];
  budget: Record<BreakdownDimension, BudgetShift[]>;
}

export interface MoneyByCurrency {
  currency: string | null;
  campaigns: number[];
  total_cost: number;
  creator_cost: number;
  revenue: N;
  roas: N;
}

export type Verdict = "rehire" | "renegotiate" | "drop" | "test again";
export type TrendDirection = "new" | "up" | "flat" | "down" | "unknown";

export interface RosterCampaign {
  campaign: number;
  currency: string | null;
  tier: Tier;
  cooperation_model: CooperationModel;
  followers: number;
  posts: number;
  cost: number;
  revenue: N;
  orders: N;
  roas: N;
  cpa: N;
  er_impressions: N;
}

export interface RosterMoney {
  currency: string | null;
  cost: number;
  revenue: N;
  orders: N;
  roas: N;
  cpa: N;
}

export interface RosterRow {
  /** `platform:handle`, handle lower-case without a leading @. */
  key: string;
  platform: Platform;
  /** The handle as last written. */
  handle: string;
  name: string | null;
  campaigns: RosterCampaign[];
  /** Totals per currency (never summed across currencies). */
  overall: RosterMoney[];
  trend: TrendDirection;
  verdict: Verdict;
  /** Which rule gave the verdict (README lists them). */
  rule: string;
}

export interface LibraryPost {
  campaign: number;
  creator: string;
  platform: Platform;
  format: Format;
  published: string;
  url: string | null;
  impressions: N;
  engagements: N;
  er_impressions: N;
  clicks: N;
}

export interface ContentLibrary {
  by_engagement_rate: LibraryPost[];
  by_clicks: LibraryPost[];
}

export type CompareFinding =
  /** `null` among the currencies: campaigns whose workbook names none. */
  | { code: "currencies_differ"; currencies: (string | null)[]; campaigns: number[][] }
  | { code: "no_dates"; campaigns: number[] }
  /** One campaign given `times` times (same name, dates, currency and totals): compared once. */
  | { code: "same_campaign"; campaign: number; times: number };

export interface ComparisonModel {
  version: typeof COMPARISON_VERSION;
  campaigns: CampaignRef[];
  headline: MetricRow[];
  cost_per_result: MetricRow[];
  goals: GoalRow[];
  breakdowns: Breakdowns;
  changes: Change[];
  money_by_currency: MoneyByCurrency[];
  roster: RosterRow[];
  content: ContentLibrary;
  findings: CompareFinding[];
}
