// compute: a validated Dataset → the KPI model (kpis.md). Group figures come
// from the group's sums, never from averaging ratios.
import { addDays, daysBetween } from "../parse/cells.ts";
import type { Issue } from "../issues/issue.ts";
import {
  type CreatorKpis,
  type DailyRow,
  type GoalResult,
  type GroupRow,
  type Groups,
  type KpiModel,
  LIFT_METRICS,
  type LiftMetric,
  type LiftRow,
  type PostKpis,
  type ProductKpis,
  type Ratios,
  type SkuKpis,
  type TeamKpis,
  type Totals,
  type Trend,
} from "./model.ts";
import { CREATOR_RATIOS, KPI_BY_KEY, RATIO_BY_KEY, RATIOS, type Sums, ratio } from "./registry.ts";
import { COOPERATION_MODELS, FORMATS, PLATFORMS, STATUSES, type Tier, TIERS } from "../schema/enums.ts";
import type { Conversion, Creator, Dataset, Post } from "../validate/workbook.ts";

type N = number | null;

/** Σ of the values present; null when none is (not measured, as opposed to zero). */
/** Σ get(row) over the rows with a value, without building an array of values. */
function sumOf<T>(rows: readonly T[], get: (r: T) => N | undefined): N {
  let total = 0;
  let any = false;
  for (let i = 0; i < rows.length; i++) {
    const v = get(rows[i]!);
    if (v === null || v === undefined) continue;
    total += v;
    any = true;
  }
  return any ? total : null;
}

function sumPresent(values: Iterable<N | undefined>): N {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    total += v;
    any = true;
  }
  return any ? total : null;
}

const add = (a: N, b: N | undefined): N => (b === null || b === undefined ? a : (a ?? 0) + b);

export function tierOf(followers: number, thresholds: readonly number[]): Tier {
  let i = 0;
  while (i < 4 && followers >= (thresholds[i] ?? Number.POSITIVE_INFINITY)) i++;
  return TIERS[i]!;
}

function ratiosFrom<K extends string>(keys: readonly K[], s: Sums): Record<K, N> {
  const out = {} as Record<K, N>;
  for (const k of keys) out[k] = RATIO_BY_KEY.get(k)!.compute!(s);
  return out;
}

/** The registry's formulas by key, for hot loops that fill objects without spreading. */
const F = Object.fromEntries(RATIOS.map((r) => [r.key, r.compute!])) as Record<keyof Ratios, (s: Sums) => N>;

const ALL_RATIOS = RATIOS.map((r) => r.key as keyof Ratios);

function postEngagements(p: Post): N {
  if (p.likes === undefined && p.comments === undefined && p.shares === undefined && p.saves === undefined)
    return null;
  return (p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0) + (p.saves ?? 0);
}

const CONTENT_SUMS = ["impressions", "reach", "views", "engagements", "clicks"] as const;
const SALES_SUMS = ["orders", "units", "revenue", "leads"] as const;
const ALL_SUMS = [...CONTENT_SUMS, ...SALES_SUMS] as const;
type SalesKey = (typeof SALES_SUMS)[number];

interface Acc {
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
});

/** Compute the KPI model from a validated dataset and its findings. */
export function computeKpis(ds: Dataset, issues: Issue[]): KpiModel {
  const c = ds.campaign;
  const thresholds = c.tier_thresholds;
  // A sales figure is "measured" when the column has a value somewhere; then a creator without rows has 0.
  const measured = {} as Record<SalesKey, boolean>;
  for (const k of SALES_SUMS) measured[k] = ds.conversions.some((r) => r[k] !== undefined);

  const byKey = new Map<string, Creator>();
  for (const cr of ds.creators) byKey.set(cr.key, cr);

  // ---- posts
  // Engagements by post index (an array, not a Map keyed by object: 100k posts).
  const postEng: N[] = new Array(ds.posts.length);
  const posts: PostKpis[] = ds.posts.map((p, i) => {
    const engagements = postEngagements(p);
    postEng[i] = engagements;
    const followers = byKey.get(p.creatorKey)?.followers ?? null;
    const s: Sums = {
      impressions: p.impressions ?? null,
      reach: p.reach ?? null,
      views: null,
      engagements,
      clicks: p.clicks ?? null,
      orders: null,
      revenue: null,
      leads: null,
      cost: null,
      follower_posts: followers,
    };
    return {
      row: p.row,
      creator: byKey.get(p.creatorKey)?.handle ?? p.creator,
      platform: p.platform,
      format: p.format,
      published: p.published,
      url: p.url ?? null,
      impressions: p.impressions ?? null,
      reach: p.reach ?? null,
      views: p.views ?? null,
      likes: p.likes ?? null,
      comments: p.comments ?? null,
      shares: p.shares ?? null,
      saves: p.saves ?? null,
      clicks: p.clicks ?? null,
      engagements,
      er_impressions: F.er_impressions(s),
      er_reach: F.er_reach(s),
      er_followers: F.er_followers(s),
      ctr: F.ctr(s),
    };
  });

  // ---- per-creator accumulation
  const acc = new Map<string, Acc>();
  for (const cr of ds.creators) {
    const a = emptyAcc();
    for (const k of SALES_SUMS) if (measured[k]) a[k] = 0;
    acc.set(cr.key, a);
  }
  for (let i = 0; i < ds.posts.length; i++) {
    const p = ds.posts[i]!;
    const a = acc.get(p.creatorKey);
    if (!a) continue;
    a.posts++;
    a.impressions = add(a.impressions, p.impressions);
    a.reach = add(a.reach, p.reach);
    a.views = add(a.views, p.views);
    a.engagements = add(a.engagements, postEng[i]);
    a.clicks = add(a.clicks, p.clicks);
  }
  for (const v of ds.conversions) {
    if (v.creatorKey === null) continue;
    const a = acc.get(v.creatorKey);
    if (!a) continue;
    // Unrolled: a loop over keys makes these property accesses megamorphic.
    a.orders = add(a.orders, v.orders);
    a.units = add(a.units, v.units);
    a.revenue = add(a.revenue, v.revenue);
    a.leads = add(a.leads, v.leads);
  }

  const creators: CreatorKpis[] = ds.creators.map((cr) => {
    const a = acc.get(cr.key)!;
    a.follower_posts = a.posts > 0 ? cr.followers * a.posts : null;
    const commission = (cr.commission_rate ?? 0) * (a.revenue ?? 0);
    const cost = (cr.fee ?? 0) + (cr.product_cost ?? 0) + (cr.shipping_cost ?? 0) + commission;
    const s: Sums = { ...a, cost };
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
      ...ratiosFrom(CREATOR_RATIOS, s),
      converting: (a.orders ?? 0) > 0,
    };
  });
  const active = creators.filter((cr) => cr.status !== "declined");

  // ---- totals
  const sales = {} as Record<SalesKey, N>;
  for (const k of SALES_SUMS) sales[k] = measured[k] ? sumOf(ds.conversions, (r) => r[k]) : null;
  // Sales that resolve to no creator of the model: no creator named, or one whose
  // Creators row has an error (so Σ creator revenue + unattributed = revenue).
  const unattributed = ds.conversions.filter((r) => r.creatorKey === null || !byKey.has(r.creatorKey));
  const content = {} as Record<(typeof CONTENT_SUMS)[number], N>;
  content.impressions = sumOf(ds.posts, (p) => p.impressions);
  content.reach = sumOf(ds.posts, (p) => p.reach);
  content.views = sumOf(ds.posts, (p) => p.views);
  content.engagements = sumPresent(postEng);
  content.clicks = sumOf(ds.posts, (p) => p.clicks);
  const followerPosts = sumOf(ds.posts, (p) => byKey.get(p.creatorKey)?.followers);
  // Both sides of er_followers over the same posts: those whose creator's followers are known.
  const followerEngagements = sumPresent(
    ds.posts.map((p, i) => (byKey.has(p.creatorKey) ? postEng[i] : null)),
  );
  const creatorCost = active.reduce((t, cr) => t + cr.cost, 0);
  const otherCost = ds.costs.reduce((t, r) => t + r.amount, 0);
  const laborCost = ds.team.reduce((t, r) => t + (r.hours ?? 0) * (r.hourly_cost ?? 0), 0);
  const totalCost = creatorCost + otherCost + laborCost;
  const end = c.end_date;
  const tailRevenue =
    measured.revenue && end
      ? ds.conversions.reduce((t, r) => (r.date > end ? t + (r.revenue ?? 0) : t), 0)
      : null;
  const products = computeProducts(ds, sales.revenue, measured);
  const converting = active.filter((cr) => cr.converting).length;
  const totalSums: Sums = {
    ...content,
    ...sales,
    follower_posts: followerPosts,
    follower_engagements: followerEngagements,
    cost: totalCost,
  };
  const totals: Totals = {
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
    gross_profit:
      products.length === 0 || products.some((p) => p.gross_profit === null)
        ? null
        : products.reduce((t, p) => t + (p.gross_profit ?? 0), 0),
    tail_revenue: tailRevenue,
    tail_share: ratio(tailRevenue, sales.revenue),
  };

  const lift = computeLift(ds);
  const audience = computeAudience(ds);
  return {
    campaign: {
      name: c.name,
      brand: c.brand,
      start_date: c.start_date,
      end_date: c.end_date,
      currency: c.currency,
      objective: c.objective,
      locale: c.locale,
      prepared_by: c.prepared_by,
      tier_thresholds: [...thresholds],
    },
    totals,
    creators,
    posts,
    groups: computeGroups(ds, active, posts),
    products,
    ...computeTrend(ds, active, measured.revenue),
    lift,
    audience,
    goals: computeGoals(ds, totals, lift, audience),
    team: computeTeam(ds, active),
    issues,
  };
}

function nullSums(): Sums {
  return {
    impressions: null,
    reach: null,
    views: null,
    engagements: null,
    clicks: null,
    orders: null,
    revenue: null,
    leads: null,
    cost: null,
  };
}

// ---------------------------------------------------------------- groups

function groupRow(key: string | null, members: CreatorKpis[]): GroupRow {
  let followers: N = null;
  let followerPosts: N = null;
  let posts = 0;
  let commission: N = null;
  let cost: N = null;
  const sums: Record<string, N> = {};
  for (const k of ALL_SUMS) sums[k] = null;
  for (const cr of members) {
    followers = add(followers, cr.followers);
    posts += cr.posts;
    if (cr.posts > 0) followerPosts = add(followerPosts, cr.followers * cr.posts);
    for (const k of ALL_SUMS) sums[k] = add(sums[k] ?? null, cr[k]);
    commission = add(commission, cr.commission);
    cost = add(cost, cr.cost);
  }
  const converting = members.filter((cr) => cr.converting).length;
  const s: Sums = {
    impressions: sums.impressions ?? null,
    reach: sums.reach ?? null,
    views: sums.views ?? null,
    engagements: sums.engagements ?? null,
    clicks: sums.clicks ?? null,
    orders: sums.orders ?? null,
    units: sums.units ?? null,
    revenue: sums.revenue ?? null,
    leads: sums.leads ?? null,
    follower_posts: followerPosts,
    cost,
  };
  return {
    key,
    creators: members.length,
    converting_creators: converting,
    converting_share: ratio(converting, members.length),
    posts,
    followers,
    impressions: s.impressions,
    reach: s.reach,
    views: s.views,
    engagements: s.engagements,
    clicks: s.clicks,
    orders: s.orders,
    units: s.units ?? null,
    revenue: s.revenue,
    leads: s.leads,
    commission,
    cost,
    ...ratiosFrom(ALL_RATIOS, s),
  };
}

/**
 * The name shown for text matched case-insensitively ("Lee", "lee"): the most
 * frequent spelling, ties to the first in code-unit order. Never the first
 * seen, so that reordering the sheet's rows cannot rename a group.
 */
export function canonicalSpelling(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = spellings[0]!;
  for (const [s, n] of counts) {
    const m = counts.get(best)!;
    if (n > m || (n === m && s < best)) best = s;
  }
  return best;
}

function groupBy(
  creators: CreatorKpis[],
  keysOf: (c: CreatorKpis) => (string | null)[],
  order?: readonly string[],
  /** Free text (owners) groups case-insensitively; enum keys are canonical already. */
  foldCase = false,
): GroupRow[] {
  const groups = new Map<string | null, { spellings: string[]; members: CreatorKpis[] }>();
  for (const cr of creators) {
    for (const k of keysOf(cr)) {
      const norm = k === null || !foldCase ? k : k.toLowerCase();
      let g = groups.get(norm);
      if (!g) groups.set(norm, (g = { spellings: [], members: [] }));
      if (k !== null) g.spellings.push(k);
      g.members.push(cr);
    }
  }
  const rows = [...groups.values()].map((g) =>
    groupRow(g.spellings.length === 0 ? null : canonicalSpelling(g.spellings), g.members),
  );
  const rank = (k: string | null) => (k === null ? Number.MAX_SAFE_INTEGER : order ? order.indexOf(k) : 0);
  return rows.sort((a, b) => rank(a.key) - rank(b.key) || (a.key ?? "").localeCompare(b.key ?? ""));
}

function computeGroups(ds: Dataset, active: CreatorKpis[], posts: PostKpis[]): Groups {
  const activeByHandle = new Map(active.map((cr) => [cr.handle, cr]));
  const formats = new Map<string, PostKpis[]>();
  for (const p of posts) {
    if (!activeByHandle.has(p.creator)) continue;
    let list = formats.get(p.format);
    if (!list) formats.set(p.format, (list = []));
    list.push(p);
  }
  const formatRows: GroupRow[] = [...formats.entries()]
    .sort((a, b) => FORMATS.indexOf(a[0] as never) - FORMATS.indexOf(b[0] as never))
    .map(([key, list]) => {
      const members = [...new Set(list.map((p) => activeByHandle.get(p.creator)!))];
      const converting = members.filter((cr) => cr.converting).length;
      const s: Sums = {
        ...nullSums(),
        impressions: sumPresent(list.map((p) => p.impressions)),
        reach: sumPresent(list.map((p) => p.reach)),
        views: sumPresent(list.map((p) => p.views)),
        engagements: sumPresent(list.map((p) => p.engagements)),
        clicks: sumPresent(list.map((p) => p.clicks)),
        follower_posts: sumPresent(list.map((p) => activeByHandle.get(p.creator)?.followers)),
      };
      return {
        key,
        creators: members.length,
        converting_creators: converting,
        converting_share: ratio(converting, members.length),
        posts: list.length,
        followers: null,
        impressions: s.impressions,
        reach: s.reach,
        views: s.views,
        engagements: s.engagements,
        clicks: s.clicks,
        orders: null,
        units: null,
        revenue: null,
        leads: null,
        commission: null,
        cost: null,
        ...ratiosFrom(ALL_RATIOS, s),
      };
    });
  void ds;
  return {
    platform: groupBy(active, (c) => [c.platform], PLATFORMS),
    tier: groupBy(active, (c) => [c.tier], TIERS),
    cooperation_model: groupBy(active, (c) => [c.cooperation_model], COOPERATION_MODELS),
    format: formatRows,
    owner: groupBy(active, (c) => [c.owner], undefined, true),
    tag: groupBy(active, (c) => c.tags),
    status: groupBy(active, (c) => [c.status], STATUSES),
  };
}

// ---------------------------------------------------------------- products

function computeProducts(ds: Dataset, totalRevenue: N, measured: Record<SalesKey, boolean>): ProductKpis[] {
  if (!ds.usable.conversions && ds.products.length === 0) return [];
  const lower = (s: string) => s.trim().toLowerCase();
  const catalog = new Map(ds.products.map((p) => [lower(p.sku), p]));
  // Creators of the model: a sale by a creator whose row has an error is unattributed.
  const creatorKeys = new Set(ds.creators.map((c) => c.key));
  interface SkuAcc {
    sku: string | null;
    product: string;
    variant: string | null;
    unitCost: N;
    orders: N;
    units: N;
    revenue: N;
    creators: Set<string>;
    /** Spellings of a SKU missing from the catalog ("X9", "x9"); named by canonicalSpelling. */
    spellings?: string[];
    /** A row with revenue but no units: its cost of goods, hence gross profit, is unknown. */
    unitsUnknown?: boolean;
  }
  const zero = (k: SalesKey): N => (measured[k] ? 0 : null);
  const skus = new Map<string, SkuAcc>();
  for (const p of ds.products)
    if (!skus.has(lower(p.sku)))
      skus.set(lower(p.sku), {
        sku: p.sku,
        product: p.product,
        variant: p.variant ?? null,
        unitCost: p.unit_cost ?? null,
        orders: zero("orders"),
        units: zero("units"),
        revenue: zero("revenue"),
        creators: new Set(),
      });
  for (const v of ds.conversions) {
    const id = v.sku ? lower(v.sku) : "";
    let a = skus.get(id);
    if (!a) {
      const known = v.sku ? catalog.get(id) : undefined;
      a = {
        sku: v.sku ?? null,
        product: known?.product ?? v.sku ?? "(unspecified)",
        variant: null,
        unitCost: null,
        orders: zero("orders"),
        units: zero("units"),
        revenue: zero("revenue"),
        creators: new Set(),
      };
      if (v.sku && !known) a.spellings = [];
      skus.set(id, a);
    }
    if (a.spellings && v.sku) a.spellings.push(v.sku);
    a.orders = add(a.orders, v.orders);
    a.units = add(a.units, v.units);
    a.revenue = add(a.revenue, v.revenue);
    if (v.units == null && v.revenue != null) a.unitsUnknown = true;
    if (v.creatorKey !== null && creatorKeys.has(v.creatorKey)) a.creators.add(v.creatorKey);
  }
  // Catalog products by name; a SKU missing from Products, and the no-SKU rows, are
  // products of their own even when spelled like a catalog product's name.
  const byProduct = new Map<string, SkuAcc[]>();
  for (const a of skus.values()) {
    if (a.spellings) a.sku = a.product = canonicalSpelling(a.spellings);
    const key = `${a.spellings ? "unknown" : a.sku === null ? "none" : "catalog"}\u0000${a.product}`;
    let list = byProduct.get(key);
    if (!list) byProduct.set(key, (list = []));
    list.push(a);
  }
  const grossOf = (a: SkuAcc): N =>
    a.unitCost === null || a.revenue === null || a.units === null || a.unitsUnknown
      ? null
      : a.revenue - a.units * a.unitCost;
  const products: ProductKpis[] = [...byProduct.values()].map((list) => {
    const product = list[0]!.product;
    const skuRows: SkuKpis[] = list.map((a) => ({
      sku: a.sku,
      variant: a.variant,
      orders: a.orders,
      units: a.units,
      revenue: a.revenue,
      revenue_share: ratio(a.revenue, totalRevenue),
      creators: a.creators.size,
      gross_profit: grossOf(a),
    }));
    const revenue = sumPresent(list.map((a) => a.revenue));
    return {
      product,
      skus: skuRows,
      orders: sumPresent(list.map((a) => a.orders)),
      units: sumPresent(list.map((a) => a.units)),
      revenue,
      revenue_share: ratio(revenue, totalRevenue),
      creators: new Set(list.flatMap((a) => [...a.creators])).size,
      gross_profit: skuRows.some((s) => s.gross_profit === null)
        ? null
        : skuRows.reduce((t, s) => t + (s.gross_profit ?? 0), 0),
    };
  });
  return products.sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0) || a.product.localeCompare(b.product));
}

// ---------------------------------------------------------------- trend

/** Longest daily series kept (ten years): a mistyped year must not build millions of rows. */
const MAX_DAYS = 3660;

function computeTrend(
  ds: Dataset,
  active: CreatorKpis[],
  revenueMeasured: boolean,
): { daily: DailyRow[]; trend: Trend } {
  const { start_date: start, end_date: end } = ds.campaign;
  const trend: Trend = {
    mean_daily_revenue: null,
    peak_date: null,
    peak_revenue: null,
    days_below_mean: null,
    tail_creators: [],
  };
  const converting = active
    .filter((c) => c.converting)
    .sort((a, b) => (a.revenue ?? 0) - (b.revenue ?? 0) || a.handle.localeCompare(b.handle));
  trend.tail_creators = converting.slice(0, Math.ceil(converting.length / 4)).map((c) => c.handle);
  if (!start) return { daily: [], trend };
  let last = end ?? start;
  for (const v of ds.conversions) if (v.date > last) last = v.date;
  const span = Math.min(daysBetween(start, last), MAX_DAYS - 1);
  const daily: DailyRow[] = [];
  for (let i = 0; i <= span; i++) daily.push({ date: addDays(start, i), orders: 0, revenue: 0, posts: 0 });
  // Few distinct dates, many rows: compute each date's offset once.
  const offsets = new Map<string, number>();
  const index = (d: string) => {
    let i = offsets.get(d);
    if (i === undefined) {
      i = daysBetween(start, d);
      if (i < 0 || i >= daily.length) i = -1;
      offsets.set(d, i);
    }
    return i;
  };
  for (const v of ds.conversions) {
    const i = index(v.date);
    if (i < 0) continue;
    daily[i]!.orders += v.orders ?? 0;
    daily[i]!.revenue += v.revenue ?? 0;
  }
  for (const p of ds.posts) {
    const i = index(p.published);
    if (i >= 0) daily[i]!.posts++;
  }
  if (!revenueMeasured) return { daily, trend };
  let peak: DailyRow | null = null;
  for (const d of daily) if (d.revenue > 0 && (peak === null || d.revenue > peak.revenue)) peak = d;
  trend.peak_date = peak?.date ?? null;
  trend.peak_revenue = peak?.revenue ?? null;
  if (end) {
    const inside = daily.filter((d) => d.date <= end);
    const days = daysBetween(start, end) + 1;
    const insideRevenue = ds.conversions.reduce(
      (t, v) => (v.date >= start && v.date <= end ? t + (v.revenue ?? 0) : t),
      0,
    );
    const mean = ratio(insideRevenue, days);
    trend.mean_daily_revenue = mean;
    trend.days_below_mean = mean === null ? null : inside.filter((d) => d.revenue < mean).length;
  }
  return { daily, trend };
}

// ---------------------------------------------------------------- lift, audience, goals, team

function periodDays(p: { start_date: string; end_date: string }): number {
  return daysBetween(p.start_date, p.end_date) + 1;
}

function computeLift(ds: Dataset): Record<LiftMetric, LiftRow> {
  const period = (name: string) => ds.baseline.find((b) => b.period === name);
  const before = period("before");
  const during = period("during");
  const after = period("after");
  const daily = (p: typeof before, m: LiftMetric): N => {
    const v = p?.[m];
    return p && v !== undefined ? v / periodDays(p) : null;
  };
  const out = {} as Record<LiftMetric, LiftRow>;
  for (const m of LIFT_METRICS) {
    const b = daily(before, m);
    const d = daily(during, m);
    const a = daily(after, m);
    out[m] = {
      before_daily: b,
      during_daily: d,
      after_daily: a,
      during_lift: d === null || b === null ? null : ratio(d - b, b),
      after_lift: a === null || b === null ? null : ratio(a - b, b),
    };
  }
  return out;
}

function computeAudience(ds: Dataset) {
  const before = ds.baseline.find((b) => b.period === "before")?.followers;
  const during = ds.baseline.find((b) => b.period === "during")?.followers;
  const growth = before === undefined || during === undefined ? null : during - before;
  return { growth, growth_rate: ratio(growth, before) };
}

function computeGoals(
  ds: Dataset,
  totals: Totals,
  lift: Record<LiftMetric, LiftRow>,
  audience: { growth: N; growth_rate: N },
): GoalResult[] {
  const extra: Record<string, N> = {
    sessions_lift: lift.sessions.during_lift,
    revenue_lift: lift.revenue.during_lift,
    audience_growth: audience.growth,
    audience_growth_rate: audience.growth_rate,
  };
  return ds.goals.map((g) => {
    const def = KPI_BY_KEY.get(g.kpi);
    const actual =
      g.kpi in extra ? (extra[g.kpi] ?? null) : ((totals as unknown as Record<string, N>)[g.kpi] ?? null);
    const lower = def?.lowerIsBetter ?? false;
    // A share of a target at or below zero means nothing (an ROI of -10% is not "50%" of
    // a -20% goal): attainment is null there, and met compares actual and target.
    const attainment =
      actual === null || (!lower && g.target <= 0)
        ? null
        : lower
          ? ratio(g.target, actual)
          : ratio(actual, g.target);
    const met = actual === null ? null : lower ? actual <= g.target : actual >= g.target;
    return { kpi: g.kpi, target: g.target, actual, attainment, met };
  });
}

const CONTRACTED = new Set(["contracted", "shipped", "live", "completed"]);

function computeTeam(ds: Dataset, active: CreatorKpis[]): TeamKpis[] {
  const lower = (s: string) => s.trim().toLowerCase();
  const members: { member: string; role: string | null; hours: N; labor: N }[] = ds.team.map((t) => ({
    member: t.member,
    role: t.role ?? null,
    hours: t.hours ?? null,
    labor: t.hours === undefined || t.hourly_cost === undefined ? null : t.hours * t.hourly_cost,
  }));
  const known = new Set(members.map((m) => lower(m.member)));
  // Owners not in Team, named by canonicalSpelling (not by the first row seen).
  const extra = new Map<string, string[]>();
  for (const cr of active)
    if (cr.owner && !known.has(lower(cr.owner))) {
      const list = extra.get(lower(cr.owner));
      if (list) list.push(cr.owner);
      else extra.set(lower(cr.owner), [cr.owner]);
    }
  for (const owner of [...extra.values()].map(canonicalSpelling).sort((a, b) => a.localeCompare(b)))
    members.push({ member: owner, role: null, hours: null, labor: null });
  const revenueMeasured = ds.conversions.some((v) => v.revenue !== undefined);
  return members.map((m) => {
    const mine = active.filter((cr) => cr.owner !== null && lower(cr.owner) === lower(m.member));
    const revenue = revenueMeasured ? mine.reduce((t, cr) => t + (cr.revenue ?? 0), 0) : null;
    const creatorCost = mine.reduce((t, cr) => t + cr.cost, 0);
    return {
      member: m.member,
      role: m.role,
      creators: mine.length,
      contracted: mine.filter((cr) => CONTRACTED.has(cr.status)).length,
      live: mine.filter((cr) => cr.posts > 0).length,
      converting_creators: mine.filter((cr) => cr.converting).length,
      posts: mine.reduce((t, cr) => t + cr.posts, 0),
      revenue,
      creator_cost: creatorCost,
      roas: ratio(revenue, creatorCost),
      hours: m.hours,
      labor_cost: m.labor,
    };
  });
}

export type { Conversion };
