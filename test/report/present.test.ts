// The view model's judgements on the sample, from figures that can be checked in its tables.
import { describe, expect, it } from "vitest";
import { buildReportView } from "../../core/present/index.ts";
import { sample } from "./helpers.ts";

describe("the sample's view model", async () => {
  const a = await sample();
  const v = buildReportView(a.model, a.notes);

  it("recommends, in order, what the data supports", () => {
    expect(v.recommendations.map((r) => r.id)).toEqual([
      "drop_model",
      "shift_tier",
      "cut_zero",
      "rehire",
      "unattributed",
      "tail",
    ]);
  });

  it("drops fixed fees: 10 creators cost 52,428 and returned 37,256, ROAS 0.71", () => {
    const r = v.recommendations.find((x) => x.id === "drop_model")!;
    expect(r.detail.args.creators).toEqual({ kind: "count", value: 10 });
    expect((r.detail.args.cost as { value: number }).value).toBeCloseTo(52428, 0);
    expect((r.detail.args.revenue as { value: number }).value).toBeCloseTo(37256, 0);
    // 37,256 / 52,428 = 0.7106…
    expect((r.detail.args.roas as { value: number }).value).toBeCloseTo(0.7106, 3);
  });

  it("shifts budget to micro creators, whose CPA 15,323 / 1,798 orders beats the campaign's 23.47", () => {
    const micro = v.creators.groups.tier.find((g) => g.key === "micro")!;
    expect(micro.cpa).toBeCloseTo(8.52, 2);
    const r = v.recommendations.find((x) => x.id === "shift_tier")!;
    expect(r.action.args.tier).toMatchObject({ kind: "msg", msg: { key: "lever.tier" } });
    expect((r.detail.args.campaign as { value: number }).value).toBeCloseTo(23.47, 2);
  });

  it("counts the seven paid creators who sold nothing: 8,547.50 + 6 × 47.50 = 8,832.50", () => {
    expect(v.creators.zero_converters).toHaveLength(7);
    expect(v.creators.zero_cost).toBeCloseTo(8547.5 + 6 * 47.5, 2);
  });

  it("never calls a one-creator group a lever (Blog's ROAS 25× stays an anecdote)", () => {
    const blog = v.creators.groups.platform.find((g) => g.key === "blog")!;
    expect(blog.creators).toBe(1);
    expect(blog.roas).toBeGreaterThan(25);
    expect(v.creators.levers.best).toMatchObject({ dimension: "cooperation_model", key: "gifted" });
    expect(v.creators.levers.worst).toMatchObject({ dimension: "cooperation_model", key: "fixed_fee" });
  });

  it("judges the seven goals: 4 met, ROAS furthest short at 1.79 / 2.50 = 71.4%", () => {
    expect([v.summary.goalsMet, v.summary.goalsTotal]).toEqual([4, 7]);
    const first = v.summary.verdict[0]!;
    expect(first.key).toBe("verdict.goals_some");
    expect((first.args.worst_att as { value: number }).value).toBeCloseTo(1.78548 / 2.5, 4);
  });

  it("marks the days after the end date as the tail", () => {
    const tail = v.trend.days.filter((d) => d.phase === "tail");
    expect(tail.every((d) => d.date > "2026-03-29")).toBe(true);
    expect(tail.reduce((s, d) => s + d.revenue, 0)).toBeCloseTo(v.trend.tail_revenue!, 2);
  });

  it("groups the 18 identical unattributed warnings into one appendix row with every cell", () => {
    expect(v.appendix.issue_groups).toHaveLength(1);
    const g = v.appendix.issue_groups[0]!;
    expect(g).toMatchObject({ severity: "warning", code: "unattributed" });
    expect(g.cells).toHaveLength(18);
    expect(g.cells.slice(0, 3)).toEqual(["Conversions!B2", "Conversions!B3", "Conversions!B4"]);
  });
});
