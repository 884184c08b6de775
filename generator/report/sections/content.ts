// Content: posts by platform and format, and the top posts.
import type { PostView } from "../../../core/present/index.ts";
import { cell } from "../table.ts";
import { handle, type Kit } from "./kit.ts";

export function contentSection(k: Kit) {
  const { v, t, numCell, kpi, chart, table, row, has, head } = k;
  const ct = v.content;
  const contentTable = (dim: "platform" | "format", rows: typeof ct.by_platform) =>
    table(
      t.t(`content.by.${dim}`),
      [
        [t.t(`col.${dim}`), false],
        [kpi("content_pieces"), true],
        [kpi("views"), true],
        [t.t("col.likes"), true],
        [t.t("col.comments"), true],
        [t.t("col.shares"), true],
        [t.t("col.saves"), true],
        [t.t("col.er"), true],
      ],
      rows.map((r) =>
        row([
          cell(t.t(`${dim}.${r.key}`), { strong: true }),
          numCell(r.posts),
          numCell(r.views),
          numCell(r.likes),
          numCell(r.comments),
          numCell(r.shares),
          numCell(r.saves),
          numCell(r.er_impressions, "rate"),
        ]),
      ),
    );
  const postTable = (caption: string, posts: PostView[], key: "engagements" | "clicks") =>
    table(
      caption,
      [
        [t.t("col.creator"), false],
        [t.t("col.post"), false],
        [t.t("col.published"), false],
        [kpi("impressions"), true],
        [kpi(key), true],
        [key === "clicks" ? kpi("ctr") : t.t("col.er"), true],
      ],
      posts.map((p) =>
        row([
          cell(handle(p.creator), { strong: true, typed: true }),
          cell(`${t.t(`platform.${p.platform}`)} · ${t.t(`format.${p.format}`)}`, {
            href: p.href,
            badge: p.href ? null : p.url ? t.t("content.unsafe_link") : null,
          }),
          cell(t.date(p.published)),
          numCell(p.impressions),
          numCell(p[key], "count", true),
          numCell(key === "clicks" ? p.ctr : p.er_impressions, "rate"),
        ]),
      ),
      "posts",
    );
  return has("content")
    ? {
        ...head("content"),
        chart: chart("formats"),
        byPlatform: contentTable("platform", ct.by_platform),
        byFormat: contentTable("format", ct.by_format),
        topEngagements:
          ct.top_engagements.length > 0
            ? postTable(t.t("content.top_engagements"), ct.top_engagements, "engagements")
            : null,
        topClicks:
          ct.top_clicks.length > 0 ? postTable(t.t("content.top_clicks"), ct.top_clicks, "clicks") : null,
        erNote: t.t("content.er_note"),
      }
    : null;
}
