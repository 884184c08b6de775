// The verdict and the recommendations: rule-based sentences that cite their numbers.
import type { CreatorKpis, KpiModel } from "../kpi/model.ts";
import { KPI_BY_KEY, ratio } from "../kpi/registry.ts";
import { costMetric } from "../kpi/profiles.ts";
import { aboveCampaignRoas, better, rowValue, untracked, zeroConverters } from "./figures.ts";
import type { Arg, GoalView, Lever, Msg, Recommendation } from "./types.ts";

const unitOf = (kpi: string) => KPI_BY_KEY.get(kpi)?.unit ?? "count";
const fig = (kpi: string, value: number): Arg => ({ kind: unitOf(kpi), value });
const money = (value: number): Arg => ({ kind: "money", value });
const count = (value: number): Arg => ({ kind: "count", value });
const rate = (value: number): Arg => ({ kind: "rate", value });
const label = (key: string): Arg => ({ kind: "label", key });
const kpiLabel = (kpi: string): Arg => label(`kpi.${kpi}`);
const msg = (key: string, args: Record<string, Arg> = {}): Msg => ({ key, args });

const HANDLES_SHOWN = 5;
function handles(cs: CreatorKpis[]): Arg {
  return {
    kind: "list",
    items: cs.slice(0, HANDLES_SHOWN).map((c) => ({ kind: "text", value: `@${c.handle.replace(/^@/, "")}` })),
    more: Math.max(0, cs.length - HANDLES_SHOWN),
  };
}

/** "micro creators", "TikTok", "hybrid deals", as a nested sentence. */
export const leverName = (l: Pick<Lever, "dimension" | "key">): Arg => ({
  kind: "msg",
  msg: msg(`lever.${l.dimension}`, { name: label(`${l.dimension}.${l.key}`) }),
});

export function recommendations(m: KpiModel): Recommendation[] {
  const out: Recommendation[] = [];
  const t = m.totals;
  const objective = m.campaign.objective;

  // Models that did not pay back.
  if (t.revenue !== null)
    for (const g of m.groups.cooperation_model) {
      if (g.key === null || g.cost === null || g.cost <= 0 || g.roas === null || g.roas >= 1) continue;
      const name = leverName({ dimension: "cooperation_model", key: g.key });
      out.push({
        id: "drop_model",
        action: msg("rec.drop_model.action", { model: name }),
        detail: msg("rec.drop_model.detail", {
          model: name,
          cost: money(g.cost),
          revenue: money(g.revenue ?? 0),
          roas: fig("roas", g.roas),
          creators: count(g.creators),
        }),
      });
    }

  // Shift budget to the tier with the lowest cost per result.
  const metric = costMetric(objective, m);
  const tiers = m.groups.tier
    .map((g) => ({ g, v: rowValue(g, metric) }))
    .filter((x): x is { g: (typeof x)["g"]; v: number } => x.v !== null && x.g.key !== null);
  const campaignV = rowValue(t, metric);
  if (tiers.length >= 2 && campaignV !== null) {
    const sorted = [...tiers].sort((a, b) => (better(metric, a.v, b.v) ? -1 : 1));
    const best = sorted[0]!;
    const worst = sorted[sorted.length - 1]!;
    if (better(metric, best.v, campaignV)) {
      const tier = leverName({ dimension: "tier", key: best.g.key! });
      out.push({
        id: "shift_tier",
        action: msg("rec.shift_tier.action", { tier }),
        detail: msg("rec.shift_tier.detail", {
          tier,
          kpi: kpiLabel(metric),
          value: fig(metric, best.v),
          campaign: fig(metric, campaignV),
          worst: leverName({ dimension: "tier", key: worst.g.key! }),
          worst_value: fig(metric, worst.v),
        }),
      });
    }
  }

  const zero = zeroConverters(m);
  if (zero.length > 0) {
    const cost = zero.reduce((a, c) => a + c.cost, 0);
    out.push({
      id: "cut_zero",
      action: msg("rec.cut_zero.action"),
      detail: msg("rec.cut_zero.detail", {
        count: count(zero.length),
        cost: money(cost),
        share: rate(ratio(cost, t.total_cost) ?? 0),
        handles: handles(zero),
      }),
    });
  }

  const stars = aboveCampaignRoas(m);
  if (stars.length > 0 && t.roas !== null) {
    const revenue = stars.reduce((a, c) => a + (c.revenue ?? 0), 0);
    out.push({
      id: "rehire",
      action: msg("rec.rehire.action", { count: count(stars.length) }),
      detail: msg("rec.rehire.detail", {
        count: count(stars.length),
        roas: fig("roas", t.roas),
        handles: handles(stars),
        revenue: money(revenue),
        share: rate(ratio(revenue, t.revenue) ?? 0),
      }),
    });
  }

  const blind = untracked(m);
  if (blind.length > 0)
    out.push({
      id: "track_creators",
      action: msg("rec.track_creators.action"),
      detail: msg("rec.track_creators.detail", { count: count(blind.length), handles: handles(blind) }),
    });

  const unattributedShare = ratio(t.unattributed_revenue, t.revenue);
  if (t.unattributed_revenue !== null && t.unattributed_revenue > 0 && unattributedShare !== null)
    out.push({
      id: "unattributed",
      action: msg("rec.unattributed.action"),
      detail: msg("rec.unattributed.detail", {
        revenue: money(t.unattributed_revenue),
        share: rate(unattributedShare),
        orders: count(t.unattributed_orders ?? 0),
      }),
    });

  const noUrl = m.posts.filter((p) => !p.url).length;
  const noImpressions = m.posts.filter((p) => p.impressions === null).length;
  if (noUrl + noImpressions > 0)
    out.push({
      id: "post_gaps",
      action: msg("rec.post_gaps.action"),
      detail: msg("rec.post_gaps.detail", { no_url: count(noUrl), no_impressions: count(noImpressions) }),
    });

  if (t.tail_share !== null && t.tail_share >= 0.05 && t.tail_revenue !== null && m.campaign.end_date)
    out.push({
      id: "tail",
      action: msg("rec.tail.action"),
      detail: msg("rec.tail.detail", {
        revenue: money(t.tail_revenue),
        share: rate(t.tail_share),
        end: { kind: "date", value: m.campaign.end_date },
      }),
    });
  return out;
}

/** Three to five sentences: goals, the result, best and worst lever, the one thing to change, the tail. */
export function verdict(
  m: KpiModel,
  goals: GoalView[],
  levers: { best: Lever | null; worst: Lever | null },
  recs: Recommendation[],
): Msg[] {
  const out: Msg[] = [];
  const t = m.totals;
  // Judged: goals with a met/missed answer. A target at or below zero (break-even ROI)
  // has no percentage of target, so those sentences name the figures only.
  const judged = goals.filter((g) => g.met !== null);
  if (judged.length === 0) out.push(msg("verdict.no_goals"));
  else {
    const met = judged.filter((g) => g.met).length;
    const rated = judged.filter((g) => g.attainment !== null).sort((a, b) => b.attainment! - a.attainment!);
    const missed = judged.filter((g) => !g.met);
    if (missed.length === 0) {
      const best = rated[0];
      out.push(
        best
          ? msg("verdict.goals_all", {
              total: count(judged.length),
              best: kpiLabel(best.kpi),
              best_att: rate(best.attainment!),
            })
          : msg("verdict.goals_all_plain", { total: count(judged.length) }),
      );
    } else {
      // The furthest short: the lowest share of target, or a missed goal that has none.
      const short = rated.filter((g) => !g.met);
      const worst = short[short.length - 1] ?? missed[0]!;
      const key = met === 0 ? "verdict.goals_none" : "verdict.goals_some";
      const figures = {
        met: count(met),
        total: count(judged.length),
        worst: kpiLabel(worst.kpi),
        worst_actual: fig(worst.kpi, worst.actual ?? 0),
        worst_target: fig(worst.kpi, worst.target),
      };
      out.push(
        worst.attainment === null
          ? msg(`${key}_plain`, figures)
          : msg(key, { ...figures, worst_att: rate(worst.attainment) }),
      );
    }
  }

  const r = result(m);
  if (r) out.push(r);

  if (levers.best && levers.worst) {
    out.push(
      msg("verdict.levers", {
        best: leverName(levers.best),
        best_value: fig(levers.best.metric, levers.best.value),
        worst: leverName(levers.worst),
        worst_value: fig(levers.worst.metric, levers.worst.value),
        kpi: kpiLabel(levers.best.metric),
      }),
    );
  }

  const first = recs[0];
  if (first) out.push(msg("verdict.change", { action: { kind: "msg", msg: first.action } }));
  else if (t.tail_share !== null && t.tail_share > 0 && t.tail_revenue !== null)
    out.push(msg("verdict.tail", { revenue: money(t.tail_revenue), share: rate(t.tail_share) }));
  return out;
}

function result(m: KpiModel): Msg | null {
  const t = m.totals;
  const cost = money(t.total_cost);
  switch (m.campaign.objective) {
    case "awareness":
      return t.impressions !== null && t.cpm !== null
        ? msg("verdict.result.awareness", { cost, impressions: count(t.impressions), cpm: money(t.cpm) })
        : null;
    case "engagement":
      return t.engagements !== null && t.cpe !== null && t.er_impressions !== null
        ? msg("verdict.result.engagement", {
            cost,
            engagements: count(t.engagements),
            cpe: money(t.cpe),
            er: rate(t.er_impressions),
          })
        : null;
    case "traffic":
      return t.clicks !== null && t.cpc !== null && t.ctr !== null
        ? msg("verdict.result.traffic", {
            cost,
            clicks: count(t.clicks),
            cpc: money(t.cpc),
            ctr: rate(t.ctr),
          })
        : null;
    case "leads":
      return t.leads !== null && t.cpl !== null
        ? msg("verdict.result.leads", { cost, leads: count(t.leads), cpl: money(t.cpl) })
        : null;
    case "audience":
      return m.audience.growth !== null && m.audience.growth_rate !== null
        ? msg("verdict.result.audience", {
            cost,
            growth: count(m.audience.growth),
            rate: { kind: "change", value: m.audience.growth_rate },
          })
        : null;
    default:
      return t.revenue !== null && t.roas !== null && t.roi !== null
        ? msg("verdict.result.sales", {
            cost,
            revenue: money(t.revenue),
            roas: fig("roas", t.roas),
            roi: { kind: "change", value: t.roi },
          })
        : null;
  }
}
