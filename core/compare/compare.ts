// Compare two or more campaigns: headline KPIs with deltas, goals, cost per result,
// breakdowns, what changed, roster and content library. Money never crosses currencies.
import type { GroupRow, KpiModel, PostKpis, Totals } from "../kpi/model.ts";
import { ratio } from "../kpi/registry.ts";
import { tookPart } from "../kpi/status.ts";
import { chronological, creatorKey } from "./order.ts";
import { buildRoster } from "./roster.ts";
import { CONTENT_LIBRARY_SIZE } from "./rules.ts";
import {
  type BreakdownCell,
  type BreakdownDimension,
  type BreakdownRow,
  type Breakdowns,
  type BudgetShift,
  COMPARISON_VERSION,
  type Change,
  type CompareFinding,
  type ComparisonModel,
  type ContentLibrary,
  type Delta,
  type GoalRow,
  type LibraryPost,
  type MetricRow,
  type MoneyByCurrency,
} from "./types.ts";

type Key = keyof Totals;

/** Headline KPIs, in display order; true = monetary. */
export const HEADLINE: readonly [Key, boolean][] = [
  ["creators", false],
  ["content_pieces", false],
  ["impressions", false],
  ["reach", false],
  ["engagements", false],
  ["er_impressions", false],
  ["clicks", false],
  ["ctr", false],
  ["orders", false],
  ["conversion_rate", false],
  ["revenue", true],
  ["creator_cost", true],
  ["total_cost", true],
  ["roas", false],
  ["roi", false],
];

/** Cost per result trend (ROAS is a ratio of two sums in one currency, so comparable). */
export const COST_PER_RESULT: readonly [Key, boolean][] = [
  ["cpm", true],
  ["cpe", true],
  ["cpa", true],
  ["roas", false],
];

export function delta(prev: number | null, cur: number | null): Delta {
  if (prev === null || cur === null) return { abs: null, rel: null };
  const abs = cur - prev;
  return { abs, rel: prev === 0 ? null : abs / prev };
}

function metricRows(ms: KpiModel[], keys: readonly [Key, boolean][]): MetricRow[] {
  return keys.map(([key, monetary]) => {
    const values = ms.map((m) => m.totals[key] as number | null);
    const deltas = values.map((v, i) => {
      if (i === 0) return null;
      const sameCurrency = ms[i - 1]?.campaign.currency === ms[i]?.campaign.currency;
      if (monetary && !sameCurrency) return { abs: null, rel: null };
      return delta(values[i - 1] ?? null, v);
    });
    return { key, monetary, values, deltas };
  });
}

function goalRows(ms: KpiModel[]): GoalRow[] {
  const kpis: string[] = [];
  for (const m of ms) for (const g of m.goals) if (!kpis.includes(g.kpi)) kpis.push(g.kpi);
  return kpis.map((kpi) => ({
    kpi,
    campaigns: ms.map((m) => {
      const g = m.goals.find((x) => x.kpi === kpi);
      return g ? { target: g.target, actual: g.actual, attainment: g.attainment, met: g.met } : null;
    }),
  }));
}

function cell(g: GroupRow, campaignCost: number): BreakdownCell {
  return {
    creators: g.creators,
    posts: g.posts,
    cost: g.cost,
    revenue: g.revenue,
    roas: g.roas,
    cpa: g.cpa,
    cpm: g.cpm,
    er_impressions: g.er_impressions,
    cost_share: ratio(g.cost, campaignCost),
  };
}

function breakdown(ms: KpiModel[], dim: BreakdownDimension): BreakdownRow[] {
  const keys: string[] = [];
  for (const m of ms)
    for (const g of m.groups[dim]) if (g.key !== null && !keys.includes(g.key)) keys.push(g.key);
  return keys.map((key) => ({
    key,
    campaigns: ms.map((m) => {
      const g = m.groups[dim].find((x) => x.key === key);
      return g ? cell(g, m.totals.creator_cost) : null;
    }),
  }));
}

function changes(ms: KpiModel[], bd: Record<BreakdownDimension, BreakdownRow[]>): Change[] {
  const keysOf = (m: KpiModel) =>
    new Set(m.creators.filter((c) => tookPart(c.status)).map((c) => creatorKey(c.platform, c.handle)));
  const out: Change[] = [];
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1] as KpiModel;
    const b = ms[i] as KpiModel;
    const ka = keysOf(a);
    const kb = keysOf(b);
    const same = a.campaign.currency === b.campaign.currency;
    const budget = {} as Record<BreakdownDimension, BudgetShift[]>;
    for (const dim of Object.keys(bd) as BreakdownDimension[]) {
      budget[dim] = bd[dim].map((row) => {
        const from = row.campaigns[i - 1]?.cost ?? 0;
        const to = row.campaigns[i]?.cost ?? 0;
        return {
          key: row.key,
          from,
          to,
          change: same ? to - from : null,
          from_share: row.campaigns[i - 1]?.cost_share ?? 0,
          to_share: row.campaigns[i]?.cost_share ?? 0,
        };
      });
    }
    out.push({
      from: i - 1,
      to: i,
      same_currency: same,
      creators_added: [...kb].filter((k) => !ka.has(k)).sort(),
      creators_dropped: [...ka].filter((k) => !kb.has(k)).sort(),
      creators_kept: [...kb].filter((k) => ka.has(k)).sort(),
      budget,
    });
  }
  return out;
}

function moneyByCurrency(ms: KpiModel[]): MoneyByCurrency[] {
  const out: MoneyByCurrency[] = [];
  ms.forEach((m, i) => {
    let row = out.find((r) => r.currency === m.campaign.currency);
    if (!row) {
      row = {
        currency: m.campaign.currency,
        campaigns: [],
        total_cost: 0,
        creator_cost: 0,
        revenue: null,
        roas: null,
      };
      out.push(row);
    }
    row.campaigns.push(i);
    row.total_cost += m.totals.total_cost;
    row.creator_cost += m.totals.creator_cost;
    if (m.totals.revenue !== null) row.revenue = (row.revenue ?? 0) + m.totals.revenue;
  });
  for (const r of out) r.roas = ratio(r.revenue, r.total_cost);
  return out;
}

/** Top posts by a measure, ties broken by campaign then sheet row so the order is stable. */
function top(ms: KpiModel[], by: (p: PostKpis) => number | null, n: number): LibraryPost[] {
  const all: { p: PostKpis; campaign: number; v: number }[] = [];
  ms.forEach((m, campaign) => {
    for (const p of m.posts) {
      const v = by(p);
      if (v !== null && Number.isFinite(v)) all.push({ p, campaign, v });
    }
  });
  all.sort((a, b) => b.v - a.v || a.campaign - b.campaign || a.p.row - b.p.row);
  return all.slice(0, n).map(({ p, campaign }) => ({
    campaign,
    creator: p.creator,
    platform: p.platform,
    format: p.format,
    published: p.published,
    url: p.url,
    impressions: p.impressions,
    engagements: p.engagements,
    er_impressions: p.er_impressions,
    clicks: p.clicks,
  }));
}

export function contentLibrary(models: readonly KpiModel[], n = CONTENT_LIBRARY_SIZE): ContentLibrary {
  const ms = chronological(models);
  return {
    by_engagement_rate: top(ms, (p) => p.er_impressions, n),
    by_clicks: top(ms, (p) => p.clicks, n),
  };
}

/**
 * What makes two models one campaign given twice (the same source, or a copy of it):
 * the same name, brand, dates and currency, and the same totals to the last digit.
 */
function sameness(m: KpiModel): string {
  const c = m.campaign;
  return JSON.stringify([c.name, c.brand, c.start_date, c.end_date, c.currency, m.totals]);
}

/** The models with each campaign once (first given kept), and how often each was given. */
function distinct(models: readonly KpiModel[]): { kept: KpiModel[]; times: Map<KpiModel, number> } {
  const first = new Map<string, KpiModel>();
  const times = new Map<KpiModel, number>();
  for (const m of models) {
    const key = sameness(m);
    const seen = first.get(key);
    if (seen) times.set(seen, (times.get(seen) ?? 1) + 1);
    else first.set(key, m);
  }
  return { kept: [...first.values()], times };
}

export function compareCampaigns(models: readonly KpiModel[]): ComparisonModel {
  const { kept, times } = distinct(models);
  const ms = chronological(kept);
  const findings: CompareFinding[] = [];
  ms.forEach((m, campaign) => {
    const n = times.get(m);
    if (n !== undefined) findings.push({ code: "same_campaign", campaign, times: n });
  });
  const money = moneyByCurrency(ms);
  if (money.length > 1)
    findings.push({
      code: "currencies_differ",
      currencies: money.map((m) => m.currency),
      campaigns: money.map((m) => m.campaigns),
    });
  const undated = ms.flatMap((m, i) => (m.campaign.start_date === null ? [i] : []));
  if (undated.length > 0) findings.push({ code: "no_dates", campaigns: undated });
  // Platform first in the JSON; a Record over every dimension keeps the list complete.
  const breakdowns: Breakdowns = {
    platform: breakdown(ms, "platform"),
    tier: breakdown(ms, "tier"),
    cooperation_model: breakdown(ms, "cooperation_model"),
  };
  return {
    version: COMPARISON_VERSION,
    campaigns: ms.map((m, index) => ({
      index,
      name: m.campaign.name,
      brand: m.campaign.brand,
      start_date: m.campaign.start_date,
      end_date: m.campaign.end_date,
      currency: m.campaign.currency,
      locale: m.campaign.locale || null,
    })),
    headline: metricRows(ms, HEADLINE),
    cost_per_result: metricRows(ms, COST_PER_RESULT),
    goals: goalRows(ms),
    breakdowns,
    changes: changes(ms, breakdowns),
    money_by_currency: money,
    roster: buildRoster(ms),
    content: contentLibrary(ms),
    findings,
  };
}
