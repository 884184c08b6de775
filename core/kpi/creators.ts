// Per creator: the deal, its cost, the creator's posts and sales summed, and the creator ratios.
import type { CreatorKpis } from "./model.ts";
import { type CreatorNumbers, NO_CREATOR } from "./numbering.ts";
import type { Sums } from "./registry.ts";
import { F, type N, SALES_SUMS, type SalesKey, TotalsByIndex } from "./sums.ts";
import { type Tier, TIERS } from "../schema/enums.ts";
import type { Dataset } from "../validate/dataset.ts";

export function tierOf(followers: number, thresholds: readonly number[]): Tier {
  let i = 0;
  while (i < 4 && followers >= (thresholds[i] ?? Number.POSITIVE_INFINITY)) i++;
  return TIERS[i]!;
}

/** Every creator's sums over its posts and conversions, by creator number. */
class CreatorSums {
  readonly posts: Int32Array;
  readonly impressions: TotalsByIndex;
  readonly reach: TotalsByIndex;
  readonly views: TotalsByIndex;
  readonly engagements: TotalsByIndex;
  readonly clicks: TotalsByIndex;
  readonly orders: TotalsByIndex;
  readonly units: TotalsByIndex;
  readonly revenue: TotalsByIndex;
  readonly leads: TotalsByIndex;
  constructor(n: number) {
    this.posts = new Int32Array(n);
    this.impressions = new TotalsByIndex(n);
    this.reach = new TotalsByIndex(n);
    this.views = new TotalsByIndex(n);
    this.engagements = new TotalsByIndex(n);
    this.clicks = new TotalsByIndex(n);
    this.orders = new TotalsByIndex(n);
    this.units = new TotalsByIndex(n);
    this.revenue = new TotalsByIndex(n);
    this.leads = new TotalsByIndex(n);
  }
}

/** Sums per creator number; a measured sales figure starts at 0. */
function accumulate(
  ds: Dataset,
  engagements: readonly N[],
  measured: Record<SalesKey, boolean>,
  numbers: CreatorNumbers,
): CreatorSums {
  const acc = new CreatorSums(ds.creators.length);
  for (const k of SALES_SUMS) if (measured[k]) acc[k].startAtZero();
  for (let i = 0; i < ds.posts.length; i++) {
    const n = numbers.post[i]!;
    if (n === NO_CREATOR) continue;
    const p = ds.posts[i]!;
    acc.posts[n]!++;
    acc.impressions.add(n, p.impressions);
    acc.reach.add(n, p.reach);
    acc.views.add(n, p.views);
    acc.engagements.add(n, engagements[i]);
    acc.clicks.add(n, p.clicks);
  }
  for (let i = 0; i < ds.conversions.length; i++) {
    const n = numbers.conversion[i]!;
    if (n === NO_CREATOR) continue;
    const v = ds.conversions[i]!;
    // Unrolled: a loop over keys makes these property accesses megamorphic.
    acc.orders.add(n, v.orders);
    acc.units.add(n, v.units);
    acc.revenue.add(n, v.revenue);
    acc.leads.add(n, v.leads);
  }
  return acc;
}

export function computeCreators(
  ds: Dataset,
  engagements: readonly N[],
  measured: Record<SalesKey, boolean>,
  numbers: CreatorNumbers,
): CreatorKpis[] {
  const acc = accumulate(ds, engagements, measured, numbers);
  const thresholds = ds.campaign.tier_thresholds;
  return ds.creators.map((cr) => {
    // Creators sharing a key share the sums the rows were numbered to (the last one's).
    const n = numbers.byKey.get(cr.key)!;
    const posts = acc.posts[n]!;
    const revenue = acc.revenue.value(n);
    const commission = (cr.commission_rate ?? 0) * (revenue ?? 0);
    const cost = (cr.fee ?? 0) + (cr.product_cost ?? 0) + (cr.shipping_cost ?? 0) + commission;
    const a: Sums & { posts: number } = {
      posts,
      impressions: acc.impressions.value(n),
      reach: acc.reach.value(n),
      views: acc.views.value(n),
      engagements: acc.engagements.value(n),
      clicks: acc.clicks.value(n),
      follower_posts: posts > 0 ? cr.followers * posts : null,
      orders: acc.orders.value(n),
      units: acc.units.value(n),
      revenue,
      leads: acc.leads.value(n),
      cost,
    };
    return {
      handle: cr.handle,
      name: cr.name ?? null,
      platform: cr.platform,
      tier: tierOf(cr.followers, thresholds),
      cooperation_model: cr.cooperation_model,
      status: cr.status ?? "completed",
      owner: cr.owner ?? null,
      tags: cr.tags ?? [],
      followers: cr.followers,
      row: cr.row,
      fee: cr.fee ?? 0,
      product_cost: cr.product_cost ?? 0,
      shipping_cost: cr.shipping_cost ?? 0,
      commission_rate: cr.commission_rate ?? 0,
      discount_code: cr.discount_code ?? null,
      link: cr.link ?? null,
      posts: a.posts,
      impressions: a.impressions,
      reach: a.reach,
      views: a.views,
      engagements: a.engagements,
      clicks: a.clicks,
      orders: a.orders,
      units: a.units ?? null,
      revenue: a.revenue,
      leads: a.leads,
      commission,
      cost,
      // CREATOR_RATIOS, field by field: spreading a computed object costs microseconds per creator.
      er_impressions: F.er_impressions(a),
      er_followers: F.er_followers(a),
      ctr: F.ctr(a),
      cpm: F.cpm(a),
      cpe: F.cpe(a),
      cpv: F.cpv(a),
      cpc: F.cpc(a),
      conversion_rate: F.conversion_rate(a),
      aov: F.aov(a),
      roas: F.roas(a),
      roi: F.roi(a),
      cpa: F.cpa(a),
      cpl: F.cpl(a),
      converting: (a.orders ?? 0) > 0,
    };
  });
}
