// Custom functions: a value or a range in, a value or a range of the same shape out; the formulas
// are the registry's. Text numbers are read in the spreadsheet's locale ("1.500,5" in German).
import {
  DEFAULT_TIER_THRESHOLDS,
  parseNumberText,
  nullSums,
  RATIO_BY_KEY,
  type ReadContext,
  readContext,
  readThresholds,
  type Sums,
  tierOf,
} from "../core/index.ts";
import { say } from "./messages.ts";

type Arg = unknown;

/** The spreadsheet's locale, asked for only when a text cell needs it (custom functions may read settings). */
function sheetContext(): ReadContext {
  let locale = "en-US";
  try {
    locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale().replace(/_/g, "-") || locale;
  } catch {
    // Outside a spreadsheet (or refused): read text as en-US.
  }
  return readContext(locale);
}

/** Reads numbers, and text numbers in the spreadsheet's locale (its context fetched once per call). */
function numberReader() {
  let ctx: ReadContext | null = null;
  return (v: unknown): number | null => {
    if (typeof v === "number") return Number.isFinite(v) ? v : null;
    if (typeof v !== "string" || v.trim() === "") return null;
    ctx ??= sheetContext();
    return parseNumberText(v, ctx, false);
  };
}

/** A range as rows (a single value is a 1 × 1 range). */
const grid = (v: Arg): unknown[][] => (Array.isArray(v) ? v.map((r) => (Array.isArray(r) ? r : [r])) : [[v]]);

/** The cell at (r, c) of `g`, repeating a single row or column as Sheets' array arithmetic does. */
const at = (g: readonly unknown[][], r: number, c: number) =>
  g[g.length === 1 ? 0 : r]?.[(g[0]?.length ?? 0) === 1 ? 0 : c];

function pairwise(a: Arg, b: Arg, f: (x: number | null, y: number | null) => number | string | null) {
  const num = numberReader();
  const out = (x: unknown, y: unknown) => f(num(x), num(y)) ?? "";
  if (!Array.isArray(a) && !Array.isArray(b)) return out(a, b);
  const ga = grid(a);
  const gb = grid(b);
  const rows = Math.max(ga.length, gb.length);
  const cols = Math.max(ga[0]?.length ?? 0, gb[0]?.length ?? 0);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => out(at(ga, r, c), at(gb, r, c))),
  );
}

/** The registry's ratio `key` over the two sums a custom function takes, every other sum unmeasured. */
function formula(key: string, a: keyof Sums, b: keyof Sums) {
  const compute = RATIO_BY_KEY.get(key)?.compute;
  if (!compute) throw new Error(`unknown ratio ${key}`);
  return (x: number | null, y: number | null) => compute({ ...nullSums(), [a]: x, [b]: y });
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
  const num = numberReader();
  let t: number[] = [...DEFAULT_TIER_THRESHOLDS];
  if (typeof thresholds === "string" && thresholds.trim() !== "") {
    const read = readThresholds(thresholds, sheetContext());
    t = read.kind === "ok" ? read.value : [];
  } else if (Array.isArray(thresholds))
    t = grid(thresholds)
      .flat()
      .map(num)
      .filter((x): x is number => x !== null);
  else if (typeof thresholds === "number") t = [thresholds];
  if (t.length !== 4) throw new Error(say.tierThresholdsNeeded);
  const one = (f: unknown) => {
    const v = num(f);
    return v === null ? "" : tierOf(v, t);
  };
  return Array.isArray(followers) ? grid(followers).map((r) => r.map(one)) : one(followers);
}
