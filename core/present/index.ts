// present: KPI model + dataset → the report's view model. Pure: no Node, no DOM.
import type { KpiModel, Totals } from "../kpi/model.ts";
import { HEADLINE_KPIS, KPI_BY_KEY } from "../kpi/registry.ts";
import { RETRO_SECTIONS } from "../schema/enums.ts";
import type { Dataset } from "../validate/workbook.ts";
import {
  bestGroup,
  contentBy,
  costBreakdown,
  counted,
  funnel,
  groupIssues,
  leaderboard,
  leverMetric,
  levers,
  mainKpi,
  personas,
  postView,
  topPosts,
  zeroConverters,
} from "./figures.ts";
import { recommendations, verdict } from "./narrative.ts";
import type { Dimension, GoalView, Headline, Omitted, ReportView, RetroItem, SectionId } from "./types.ts";
import { SECTION_IDS } from "./types.ts";

export * from "./figures.ts";
export * from "./narrative.ts";
export * from "./types.ts";

const BAR_MAX = 1.5;
/** Rows of the appendix's data tables; a big campaign's full lists are in the JSON, not in 300 printed pages. */
export const APPENDIX_CREATORS = 500;
export const APPENDIX_POSTS = 300;

/** A goal KPI's actual value: a totals key or one of the lift/audience extras. */
export function kpiValue(m: KpiModel, kpi: string): number | null {
  switch (kpi) {
    case "sessions_lift":
      return m.lift.sessions.during_lift;
    case "revenue_lift":
      return m.lift.revenue.during_lift;
    case "audience_growth":
      return m.audience.growth;
    case "audience_growth_rate":
      return m.audience.growth_rate;
    default: {
      const v = m.totals[kpi as keyof Totals];
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    }
  }
}

function goalViews(m: KpiModel): GoalView[] {
  return m.goals.map((g) => {
    const def = KPI_BY_KEY.get(g.kpi);
    const att = g.attainment ?? 0;
    return {
      ...g,
      unit: def?.unit ?? "count",
      lowerIsBetter: def?.lowerIsBetter ?? false,
      bar: Math.max(0, Math.min(att, BAR_MAX)) / BAR_MAX,
      mark: 1 / BAR_MAX,
    };
  });
}

function headline(m: KpiModel): Headline[] {
  const keys = HEADLINE_KPIS[m.campaign.objective ?? "sales"] ?? [];
  const out: Headline[] = [];
  for (const kpi of keys) {
    const value = kpiValue(m, kpi);
    if (value === null) continue;
    const goal = m.goals.find((g) => g.kpi === kpi);
    out.push({
      kpi,
      unit: KPI_BY_KEY.get(kpi)?.unit ?? "count",
      value,
      target: goal?.target ?? null,
      met: goal?.met ?? null,
    });
  }
  return out;
}

const TAB_OF: Partial<Record<SectionId, string[]>> = {
  goals: ["Goals"],
  spend: ["Creators", "Costs"],
  creators: ["Creators"],
  products: ["Conversions", "Products"],
  trend: ["Conversions"],
  content: ["Content"],
  traffic: ["Baseline"],
  team: ["Team"],
  retrospective: ["Retrospective", "Journal"],
  recommendations: ["Conversions"],
};

export function buildReportView(m: KpiModel, ds: Dataset): ReportView {
  const t = m.totals;
  const objective = m.campaign.objective;
  const kpi = mainKpi(objective, m);
  const lever = leverMetric(objective, m);
  const goals = goalViews(m);
  const lv = levers(m, lever);
  const recs = recommendations(m);
  const costs = costBreakdown(m, ds);
  const dims: Dimension[] = ["tier", "platform", "cooperation_model"];
  const groups = {
    tier: m.groups.tier,
    platform: [...m.groups.platform].sort((a, b) => b.creators - a.creators),
    cooperation_model: m.groups.cooperation_model,
  };
  const best: ReportView["creators"]["best"] = {};
  for (const d of dims) {
    const b = bestGroup(groups[d], d, lever);
    if (b && groups[d].length > 1) best[d] = b;
  }
  const zero = zeroConverters(m);
  const byHandle = new Map(m.creators.map((c) => [c.handle, c]));
  const end = m.campaign.end_date;
  const hasSales = m.daily.some((d) => d.revenue > 0 || d.orders > 0);
  const maxPosts = m.daily.reduce<{ date: string; posts: number } | null>(
    (a, d) => (d.posts > (a?.posts ?? 0) ? { date: d.date, posts: d.posts } : a),
    null,
  );
  const byFormat = contentBy(m, "format");
  // Rows with no Section are "other" notes, listed after the four standard sections.
  const retro = (sections: readonly string[]) =>
    sections
      .map((section) => ({
        section,
        items: ds.retrospective
          .filter((r) => (r.section ?? "other") === section)
          .map((r): RetroItem => ({ item: r.item, answer: r.answer ?? null, owner: r.owner ?? null })),
      }))
      .filter((s) => s.items.length > 0);
  const answers = retro([...RETRO_SECTIONS.slice(0, 4), "other"]);
  const grid = retro(["stop", "start", "continue", "change"]);
  const learning = retro(["hit", "miss", "learning"]);
  const journal = [...ds.journal]
    .sort((a, b) => a.date.localeCompare(b.date) || a.row - b.row)
    .map((j) => ({ date: j.date, type: j.type ?? null, note: j.note, impact: j.impact ?? null }));
  const liftRows = (Object.keys(m.lift) as (keyof KpiModel["lift"])[])
    .map((metric) => ({ metric, ...m.lift[metric] }))
    .filter((r) => r.before_daily !== null || r.during_daily !== null || r.after_daily !== null);

  const present: Record<SectionId, boolean> = {
    summary: true,
    goals: goals.length > 0,
    spend: t.total_cost > 0 || t.revenue !== null,
    creators: counted(m).length > 0,
    products: m.products.some((p) => (p.revenue ?? 0) > 0 || (p.units ?? 0) > 0),
    trend: hasSales,
    content: m.posts.length > 0,
    traffic: liftRows.length > 0 || m.audience.growth !== null,
    team: m.team.length > 0,
    retrospective: ds.retrospective.length + ds.journal.length > 0,
    recommendations: recs.length > 0,
    appendix: true,
  };
  const sections = SECTION_IDS.filter((id) => present[id]);
  const omitted: Omitted[] = SECTION_IDS.filter((id) => !present[id]).map((id) => ({
    id,
    tabs: TAB_OF[id] ?? [],
  }));

  return {
    campaign: m.campaign,
    totals: t,
    objective,
    mainKpi: kpi,
    leverMetric: lever,
    sections,
    omitted,
    summary: {
      headline: headline(m),
      verdict: verdict(m, goals, lv, recs),
      goalsMet: goals.filter((g) => g.met === true).length,
      goalsTotal: goals.length,
    },
    goals,
    spend: {
      costs,
      total_cost: t.total_cost,
      revenue: t.revenue,
      roas: t.roas,
      roi: t.roi,
      gross_profit: t.gross_profit,
      cpa: t.cpa,
      funnel: funnel(m),
      largest: costs[0] ?? null,
    },
    creators: {
      total: t.creators,
      converting: t.converting_creators,
      converting_share: t.converting_share,
      groups,
      best,
      unpaid_models:
        t.revenue === null
          ? []
          : m.groups.cooperation_model.filter((g) => (g.cost ?? 0) > 0 && g.roas !== null && g.roas < 1),
      personas: t.orders === null ? [] : personas(m),
      leaderboard: leaderboard(m, kpi),
      zero_converters: zero,
      zero_cost: zero.reduce((a, c) => a + c.cost, 0),
      levers: lv,
    },
    products: {
      rows: [...m.products].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0)),
      top: [...m.products].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0))[0] ?? null,
      unit_costs: m.products.some((p) => p.gross_profit !== null),
    },
    trend: {
      days: m.daily.map((d) => ({ ...d, phase: end !== null && d.date > end ? "tail" : "during" })),
      mean: m.trend.mean_daily_revenue,
      peak_date: m.trend.peak_date,
      peak_revenue: m.trend.peak_revenue,
      days_below_mean: m.trend.days_below_mean,
      end_date: end,
      tail_revenue: t.tail_revenue,
      tail_share: t.tail_share,
      tail_creators: m.trend.tail_creators
        .map((h) => byHandle.get(h))
        .filter((c) => c !== undefined)
        .sort((a, b) => (a.revenue ?? 0) - (b.revenue ?? 0)),
      max_posts_day: maxPosts,
    },
    content: {
      by_platform: contentBy(m, "platform"),
      by_format: byFormat,
      top_engagements: topPosts(m, "engagements"),
      top_clicks: topPosts(m, "clicks"),
      best_format:
        [...byFormat]
          .filter((r) => r.er_impressions !== null)
          .sort((a, b) => b.er_impressions! - a.er_impressions!)[0] ?? null,
    },
    traffic: {
      rows: liftRows,
      periods: [...ds.baseline]
        .sort((a, b) => a.start_date.localeCompare(b.start_date))
        .map((b) => ({ period: b.period, start_date: b.start_date, end_date: b.end_date })),
      growth: m.audience.growth,
      growth_rate: m.audience.growth_rate,
    },
    team: m.team,
    retrospective: { answers, grid, learning, journal },
    recommendations: recs,
    appendix: {
      errors: m.issues.filter((i) => i.severity === "error").length,
      warnings: m.issues.filter((i) => i.severity === "warning").length,
      issues: m.issues,
      issue_groups: groupIssues(m.issues),
      creators: [...m.creators].sort((a, b) => a.row - b.row).slice(0, APPENDIX_CREATORS),
      creators_total: m.creators.length,
      posts: m.posts.slice(0, APPENDIX_POSTS).map(postView),
      posts_total: m.posts.length,
      tier_thresholds: m.campaign.tier_thresholds,
    },
  };
}
