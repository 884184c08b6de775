// The campaign totals: sums over every post and conversion, costs over the creators who took part, and the ratios of those sums.
import type { CreatorKpis, ProductKpis, Totals } from "./model.ts";
import { type CreatorNumbers, NO_CREATOR } from "./numbering.ts";
import { ratio, type Sums } from "./registry.ts";
import {
  ALL_RATIOS,
  type ContentKey,
  type N,
  ratiosFrom,
  SALES_SUMS,
  type SalesKey,
  sumOf,
  sumPresent,
} from "./sums.ts";
import type { Dataset } from "../validate/dataset.ts";

export interface TotalsInput {
  /** Creators who took part. */
  active: readonly CreatorKpis[];
  numbers: CreatorNumbers;
  /** Engagements by post index. */
  engagements: readonly N[];
  measured: Record<SalesKey, boolean>;
  products: readonly ProductKpis[];
}

/** Σ of a sales column over all conversions, unattributed included; null when the column was never filled in. */
export const salesTotal = (ds: Dataset, measured: Record<SalesKey, boolean>, k: SalesKey): N =>
  measured[k] ? sumOf(ds.conversions, (r) => r[k]) : null;

function contentTotals(ds: Dataset, engagements: readonly N[]): Record<ContentKey, N> {
  return {
    impressions: sumOf(ds.posts, (p) => p.impressions),
    reach: sumOf(ds.posts, (p) => p.reach),
    views: sumOf(ds.posts, (p) => p.views),
    engagements: sumPresent(engagements),
    clicks: sumOf(ds.posts, (p) => p.clicks),
  };
}

export function computeTotals(ds: Dataset, input: TotalsInput): Totals {
  const { active, numbers, engagements, measured, products } = input;
  const sales = {} as Record<SalesKey, N>;
  for (const k of SALES_SUMS) sales[k] = salesTotal(ds, measured, k);
  // Sales that resolve to no creator of the model: no creator named, or one whose
  // Creators row has an error (so Σ creator revenue + unattributed = revenue).
  const unattributed = ds.conversions.filter((_, i) => numbers.conversion[i] === NO_CREATOR);
  const content = contentTotals(ds, engagements);
  const followers = (n: number) => (n === NO_CREATOR ? undefined : ds.creators[n]!.followers);
  const followerPosts = sumPresent(Array.from(numbers.post, followers));
  // Both sides of er_followers over the same posts: those whose creator's followers are known.
  const followerEngagements = sumPresent(
    ds.posts.map((_, i) => (numbers.post[i] === NO_CREATOR ? null : engagements[i])),
  );
  const creatorCost = active.reduce((t, cr) => t + cr.cost, 0);
  const otherCost = ds.costs.reduce((t, r) => t + r.amount, 0);
  const laborCost = ds.team.reduce((t, r) => t + (r.hours ?? 0) * (r.hourly_cost ?? 0), 0);
  const totalCost = creatorCost + otherCost + laborCost;
  const end = ds.campaign.end_date;
  const tailRevenue =
    measured.revenue && end
      ? ds.conversions.reduce((t, r) => (r.date > end ? t + (r.revenue ?? 0) : t), 0)
      : null;
  const grossProfit =
    products.length === 0 || products.some((p) => p.gross_profit === null)
      ? null
      : products.reduce((t, p) => t + (p.gross_profit ?? 0), 0);
  const converting = active.filter((cr) => cr.converting).length;
  const totalSums: Sums = {
    ...content,
    ...sales,
    follower_posts: followerPosts,
    follower_engagements: followerEngagements,
    cost: totalCost,
  };
  return {
    creators: active.length,
    converting_creators: converting,
    converting_share: ratio(converting, active.length),
    content_pieces: ds.posts.length,
    ...content,
    ...sales,
    unattributed_revenue: measured.revenue ? unattributed.reduce((t, r) => t + (r.revenue ?? 0), 0) : null,
    unattributed_orders: measured.orders ? unattributed.reduce((t, r) => t + (r.orders ?? 0), 0) : null,
    creator_cost: creatorCost,
    other_cost: otherCost,
    labor_cost: laborCost,
    total_cost: totalCost,
    ...ratiosFrom(ALL_RATIOS, totalSums),
    roas_creator: ratio(sales.revenue, creatorCost),
    cpa_creator: ratio(creatorCost, sales.orders),
    gross_profit: grossProfit,
    contribution: grossProfit === null ? null : grossProfit - totalCost,
    poas: ratio(grossProfit, totalCost),
    tail_revenue: tailRevenue,
    tail_share: ratio(tailRevenue, sales.revenue),
  };
}
