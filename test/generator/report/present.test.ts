// The view model's judgements on the sample, from figures that can be checked in its tables.
import { describe, expect, it } from "vitest";
import { buildReportView } from "../../../core/present/index.ts";
import { sample } from "./helpers.ts";

describe("the sample's view model", async () => {
  const a = await sample();
  const v = buildReportView(a.model, a.notes, a.dataset);

  it("recommends, in order, what the data supports", () => {
    expect(v.recommendations.map((r) => r.id)).toEqual([
      "cut_lever",
      "keep_lever",
      "shift_tier",
      "zero_check",
      "zero_gifted",
      "never_posted",
      "rehire",
      "unattributed",
      "tail",
    ]);
  });

  it("cuts the fixed fees that lost money: 10 creators cost 52,428 and returned 37,256, ROAS 0.71 on creator cost", () => {
    const f = v.conclusions.recommendations.find((x) => x.code === "cut_lever")!;
    const fig = (k: string) => f.figures.find((g) => g.key === k)!.value;
    expect(fig("creators")).toBe(10);
    expect(fig("cost")).toBeCloseTo(52428, 0);
    expect(fig("revenue")).toBeCloseTo(37256, 0);
    // 37,256 / 52,428 = 0.7106…; five of the ten paid back on their own.
    expect(fig("roas_creator")).toBeCloseTo(0.7106, 3);
    expect(fig("paid_back")).toBe(5);
    // theskinedit.kay sold nothing but ranks in the top 10 % by clicks: checked first, never cut unseen.
    expect(f.creators).toEqual(["lenaglowlab", "trailandtonic", "pinnedbypaige", "homespaceivy"]);
    expect(f.held_back).toEqual(["theskinedit.kay"]);
    // The team's Stop item "Signing fixed fees above $5,000 without an audience location report".
    expect(f.relation).toBe("narrows");
  });

  it("shifts budget to micro creators, whose CPA 15,323 / 1,798 orders beats the campaign's 84,989 / 4,819 = 17.64 on creator cost", () => {
    const micro = v.creators.groups.tier.find((g) => g.key === "micro")!;
    expect(micro.cpa).toBeCloseTo(8.52, 2);
    const r = v.recommendations.find((x) => x.id === "shift_tier")!;
    expect(r.action.args.lever).toMatchObject({ kind: "msg", msg: { key: "lever.tier" } });
    expect((r.detail.args.campaign as { value: number }).value).toBeCloseTo(17.64, 2);
  });

  it("counts the seven creators who cost money and sold nothing: 8,547.50 + 6 × 47.50 = 8,832.50", () => {
    expect(v.creators.zero_converters).toHaveLength(7);
    expect(v.creators.zero_cost).toBeCloseTo(8547.5 + 6 * 47.5, 2);
  });

  it("quotes the what-if the issue worked out: without lenaglowlab and theskinedit.kay, 194,139 / 88,453 = 2.19×", () => {
    const w = v.conclusions.what_if.find((x) => "creators" in x.excluded && x.metric === "roas")!;
    expect(w.excluded).toEqual({ creators: ["lenaglowlab", "theskinedit.kay"] });
    expect(w.without).toBeCloseTo((201938.9 - 7799.6) / (113100.7325 - 16100.5 - 8547.5), 9);
  });

  it("never calls a group under the materiality line a lever (Blog's 25× and gifting's 6.44× are small tests)", () => {
    const blog = v.creators.groups.platform.find((g) => g.key === "blog")!;
    expect(blog.creators).toBe(1);
    expect(blog.roas).toBeGreaterThan(25);
    // By contribution on creator cost: TikTok 150,517 − 33,209 = +117,308; fixed fee 37,256 − 52,428 = −15,172.
    expect(v.creators.levers.best).toMatchObject({ dimension: "platform", key: "tiktok" });
    expect(v.creators.levers.worst).toMatchObject({ dimension: "cooperation_model", key: "fixed_fee" });
    expect(v.creators.group_levers.find((l) => l.key === "gifted")!.material).toBe(false);
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
