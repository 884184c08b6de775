// Figures the report shows that the KPI model does not hold as such.
import type { Issue } from "../issues/issue.ts";
import type { CreatorKpis, GroupRow, KpiModel, PostKpis } from "../kpi/model.ts";
import type { CampaignNotes } from "../kpi/notes.ts";
import { KPI_BY_KEY, ratio } from "../kpi/registry.ts";
import { tookPart } from "../kpi/status.ts";
import { groupLevers, isMaterial, rankLevers } from "./conclusions/levers.ts";
import { MATERIAL_CREATORS } from "./conclusions/rules.ts";
import type { ContentRow, CostItem, FunnelStep, IssueGroup, Lever, Persona, PostView } from "./types.ts";

type N = number | null;

/** Creators that count in totals: those who took part. */
export const counted = (m: KpiModel): CreatorKpis[] => m.creators.filter((c) => tookPart(c.status));

export const lowerIsBetter = (kpi: string) => KPI_BY_KEY.get(kpi)?.lowerIsBetter ?? false;

/** a is better than b on this KPI. */
export const better = (kpi: string, a: number, b: number) => (lowerIsBetter(kpi) ? a < b : a > b);

const num = (row: object, key: string): N => {
  const v = (row as Record<string, unknown>)[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};
export const rowValue = num;

export function costBreakdown(m: KpiModel, notes: CampaignNotes): CostItem[] {
  const cs = counted(m);
  const sum = (f: (c: CreatorKpis) => number) => cs.reduce((a, c) => a + f(c), 0);
  const items: { key: string; amount: number }[] = [
    { key: "fee", amount: sum((c) => c.fee) },
    { key: "product", amount: sum((c) => c.product_cost) },
    { key: "shipping", amount: sum((c) => c.shipping_cost) },
    { key: "commission", amount: sum((c) => c.commission) },
  ];
  for (const { category, amount } of notes.other_costs) items.push({ key: `other.${category}`, amount });
  items.push({ key: "labor", amount: m.totals.labor_cost });
  const total = m.totals.total_cost;
  return items
    .filter((i) => i.amount > 0)
    .map((i) => ({ ...i, share: ratio(i.amount, total) }))
    .sort((a, b) => b.amount - a.amount);
}

/** The KPI each funnel step's rate is: clicks / impressions, orders / clicks. */
const FUNNEL = [
  ["impressions", null],
  ["clicks", "ctr"],
  ["orders", "conversion_rate"],
] as const;

/** impressions → clicks → orders; a step whose previous one is missing has no rate. */
export function funnel(m: KpiModel): FunnelStep[] {
  const t = m.totals;
  const raw = FUNNEL.map(([key, rateKpi]) => ({ key, rateKpi, value: t[key] })).filter(
    (s): s is { key: FunnelStep["key"]; rateKpi: FunnelStep["rateKpi"]; value: number } =>
      s.value !== null && s.value > 0,
  );
  const first = raw[0]?.value ?? 0;
  return raw.map((s, i) => {
    const prev = raw[i - 1];
    // A rate is only named after its KPI: it needs the very step that KPI divides by.
    const adjacent =
      prev !== undefined &&
      FUNNEL.findIndex((f) => f[0] === s.key) - 1 === FUNNEL.findIndex((f) => f[0] === prev.key);
    const rateKpi = adjacent ? s.rateKpi : null;
    return {
      key: s.key,
      value: s.value,
      rate: rateKpi === null ? null : t[rateKpi],
      rateKpi,
      width: first > 0 ? Math.max(0.04, Math.sqrt(s.value / first)) : 0,
    };
  });
}

/** A group needs this many creators before it is ever a lever. */
export const MIN_LEVER_CREATORS = MATERIAL_CREATORS;

/** The best and worst material levers (≥ 10 % of creator cost, ≥ 3 creators), ranked by contribution. */
export function levers(m: KpiModel, metric: string): { best: Lever | null; worst: Lever | null } {
  const r = rankLevers(groupLevers(m, metric));
  const lever = (l: typeof r.best): Lever | null =>
    l ? { dimension: l.dimension, key: l.key, metric: l.metric, value: l.value } : null;
  return { best: lever(r.best), worst: lever(r.worst) };
}

/** The best group on the metric; with the creator cost given, only among material groups. */
export function bestGroup(
  rows: GroupRow[],
  dimension: Lever["dimension"],
  metric: string,
  creatorCost?: number,
): Lever | null {
  let best: Lever | null = null;
  for (const g of rows) {
    const value = num(g, metric);
    if (g.key === null || value === null || g.creators < MIN_LEVER_CREATORS) continue;
    if (creatorCost !== undefined && !isMaterial(ratio(g.cost, creatorCost) ?? 0, g.creators)) continue;
    if (!best || better(metric, value, best.value)) best = { dimension, key: g.key, metric, value };
  }
  return best;
}

/** Tag shares among converting and non-converting creators, the tags that differ most first. */
export function personas(m: KpiModel, limit = 8): Persona[] {
  const cs = counted(m);
  const conv = cs.filter((c) => c.converting);
  const non = cs.filter((c) => !c.converting);
  const tags = new Map<string, { converting: number; non_converting: number }>();
  for (const c of cs)
    for (const tag of new Set(c.tags)) {
      const e = tags.get(tag) ?? { converting: 0, non_converting: 0 };
      if (c.converting) e.converting++;
      else e.non_converting++;
      tags.set(tag, e);
    }
  const out: Persona[] = [];
  for (const [tag, e] of tags) {
    if (e.converting + e.non_converting < 2) continue;
    const cShare = ratio(e.converting, conv.length);
    const nShare = ratio(e.non_converting, non.length);
    out.push({
      tag,
      converting: e.converting,
      converting_share: cShare,
      non_converting: e.non_converting,
      non_converting_share: nShare,
      difference: (cShare ?? 0) - (nShare ?? 0),
    });
  }
  return out
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.tag.localeCompare(b.tag))
    .slice(0, limit);
}

const desc = (key: string) => (a: object, b: object) =>
  (num(b, key) ?? -Infinity) - (num(a, key) ?? -Infinity);

export function leaderboard(m: KpiModel, kpi: string, limit = 10): CreatorKpis[] {
  return counted(m)
    .filter((c) => (num(c, kpi) ?? 0) > 0)
    .sort((a, b) => desc(kpi)(a, b) || desc("roas")(a, b) || a.handle.localeCompare(b.handle))
    .slice(0, limit);
}

/** Creators that cost money and converted nothing (only when conversions were measured). */
export function zeroConverters(m: KpiModel): CreatorKpis[] {
  if (m.totals.orders === null) return [];
  return counted(m)
    .filter((c) => c.cost > 0 && !c.converting)
    .sort((a, b) => b.cost - a.cost);
}

/** Only http(s) addresses become links; anything else (javascript:, data:) stays text. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  const u = url.trim();
  return /^https?:\/\/[^\s"'<>]+$/i.test(u) ? u : null;
}

export const postView = (p: PostKpis): PostView => ({ ...p, href: safeHref(p.url) });

export function topPosts(m: KpiModel, key: "engagements" | "clicks", limit = 5): PostView[] {
  return m.posts
    .filter((p) => (p[key] ?? 0) > 0)
    .sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0) || a.row - b.row)
    .slice(0, limit)
    .map(postView);
}

const addN = (a: N, b: N): N => (b === null ? a : (a ?? 0) + b);

/** Content sums by platform or format, from the posts. */
export function contentBy(m: KpiModel, key: "platform" | "format"): ContentRow[] {
  const rows = new Map<string, ContentRow>();
  for (const p of m.posts) {
    const k = p[key];
    const r = rows.get(k) ?? {
      key: k,
      posts: 0,
      impressions: null,
      views: null,
      likes: null,
      comments: null,
      shares: null,
      saves: null,
      engagements: null,
      clicks: null,
      er_impressions: null,
      ctr: null,
    };
    r.posts++;
    for (const f of [
      "impressions",
      "views",
      "likes",
      "comments",
      "shares",
      "saves",
      "engagements",
      "clicks",
    ] as const)
      r[f] = addN(r[f], p[f]);
    rows.set(k, r);
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      er_impressions: ratio(r.engagements, r.impressions),
      ctr: ratio(r.clicks, r.impressions),
    }))
    .sort((a, b) => (b.engagements ?? 0) - (a.engagements ?? 0) || b.posts - a.posts);
}

/** Converting creators whose ROAS beats the campaign's on the same basis (creator cost), best revenue first. */
export function aboveCampaignRoas(m: KpiModel): CreatorKpis[] {
  const roas = m.totals.roas_creator;
  if (roas === null) return [];
  return counted(m)
    .filter((c) => c.converting && c.roas !== null && c.roas > roas)
    .sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));
}

/** Creators the sales cannot be credited to: no discount code and no link. */
export function untracked(m: KpiModel): CreatorKpis[] {
  return counted(m).filter((c) => !c.discount_code && !c.link);
}

/**
 * A kind of finding (severity, code, tab and column) with more distinct sentences than this is
 * one line of the appendix: a Shopify export with a one-time code per order would otherwise
 * list thousands of "unknown discount code" lines.
 */
export const FINDING_SENTENCES_MAX = 10;

/**
 * Groups identical findings (same severity, code and message) so the appendix lists each once
 * with all its cells; a kind with more than FINDING_SENTENCES_MAX sentences is one group, its
 * first sentence standing for the `others`, every cell listed.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const kindOf = (i: Issue) => `${i.severity}\u0000${i.code}\u0000${i.tab}\u0000${i.column ?? ""}`;
  const sentences = new Map<string, Set<string>>();
  for (const i of issues) {
    const kind = kindOf(i);
    const seen = sentences.get(kind) ?? new Set<string>();
    seen.add(i.message);
    sentences.set(kind, seen);
  }
  const folded = (kind: string) => sentences.get(kind)!.size > FINDING_SENTENCES_MAX;
  const groups = new Map<string, IssueGroup>();
  for (const i of issues) {
    const kind = kindOf(i);
    const key = folded(kind) ? kind : `${kind}\u0000${i.message}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = {
        severity: i.severity,
        code: i.code,
        message: i.message,
        args: i.args ?? {},
        tab: i.tab,
        column: i.column,
        cells: [],
        others: folded(kind) ? sentences.get(kind)!.size - 1 : 0,
      };
      groups.set(key, g);
    }
    g.cells.push(i.cell ?? i.tab);
  }
  return [...groups.values()];
}
