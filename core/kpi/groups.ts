// Groups: every figure of a tier, platform, model, format, owner, tag or status from the group's own sums, never by averaging ratios.
import type { CreatorKpis, GroupRow, Groups, PostKpis } from "./model.ts";
import type { Sums } from "./registry.ts";
import { ratio } from "./registry.ts";
import { canonicalSpelling } from "./spelling.ts";
import { ALL_RATIOS, ALL_SUMS, add, type N, nullSums, ratiosFrom, sumPresent } from "./sums.ts";
import { COOPERATION_MODELS, FORMATS, PLATFORMS, STATUSES, TIERS } from "../schema/enums.ts";

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
      const groupKey = k === null || !foldCase ? k : k.toLowerCase();
      let g = groups.get(groupKey);
      if (!g) groups.set(groupKey, (g = { spellings: [], members: [] }));
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

export function computeGroups(active: CreatorKpis[], posts: PostKpis[]): Groups {
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
      // One lookup per post (a Map lookup is a cache miss on a large campaign), shared by both uses.
      const authors = list.map((p) => activeByHandle.get(p.creator)!);
      const members = [...new Set(authors)];
      const converting = members.filter((cr) => cr.converting).length;
      const s: Sums = {
        ...nullSums(),
        impressions: sumPresent(list.map((p) => p.impressions)),
        reach: sumPresent(list.map((p) => p.reach)),
        views: sumPresent(list.map((p) => p.views)),
        engagements: sumPresent(list.map((p) => p.engagements)),
        clicks: sumPresent(list.map((p) => p.clicks)),
        follower_posts: sumPresent(authors.map((cr) => cr.followers)),
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
