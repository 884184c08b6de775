// How the comparison reads its changes: chips coloured by whether the change is good for
// that KPI, rates in percentage points, and a narrative of what improved and what got worse.
import { describe, expect, it } from "vitest";
import type { ComparisonModel, MetricRow } from "../../../core/compare/index.ts";
import { resolveLocale } from "../../../generator/i18n/locale.ts";
import { changeText, changeTone, metricTable, narrative } from "../../../generator/compare/sections.ts";
import { compareText } from "../../../generator/compare/text.ts";

const campaign = (index: number, name: string) => ({
  index,
  name,
  brand: "Quillmoss",
  start_date: null,
  end_date: null,
  currency: "USD",
  locale: null,
});

/** Two campaigns whose rows are given; everything else empty. */
function comparison(rows: MetricRow[]): ComparisonModel {
  return {
    campaigns: [campaign(0, "Q - Spring 2025"), campaign(1, "Q - Autumn 2025")],
    headline: rows,
    cost_per_result: [],
    goals: [],
    breakdowns: { platform: [], tier: [], cooperation_model: [] },
    changes: [],
    money_by_currency: [],
    roster: [],
    content: { by_engagement_rate: [], by_clicks: [] },
    findings: [],
  } as unknown as ComparisonModel;
}

const row = (key: string, before: number, after: number): MetricRow => ({
  key,
  monetary: false,
  values: [before, after],
  deltas: [null, { abs: after - before, rel: (after - before) / before }],
});

const rows = [
  // Revenue 100,000 → 120,000: +20.0%, good.
  row("revenue", 100_000, 120_000),
  // Cost per order 20 → 25: +25.0%, bad (lower is better).
  row("cpa", 20, 25),
  // Conversion rate 9.3% → 6.7%: −2.6 pp (not −28.0%), bad.
  row("conversion_rate", 0.093, 0.067),
  // ROAS 1.90 → 1.79: −5.8%, bad.
  row("roas", 1.9, 1.79),
];
const en = compareText(comparison(rows), resolveLocale("en", undefined));

describe("change chips", () => {
  it("are good when revenue rises or cost per order falls, bad the other way round", () => {
    expect(changeTone("revenue", 20_000)).toBe("good");
    expect(changeTone("revenue", -1)).toBe("bad");
    expect(changeTone("cpa", 5)).toBe("bad");
    expect(changeTone("cpa", -5)).toBe("good");
    expect(changeTone("cpa", 0)).toBeNull();
    expect(changeTone("roas", null)).toBeNull();
  });

  it("show a rate's change in percentage points and the others relative, signed", () => {
    expect(changeText(en, "conversion_rate", rows[2]!.deltas[1]!, "USD")).toBe("\u22122.6 pp");
    expect(changeText(en, "revenue", rows[0]!.deltas[1]!, "USD")).toBe("+20.0%");
    expect(changeText(en, "cpa", rows[1]!.deltas[1]!, "USD")).toBe("+25.0%");
  });

  it("carry their tone into the table", () => {
    const t = metricTable(en, "", rows);
    const chips = t.rows.map((r) => [r.cells[2]!.badge, r.cells[2]!.tone]);
    expect(chips).toEqual([
      ["+20.0% vs previous", "good"],
      ["+25.0% vs previous", "bad"],
      ["\u22122.6 pp vs previous", "bad"],
      ["\u22125.8% vs previous", "bad"],
    ]);
  });
});

describe("narrative", () => {
  it("says what improved and what got worse, by how much, the largest change first", () => {
    const iso = (s: string) => `\u2068${s}\u2069`;
    // Sizes: conversion rate 28.0%, cpa 25.0%, revenue 20.0%, ROAS 5.8% (relative).
    expect(narrative(comparison(rows), en)).toEqual([
      `From ${iso("Q - Spring 2025")} to ${iso("Q - Autumn 2025")}, ` +
        "revenue +20.0% ($100,000 → $120,000) improved; " +
        "conversion rate \u22122.6 pp (9.3% → 6.7%), cost per acquisition +25.0% ($20.00 → $25.00), " +
        "and ROAS \u22125.8% (1.90× → 1.79×) got worse.",
    ]);
  });

  it("shows a pair of rates with one number of decimals: 1.30% → 0.92%, not 1.3% → 0.92%", () => {
    // 0.0092 − 0.013 = −0.38 pp; below 1 % a rate has two decimals, so its pair has them too.
    const text = narrative(comparison([row("ctr", 0.013, 0.0092)]), en)[0];
    expect(text).toContain("click-through rate \u22120.4 pp (1.30% → 0.92%) got worse.");
  });

  it("gives a table row of rates one number of decimals, as the sentence does: 1.30% and 0.92%", () => {
    const t = metricTable(en, "", [row("ctr", 0.013, 0.0092)]);
    expect(t.rows[0]!.cells.slice(1).map((c) => c.text)).toEqual(["1.30%", "0.92%"]);
  });

  it("says nothing improved when nothing did", () => {
    const text = narrative(comparison([row("cpa", 20, 25)]), en)[0];
    expect(text).toContain(", nothing improved; cost per acquisition +25.0% ($20.00 → $25.00) got worse.");
  });
});
