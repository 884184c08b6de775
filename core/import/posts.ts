// Platform content exports → Content rows keyed by post URL.
import { enumKey, isHttpUrl } from "../index.ts";
import { importMsg } from "./messages.ts";
import { emptyMapped, skip } from "./orders.ts";
import { isTotalCell } from "./rules.ts";
import { cell, type ExportSheet, type ImportTarget } from "./sheet.ts";
import type { MappedExport, PostLine, PostMetric, Refusal } from "./types.ts";
import { exportDate, figure, textOf } from "./values.ts";

type Row = ExportSheet["rows"][number];

/** The creator of a one-account export: the one named, else the only creator on the platform. */
function accountOwner(s: ExportSheet, t: ImportTarget, platform: string): string | Refusal {
  if (t.creator)
    return t.roster.byHandle(t.creator) ?? { refused: importMsg.unknownCreatorOption(t.creator) };
  const on = t.roster.onPlatform(platform);
  return on.length === 1 ? on[0]! : { refused: importMsg.noCreator(s.file, platform) };
}

/** Metrics of a row, or null after a finding when one is unreadable. */
function metrics(
  s: ExportSheet,
  r: Row,
  fields: readonly PostMetric[],
): Partial<Record<PostMetric, number>> | null {
  const out: Partial<Record<PostMetric, number>> = {};
  for (const f of fields) {
    if (!s.cols.has(f)) continue;
    const v = figure(cell(s, r.line, f), s.ctx);
    if (!v.ok) {
      s.findings.push({
        severity: "warning",
        code: "unreadable",
        row: r.row,
        message: importMsg.unreadable(f, v.found),
      });
      return null;
    }
    if (v.value !== null) out[f] = v.value;
  }
  return out;
}

function published(s: ExportSheet, r: Row, field: string, t: ImportTarget): string | null {
  const raw = cell(s, r.line, field);
  const d = exportDate(raw, s.ctx, t.campaign.start_date);
  if (!d) {
    s.findings.push({
      severity: "warning",
      code: "unreadable",
      row: r.row,
      message: importMsg.unreadable("Date", textOf(raw)),
    });
    return null;
  }
  return d.iso;
}

/** YouTube Studio "Table data": one row per video after the Total row. */
export function mapYoutube(s: ExportSheet, t: ImportTarget): MappedExport | Refusal {
  const owner = accountOwner(s, t, "youtube");
  if (typeof owner !== "string") return owner;
  const m = emptyMapped(s);
  for (const r of s.rows) {
    const video = textOf(cell(s, r.line, "video"));
    if (isTotalCell(video)) {
      skip(m, "total-row");
      continue;
    }
    const date = published(s, r, "published", t);
    const mx = metrics(s, r, ["views", "impressions", "likes", "comments", "shares"]);
    if (video === "" || date === null || mx === null) {
      skip(m, "unreadable");
      continue;
    }
    const url = isHttpUrl(video) ? video : `https://www.youtube.com/watch?v=${encodeURIComponent(video)}`;
    const seconds = figure(cell(s, r.line, "duration"), s.ctx);
    // Shorts are at most three minutes; without a duration a video is a long video.
    const short = seconds.ok && seconds.value !== null && seconds.value <= 180;
    m.posts.push({
      source: s.def.kind,
      url,
      creator: owner,
      platform: "youtube",
      format: short ? "short_video" : "long_video",
      published: date,
      metrics: mx,
    });
  }
  return m;
}

/**
 * TikTok Studio downloads. With a video link or ID column each row is a video; without
 * one the file is one video's days, summed into one post dated its first day.
 */
export function mapTiktokStudio(s: ExportSheet, t: ImportTarget): MappedExport | Refusal {
  const owner = accountOwner(s, t, "tiktok");
  if (typeof owner !== "string") return owner;
  const m = emptyMapped(s);
  const perVideo = s.cols.has("link") || s.cols.has("video");
  let total: PostLine | null = null;
  for (const r of s.rows) {
    if (isTotalCell(cell(s, r.line, "date"))) {
      skip(m, "total-row");
      continue;
    }
    const date = published(s, r, "date", t);
    const mx = metrics(s, r, ["views", "likes", "comments", "shares"]);
    if (date === null || mx === null) {
      skip(m, "unreadable");
      continue;
    }
    const link = textOf(cell(s, r.line, "link"));
    const id = textOf(cell(s, r.line, "video"));
    const url = isHttpUrl(link)
      ? link
      : id
        ? `https://www.tiktok.com/@${owner.replace(/^@+/, "")}/video/${id}`
        : "";
    if (perVideo) {
      m.posts.push({
        source: s.def.kind,
        url,
        creator: owner,
        platform: "tiktok",
        format: "short_video",
        published: date,
        metrics: mx,
      });
      continue;
    }
    if (!total)
      total = {
        source: s.def.kind,
        url: "",
        creator: owner,
        platform: "tiktok",
        format: "short_video",
        published: date,
        metrics: {},
      };
    if (date < total.published) total.published = date;
    for (const [k, v] of Object.entries(mx) as [PostMetric, number][])
      total.metrics[k] = (total.metrics[k] ?? 0) + v;
  }
  if (total) m.posts.push(total);
  return m;
}

const META_FORMATS: Readonly<Record<string, string>> = {
  reel: "short_video",
  reels: "short_video",
  ig_reel: "short_video",
  fb_reel: "short_video",
  image: "image",
  photo: "image",
  ig_image: "image",
  carousel: "carousel",
  ig_carousel: "carousel",
  album: "carousel",
  story: "story",
  ig_story: "story",
  video: "long_video",
  live: "live",
  text: "other",
  link: "other",
};

/** Meta Business Suite content export: the creator by account username; unknown accounts are not imported. */
export function mapMeta(s: ExportSheet, t: ImportTarget): MappedExport | Refusal {
  const m = emptyMapped(s);
  const unknown = new Set<string>();
  for (const r of s.rows) {
    const account = textOf(cell(s, r.line, "account"));
    if (isTotalCell(textOf(cell(s, r.line, "post_id"))) || isTotalCell(account)) {
      skip(m, "total-row");
      continue;
    }
    const owner = t.roster.byHandle(account);
    if (!owner) {
      unknown.add(account);
      skip(m, "unknown-account");
      continue;
    }
    const date = published(s, r, "published", t);
    const mx = metrics(s, r, ["impressions", "reach", "likes", "comments", "saves", "shares"]);
    const permalink = textOf(cell(s, r.line, "permalink"));
    const id = textOf(cell(s, r.line, "post_id"));
    const url = isHttpUrl(permalink)
      ? permalink
      : /^\d+_\d+$/.test(id)
        ? `https://www.facebook.com/${id.replace("_", "/posts/")}`
        : "";
    if (date === null || mx === null || url === "") {
      skip(m, "unreadable");
      continue;
    }
    const platform = /instagram\.com/i.test(url) ? "instagram" : "facebook";
    const format = META_FORMATS[enumKey(textOf(cell(s, r.line, "post_type")))] ?? "other";
    m.posts.push({ source: s.def.kind, url, creator: owner, platform, format, published: date, metrics: mx });
  }
  for (const a of unknown)
    s.findings.push({
      severity: "warning",
      code: "unknown-account",
      row: null,
      message: importMsg.unknownAccount(a),
    });
  return m;
}
