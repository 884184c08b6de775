// The recommendations as findings, each with every figure its sentence shows.
import type { KpiModel } from "../../kpi/model.ts";
import type { CampaignNotes } from "../../kpi/notes.ts";
import { costMetric } from "../../kpi/profiles.ts";
import { ratio } from "../../kpi/registry.ts";
import { better, counted, rowValue, untracked } from "../figures.ts";
import { campaignOnCreatorCost, fig, groupOf, handlesOf, membersOf, paysOff, unitOfKpi } from "./figures.ts";
import { type GroupLever, groupLevers } from "./levers.ts";
import type { Cite, Finding, LeverRecord } from "./types.ts";
import { itemOn, relationTo } from "./words.ts";
import { TOP_SHARE } from "./rules.ts";
import { hasEvidence, needsCheck, zeroSales } from "./zero.ts";

const RETRO = "Retrospective";
const JOURNAL = "Journal";

/** Adds the team's item on the finding's lever, and what the data says about it. */
function withWords(
  f: Finding,
  m: KpiModel,
  notes: CampaignNotes,
  metric: string,
  prefer: readonly string[],
): Finding {
  if (!f.lever) return f;
  const item = itemOn(notes, f.lever.dimension, f.lever.key, prefer);
  const group = groupOf(m, f.lever);
  if (!item || !group) return f;
  const r = relationTo(item.section, group, membersOf(m, f.lever), paysOff(m, metric));
  return {
    ...f,
    figures: [...f.figures, fig("held", r.held, "count"), fig("of", r.of, "count")],
    cites: [...(f.cites ?? []), { tab: RETRO, row: item.row }],
    relation: r.relation,
  };
}

const CUT_FIRST = ["stop", "change", "continue", "start"] as const;
const KEEP_FIRST = ["continue", "start", "stop", "change"] as const;

function cutLever(m: KpiModel, notes: CampaignNotes, worst: LeverRecord | null): Finding | null {
  if (worst?.metric !== "roas" || worst.value >= 1) return null;
  const group = groupOf(m, worst);
  const members = membersOf(m, worst);
  const pays = paysOff(m, "roas");
  const lost = members.filter((c) => pays(c) === false).sort((a, b) => b.cost - a.cost);
  // Never advised against without a check: those get their own recommendation.
  const checked = new Set(
    m.totals.orders === null
      ? []
      : zeroSales(m, notes)
          .filter(needsCheck)
          .map((z) => z.creator.handle),
  );
  const toCut = lost.filter((c) => !checked.has(c.handle));
  const held = lost.filter((c) => checked.has(c.handle));
  if (toCut.length === 0 && lost.length < members.length) return null;
  const f: Finding = {
    code: lost.length < members.length ? "cut_lever" : "cut_lever_all",
    severity: "negative",
    lever: { dimension: worst.dimension, key: worst.key },
    figures: [
      fig("cost", group?.cost ?? 0, "money", "creator"),
      fig("cost_share", worst.cost_share, "rate", "creator"),
      fig("creators", worst.creators, "count"),
      fig("revenue", group?.revenue ?? 0, "money"),
      fig("roas_creator", worst.value, "multiple", "creator"),
      fig("paid_back", members.length - lost.length, "count"),
    ],
    creators: handlesOf(toCut),
    ...(held.length > 0 ? { held_back: handlesOf(held) } : {}),
  };
  return withWords(f, m, notes, "roas", CUT_FIRST);
}

function keepLever(m: KpiModel, notes: CampaignNotes, best: LeverRecord | null): Finding | null {
  const campaign = m.totals.roas_creator;
  if (best?.metric !== "roas" || best.contribution <= 0 || campaign === null || best.value < campaign)
    return null;
  const group = groupOf(m, best);
  const f: Finding = {
    code: "keep_lever",
    severity: "positive",
    lever: { dimension: best.dimension, key: best.key },
    figures: [
      fig("revenue", group?.revenue ?? 0, "money"),
      fig("revenue_share", ratio(group?.revenue, m.totals.revenue) ?? 0, "rate"),
      fig("roas_creator", best.value, "multiple", "creator"),
      fig("campaign", campaign, "multiple", "creator"),
      fig("contribution", best.contribution, "money", "creator"),
    ],
  };
  return withWords(f, m, notes, "roas", KEEP_FIRST);
}

/** Budget towards the material tier with the best cost per result, both on creator cost. */
function shiftTier(m: KpiModel, notes: CampaignNotes, all: GroupLever[]): Finding | null {
  const metric = costMetric(m.campaign.objective, m);
  const tiers = all
    .filter((l) => l.dimension === "tier" && l.material)
    .map((l) => ({ l, v: rowValue(l.row, metric) }))
    .filter((x): x is { l: GroupLever; v: number } => x.v !== null);
  const campaign = campaignOnCreatorCost(m, metric);
  if (tiers.length < 2 || campaign === null) return null;
  const sorted = [...tiers].sort((a, b) => (better(metric, a.v, b.v) ? -1 : 1));
  const best = sorted[0]!;
  const worst = sorted[sorted.length - 1]!;
  if (!better(metric, best.v, campaign)) return null;
  const unit = unitOfKpi(metric);
  const f: Finding = {
    code: "shift_tier",
    severity: "positive",
    kpi: metric,
    lever: { dimension: "tier", key: best.l.key },
    other: { dimension: "tier", key: worst.l.key },
    figures: [
      fig("value", best.v, unit, "creator"),
      fig("campaign", campaign, unit, "creator"),
      fig("worst_value", worst.v, unit, "creator"),
    ],
  };
  return withWords(f, m, notes, metric, KEEP_FIRST);
}

/** Zero-sales creators: those with evidence get a check, the rest a call by kind. */
function zeroFindings(m: KpiModel, notes: CampaignNotes): Finding[] {
  const zs = zeroSales(m, notes);
  const creatorCost = m.totals.creator_cost;
  const out: Finding[] = [];
  for (const z of zs.filter(needsCheck)) {
    const c = z.creator;
    const cites: Cite[] = [
      ...z.journal.map((j) => ({ tab: JOURNAL, row: j.row }) as Cite),
      ...z.retrospective.map((r) => ({ tab: RETRO, row: r.row }) as Cite),
    ];
    const top = z.top_clicks || z.top_engagements;
    out.push({
      code: top ? "zero_check" : "zero_explained",
      severity: "neutral",
      figures: [
        fig("cost", c.cost, "money", "creator"),
        fig("posts", c.posts, "count"),
        fig("clicks", c.clicks ?? 0, "count"),
        fig("engagements", c.engagements ?? 0, "count"),
        ...(top ? [fig("top_share", TOP_SHARE, "rate")] : []),
      ],
      creators: [c.handle.replace(/^@/, "")],
      ...(cites.length > 0 ? { cites } : {}),
    });
  }
  const group = (code: string, pick: typeof zs, severity: Finding["severity"]) => {
    if (pick.length === 0) return;
    const cost = pick.reduce((a, z) => a + z.creator.cost, 0);
    out.push({
      code,
      severity,
      figures: [
        fig("count", pick.length, "count"),
        fig("cost", cost, "money", "creator"),
        fig("cost_share", ratio(cost, creatorCost) ?? 0, "rate", "creator"),
        ...(code === "zero_paid" ? [fig("top_share", TOP_SHARE, "rate")] : []),
      ],
      creators: handlesOf(pick.map((z) => z.creator)),
    });
  };
  const plain = zs.filter((z) => z.posted && !hasEvidence(z));
  group(
    "zero_paid",
    plain.filter((z) => z.paid),
    "negative",
  );
  group(
    "zero_gifted",
    plain.filter((z) => !z.paid),
    "neutral",
  );
  group(
    "never_posted",
    zs.filter((z) => !z.posted),
    "negative",
  );
  // Gifting is judged with the team's words on it, when they wrote some.
  const gifted = out.findIndex((f) => f.code === "zero_gifted");
  if (gifted >= 0)
    out[gifted] = withWords(
      { ...out[gifted]!, lever: { dimension: "cooperation_model", key: "gifted" } },
      m,
      notes,
      "roas",
      CUT_FIRST,
    );
  return out;
}

function rehire(m: KpiModel): Finding | null {
  const campaign = m.totals.roas_creator;
  if (campaign === null) return null;
  // Beating a campaign that lost money is no reason to rebook: a creator must also have paid back.
  const pays = paysOff(m, "roas");
  const stars = counted(m)
    .filter((c) => c.converting && c.roas !== null && c.roas > campaign && pays(c) === true)
    .sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));
  if (stars.length === 0) return null;
  const revenue = stars.reduce((a, c) => a + (c.revenue ?? 0), 0);
  return {
    code: campaign >= 1 ? "rehire" : "rehire_paid",
    severity: "positive",
    figures: [
      fig("count", stars.length, "count"),
      fig("campaign", campaign, "multiple", "creator"),
      fig("revenue", revenue, "money"),
      fig("share", ratio(revenue, m.totals.revenue) ?? 0, "rate"),
    ],
    creators: handlesOf(stars),
  };
}

/** Data gaps: untracked creators, unattributed sales, posts without links or impressions, the tail. */
function gaps(m: KpiModel): Finding[] {
  const t = m.totals;
  const out: Finding[] = [];
  const blind = untracked(m);
  if (blind.length > 0)
    out.push({
      code: "track_creators",
      severity: "negative",
      figures: [fig("count", blind.length, "count")],
      creators: handlesOf(blind),
    });
  const share = ratio(t.unattributed_revenue, t.revenue);
  if (t.unattributed_revenue !== null && t.unattributed_revenue > 0 && share !== null)
    out.push({
      code: "unattributed",
      severity: "negative",
      figures: [
        fig("revenue", t.unattributed_revenue, "money"),
        fig("share", share, "rate"),
        fig("orders", t.unattributed_orders ?? 0, "count"),
      ],
    });
  const noUrl = m.posts.filter((p) => !p.url).length;
  const noImpressions = m.posts.filter((p) => p.impressions === null).length;
  if (noUrl + noImpressions > 0)
    out.push({
      code: "post_gaps",
      severity: "negative",
      figures: [fig("no_url", noUrl, "count"), fig("no_impressions", noImpressions, "count")],
    });
  if (t.tail_share !== null && t.tail_share >= 0.05 && t.tail_revenue !== null && m.campaign.end_date)
    out.push({
      code: "tail",
      severity: "positive",
      figures: [fig("revenue", t.tail_revenue, "money"), fig("share", t.tail_share, "rate")],
    });
  return out;
}

export function recommendationFindings(
  m: KpiModel,
  notes: CampaignNotes,
  metric: string,
  levers: { best: LeverRecord | null; worst: LeverRecord | null },
): Finding[] {
  const sales = m.totals.revenue !== null;
  const all = groupLevers(m, metric);
  return [
    sales ? cutLever(m, notes, levers.worst) : null,
    sales ? keepLever(m, notes, levers.best) : null,
    shiftTier(m, notes, all),
    ...(m.totals.orders === null ? [] : zeroFindings(m, notes)),
    sales ? rehire(m) : null,
    ...gaps(m),
  ].filter((f): f is Finding => f !== null);
}
