// Sums, and the registry's ratios over them: the same formulas for a post, a creator, a group and the totals.
import type { Ratios } from "./model.ts";
import { RATIO_BY_KEY, RATIOS, type Sums } from "./registry.ts";

export type N = number | null;

/** Σ get(row) over the rows with a value, without building an array of values; null when none has one (not measured, as opposed to zero). */
export function sumOf<T>(rows: readonly T[], get: (r: T) => N | undefined): N {
  let total = 0;
  let any = false;
  for (let i = 0; i < rows.length; i++) {
    const v = get(rows[i]!);
    if (v === null || v === undefined) continue;
    total += v;
    any = true;
  }
  return any ? total : null;
}

export function sumPresent(values: Iterable<N | undefined>): N {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    total += v;
    any = true;
  }
  return any ? total : null;
}

/** a + b, where a missing b adds nothing and null + a value is that value. */
export const add = (a: N, b: N | undefined): N => (b === null || b === undefined ? a : (a ?? 0) + b);

/**
 * A running Σ that stays null until a value is added (not measured, as opposed to zero); the
 * same additions in the same order as `add`. Number fields, so adding a fraction updates the
 * sum in place where a `number | null` variable would box a new number on every addition.
 */
export class Total {
  sum = 0;
  measured = false;
  add(v: N | undefined): void {
    if (v === null || v === undefined) return;
    this.sum += v;
    this.measured = true;
  }
  get value(): N {
    return this.measured ? this.sum : null;
  }
}

/** A Total per index (a creator's number): two typed arrays instead of an object per creator and figure. */
export class TotalsByIndex {
  private readonly sums: Float64Array;
  private readonly measured: Uint8Array;
  constructor(size: number) {
    this.sums = new Float64Array(size);
    this.measured = new Uint8Array(size);
  }
  /** Every index measured, at 0: a measured figure is 0 for a creator without rows. */
  startAtZero(): void {
    this.measured.fill(1);
  }
  add(i: number, v: N | undefined): void {
    if (v === null || v === undefined) return;
    this.sums[i] = this.sums[i]! + v;
    this.measured[i] = 1;
  }
  value(i: number): N {
    return this.measured[i] === 1 ? this.sums[i]! : null;
  }
}

export function ratiosFrom<K extends string>(keys: readonly K[], s: Sums): Record<K, N> {
  const out = {} as Record<K, N>;
  for (const k of keys) out[k] = RATIO_BY_KEY.get(k)!.compute!(s);
  return out;
}

/** The registry's formulas by key, for hot loops that fill objects without spreading. */
export const F = Object.fromEntries(RATIOS.map((r) => [r.key, r.compute!])) as Record<
  keyof Ratios,
  (s: Sums) => N
>;

export const ALL_RATIOS = RATIOS.map((r) => r.key as keyof Ratios);

/** The Content columns every post, creator and group sums. */
export const CONTENT_SUMS = ["impressions", "reach", "views", "engagements", "clicks"] as const;
/** The Conversions columns every creator, product and group sums. */
export const SALES_SUMS = ["orders", "units", "revenue", "leads"] as const;
export const ALL_SUMS = [...CONTENT_SUMS, ...SALES_SUMS] as const;
export type ContentKey = (typeof CONTENT_SUMS)[number];
export type SalesKey = (typeof SALES_SUMS)[number];

export function nullSums(): Sums {
  return {
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
}
