// The KPI model: the object `postmortem kpis --json` prints. Numbers
// are unrounded, rates fractions, dates `YYYY-MM-DD`, missing values null.
import type { Issue } from "../issues/issue.ts";
import type { Campaign } from "../schema/campaign.ts";
import type { CooperationModel, Format, Platform, Status, Tier } from "../schema/enums.ts";

type N = number | null;

/** The Campaign tab as read; the report's method appendix quotes its tier thresholds. */
export type CampaignInfo = Campaign;

export interface Ratios {
  er_impressions: N;
  er_reach: N;
  er_followers: N;
  ctr: N;
  cpm: N;
  cpe: N;
  cpv: N;
  cpc: N;
  conversion_rate: N;
  aov: N;
  roas: N;
  roi: N;
  cpa: N;
  cpl: N;
}

/** The Content and Conversions sums a creator and the campaign both carry; null = not measured. */
export interface MeasuredSums {
  impressions: N;
  reach: N;
  views: N;
  engagements: N;
  clicks: N;
  orders: N;
  units: N;
  revenue: N;
  leads: N;
}

export interface Totals extends Ratios, MeasuredSums {
  creators: number;
  converting_creators: number;
  converting_share: N;
  content_pieces: number;
  unattributed_revenue: N;
  unattributed_orders: N;
  creator_cost: number;
  other_cost: number;
  labor_cost: number;
  total_cost: number;
  /** revenue / creator_cost: the basis every creator and group figure uses. */
  roas_creator: N;
  /** creator_cost / orders. */
  cpa_creator: N;
  gross_profit: N;
  /** gross_profit − total_cost. */
  contribution: N;
  /** gross_profit / total_cost. */
  poas: N;
  tail_revenue: N;
  tail_share: N;
}

export interface CreatorKpis extends Omit<Ratios, "er_reach">, MeasuredSums {
  handle: string;
  name: string | null;
  platform: Platform;
  tier: Tier;
  cooperation_model: CooperationModel;
  status: Status;
  owner: string | null;
  tags: string[];
  followers: number;
  /** Sheet row on the Creators tab. */
  row: number;
  fee: number;
  product_cost: number;
  shipping_cost: number;
  commission_rate: number;
  discount_code: string | null;
  link: string | null;
  posts: number;
  commission: number;
  cost: number;
  converting: boolean;
}

export interface PostKpis {
  row: number;
  creator: string;
  platform: Platform;
  format: Format;
  published: string;
  url: string | null;
  impressions: N;
  reach: N;
  views: N;
  likes: N;
  comments: N;
  shares: N;
  saves: N;
  clicks: N;
  engagements: N;
  er_impressions: N;
  er_reach: N;
  er_followers: N;
  ctr: N;
}

export interface GroupRow extends Ratios {
  /** The group's value; null for creators without one (no owner). */
  key: string | null;
  creators: number;
  converting_creators: number;
  converting_share: N;
  posts: number;
  followers: N;
  impressions: N;
  reach: N;
  views: N;
  engagements: N;
  clicks: N;
  orders: N;
  units: N;
  revenue: N;
  leads: N;
  commission: N;
  cost: N;
}

/** The creator attributes a campaign's money is split and compared by, in the report's order. */
export const DIMENSIONS = ["tier", "platform", "cooperation_model"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Groups {
  platform: GroupRow[];
  tier: GroupRow[];
  cooperation_model: GroupRow[];
  format: GroupRow[];
  owner: GroupRow[];
  tag: GroupRow[];
  status: GroupRow[];
}

export interface SkuKpis {
  sku: string | null;
  variant: string | null;
  orders: N;
  units: N;
  revenue: N;
  revenue_share: N;
  creators: number;
  gross_profit: N;
}

export interface ProductKpis {
  product: string;
  skus: SkuKpis[];
  orders: N;
  units: N;
  revenue: N;
  revenue_share: N;
  creators: number;
  gross_profit: N;
}

export interface DailyRow {
  date: string;
  orders: number;
  revenue: number;
  posts: number;
}

export interface Trend {
  mean_daily_revenue: N;
  peak_date: string | null;
  peak_revenue: N;
  days_below_mean: N;
  tail_creators: string[];
}

export interface LiftRow {
  before_daily: N;
  during_daily: N;
  after_daily: N;
  during_lift: N;
  after_lift: N;
}

export const LIFT_METRICS = ["sessions", "new_visitors", "referral_sessions", "orders", "revenue"] as const;
export type LiftMetric = (typeof LIFT_METRICS)[number];

export interface Audience {
  growth: N;
  growth_rate: N;
}

export interface GoalResult {
  kpi: string;
  target: number;
  actual: N;
  attainment: N;
  met: boolean | null;
}

export interface TeamKpis {
  member: string;
  role: string | null;
  creators: number;
  contracted: number;
  live: number;
  converting_creators: number;
  posts: number;
  revenue: N;
  creator_cost: number;
  roas: N;
  hours: N;
  labor_cost: N;
}

export interface KpiModel {
  campaign: CampaignInfo;
  totals: Totals;
  creators: CreatorKpis[];
  posts: PostKpis[];
  groups: Groups;
  products: ProductKpis[];
  daily: DailyRow[];
  trend: Trend;
  lift: Record<LiftMetric, LiftRow>;
  audience: Audience;
  goals: GoalResult[];
  team: TeamKpis[];
  issues: Issue[];
}
