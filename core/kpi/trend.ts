// The daily series and its trend: mean, peak, slow days and the long tail.
import type { CreatorKpis, DailyRow, Trend } from "./model.ts";
import { ratio } from "./registry.ts";
import { addDays, daysBetween } from "../parse/cells.ts";
import type { Dataset } from "../validate/dataset.ts";

/** Longest daily series kept (ten years): a mistyped year must not build millions of rows. */
const MAX_DAYS = 3660;

export function computeTrend(
  ds: Dataset,
  active: CreatorKpis[],
  revenueMeasured: boolean,
): { daily: DailyRow[]; trend: Trend } {
  const { start_date: start, end_date: end } = ds.campaign;
  const trend: Trend = {
    mean_daily_revenue: null,
    peak_date: null,
    peak_revenue: null,
    days_below_mean: null,
    tail_creators: [],
  };
  const converting = active
    .filter((c) => c.converting)
    .sort((a, b) => (a.revenue ?? 0) - (b.revenue ?? 0) || a.handle.localeCompare(b.handle));
  trend.tail_creators = converting.slice(0, Math.ceil(converting.length / 4)).map((c) => c.handle);
  if (!start) return { daily: [], trend };
  let last = end ?? start;
  for (const v of ds.conversions) if (v.date > last) last = v.date;
  const span = Math.min(daysBetween(start, last), MAX_DAYS - 1);
  const daily: DailyRow[] = [];
  for (let i = 0; i <= span; i++) daily.push({ date: addDays(start, i), orders: 0, revenue: 0, posts: 0 });
  // Few distinct dates, many rows: compute each date's offset once.
  const offsets = new Map<string, number>();
  const index = (d: string) => {
    let i = offsets.get(d);
    if (i === undefined) {
      i = daysBetween(start, d);
      if (i < 0 || i >= daily.length) i = -1;
      offsets.set(d, i);
    }
    return i;
  };
  for (const v of ds.conversions) {
    const i = index(v.date);
    if (i < 0) continue;
    daily[i]!.orders += v.orders ?? 0;
    daily[i]!.revenue += v.revenue ?? 0;
  }
  for (const p of ds.posts) {
    const i = index(p.published);
    if (i >= 0) daily[i]!.posts++;
  }
  if (!revenueMeasured) return { daily, trend };
  let peak: DailyRow | null = null;
  for (const d of daily) if (d.revenue > 0 && (peak === null || d.revenue > peak.revenue)) peak = d;
  trend.peak_date = peak?.date ?? null;
  trend.peak_revenue = peak?.revenue ?? null;
  if (end) {
    const inside = daily.filter((d) => d.date <= end);
    const days = daysBetween(start, end) + 1;
    const insideRevenue = ds.conversions.reduce(
      (t, v) => (v.date >= start && v.date <= end ? t + (v.revenue ?? 0) : t),
      0,
    );
    const mean = ratio(insideRevenue, days);
    trend.mean_daily_revenue = mean;
    trend.days_below_mean = mean === null ? null : inside.filter((d) => d.revenue < mean).length;
  }
  return { daily, trend };
}
