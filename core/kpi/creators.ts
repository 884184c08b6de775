// Per creator: the deal, its cost, the creator's posts and sales summed, and the creator ratios.
import type { CreatorKpis } from "./model.ts";
import { type CreatorNumbers, NO_CREATOR } from "./numbering.ts";
import type { Sums } from "./registry.ts";
import { add, F, type N, SALES_SUMS, type SalesKey } from "./sums.ts";
import { type Tier, TIERS } from "../schema/enums.ts";
import type { Dataset } from "../validate/dataset.ts";

export function tierOf(followers: number, thresholds: readonly number[]): Tier {
  let i = 0;
  while (i < 4 && followers >= (thresholds[i] ?? Number.POSITIVE_INFINITY)) i++;
  return TIERS[i]!;
}

/** A creator's sums, and with its cost the Sums its ratios are computed from. */
interface Acc extends Sums {
  posts: number;
  impressions: N;
  reach: N;
  views: N;
  engagements: N;
  clicks: N;
  follower_posts: N;
  orders: N;
  units: N;
  revenue: N;
  leads: N;
  cost: N;
}

const emptyAcc = (): Acc => ({
  posts: 0,
  impressions: null,
  reach: null,
  views: null,
  engagements: null,
  clicks: null,
  follower_posts: null,
  orders: null,
  units: null,
  revenue: null,
  leads: null,
  cost: null,
});

/**
 * Each creator's sums over its posts and conversions, by creator number; a measured sales
 * figure starts at 0.
 */
function accumulate(
  ds: Dataset,
  engagements: readonly N[],
  measured: Record<SalesKey, boolean>,
  numbers: CreatorNumbers,
): Acc[] {
  const acc: Acc[] = [];
  for (let i = 0; i < ds.creators.length; i++) {
    const a = emptyAcc();
    for (const k of SALES_SUMS) if (measured[k]) a[k] = 0;
    acc.push(a);
  }
  for (let i = 0; i < ds.posts.length; i++) {
    const n = numbers.post[i]!;
    if (n === NO_CREATOR) continue;
    const p = ds.posts[i]!;
    const a = acc[n]!;
    a.posts++;
    a.impressions = add(a.impressions, p.impressions);
    a.reach = add(a.reach, p.reach);
    a.views = add(a.views, p.views);
    a.engagements = add(a.engagements, engagements[i]);
    a.clicks = add(a.clicks, p.clicks);
  }
  for (let i = 0; i < ds.conversions.length; i++) {
    const n = numbers.conversion[i]!;
    if (n === NO_CREATOR) continue;
    const v = ds.conversions[i]!;
    const a = acc[n]!;
    // Unrolled: a loop over keys makes these property accesses megamorphic.
    a.orders = add(a.orders, v.orders);
    a.units = add(a.units, v.units);
    a.revenue = add(a.revenue, v.revenue);
    a.leads = add(a.leads, v.leads);
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
    // Creators sharing a key share the entry the rows were numbered to (the last one's).
    const a = acc[numbers.byKey.get(cr.key)!]!;
    a.follower_posts = a.posts > 0 ? cr.followers * a.posts : null;
    const commission = (cr.commission_rate ?? 0) * (a.revenue ?? 0);
    const cost = (cr.fee ?? 0) + (cr.product_cost ?? 0) + (cr.shipping_cost ?? 0) + commission;
    a.cost = cost;
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
      units: a.units,
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
