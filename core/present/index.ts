// present: KPI model + campaign notes → the report's view model. Pure: no Node, no DOM.
import { DIMENSIONS, type GroupRow, type KpiModel } from "../kpi/model.ts";
import type { CampaignNotes } from "../kpi/notes.ts";
import { combinedSales } from "../kpi/products.ts";
import { leverMetric, mainKpi, profileOf } from "../kpi/profiles.ts";
import { KPI_BY_KEY, kpiValue, ratio } from "../kpi/registry.ts";
import type { Dataset } from "../validate/dataset.ts";
import { conclude, groupLevers } from "./conclusions/index.ts";
import { RETRO_SECTIONS } from "../schema/enums.ts";
import {
  bestGroup,
  contentBy,
  costBreakdown,
  counted,
  funnel,
  groupIssues,
  leaderboard,
  levers,
  personas,
  postView,
  topPosts,
  zeroConverters,
} from "./figures.ts";
import { recommendations, verdict } from "./narrative.ts";
import { dataQuality } from "./quality.ts";
import type { Dimension, GoalView, Headline, Omitted, ReportView, SectionId } from "./types.ts";
import { SECTION_IDS } from "./types.ts";

export { costMetric, leverMetric, mainKpi } from "../kpi/profiles.ts";
export { kpiValue } from "../kpi/registry.ts";
export * from "./figures.ts";
export * from "./narrative.ts";
export * from "./conclusions/index.ts";
export * from "./types.ts";

/** Attainment at the end of a goal's bar: beyond it the bar stops growing. */
export const ATTAINMENT_BAR_MAX = 1.5;
/** Rows of the appendix's data tables; a big campaign's full lists are in the JSON, not in 300 printed pages. */
export const APPENDIX_CREATORS = 500;
export const APPENDIX_POSTS = 300;
/** A body table of some creators (the bottom quartile, those who cost money and sold nothing) lists this many. */
export const CREATOR_ROWS_SHOWN = 10;

function goalViews(m: KpiModel): GoalView[] {
  return m.goals.map((g) => {
    const def = KPI_BY_KEY.get(g.kpi);
    const att = g.attainment ?? 0;
    return {
      ...g,
      unit: def?.unit ?? "count",
      lowerIsBetter: def?.lowerIsBetter ?? false,
      bar: Math.max(0, Math.min(att, ATTAINMENT_BAR_MAX)) / ATTAINMENT_BAR_MAX,
      mark: 1 / ATTAINMENT_BAR_MAX,
    };
  });
}

function headline(m: KpiModel): Headline[] {
  const out: Headline[] = [];
  for (const kpi of profileOf(m.campaign.objective).headline) {
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

function spendView(m: KpiModel, notes: CampaignNotes): ReportView["spend"] {
  const t = m.totals;
  const costs = costBreakdown(m, notes);
  return {
    costs,
    total_cost: t.total_cost,
    revenue: t.revenue,
    roas: t.roas,
    roi: t.roi,
    gross_profit: t.gross_profit,
    cpa: t.cpa,
    roas_creator: t.roas_creator,
    contribution: t.contribution,
    poas: t.poas,
    roi_gross: ratio(t.contribution, t.total_cost),
    funnel: funnel(m),
    engagement:
      t.engagements !== null && t.engagements > 0
        ? { engagements: t.engagements, er_impressions: t.er_impressions }
        : null,
    largest: costs[0] ?? null,
  };
}

function creatorsView(
  m: KpiModel,
  lever: string,
  lv: ReportView["creators"]["levers"],
): ReportView["creators"] {
  const t = m.totals;
  const groups: Record<Dimension, GroupRow[]> = {
    tier: m.groups.tier,
    platform: [...m.groups.platform].sort((a, b) => b.creators - a.creators),
    cooperation_model: m.groups.cooperation_model,
  };
  const best: ReportView["creators"]["best"] = {};
  for (const d of DIMENSIONS) {
    const b = bestGroup(groups[d], d, lever, t.creator_cost);
    if (b && groups[d].length > 1) best[d] = b;
  }
  const zero = zeroConverters(m);
  const all = groupLevers(m, lever);
  return {
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
    leaderboard: leaderboard(m, mainKpi(m.campaign.objective, m)),
    zero_converters: zero,
    zero_cost: zero.reduce((a, c) => a + c.cost, 0),
    levers: lv,
    unpaid: t.revenue === null ? [] : groupLevers(m, "roas").filter((l) => l.value < 1),
    group_levers: all,
    counted: counted(m),
  };
}

function trendView(m: KpiModel): ReportView["trend"] {
  const t = m.totals;
  const end = m.campaign.end_date;
  const byHandle = new Map(m.creators.map((c) => [c.handle, c]));
  const maxPosts = m.daily.reduce<{ date: string; posts: number } | null>(
    (a, d) => (d.posts > (a?.posts ?? 0) ? { date: d.date, posts: d.posts } : a),
    null,
  );
  return {
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
  };
}

function contentView(m: KpiModel): ReportView["content"] {
  const byFormat = contentBy(m, "format");
  return {
    by_platform: contentBy(m, "platform"),
    by_format: byFormat,
    top_engagements: topPosts(m, "engagements"),
    top_clicks: topPosts(m, "clicks"),
    best_format:
      [...byFormat]
        .filter((r) => r.er_impressions !== null)
        .sort((a, b) => b.er_impressions! - a.er_impressions!)[0] ?? null,
  };
}

function trafficView(m: KpiModel, notes: CampaignNotes): ReportView["traffic"] {
  const rows = (Object.keys(m.lift) as (keyof KpiModel["lift"])[])
    .map((metric) => ({ metric, ...m.lift[metric] }))
    .filter((r) => r.before_daily !== null || r.during_daily !== null || r.after_daily !== null);
  return { rows, periods: notes.periods, growth: m.audience.growth, growth_rate: m.audience.growth_rate };
}

function retrospectiveView(notes: CampaignNotes): ReportView["retrospective"] {
  // Rows with no Section are "other" notes, listed after the four standard sections.
  const bySection = (sections: readonly string[]) =>
    sections
      .map((section) => ({
        section,
        items: notes.retrospective
          .filter((r) => r.section === section)
          .map((r) => ({ item: r.item, answer: r.answer, owner: r.owner })),
      }))
      .filter((s) => s.items.length > 0);
  return {
    answers: bySection([...RETRO_SECTIONS.slice(0, 4), "other"]),
    grid: bySection(["stop", "start", "continue", "change"]),
    learning: bySection(["hit", "miss", "learning"]),
    journal: notes.journal,
  };
}

function appendixView(m: KpiModel): ReportView["appendix"] {
  return {
    errors: m.issues.filter((i) => i.severity === "error").length,
    warnings: m.issues.filter((i) => i.severity === "warning").length,
    issues: m.issues,
    issue_groups: groupIssues(m.issues),
    creators: [...m.creators].sort((a, b) => a.row - b.row).slice(0, APPENDIX_CREATORS),
    creators_total: m.creators.length,
    posts: m.posts.slice(0, APPENDIX_POSTS).map(postView),
    posts_total: m.posts.length,
    tier_thresholds: m.campaign.tier_thresholds,
  };
}

/** The Products table lists this many products, most revenue first; the others are one row of their sums. */
export const PRODUCTS_SHOWN = 12;

function productsView(m: KpiModel): ReportView["products"] {
  const all = [...m.products].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));
  // One product left over is shown rather than summed.
  const shown = all.length > PRODUCTS_SHOWN + 1 ? all.slice(0, PRODUCTS_SHOWN) : all;
  const rest = all.slice(shown.length);
  return {
    rows: shown,
    others: rest.length === 0 ? null : { count: rest.length, ...combinedSales(rest, m.totals.revenue) },
    top: all[0] ?? null,
    unit_costs: m.products.some((p) => p.gross_profit !== null),
  };
}

/** Which sections the report has; the others are listed with the tabs that would fill them. */
function sectionsOf(
  m: KpiModel,
  notes: CampaignNotes,
  shown: { goals: number; traffic: number; recommendations: number },
): Pick<ReportView, "sections" | "omitted"> {
  const present: Record<SectionId, boolean> = {
    summary: true,
    goals: shown.goals > 0,
    spend: m.totals.total_cost > 0 || m.totals.revenue !== null,
    creators: counted(m).length > 0,
    products: m.products.some((p) => (p.revenue ?? 0) > 0 || (p.units ?? 0) > 0),
    trend: m.daily.some((d) => d.revenue > 0 || d.orders > 0),
    content: m.posts.length > 0,
    traffic: shown.traffic > 0 || m.audience.growth !== null,
    team: m.team.length > 0,
    retrospective: notes.retrospective.length + notes.journal.length > 0,
    recommendations: shown.recommendations > 0,
    appendix: true,
  };
  const sections = SECTION_IDS.filter((id) => present[id]);
  const omitted: Omitted[] = SECTION_IDS.filter((id) => !present[id]).map((id) => ({
    id,
    tabs: TAB_OF[id] ?? [],
  }));
  return { sections, omitted };
}

/**
 * The report's view. With the dataset, the verdict's what-ifs are recomputed on the
 * subset by the KPI code; without it the verdict has none.
 */
export function buildReportView(m: KpiModel, notes: CampaignNotes, ds?: Dataset): ReportView {
  const objective = m.campaign.objective;
  const lever = leverMetric(objective, m);
  const goals = goalViews(m);
  const lv = levers(m, lever);
  const conclusions = conclude(m, notes, goals, ds);
  const recs = recommendations(conclusions.recommendations, m, notes);
  const traffic = trafficView(m, notes);
  const shown = { goals: goals.length, traffic: traffic.rows.length, recommendations: recs.length };
  return {
    campaign: m.campaign,
    totals: m.totals,
    objective,
    mainKpi: mainKpi(objective, m),
    leverMetric: lever,
    ...sectionsOf(m, notes, shown),
    summary: {
      headline: headline(m),
      verdict: verdict(conclusions.verdict, recs),
      goalsMet: goals.filter((g) => g.met === true).length,
      goalsTotal: goals.length,
    },
    goals,
    spend: spendView(m, notes),
    creators: creatorsView(m, lever, lv),
    products: productsView(m),
    trend: trendView(m),
    content: contentView(m),
    traffic,
    team: m.team,
    retrospective: retrospectiveView(notes),
    recommendations: recs,
    conclusions,
    appendix: appendixView(m),
    data_quality: dataQuality(m, notes),
  };
}
