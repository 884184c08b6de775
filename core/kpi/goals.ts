// Goals: each target against its KPI's actual value.
import type { GoalResult } from "./model.ts";
import { type GoalSources, KPI_BY_KEY, kpiValue, ratio } from "./registry.ts";
import type { Dataset } from "../validate/dataset.ts";

export function computeGoals(ds: Dataset, sources: GoalSources): GoalResult[] {
  return ds.goals.map((g) => {
    const actual = kpiValue(sources, g.kpi);
    const lower = KPI_BY_KEY.get(g.kpi)?.lowerIsBetter ?? false;
    // A share of a target at or below zero means nothing (an ROI of -10% is not "50%" of
    // a -20% goal): attainment is null there, and met compares actual and target.
    const attainment =
      actual === null || (!lower && g.target <= 0)
        ? null
        : lower
          ? ratio(g.target, actual)
          : ratio(actual, g.target);
    const met = actual === null ? null : lower ? actual <= g.target : actual >= g.target;
    return { kpi: g.kpi, target: g.target, actual, attainment, met };
  });
}
