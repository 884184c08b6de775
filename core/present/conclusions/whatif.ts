// What-ifs: the same KPI code run again on the campaign without some creators
// (their posts and sales go with them; other costs and team time stay).
import { computeKpis } from "../../kpi/compute.ts";
import type { KpiModel, Totals } from "../../kpi/model.ts";
import { ratio } from "../../kpi/registry.ts";
import type { Dataset } from "../../validate/dataset.ts";
import { handleKey } from "../../parse/cells.ts";
import { better } from "../figures.ts";
import type { GoalView } from "../types.ts";
import { fig, handlesOf, membersOf, onCreatorCost, paysOff, unitOfKpi } from "./figures.ts";
import { LARGE_DEAL_SHARE } from "./rules.ts";
import type { Finding, LeverRecord, WhatIf } from "./types.ts";
import { VOLUME } from "./volume.ts";

/** The campaign's totals had these creators (by handle, as the model prints them) not taken part. */
export function totalsWithout(ds: Dataset, handles: readonly string[]): Totals {
  const out = new Set(handles.map(handleKey));
  const keys = new Set(ds.creators.filter((c) => out.has(handleKey(c.handle))).map((c) => c.key));
  const subset: Dataset = {
    ...ds,
    creators: ds.creators.filter((c) => !keys.has(c.key)),
    posts: ds.posts.filter((p) => !keys.has(p.creatorKey)),
    conversions: ds.conversions.filter((r) => r.creatorKey === null || !keys.has(r.creatorKey)),
  };
  return computeKpis(subset, []).totals;
}

/** A what-if exists for ROAS and for the cost-per metrics (CPM, CPE, CPC…), not for rates. */
const hasWhatIf = (metric: string) => metric === "roas" || VOLUME[metric] !== undefined;

/** The metric's fully loaded figure and its figure on creator cost. */
function both(t: Totals, metric: string): { total: number | null; creator: number | null } {
  const total = (t as unknown as Record<string, unknown>)[metric];
  return { total: typeof total === "number" ? total : null, creator: onCreatorCost(t, metric) };
}

/**
 * Recomputes the weakest lever's metric (fully loaded and on creator cost) without the
 * lever, and without only its large deals that did not pay off when those are a part of it.
 */
export function whatIfs(m: KpiModel, ds: Dataset | undefined, worst: LeverRecord | null): WhatIf[] {
  if (!ds || !worst || !hasWhatIf(worst.metric)) return [];
  const metric = worst.metric;
  const actual = both(m.totals, metric);
  if (actual.total === null || actual.creator === null) return [];
  const members = membersOf(m, worst);
  const pays = paysOff(m, metric);
  const large = members
    .filter((c) => c.cost >= LARGE_DEAL_SHARE * m.totals.creator_cost && pays(c) === false)
    .sort((a, b) => b.cost - a.cost);
  const subsets: [WhatIf["excluded"], string[]][] = [
    [{ dimension: worst.dimension, key: worst.key }, handlesOf(members)],
  ];
  if (large.length > 0 && large.length < members.length)
    subsets.push([{ creators: handlesOf(large) }, handlesOf(large)]);
  const out: WhatIf[] = [];
  // ROAS on creator cost keeps its own key, as in the totals; a cost per result has one key on both bases.
  const creatorMetric = metric === "roas" ? "roas_creator" : metric;
  for (const [excluded, handles] of subsets) {
    const without = both(totalsWithout(ds, handles), metric);
    if (without.total !== null)
      out.push({ excluded, metric, basis: "total", actual: actual.total, without: without.total });
    if (without.creator !== null)
      out.push({
        excluded,
        metric: creatorMetric,
        basis: "creator",
        actual: actual.creator,
        without: without.creator,
      });
  }
  return out;
}

/** What the excluded creators weighed: their revenue, or their share of the metric's volume. */
function weight(m: KpiModel, metric: string, handles: readonly string[]) {
  const out = new Set(handles);
  const cs = m.creators.filter((c) => out.has(c.handle.replace(/^@/, "")));
  const cost = cs.reduce((a, c) => a + c.cost, 0);
  const vol = VOLUME[metric];
  const figures =
    metric === "roas" || !vol
      ? [
          fig(
            "revenue",
            cs.reduce((a, c) => a + (c.revenue ?? 0), 0),
            "money",
          ),
        ]
      : [
          fig(
            "volume_share",
            ratio(
              cs.reduce((a, c) => a + (c[vol.key] ?? 0), 0),
              m.totals[vol.key],
            ) ?? 0,
            "rate",
          ),
        ];
  return [
    fig("count", cs.length, "count"),
    fig("cost_share", ratio(cost, m.totals.total_cost) ?? 0, "rate", "total"),
    ...figures,
  ];
}

/**
 * The verdict's what-if: the narrowest subset computed (the large deals), against the
 * goal on the same metric when there is one. Only one that would have improved the fully
 * loaded figure is said: leaving out a group that still paid its way makes the campaign
 * worse, and saying so would read as advice to cut it.
 */
export function whatIfFinding(
  m: KpiModel,
  ds: Dataset | undefined,
  wi: WhatIf[],
  goals: GoalView[],
): Finding | null {
  const pick = [...wi].reverse().find((w) => w.basis === "total" && better(w.metric, w.without, w.actual));
  if (!pick || !ds) return null;
  // The group the subset was drawn from (the first what-if is always the whole group).
  const group = wi[0];
  const creator = wi.find((w) => w.basis === "creator" && w.excluded === pick.excluded);
  const handles =
    "creators" in pick.excluded ? pick.excluded.creators : handlesOf(membersOf(m, pick.excluded));
  const goal = goals.find((g) => g.kpi === pick.metric);
  const base = pick.metric === "roas" ? "what_if" : "what_if_cost";
  const met = goal && !better(pick.metric, goal.target, pick.without);
  const unit = unitOfKpi(pick.metric);
  return {
    code: !goal ? base : met ? `${base}_met` : `${base}_short`,
    severity: "neutral",
    kpi: pick.metric,
    ...("creators" in pick.excluded ? { creators: handles } : {}),
    ...(group && !("creators" in group.excluded) ? { lever: group.excluded } : {}),
    figures: [
      ...weight(m, pick.metric, handles),
      fig("actual", pick.actual, unit, "total"),
      fig("without", pick.without, unit, "total"),
      ...(creator ? [fig("without_creator", creator.without, unit, "creator")] : []),
      ...(goal ? [fig("target", goal.target, unit, "total")] : []),
    ],
  };
}
