// Small builders shared by the verdict and the recommendations.
import type { CreatorKpis, Dimension, GroupRow, KpiModel, Totals } from "../../kpi/model.ts";
import { KPI_BY_KEY, RATIO_BY_KEY, ratio, type Unit } from "../../kpi/registry.ts";
import { better, counted } from "../figures.ts";
import type { Basis, Figure, LeverRef } from "./types.ts";
import { VOLUME } from "./volume.ts";

export const fig = (key: string, value: number, unit: Unit, basis?: Basis): Figure =>
  basis ? { key, value, unit, basis } : { key, value, unit };

export const unitOfKpi = (kpi: string): Unit => KPI_BY_KEY.get(kpi)?.unit ?? "count";

/** A campaign figure on creator cost, the basis groups and creators are compared on. */
export function onCreatorCost(t: Totals, metric: string): number | null {
  if (metric === "roas") return t.roas_creator;
  if (metric === "cpa") return t.cpa_creator;
  const v = VOLUME[metric];
  if (v) return ratio(t.creator_cost, t[v.key], v.scale);
  const x = (t as unknown as Record<string, unknown>)[metric];
  return typeof x === "number" ? x : null;
}

/** The campaign's figure on creator cost. */
export const campaignOnCreatorCost = (m: KpiModel, metric: string): number | null =>
  onCreatorCost(m.totals, metric);

export const membersOf = (m: KpiModel, l: LeverRef): CreatorKpis[] =>
  counted(m).filter((c) => c[l.dimension as Dimension] === l.key && c.cost > 0);

export const groupOf = (m: KpiModel, l: LeverRef): GroupRow | undefined =>
  m.groups[l.dimension].find((g) => g.key === l.key);

/** Whether a group or creator paid off: ROAS on its cost ≥ 1, or a cost per result better than the campaign's. */
export function paysOff(m: KpiModel, metric: string) {
  const campaign = campaignOnCreatorCost(m, metric);
  const per = RATIO_BY_KEY.get(metric)?.per;
  return (row: GroupRow | CreatorKpis): boolean | null => {
    const v = (row as unknown as Record<string, unknown>)[metric];
    // Money spent on none of a measured result (a creator without orders) bought nothing: it did
    // not pay off, rather than not being judged. Without cost or without the result measured, no verdict.
    if (typeof v !== "number")
      return per !== undefined && (row.cost ?? 0) > 0 && row[per] === 0 ? false : null;
    if (metric === "roas") return v >= 1;
    return campaign === null ? null : !better(metric, campaign, v);
  };
}

export const handlesOf = (cs: readonly CreatorKpis[]) => cs.map((c) => c.handle.replace(/^@/, ""));
