// Per post: the Content figures as typed, engagements, and the post ratios.
import type { PostKpis } from "./model.ts";
import type { Sums } from "./registry.ts";
import { type CreatorNumbers, NO_CREATOR } from "./numbering.ts";
import { F, type N } from "./sums.ts";
import type { Dataset, Post } from "../validate/dataset.ts";

/** Likes + comments + shares + saves; null when none of them was measured. */
export function postEngagements(p: Post): N {
  if (p.likes === undefined && p.comments === undefined && p.shares === undefined && p.saves === undefined)
    return null;
  return (p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0) + (p.saves ?? 0);
}

/** The posts, and their engagements by index (an array, not a Map keyed by object: 100k posts). */
export function computePosts(ds: Dataset, numbers: CreatorNumbers): { posts: PostKpis[]; engagements: N[] } {
  const engagements: N[] = new Array(ds.posts.length);
  const posts: PostKpis[] = ds.posts.map((p, i) => {
    const n = numbers.post[i]!;
    const creator = n === NO_CREATOR ? undefined : ds.creators[n];
    const eng = postEngagements(p);
    engagements[i] = eng;
    const s: Sums = {
      impressions: p.impressions ?? null,
      reach: p.reach ?? null,
      views: null,
      engagements: eng,
      clicks: p.clicks ?? null,
      orders: null,
      revenue: null,
      leads: null,
      cost: null,
      follower_posts: creator?.followers ?? null,
    };
    return {
      row: p.row,
      creator: creator?.handle ?? p.creator,
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
      engagements: eng,
      er_impressions: F.er_impressions(s),
      er_reach: F.er_reach(s),
      er_followers: F.er_followers(s),
      ctr: F.ctr(s),
    };
  });
  return { posts, engagements };
}
