import { describe, expect, it } from "vitest";
import {
  buildRoster,
  compareCampaigns,
  creatorKey,
  type RosterCampaign,
  trendOf,
  verdictOf,
} from "../../../core/compare/index.ts";
import { AUTUMN_25, model, SPRING_25, SPRING_26 } from "./fixtures.ts";

// Given out of order on purpose: compare puts them in start-date order.
const cmp = compareCampaigns([model(SPRING_26), model(SPRING_25), model(AUTUMN_25)]);
const row = (rows: { key: string }[], key: string) => rows.find((r) => r.key === key) as never;

describe("compareCampaigns on three hand-made campaigns", () => {
  it("orders campaigns by start date", () => {
    expect(cmp.campaigns.map((c) => [c.name, c.currency])).toEqual([
      ["Spring 2025", "USD"],
      ["Autumn 2025", "USD"],
      ["Spring 2026", "EUR"],
    ]);
  });

  it("gives headline values and deltas between consecutive campaigns", () => {
    const revenue = row(cmp.headline, "revenue") as (typeof cmp.headline)[number];
    // 2500 + 80 + 1000; 4000 + 150 + 1000; 1500 + 300 + 0
    expect(revenue.values).toEqual([3580, 5150, 1800]);
    expect(revenue.deltas[0]).toBeNull();
    // 5150 − 3580 = 1570; 1570 / 3580 = 0.43855
    expect(revenue.deltas[1]?.abs).toBe(1570);
    expect(revenue.deltas[1]?.rel).toBeCloseTo(0.43855, 5);
    // USD → EUR: never subtracted
    expect(revenue.deltas[2]).toEqual({ abs: null, rel: null });
    const cost = row(cmp.headline, "total_cost") as (typeof cmp.headline)[number];
    // 3100 → 1200: −1900, −1900 / 3100 = −0.6129
    expect(cost.deltas[1]?.abs).toBe(-1900);
    expect(cost.deltas[1]?.rel).toBeCloseTo(-0.6129, 4);
    // Counts are not money, so compared across currencies: orders 103 → 35 = −68 (−66.0 %)
    const orders = row(cmp.headline, "orders") as (typeof cmp.headline)[number];
    expect(orders.values).toEqual([62, 103, 35]);
    expect(orders.deltas[2]?.abs).toBe(-68);
    expect(orders.deltas[2]?.rel).toBeCloseTo(-68 / 103, 10);
  });

  it("tracks cost per result, leaving money deltas blank across currencies", () => {
    const by = (k: string) => row(cmp.cost_per_result, k) as (typeof cmp.cost_per_result)[number];
    // CPM: 3100/64 000 × 1000 = 48.4375; 1200/45 000 × 1000 = 26.667; 1580/31 000 × 1000 = 50.968
    expect(by("cpm").values[0]).toBe(48.4375);
    expect(by("cpm").values[1]).toBeCloseTo(26.6667, 4);
    expect(by("cpm").values[2]).toBeCloseTo(50.9677, 4);
    // CPE: 3100/2800 = 1.1071; 1200/2500 = 0.48
    expect(by("cpe").values[0]).toBeCloseTo(1.1071, 4);
    expect(by("cpe").values[1]).toBe(0.48);
    // CPA: 3100/62 = 50 → 1200/103 = 11.6505, delta −38.3495
    expect(by("cpa").values[0]).toBe(50);
    expect(by("cpa").deltas[1]?.abs).toBeCloseTo(-38.3495, 4);
    expect(by("cpa").deltas[2]).toEqual({ abs: null, rel: null });
    // ROAS is currency-free: 3580/3100 = 1.15484 → 5150/1200 = 4.29167 → 1800/1580 = 1.13924
    expect(by("roas").values[1]).toBeCloseTo(4.29167, 5);
    expect(by("roas").deltas[2]?.abs).toBeCloseTo(1.13924 - 4.29167, 4);
  });

  it("keeps money per currency with a finding saying so", () => {
    expect(cmp.money_by_currency).toEqual([
      // 3100 + 1200 = 4300 cost, 3580 + 5150 = 8730 revenue, ROAS 8730 / 4300
      {
        currency: "USD",
        campaigns: [0, 1],
        total_cost: 4300,
        creator_cost: 4300,
        revenue: 8730,
        roas: 8730 / 4300,
      },
      {
        currency: "EUR",
        campaigns: [2],
        total_cost: 1580,
        creator_cost: 1580,
        revenue: 1800,
        roas: 1800 / 1580,
      },
    ]);
    expect(cmp.findings).toEqual([
      { code: "currencies_differ", currencies: ["USD", "EUR"], campaigns: [[0, 1], [2]] },
    ]);
  });

  it("lists goal attainment per campaign", () => {
    const revenue = row(
      cmp.goals.map((g) => ({ ...g, key: g.kpi })),
      "revenue",
    ) as (typeof cmp.goals)[number];
    // 3580/3000 = 1.1933 met; 5150/5000 = 1.03 met; 1800/1500 = 1.2 met
    expect(revenue.campaigns.map((c) => c?.attainment)).toEqual([3580 / 3000, 5150 / 5000, 1800 / 1500]);
    const orders = row(
      cmp.goals.map((g) => ({ ...g, key: g.kpi })),
      "orders",
    ) as (typeof cmp.goals)[number];
    // Only Autumn set it: 103/120 = 0.858, not met
    expect(orders.campaigns[0]).toBeNull();
    expect(orders.campaigns[1]?.attainment).toBeCloseTo(0.8583, 4);
    expect(orders.campaigns[1]?.met).toBe(false);
  });

  it("breaks performance down by platform per campaign", () => {
    const tiktok = row(cmp.breakdowns.platform, "tiktok") as (typeof cmp.breakdowns.platform)[number];
    // Spring 25: bob only, cost 100 revenue 80; Autumn: Bob 100 + dan 100 = 200, revenue 150 + 1000 = 1150
    expect(tiktok.campaigns[0]?.cost).toBe(100);
    expect(tiktok.campaigns[1]?.cost).toBe(200);
    expect(tiktok.campaigns[1]?.roas).toBeCloseTo(1150 / 200, 10);
    // 200 of 1200 creator cost
    expect(tiktok.campaigns[1]?.cost_share).toBeCloseTo(1 / 6, 10);
    const youtube = row(cmp.breakdowns.platform, "youtube") as (typeof cmp.breakdowns.platform)[number];
    expect(youtube.campaigns[1]).toBeNull();
  });

  it("says what changed between consecutive campaigns", () => {
    const [ab, bc] = cmp.changes;
    expect(ab?.creators_added).toEqual(["tiktok:dan"]);
    expect(ab?.creators_dropped).toEqual(["youtube:cara"]);
    expect(ab?.creators_kept).toEqual(["instagram:anna", "tiktok:bob"]);
    // Platform budget: instagram 1000 → 1000, tiktok 100 → 200, youtube 2000 → 0
    const shift = (k: string) => ab?.budget.platform.find((s) => s.key === k);
    expect(shift("instagram")?.change).toBe(0);
    expect(shift("tiktok")?.change).toBe(100);
    expect(shift("youtube")?.change).toBe(-2000);
    // Tier: mid (cara) 2000 → 0
    expect(ab?.budget.tier.find((s) => s.key === "mid")?.change).toBe(-2000);
    expect(bc?.creators_added).toEqual(["pinterest:eve"]);
    expect(bc?.creators_dropped).toEqual(["tiktok:bob"]);
    expect(bc?.same_currency).toBe(false);
    expect(bc?.budget.platform.find((s) => s.key === "instagram")?.change).toBeNull();
  });

  it("builds the content library across campaigns", () => {
    // ER: bob 400/4000 = Bob 500/5000 = 0.10 (tie → earlier campaign first), then the 0.05 posts
    expect(cmp.content.by_engagement_rate.slice(0, 2).map((p) => [p.creator, p.campaign])).toEqual([
      ["bob", 0],
      ["Bob", 1],
    ]);
    expect(cmp.content.by_engagement_rate[0]?.er_impressions).toBe(0.1);
    // Clicks: anna 900, cara 600, @Anna 400, dan 300
    expect(cmp.content.by_clicks.slice(0, 4).map((p) => [p.clicks, p.url])).toEqual([
      [900, "https://ex.com/a2"],
      [600, "https://ex.com/c1"],
      [400, "https://ex.com/a1"],
      [300, "https://ex.com/d2"],
    ]);
    expect(cmp.content.by_clicks[0]?.platform).toBe("instagram");
    expect(cmp.content.by_clicks[0]?.format).toBe("carousel");
  });
});

describe("buildRoster", () => {
  const roster = buildRoster([model(SPRING_25), model(AUTUMN_25), model(SPRING_26)]);
  const r = (key: string) => roster.find((x) => x.key === key);

  it("matches handles case- and @-insensitively, ignoring whitespace", () => {
    expect(creatorKey("instagram", "@Anna")).toBe(creatorKey("instagram", "anna "));
    expect(creatorKey("instagram", " @@ANNA")).toBe("instagram:anna");
    expect(creatorKey("tiktok", "anna")).not.toBe(creatorKey("instagram", "anna"));
    // @Anna, "anna " and ANNA are one creator in three campaigns
    expect(r("instagram:anna")?.campaigns.map((c) => c.campaign)).toEqual([0, 1, 2]);
    expect(roster.map((x) => x.key).sort()).toEqual([
      "instagram:anna",
      "pinterest:eve",
      "tiktok:bob",
      "tiktok:dan",
      "youtube:cara",
    ]);
  });

  it("keeps overall money per currency", () => {
    // USD: cost 1000 + 1000 = 2000, revenue 2500 + 4000 = 6500 → ROAS 3.25, CPA 2000/130 = 15.38
    // EUR: cost 1500, revenue 1500 → ROAS 1, CPA 1500/30 = 50
    expect(r("instagram:anna")?.overall).toEqual([
      { currency: "USD", cost: 2000, revenue: 6500, orders: 130, roas: 3.25, cpa: 2000 / 130 },
      { currency: "EUR", cost: 1500, revenue: 1500, orders: 30, roas: 1, cpa: 50 },
    ]);
  });

  it("gives verdicts by the documented rules", () => {
    // anna: ROAS 2.5 → 4.0 → 1.0; latest 1.0 < 2 but ≥ break-even 1 → renegotiate (R3); 4 → 1 is down
    expect([r("instagram:anna")?.verdict, r("instagram:anna")?.rule, r("instagram:anna")?.trend]).toEqual([
      "renegotiate",
      "R3",
      "down",
    ]);
    // bob: 80/100 = 0.8 → 150/100 = 1.5 (up more than 10 %); latest ≥ 1 → renegotiate
    expect([r("tiktok:bob")?.verdict, r("tiktok:bob")?.trend]).toEqual(["renegotiate", "up"]);
    // cara: one campaign, 1000/2000 = 0.5 = floor → test again (R4)
    expect([r("youtube:cara")?.verdict, r("youtube:cara")?.rule, r("youtube:cara")?.trend]).toEqual([
      "test again",
      "R4",
      "new",
    ]);
    // dan: 1000/100 = 10 then 300/30 = 10, overall 10 in each currency → rehire (R2), flat
    expect([r("tiktok:dan")?.verdict, r("tiktok:dan")?.rule, r("tiktok:dan")?.trend]).toEqual([
      "rehire",
      "R2",
      "flat",
    ]);
    // eve: 0 revenue on 50 of product → ROAS 0 < floor → drop (R5)
    expect([r("pinterest:eve")?.verdict, r("pinterest:eve")?.rule]).toEqual(["drop", "R5"]);
  });
});

describe("campaigns without a start date", () => {
  it("keep the order given and say so", () => {
    const undated = model(AUTUMN_25);
    undated.campaign.start_date = null;
    const c = compareCampaigns([model(SPRING_26), undated]);
    // Spring 2026 first, as given, though it is the later campaign
    expect(c.campaigns.map((x) => x.name)).toEqual(["Spring 2026", "Autumn 2025"]);
    expect(c.findings).toContainEqual({ code: "no_dates", campaigns: [1] });
  });
});

describe("verdict rules R1 and R4 with a trend", () => {
  const c = (campaign: number, roas: number | null): RosterCampaign => ({
    campaign,
    currency: "USD",
    tier: "micro",
    cooperation_model: "fixed_fee",
    followers: 20_000,
    posts: 1,
    cost: 100,
    revenue: roas === null ? null : roas * 100,
    orders: null,
    roas,
    cpa: null,
    er_impressions: null,
  });
  const money = (roas: number | null) => [
    { currency: "USD", cost: 200, revenue: null, orders: null, roas, cpa: null },
  ];

  it("no measurable latest ROAS (no sales data) → test again by R1, whatever came before", () => {
    const cs = [c(0, 3), c(1, null)];
    expect(trendOf(cs)).toBe("unknown");
    expect(verdictOf(cs, money(3), "unknown")).toEqual({ verdict: "test again", rule: "R1" });
  });

  it("0.4 → 0.6 (up more than 10 %) → test again by R4; 0.6 → 0.4 → drop by R5", () => {
    const up = [c(0, 0.4), c(1, 0.6)];
    expect(trendOf(up)).toBe("up");
    expect(verdictOf(up, money(0.5), "up")).toEqual({ verdict: "test again", rule: "R4" });
    const down = [c(0, 0.6), c(1, 0.4)];
    expect(trendOf(down)).toBe("down");
    expect(verdictOf(down, money(0.5), "down")).toEqual({ verdict: "drop", rule: "R5" });
  });

  it("2.1 latest but 1.5 overall → renegotiate by R3, not rehire", () => {
    expect(verdictOf([c(0, 0.9), c(1, 2.1)], money(1.5), "up")).toEqual({
      verdict: "renegotiate",
      rule: "R3",
    });
  });
});
