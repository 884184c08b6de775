// Content rows → posts: each resolved to its creator, its dates and figures checked for plausibility.
import { leaveOut, warn } from "./context.ts";
import type { CreatorIndex } from "./creators.ts";
import type { Creator, Post } from "./dataset.ts";
import type { Campaign } from "../parse/campaign.ts";
import type { ParsedTab } from "../parse/table.ts";
import type { IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import type { ContentRow } from "../schema/tabs.ts";

export function resolvePosts(
  content: ParsedTab<ContentRow>,
  creators: CreatorIndex,
  campaign: Campaign,
  issues: IssueList,
): Post[] {
  const tab = content as ParsedTab<unknown>;
  const { start_date: start, end_date: end } = campaign;
  const posts: Post[] = [];
  for (const r of content.rows) {
    if (r.excluded) continue;
    const d = r.data;
    const creator = creators.find(d.creator);
    if (!creator) {
      const said = sentence.unknownCreatorInContent(d.creator, creators.readable);
      leaveOut(issues, tab, r, "creator", "unknown-creator", said);
      continue;
    }
    if (start && end && (d.published < start || d.published > end))
      warn(
        issues,
        tab,
        r.row,
        "published",
        "outside-campaign",
        sentence.outsideCampaign(d.published, start, end),
      );
    if (d.reach !== undefined && d.impressions !== undefined && d.reach > d.impressions)
      warn(issues, tab, r.row, "reach", "reach-above-impressions", sentence.reachAboveImpressions());
    if (d.clicks !== undefined && d.impressions !== undefined && d.clicks > d.impressions)
      warn(issues, tab, r.row, "clicks", "clicks-above-impressions", sentence.clicksAboveImpressions());
    // Mutate in place rather than Object.assign({...}): one object per row, no temporaries.
    const post = d as Post;
    post.row = r.row;
    post.platform = d.platform ?? creator.data.platform ?? "other";
    post.creatorKey = (creator.data as Creator).key;
    posts.push(post);
  }
  return posts;
}
