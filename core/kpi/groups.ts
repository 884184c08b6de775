// Groups: every figure of a tier, platform, model, format, owner, tag or status from the group's own sums, never by averaging ratios.
import type { CreatorKpis, GroupRow, Groups, PostKpis } from "./model.ts";
import type { Sums } from "./registry.ts";
import { ratio } from "./registry.ts";
import { canonicalSpelling } from "./spelling.ts";
import { ALL_RATIOS, type N, nullSums, ratiosFrom, Total } from "./sums.ts";
import { COOPERATION_MODELS, FORMATS, PLATFORMS, STATUSES, TIERS } from "../schema/enums.ts";
import { textKey } from "../schema/keys.ts";

/** What a group's figures come from: its members' sums. */
interface MemberSums extends Sums {
  followers: N;
  posts: number;
  commission: N;
  converting: number;
}

function sumMembers(members: readonly CreatorKpis[]): MemberSums {
  // A Total per figure: sums updated in place (see Total).
  const followers = new Total();
  const followerPosts = new Total();
  const impressions = new Total();
  const reach = new Total();
  const views = new Total();
  const engagements = new Total();
  const clicks = new Total();
  const orders = new Total();
  const units = new Total();
  const revenue = new Total();
  const leads = new Total();
  const commission = new Total();
  const cost = new Total();
  let posts = 0;
  let converting = 0;
  for (const cr of members) {
    followers.add(cr.followers);
    posts += cr.posts;
    if (cr.posts > 0) followerPosts.add(cr.followers * cr.posts);
    impressions.add(cr.impressions);
    reach.add(cr.reach);
    views.add(cr.views);
    engagements.add(cr.engagements);
    clicks.add(cr.clicks);
    orders.add(cr.orders);
    units.add(cr.units);
    revenue.add(cr.revenue);
    leads.add(cr.leads);
    commission.add(cr.commission);
    cost.add(cr.cost);
    if (cr.converting) converting++;
  }
  return {
    impressions: impressions.value,
    reach: reach.value,
    views: views.value,
    engagements: engagements.value,
    clicks: clicks.value,
    orders: orders.value,
    units: units.value,
    revenue: revenue.value,
    leads: leads.value,
    follower_posts: followerPosts.value,
    cost: cost.value,
    followers: followers.value,
    posts,
    commission: commission.value,
    converting,
  };
}

function groupRow(key: string | null, members: CreatorKpis[]): GroupRow {
  const s = sumMembers(members);
  return {
    key,
    creators: members.length,
    converting_creators: s.converting,
    converting_share: ratio(s.converting, members.length),
    posts: s.posts,
    followers: s.followers,
    impressions: s.impressions,
    reach: s.reach,
    views: s.views,
    engagements: s.engagements,
    clicks: s.clicks,
    orders: s.orders,
    units: s.units ?? null,
    revenue: s.revenue,
    leads: s.leads,
    commission: s.commission,
    cost: s.cost,
    ...ratiosFrom(ALL_RATIOS, s),
  };
}

function groupBy(
  creators: CreatorKpis[],
  keysOf: (c: CreatorKpis) => (string | null)[],
  order?: readonly string[],
  /** Free text (owners) groups as textKey compares it; enum keys are canonical already. */
  foldCase = false,
): GroupRow[] {
  const groups = new Map<string | null, { spellings: string[]; members: CreatorKpis[] }>();
  for (const cr of creators) {
    for (const k of keysOf(cr)) {
      const groupKey = k === null || !foldCase ? k : textKey(k);
      let g = groups.get(groupKey);
      if (!g) groups.set(groupKey, (g = { spellings: [], members: [] }));
      // Without folding, every spelling of a group is its key.
      if (k !== null && foldCase) g.spellings.push(k);
      g.members.push(cr);
    }
  }
  const rows = [...groups].map(([key, g]) =>
    groupRow(key !== null && foldCase ? canonicalSpelling(g.spellings) : key, g.members),
  );
  const rank = (k: string | null) => (k === null ? Number.MAX_SAFE_INTEGER : order ? order.indexOf(k) : 0);
  return rows.sort((a, b) => rank(a.key) - rank(b.key) || (a.key ?? "").localeCompare(b.key ?? ""));
}

/** A format's posts by creators who took part, summed in sheet order. */
class FormatSums {
  posts = 0;
  /** Its authors in first-post order; `wrote` marks them by index in `active` (cheaper than a Set). */
  readonly authors: CreatorKpis[] = [];
  readonly wrote: Uint8Array;
  readonly impressions = new Total();
  readonly reach = new Total();
  readonly views = new Total();
  readonly engagements = new Total();
  readonly clicks = new Total();
  readonly followerPosts = new Total();
  constructor(
    readonly key: string,
    creators: number,
  ) {
    this.wrote = new Uint8Array(creators);
  }
}

/** Formats group posts, not creators: each format's sums come from its own posts. */
function formatGroups(active: CreatorKpis[], posts: PostKpis[]): GroupRow[] {
  const activeByHandle = new Map(active.map((cr, i) => [cr.handle, i]));
  const formats = new Map<string, FormatSums>();
  for (const p of posts) {
    const i = activeByHandle.get(p.creator);
    if (i === undefined) continue;
    const author = active[i]!;
    let f = formats.get(p.format);
    if (!f) formats.set(p.format, (f = new FormatSums(p.format, active.length)));
    f.posts++;
    if (f.wrote[i] === 0) {
      f.wrote[i] = 1;
      f.authors.push(author);
    }
    f.impressions.add(p.impressions);
    f.reach.add(p.reach);
    f.views.add(p.views);
    f.engagements.add(p.engagements);
    f.clicks.add(p.clicks);
    f.followerPosts.add(author.followers);
  }
  return [...formats.values()]
    .sort((a, b) => FORMATS.indexOf(a.key as never) - FORMATS.indexOf(b.key as never))
    .map((f) => {
      let converting = 0;
      for (const cr of f.authors) if (cr.converting) converting++;
      const s: Sums = {
        ...nullSums(),
        impressions: f.impressions.value,
        reach: f.reach.value,
        views: f.views.value,
        engagements: f.engagements.value,
        clicks: f.clicks.value,
        follower_posts: f.followerPosts.value,
      };
      return {
        key: f.key,
        creators: f.authors.length,
        converting_creators: converting,
        converting_share: ratio(converting, f.authors.length),
        posts: f.posts,
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
}

export function computeGroups(active: CreatorKpis[], posts: PostKpis[]): Groups {
  return {
    platform: groupBy(active, (c) => [c.platform], PLATFORMS),
    tier: groupBy(active, (c) => [c.tier], TIERS),
    cooperation_model: groupBy(active, (c) => [c.cooperation_model], COOPERATION_MODELS),
    format: formatGroups(active, posts),
    owner: groupBy(active, (c) => [c.owner], undefined, true),
    tag: groupBy(active, (c) => c.tags),
    status: groupBy(active, (c) => [c.status], STATUSES),
  };
}
