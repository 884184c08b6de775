// Custom functions: a value or a range in, a value or a column out; the formulas are the registry's.
import { DEFAULT_TIER_THRESHOLDS, RATIO_BY_KEY, type Sums, tierOf } from "../core/index.ts";
import { say } from "./messages.ts";

type Arg = unknown;
const num = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v)
    ? v
    : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
      ? Number(v)
      : null;
const cells = (v: Arg): unknown[] => (Array.isArray(v) ? v.flat() : [v]);

function pairwise(a: Arg, b: Arg, f: (x: number | null, y: number | null) => number | string | null) {
  const out = (x: unknown, y: unknown) => f(num(x), num(y)) ?? "";
  if (!Array.isArray(a) && !Array.isArray(b)) return out(a, b);
  const xs = cells(a);
  const ys = cells(b);
  const len = Math.max(xs.length, ys.length);
  return Array.from({ length: len }, (_, i) => [
    out(xs.length === 1 ? xs[0] : xs[i], ys.length === 1 ? ys[0] : ys[i]),
  ]);
}

const UNMEASURED: Sums = {
  impressions: null,
  reach: null,
  views: null,
  engagements: null,
  clicks: null,
  orders: null,
  revenue: null,
  leads: null,
  cost: null,
};

/** The registry's ratio `key` over the two sums a custom function takes, every other sum unmeasured. */
function formula(key: string, a: keyof Sums, b: keyof Sums) {
  const compute = RATIO_BY_KEY.get(key)?.compute;
  if (!compute) throw new Error(`unknown ratio ${key}`);
  return (x: number | null, y: number | null) => compute({ ...UNMEASURED, [a]: x, [b]: y });
}

const engagementRate = formula("er_impressions", "engagements", "impressions");
const cpm = formula("cpm", "cost", "impressions");
const cpe = formula("cpe", "cost", "engagements");
const roas = formula("roas", "revenue", "cost");
const roi = formula("roi", "revenue", "cost");

export const ENGAGEMENT_RATE = (engagements: Arg, impressions: Arg) =>
  pairwise(engagements, impressions, engagementRate);
export const CPM = (cost: Arg, impressions: Arg) => pairwise(cost, impressions, cpm);
export const CPE = (cost: Arg, engagements: Arg) => pairwise(cost, engagements, cpe);
export const ROAS = (revenue: Arg, cost: Arg) => pairwise(revenue, cost, roas);
export const ROI = (revenue: Arg, cost: Arg) => pairwise(revenue, cost, roi);

export function CREATOR_TIER(followers: Arg, thresholds?: Arg) {
  const t =
    thresholds === undefined || thresholds === ""
      ? [...DEFAULT_TIER_THRESHOLDS]
      : cells(typeof thresholds === "string" ? thresholds.split(/[,;\s]+/) : thresholds)
          .map(num)
          .filter((x): x is number => x !== null);
  if (t.length !== 4) throw new Error(say.tierThresholdsNeeded);
  const one = (f: unknown) => {
    const v = num(f);
    return v === null ? "" : tierOf(v, t);
  };
  return Array.isArray(followers) ? cells(followers).map((f) => [one(f)]) : one(followers);
}
