// The conclusions' rules on a small campaign built for them (hand-campaign.ts), every figure
// worked out by hand.
import { describe, expect, it } from "vitest";
import { analyze, nullSums, RATIOS } from "../../../core/index.ts";
import { paysOff } from "../../../core/present/conclusions/figures.ts";
import { buildReportView, type Finding } from "../../../core/present/index.ts";
import { Translator } from "../../../generator/i18n/translator.ts";
import { renderReport } from "../../../generator/report/index.ts";
import { formGrid, rawWorkbook, tableGrid } from "../../support/workbook.ts";
import { handWorkbook } from "./hand-campaign.ts";
import { GENERATED, textOf } from "./helpers.ts";

const a = analyze(handWorkbook());
const v = buildReportView(a.model, a.notes, a.dataset);
const c = v.conclusions;
const figures = (f: Finding | undefined) =>
  Object.fromEntries((f?.figures ?? []).map((g) => [g.key, g.value]));
const rec = (code: string) => c.recommendations.find((f) => f.code === code);
const close = (got: Record<string, number>, want: Record<string, number>) => {
  for (const [k, x] of Object.entries(want)) expect(got[k], k).toBeCloseTo(x, 6);
};

describe("one cost basis per comparison", () => {
  it("has the campaign's ROAS and CPA on creator cost beside the fully loaded ones", () => {
    const t = a.model.totals;
    expect(t.creator_cost).toBeCloseTo(10_250, 6);
    expect(t.total_cost).toBeCloseTo(11_750, 6);
    expect(t.roas_creator).toBeCloseTo(17_500 / 10_250, 9); // 1.7073
    expect(t.cpa_creator).toBeCloseTo(10_250 / 350, 9); // 29.29
    expect(t.roas).toBeCloseTo(17_500 / 11_750, 9); // 1.4894
  });

  it("rebooks the creators who beat the campaign's 1.71× on creator cost, not its fully loaded 1.49×", () => {
    // ffok 3.00, hy1 5.45, hy2 4.44, hy3 3.33, gift1 10.00; ffbig's 0.40 beats neither.
    const f = rec("rehire")!;
    expect(f.creators).toEqual(["hy1", "hy2", "ffok", "hy3", "gift1"]);
    close(figures(f), { count: 5, campaign: 17_500 / 10_250, revenue: 15_500, share: 15_500 / 17_500 });
    expect(f.figures.find((g) => g.key === "campaign")?.basis).toBe("creator");
  });
});

describe("the funnel", () => {
  it("goes impressions → clicks → orders with CTR and conversion rate, engagements beside", () => {
    expect(v.spend.funnel.map((s) => [s.key, s.rateKpi])).toEqual([
      ["impressions", null],
      ["clicks", "ctr"],
      ["orders", "conversion_rate"],
    ]);
    expect(v.spend.funnel[1]!.rate).toBeCloseTo(2820 / 200_000, 9); // 1.41 %
    expect(v.spend.funnel[2]!.rate).toBeCloseTo(350 / 2820, 9); // 12.4 %
    expect(v.spend.engagement).toEqual({ engagements: 7300, er_impressions: 7300 / 200_000 });
  });
});

describe("levers that matter", () => {
  it("ranks material groups by contribution: hybrid +9,400 best, fixed fee −2,500 worst", () => {
    // Material: fixed fee 7,500 (73 %), hybrid 2,600 (25 %), micro 4,100 (40 %: contribution 7,900),
    // Instagram 2,600 (+900), TikTok 2,650 (+9,350). Hybrid: 12,000 − 2,600 = 9,400.
    expect(c.levers.best).toMatchObject({ dimension: "cooperation_model", key: "hybrid", creators: 3 });
    expect(c.levers.best!.contribution).toBeCloseTo(9400, 6);
    expect(c.levers.best!.value).toBeCloseTo(12_000 / 2600, 9);
    expect(c.levers.worst).toMatchObject({ dimension: "cooperation_model", key: "fixed_fee" });
    expect(c.levers.worst!.contribution).toBeCloseTo(-2500, 6);
    expect(c.levers.worst!.cost_share).toBeCloseTo(7500 / 10_250, 9);
  });

  it("keeps gifting (3 creators, 150 = 1.5 % of creator cost, ROAS 3.33×) a small test, never a lever", () => {
    const gifted = v.creators.group_levers.find((l) => l.key === "gifted")!;
    expect(gifted.material).toBe(false);
    expect(gifted.cost_share).toBeCloseTo(150 / 10_250, 9);
    expect(gifted.value).toBeCloseTo(500 / 150, 9);
    // One creator holding 49 % of the cost is no lever either.
    expect(v.creators.group_levers.find((l) => l.key === "macro")!.material).toBe(false);
    expect(v.creators.best.cooperation_model?.key).toBe("hybrid");
  });
});

describe("what-ifs recomputed on the subset", () => {
  it("without the fixed-fee deals: (17,500 − 5,000) / (11,750 − 7,500) = 2.94× fully loaded", () => {
    const group = c.what_if.filter((w) => !("creators" in w.excluded));
    expect(group.map((w) => [w.metric, w.basis])).toEqual([
      ["roas", "total"],
      ["roas_creator", "creator"],
    ]);
    expect(group[0]!.without).toBeCloseTo(12_500 / 4250, 9);
    expect(group[1]!.without).toBeCloseTo(12_500 / 2750, 9);
  });

  it("quotes the large deals that lost money (ffbig 5,000, ffzero 1,500): 15,500 / 5,250 = 2.95×, above the 2.50× goal", () => {
    const f = c.verdict.find((x) => x.code.startsWith("what_if"))!;
    expect(f.code).toBe("what_if_met");
    expect(f.creators).toEqual(["ffbig", "ffzero"]);
    close(figures(f), {
      count: 2,
      cost_share: 6500 / 11_750,
      revenue: 2000,
      actual: 17_500 / 11_750,
      without: 15_500 / 5250,
      without_creator: 15_500 / 3750,
      target: 2.5,
    });
  });
});

describe("what-ifs for awareness, engagement and traffic", () => {
  // Posts (impressions, likes = engagements, clicks): ffbig 30,000 / 1,000 / 300; ffok 20,000 /
  // 800 / 200; ffzero 40,000 / 100 / 900; hy1 50,000 / 3,000 / 800; hy2 30,000 / 1,500 / 400;
  // hy3 20,000 / 600 / 150; gift1 5,000 / 200 / 50; gift2 5,000 / 100 / 20.
  // Totals 200,000 / 7,300 / 2,820; creator cost 10,250, total cost 11,750 (other costs and
  // team time stay in every what-if). Fixed fee is the weakest lever for all three metrics.
  const run = (objective: string, goals: { kpi: string; target: number }[] = []) => {
    const x = analyze(handWorkbook({ objective, goals }));
    return buildReportView(x.model, x.notes, x.dataset).conclusions;
  };
  const whatIf = (cc: ReturnType<typeof run>) => cc.verdict.find((f) => f.code.startsWith("what_if"))!;

  it("awareness: without ffbig (CPM on creator cost 166.67 against 51.25), fully loaded CPM 6,750 / 170 = 39.71, under the 45.00 goal", () => {
    // CPM on creator cost: ffbig 5,000 / 30 = 166.67, ffok 1,000 / 20 = 50.00, ffzero 1,500 / 40 = 37.50:
    // only ffbig is dearer than the campaign's 10,250 / 200 = 51.25.
    const cc = run("awareness", [{ kpi: "cpm", target: 45 }]);
    expect(cc.levers.worst).toMatchObject({
      dimension: "cooperation_model",
      key: "fixed_fee",
      metric: "cpm",
    });
    // 90,000 impressions priced at 10,250 / 200,000 each, less 7,500.
    expect(cc.levers.worst!.contribution).toBeCloseTo(90_000 * 0.05125 - 7500, 6);
    const group = cc.what_if.filter((w) => !("creators" in w.excluded));
    expect(group.map((w) => [w.metric, w.basis, w.without])).toEqual([
      ["cpm", "total", expect.closeTo((4250 / 110_000) * 1000, 9)],
      ["cpm", "creator", expect.closeTo((2750 / 110_000) * 1000, 9)],
    ]);
    const f = whatIf(cc);
    expect(f.code).toBe("what_if_cost_met");
    expect(f.creators).toEqual(["ffbig"]);
    close(figures(f), {
      count: 1,
      cost_share: 5000 / 11_750,
      volume_share: 30_000 / 200_000,
      actual: (11_750 / 200_000) * 1000,
      without: (6750 / 170_000) * 1000,
      without_creator: (5250 / 170_000) * 1000,
      target: 45,
    });
  });

  it("engagement: without ffbig and ffzero (CPE 5.00 and 15.00 against 1.40), fully loaded CPE 5,250 / 6,200 = 0.85, short of 0.80", () => {
    const cc = run("engagement", [{ kpi: "cpe", target: 0.8 }]);
    const f = whatIf(cc);
    expect(f.code).toBe("what_if_cost_short");
    expect(f.creators).toEqual(["ffbig", "ffzero"]);
    close(figures(f), {
      count: 2,
      cost_share: 6500 / 11_750,
      volume_share: 1100 / 7300,
      actual: 11_750 / 7300,
      without: 5250 / 6200,
      without_creator: 3750 / 6200,
    });
  });

  it("traffic: without ffbig (CPC 16.67; ffok's 5.00 is dearer too but a small deal), fully loaded CPC 6,750 / 2,520 = 2.68", () => {
    const cc = run("traffic");
    const f = whatIf(cc);
    expect(f.code).toBe("what_if_cost");
    expect(f.creators).toEqual(["ffbig"]);
    close(figures(f), {
      actual: 11_750 / 2820,
      without: 6750 / 2520,
      without_creator: 5250 / 2520,
      volume_share: 300 / 2820,
    });
  });

  it("quotes it in the verdict, on the basis it names", async () => {
    const x = analyze(handWorkbook({ objective: "awareness", goals: [{ kpi: "cpm", target: 45 }] }));
    const text = textOf((await renderReport(x, { locale: "en", generated: GENERATED })).html);
    expect(text).toContain(
      "Without the largest fixed fee deal with a CPM on creator cost above the campaign's (@ffbig; 42.6% of total cost, 15.0% of impressions), the fully loaded CPM would have been $39.71 instead of $58.75, enough to meet the $45.00 goal; on creator cost it would have been $30.88.",
    );
  });
});

describe("profit", () => {
  it("takes 350 units × 10 off revenue: gross profit 14,000, contribution 2,250, POAS 1.19", () => {
    const t = a.model.totals;
    expect(t.gross_profit).toBeCloseTo(14_000, 6);
    expect(t.contribution).toBeCloseTo(2250, 6);
    expect(t.poas).toBeCloseTo(14_000 / 11_750, 9);
    const f = c.verdict.find((x) => x.code === "result_sales_profit")!;
    close(figures(f), { roi: 5750 / 11_750, roi_gross: 2250 / 11_750, contribution: 2250 });
  });
});

describe("creators who sold nothing", () => {
  it("asks for a check on ffzero (most clicks, a Journal line), never 'do not rebook'", () => {
    const f = rec("zero_check")!;
    expect(f.creators).toEqual(["ffzero"]);
    close(figures(f), { cost: 1500, posts: 1, clicks: 900, engagements: 100 });
    expect(f.cites).toEqual([{ tab: "Journal", row: 2 }]);
    expect(rec("zero_paid")).toBeUndefined();
  });

  it("splits the gifted who posted (gift2) from the one who never posted (gift3)", () => {
    expect(rec("zero_gifted")?.creators).toEqual(["gift2"]);
    close(figures(rec("zero_gifted")), { count: 1, cost: 50, cost_share: 50 / 10_250 });
    expect(rec("never_posted")?.creators).toEqual(["gift3"]);
  });
});

describe("gaps in the post data", () => {
  const withGaps = async (url: number[], impressions: number[]) => {
    const wb = handWorkbook();
    const content = wb.tabs.find((t) => t.name === "Content")!.values;
    const col = (h: string) => content[0]!.indexOf(h);
    for (const r of url) content[r]![col("Post URL")] = "";
    for (const r of impressions) content[r]![col("Impressions")] = "";
    const x = analyze(wb);
    const f = buildReportView(x.model, x.notes, x.dataset).conclusions.recommendations.find(
      (g) => g.code === "post_gaps",
    );
    const text = textOf((await renderReport(x, { locale: "en", generated: GENERATED })).html);
    return { f, text };
  };

  it("names only the gaps found: 1 post without a URL, and none without impressions", async () => {
    const { f, text } = await withGaps([1], []);
    close(figures(f), { no_url: 1, no_impressions: 0 });
    expect(text).toContain("Posts without a URL: 1. They cannot be checked or found again.");
    expect(text).not.toContain("posts without impressions");
  });

  it("says what each gap costs when there are both: 1 without a URL, 2 without impressions", async () => {
    const { f, text } = await withGaps([1], [2, 3]);
    close(figures(f), { no_url: 1, no_impressions: 2 });
    expect(text).toContain(
      "Posts without a URL: 1; posts without impressions: 2. Those without a URL cannot be checked or found again; those without impressions have no reach or rates.",
    );
  });
});

describe("a creator to check is never on a cut list", () => {
  it("says ffzero is left off the fixed-fee cut list, and why", async () => {
    const text = textOf((await renderReport(a, { locale: "en", generated: GENERATED })).html);
    expect(text).toContain("so the ones to cut or renegotiate are @ffbig.");
    expect(text).toContain(
      "@ffzero is left off this list: they sold nothing, but a check comes first (see below).",
    );
  });
});

describe("the team's own words", () => {
  it("cites the Stop item on fixed fees, which the data narrows: 2 of the 3 lost money", () => {
    const f = rec("cut_lever")!;
    expect(f.lever).toEqual({ dimension: "cooperation_model", key: "fixed_fee" });
    // ffzero lost money too, but sold nothing with the most clicks: checked first, not cut.
    expect(f.creators).toEqual(["ffbig"]);
    expect(f.held_back).toEqual(["ffzero"]);
    expect(f.cites).toEqual([{ tab: "Retrospective", row: 3 }]);
    expect(f.relation).toBe("narrows");
    close(figures(f), { cost: 7500, revenue: 5000, roas_creator: 5000 / 7500, paid_back: 1, held: 2, of: 3 });
  });

  it("cites the Continue item on hybrid deals, which the data supports: all 3 paid back", () => {
    const f = rec("keep_lever")!;
    expect(f.cites).toEqual([{ tab: "Retrospective", row: 2 }]);
    expect(f.relation).toBe("supports");
    close(figures(f), { revenue: 12_000, revenue_share: 12_000 / 17_500, held: 3, of: 3 });
  });

  it("orders the recommendations as the rules rank them", () => {
    expect(c.recommendations.map((f) => f.code)).toEqual([
      "cut_lever",
      "keep_lever",
      "zero_check",
      "zero_gifted",
      "never_posted",
      "rehire",
    ]);
  });
});

describe("who paid off, on a cost per result", () => {
  // ffzero cost 1,500 and brought 0 orders: no CPA, but money spent for none of a measured result.
  const ffzero = a.model.creators.find((x) => x.handle === "ffzero")!;
  const pays = paysOff(a.model, "cpa");

  it("a creator who cost money and sold nothing did not pay off (false), rather than not being judged", () => {
    expect([ffzero.cost, ffzero.orders, ffzero.cpa]).toEqual([1500, 0, null]);
    expect(pays(ffzero)).toBe(false);
  });

  it("no verdict without the result measured, or without a cost", () => {
    expect(pays({ ...ffzero, orders: null })).toBeNull();
    expect(pays({ ...ffzero, cost: 0 })).toBeNull();
  });

  it("each cost per result divides the cost by the result it names", () => {
    // 10 of cost over 4 of the result: 2.50, or 2,500 per thousand for CPM; none of it: no figure.
    for (const d of RATIOS.filter((r) => r.per !== undefined)) {
      const sums = { ...nullSums(), cost: 10, [d.per!]: 4 };
      expect(d.compute!(sums), d.key).toBeCloseTo(d.key === "cpm" ? 2500 : 2.5, 9);
      expect(d.compute!({ ...sums, [d.per!]: 0 }), d.key).toBeNull();
    }
    expect(RATIOS.filter((r) => r.per !== undefined).map((r) => r.key)).toEqual([
      "cpm",
      "cpe",
      "cpv",
      "cpc",
      "cpa",
      "cpl",
    ]);
  });
});

describe("conclusions as data, rendered in five languages", () => {
  it("shows in each sentence only numbers that are its finding's figures", () => {
    const numbers = (m: { args: Record<string, unknown> }): number[] =>
      Object.values(m.args).flatMap((x) => {
        const arg = x as { kind: string; value?: unknown; msg?: { args: Record<string, unknown> } };
        if (arg.kind === "msg" && arg.msg) return numbers(arg.msg);
        return typeof arg.value === "number" ? [arg.value] : [];
      });
    for (const r of v.recommendations) {
      const own = r.finding.figures.map((g) => g.value);
      for (const m of [r.action, r.detail, r.words].filter((x) => x !== undefined))
        for (const x of numbers(m)) expect(own).toContain(x);
    }
    c.verdict.forEach((f, i) => {
      if (f.code === "change") return;
      for (const x of numbers(v.summary.verdict[i]!)) expect(f.figures.map((g) => g.value)).toContain(x);
    });
  });

  it.each(["en", "zh-CN", "vi", "da", "ar"])("renders %s from the same records", async (locale) => {
    const r = await renderReport(a, { locale, generated: GENERATED });
    const text = textOf(r.html);
    expect(text).not.toMatch(/\{\w+\}|missing translation/);
    // The what-if's 2.95× and the Stop item's text, formatted for the locale, from the same records.
    const t = new Translator(r.locale.lang, r.locale.locale, "USD");
    expect(text).toContain(t.fmt(15_500 / 5250, "multiple"));
    expect(text).toContain("Signing fixed fees above $2,000 without an audience report");
    expect(r.view.conclusions).toEqual(c);
  });

  it("names the basis and ranks nobody in the English report", async () => {
    const text = textOf((await renderReport(a, { locale: "en", generated: GENERATED })).html);
    expect(text).toContain(
      "the fully loaded ROAS would have been 2.95× instead of 1.49×, enough to meet the 2.50× goal",
    );
    expect(text).toContain(
      "the strongest lever was hybrid deals: $9,400 above cost, at a ROAS on creator cost of 4.62×",
    );
    expect(text).toContain("Fixed fee deals cost $7,500 (73.2% of creator cost)");
    expect(text).toContain("the data narrows it: it holds for 2 of the 3 creators concerned");
    expect(text).toContain("1.4% click-through rate");
    expect(text).toContain("12.4% conversion rate");
    expect(text).not.toContain("click-through Clicks");
    // Team: Bo owns no creators, so no sales: a dash, and no ROAS column to rank people by.
    const team = text.slice(text.indexOf("Results per team member"));
    expect(team).toContain("BoAnalyst00000——4$100");
    expect(team.slice(0, team.indexOf("Ann"))).not.toContain("ROAS");
  });
});

describe("six fixed fees on two platforms: levers, what-ifs and rebooking", () => {
  // Six fixed fees of 1,000: t1–t3 micro TikTok, 3,000 revenue each; i1–i3 Instagram (two
  // mid-tier, one macro: neither tier has 3 creators). Other costs 3,000, so total cost 9,000.
  const campaign = (instagram: [number, number, number], tiktok = 3000) => {
    const creators = [
      ...["t1", "t2", "t3"].map((h) => ({ handle: h, platform: "tiktok", followers: 20_000 })),
      { handle: "i1", platform: "instagram", followers: 200_000 },
      { handle: "i2", platform: "instagram", followers: 200_000 },
      { handle: "i3", platform: "instagram", followers: 600_000 },
    ].map((c) => ({ ...c, cooperation_model: "fixed_fee", fee: 1000 }));
    const revenue: [string, number][] = [
      ["t1", tiktok],
      ["t2", tiktok],
      ["t3", tiktok],
      ["i1", instagram[0]],
      ["i2", instagram[1]],
      ["i3", instagram[2]],
    ];
    const x = analyze(
      rawWorkbook({
        campaign: formGrid("campaign", {
          name: "Levers",
          start_date: "2026-03-01",
          end_date: "2026-03-10",
          objective: "sales",
          currency: "USD",
        }),
        creators: tableGrid("creators", creators),
        content: tableGrid(
          "content",
          creators.map((c, i) => ({
            creator: c.handle,
            url: `https://example.com/p/${i}`,
            format: "short_video",
            published: "2026-03-03",
            impressions: 10_000,
          })),
        ),
        conversions: tableGrid(
          "conversions",
          revenue.map(([creator, r]) => ({ date: "2026-03-05", creator, orders: r / 100, revenue: r })),
        ),
        costs: tableGrid("costs", [{ item: "Agency", category: "agency", amount: 3000 }]),
      }),
    );
    return { x, c: buildReportView(x.model, x.notes, x.dataset).conclusions };
  };

  it("says every lever paid back, and no what-if: without Instagram the fully loaded ROAS falls from 1.60× to 1.50×", async () => {
    // Revenue 9,000 + 3 × 1,800 = 14,400 over 9,000. Fixed fee +8,400 (all six), TikTok and
    // micro +6,000, Instagram 5,400 − 3,000 = +2,400. Without Instagram: 9,000 / (3,000 + 3,000).
    const { x, c } = campaign([1800, 1800, 1800]);
    expect(c.levers.best).toMatchObject({ dimension: "cooperation_model", key: "fixed_fee" });
    expect(c.levers.worst).toMatchObject({ dimension: "platform", key: "instagram" });
    expect(c.levers.worst!.contribution).toBeCloseTo(2400, 6);
    const group = c.what_if.filter((w) => w.basis === "total");
    expect(group.map((w) => [w.actual, w.without])).toEqual([
      [expect.closeTo(1.6, 9), expect.closeTo(1.5, 9)],
    ]);
    expect(c.verdict.map((f) => f.code)).toContain("levers_paid");
    expect(c.verdict.some((f) => f.code.startsWith("what_if"))).toBe(false);
    const text = textOf((await renderReport(x, { locale: "en", generated: GENERATED })).html);
    expect(text).toContain(
      "every lever that matters paid back: the strongest was fixed fee deals, $8,400 above cost at a ROAS on creator cost of 2.40×; the smallest contribution came from Instagram, $2,400 above cost at 1.80×.",
    );
    expect(text).not.toContain("Without Instagram");
    // A first action that keeps something going is no change.
    expect(c.recommendations[0]?.code).toBe("keep_lever");
    expect(text).toContain(
      "The one thing to carry into the next campaign: Keep investing in fixed fee deals.",
    );
    expect(text).not.toContain("The one thing to change next time");
  });

  it("names the Instagram creators to cut, and the what-if without the two that lost money: 11,000 / 7,000 = 1.57×", async () => {
    // Instagram 2,000 + 200 + 100 = 2,300 against 3,000: −700. i1 paid back; i2 and i3 did not.
    // Revenue 11,300 over 9,000 = 1.26×; without i2 and i3: 11,000 over 7,000.
    const { x, c } = campaign([2000, 200, 100]);
    expect(c.levers.worst!.contribution).toBeCloseTo(-700, 6);
    const cut = c.recommendations.find((f) => f.code === "cut_lever")!;
    expect(cut.creators).toEqual(["i2", "i3"]);
    const f = c.verdict.find((v) => v.code.startsWith("what_if"))!;
    expect(f.creators).toEqual(["i2", "i3"]);
    close(figures(f), { actual: 11_300 / 9000, without: 11_000 / 7000, cost_share: 2000 / 9000 });
    const en = textOf((await renderReport(x, { locale: "en", generated: GENERATED })).html);
    expect(en).toContain("Cut or renegotiate the Instagram creators that did not pay back");
    const da = textOf((await renderReport(x, { locale: "da", generated: GENERATED })).html);
    expect(da).toContain("Skær de Instagram-creators fra, der ikke tjente sig hjem");
  });

  it("rebooks only creators who paid back when the campaign lost money: i1 (1.50×), not i2 (0.90×, above the campaign's 0.67×)", async () => {
    // Revenue 3 × 500 + 1,500 + 900 + 100 = 4,000 over 6,000 of creator cost: 0.67×.
    const { x, c } = campaign([1500, 900, 100], 500);
    const f = c.recommendations.find((r) => r.code.startsWith("rehire"))!;
    expect(f.code).toBe("rehire_paid");
    expect(f.creators).toEqual(["i1"]);
    close(figures(f), { count: 1, campaign: 4000 / 6000, revenue: 1500, share: 1500 / 4000 });
    const en = textOf((await renderReport(x, { locale: "en", generated: GENERATED })).html);
    expect(en).toContain(
      "@i1 brought in more than they cost, $1,500 (37.5% of revenue), while the campaign as a whole returned 0.67× on creator cost.",
    );
  });
});
