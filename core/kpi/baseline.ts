// The Baseline tab: daily site figures before, during and after, and the brand account's growth.
import { type Audience, LIFT_METRICS, type LiftMetric, type LiftRow } from "./model.ts";
import { ratio } from "./registry.ts";
import type { N } from "./sums.ts";
import { daysBetween } from "../parse/cells.ts";
import type { Dataset } from "../validate/dataset.ts";

function periodDays(p: { start_date: string; end_date: string }): number {
  return daysBetween(p.start_date, p.end_date) + 1;
}

export function computeLift(ds: Dataset): Record<LiftMetric, LiftRow> {
  const period = (name: string) => ds.baseline.find((b) => b.period === name);
  const before = period("before");
  const during = period("during");
  const after = period("after");
  const daily = (p: typeof before, m: LiftMetric): N => {
    const v = p?.[m];
    return p && v !== undefined ? v / periodDays(p) : null;
  };
  const out = {} as Record<LiftMetric, LiftRow>;
  for (const m of LIFT_METRICS) {
    const b = daily(before, m);
    const d = daily(during, m);
    const a = daily(after, m);
    out[m] = {
      before_daily: b,
      during_daily: d,
      after_daily: a,
      during_lift: d === null || b === null ? null : ratio(d - b, b),
      after_lift: a === null || b === null ? null : ratio(a - b, b),
    };
  }
  return out;
}

export function computeAudience(ds: Dataset): Audience {
  const before = ds.baseline.find((b) => b.period === "before")?.followers;
  const during = ds.baseline.find((b) => b.period === "during")?.followers;
  const growth = before === undefined || during === undefined ? null : during - before;
  return { growth, growth_rate: ratio(growth, before) };
}
