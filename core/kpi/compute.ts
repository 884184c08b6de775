// compute: a validated Dataset → the KPI model. Group figures come from the
// group's sums, never from averaging ratios.
import { computeAudience, computeLift } from "./baseline.ts";
import { computeCreators } from "./creators.ts";
import { computeGoals } from "./goals.ts";
import { computeGroups } from "./groups.ts";
import type { KpiModel } from "./model.ts";
import { numberCreators } from "./numbering.ts";
import { computePosts } from "./posts.ts";
import { computeProducts } from "./products.ts";
import { tookPart } from "./status.ts";
import { SALES_SUMS, type SalesKey } from "./sums.ts";
import { computeTeam } from "./team.ts";
import { computeTotals, salesTotal } from "./totals.ts";
import { computeTrend } from "./trend.ts";
import type { Issue } from "../issues/issue.ts";
import type { Dataset } from "../validate/dataset.ts";

/** A sales figure is measured when its column has a value somewhere; then a creator without rows has 0. */
function measuredSales(ds: Dataset): Record<SalesKey, boolean> {
  const measured = {} as Record<SalesKey, boolean>;
  for (const k of SALES_SUMS) measured[k] = ds.conversions.some((r) => r[k] !== undefined);
  return measured;
}

/** Compute the KPI model from a validated dataset and its findings. */
export function computeKpis(ds: Dataset, issues: Issue[]): KpiModel {
  const c = ds.campaign;
  const measured = measuredSales(ds);
  const numbers = numberCreators(ds);
  const { posts, engagements } = computePosts(ds, numbers);
  const creators = computeCreators(ds, engagements, measured, numbers);
  const active = creators.filter((cr) => tookPart(cr.status));
  const products = computeProducts(ds, salesTotal(ds, measured, "revenue"), measured, numbers);
  const totals = computeTotals(ds, { active, numbers, engagements, measured, products });
  const lift = computeLift(ds);
  const audience = computeAudience(ds);
  return {
    campaign: {
      name: c.name,
      brand: c.brand,
      start_date: c.start_date,
      end_date: c.end_date,
      currency: c.currency,
      objective: c.objective,
      locale: c.locale,
      prepared_by: c.prepared_by,
      tier_thresholds: [...c.tier_thresholds],
    },
    totals,
    creators,
    posts,
    groups: computeGroups(active, posts),
    products,
    ...computeTrend(ds, active, measured.revenue),
    lift,
    audience,
    goals: computeGoals(ds, { totals, lift, audience }),
    team: computeTeam(ds, active),
    issues,
  };
}
