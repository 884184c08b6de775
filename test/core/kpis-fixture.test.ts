// A small campaign, every KPI worked out by hand from its definition (the arithmetic
// is in the comments and in the expected expressions), then compared with the
// model. Fractions use toBeCloseTo; nothing here was copied from the code's output.
import { describe, expect, it } from "vitest";
import { analyze, type GroupRow, type KpiModel } from "../../core/index.ts";
import { brief, workbook } from "./helpers.ts";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// Campaign: 2026-03-02 .. 2026-03-08 (7 days), default tier thresholds
// (nano < 10k ≤ micro < 100k ≤ mid < 500k ≤ macro < 1M ≤ mega).
//
// Creators (row: handle, followers → tier, model, cost parts, code, owner, status):
//   2 @alpha   50k → 50 000 micro, "paid" → fixed_fee, fee "$1,000" + product 50 + shipping 10, ALPHA10, Maya, completed
//   3 beta     8 000 nano, "seeding" → gifted, product 40 + shipping 5, BETA, "maya" (same member), live
//   4 gamma    200 000 mid, "fee + commission" → hybrid, fee 500, commission "10%", GAMMA, Jon, completed
//   5 delta    600 000 macro, "commission" → affiliate, commission 0.2, DELTA, Zoe (not on Team), contracted
//   6 epsilon  1 200 000 mega, fixed_fee, fee 2000, EPS, Maya, declined (has a post and a conversion)
const CREATORS = [
  [
    "Handle",
    "Name",
    "Platform",
    "Followers",
    "Cooperation model",
    "Fee",
    "Product cost",
    "Shipping cost",
    "Commission rate",
    "Discount code",
    "Link",
    "Tags",
    "Owner",
    "Status",
  ],
  [
    "@alpha",
    "Alice Alpha",
    "Instagram",
    "50k",
    "paid",
    "$1,000",
    50,
    10,
    "",
    "ALPHA10",
    "https://shop.example/?utm_source=alpha",
    "beauty, us",
    "Maya",
    "completed",
  ],
  ["beta", "Ben Beta", "tiktok", 8000, "seeding", "", 40, 5, "", "BETA", "", "Beauty; Gen Z", "maya", "live"],
  [
    "gamma",
    "Gia Gamma",
    "YouTube",
    200000,
    "fee + commission",
    500,
    0,
    0,
    "10%",
    "GAMMA",
    "",
    "tech",
    "Jon",
    "completed",
  ],
  [
    "delta",
    "Dan Delta",
    "tiktok",
    600000,
    "commission",
    "",
    "",
    "",
    0.2,
    "DELTA",
    "",
    "Beauty",
    "Zoe",
    "contracted",
  ],
  [
    "epsilon",
    "Eve Epsilon",
    "instagram",
    1200000,
    "fixed_fee",
    2000,
    "",
    "",
    "",
    "EPS",
    "",
    "us",
    "Maya",
    "declined",
  ],
];

// Content (P = sheet row; engagements = likes + comments + shares + saves):
//   P2  alpha   image        03-02  impr 10 000 reach 8 000  views –      400+50+30+20 = 500   clicks 200
//   P3  alpha   carousel     03-04  impr 6 000  reach 5 000  views –      200+20+10+–  = 230   clicks 100   (serial 46085)
//   P4  beta    short_video  03-03  impr 4 000  reach 3 500  views 3 800  300+40+60+100 = 500 clicks 40
//   P5  beta    story        03-05  impr 1 000  reach 900    views 950    all blank → null     clicks 10
//   P6  gamma   long_video   03-02  impr 50 000 reach 40 000 views 30 000 1500+300+100+100 = 2000 clicks 1000
//   P7  gamma   short_video  03-06  impr 20 000 reach 15 000 views 18 000 800+50+100+50 = 1000 clicks 300 (platform tiktok)
//   P8  delta   short_video  03-04  impr 80 000 reach 60 000 views 70 000 4000+500+300+200 = 5000 clicks 1600
//   P9  delta   short_video  03-07  impr 30 000 reach 25 000 views 28 000 1000+100+50+50 = 1200 clicks 400
//   P10 epsilon image        03-03  impr 100 000 reach 90 000 views –     2000+100+50+50 = 2200 clicks 500
//   P11 alpha   story        03-08  impr 2 000  reach 1 800  views 1 900  50+5+5+– = 60       clicks 20
const CONTENT = [
  [
    "Creator",
    "Post URL",
    "Platform",
    "Format",
    "Published",
    "Impressions",
    "Reach",
    "Views",
    "Likes",
    "Comments",
    "Shares",
    "Saves",
    "Clicks",
    "Notes",
  ],
  ["alpha", "https://ig.example/p/1", "", "image", "2026-03-02", 10000, 8000, "", 400, 50, 30, 20, 200, "x"],
  ["@Alpha", "https://ig.example/p/2", "", "carousel", 46085, 6000, 5000, "", 200, 20, 10, "", 100, ""],
  [
    "beta",
    "https://tt.example/v/3",
    "",
    "Short Video",
    "2026-03-03",
    4000,
    3500,
    3800,
    300,
    40,
    60,
    100,
    40,
    "",
  ],
  ["beta", "https://tt.example/v/4", "", "story", "2026-03-05", 1000, 900, 950, "", "", "", "", 10, ""],
  [
    "gamma",
    "https://yt.example/w/5",
    "",
    "long_video",
    utc(2026, 3, 2),
    50000,
    40000,
    30000,
    1500,
    300,
    100,
    100,
    1000,
    "",
  ],
  [
    "gamma",
    "https://tt.example/v/6",
    "TikTok",
    "short-video",
    "2026-03-06",
    20000,
    15000,
    18000,
    800,
    50,
    100,
    50,
    300,
    "",
  ],
  [
    "delta",
    "https://tt.example/v/7",
    "",
    "short_video",
    "2026-03-04",
    80000,
    60000,
    70000,
    4000,
    500,
    300,
    200,
    1600,
    "",
  ],
  [
    "delta",
    "https://tt.example/v/8",
    "",
    "short_video",
    "2026-03-07",
    30000,
    25000,
    28000,
    1000,
    100,
    50,
    50,
    400,
    "",
  ],
  [
    "epsilon",
    "https://ig.example/p/9",
    "",
    "image",
    "2026-03-03",
    100000,
    90000,
    "",
    2000,
    100,
    50,
    50,
    500,
    "",
  ],
  ["alpha", "https://ig.example/p/10", "", "stories", "2026-03-08", 2000, 1800, 1900, 50, 5, 5, "", 20, ""],
];

// Conversions (sheet row: date, creator/code → resolved, SKU, orders, units, revenue, leads):
//   2  03-02 "@Alpha"            → alpha    SER-30  5  6  180
//   3  03-03 code "alpha10"      → alpha    SER-50  3  3  150        (code only, any case)
//   4  03-04 gamma + GAMMA       → gamma    KIT     10 10 800  5     (both given, agree)
//   5  03-05 code DELTA          → delta    SER-30  4  5  150
//   6  03-06 delta               → delta    –       6  6  240  3     (no SKU)
//   7  03-05 –                   → unattributed SER-30 2 2 60
//   8  03-07 –                   → unattributed MYST-1 1 1 40        (SKU not on Products)
//   9  03-10 gamma               → gamma    KIT     2  2  160        (tail: after the end date)
//  10  03-11 code ALPHA10        → alpha    SER-30  1  1  30         (tail)
//  11  03-03 epsilon            → epsilon  SER-50  2  2  100        (declined creator)
//  12  03-09 –                   → unattributed –  1  1  20   2     (tail, no SKU)
const CONVERSIONS = [
  ["Date", "Creator", "Discount code", "SKU", "Orders", "Units", "Revenue", "Leads"],
  ["2026-03-02", "@Alpha", "", "SER-30", 5, 6, 180, ""],
  ["2026-03-03", "", "alpha10", "SER-50", 3, 3, "$150.00", ""],
  ["2026-03-04", "gamma", "GAMMA", "KIT", 10, 10, 800, 5],
  [utc(2026, 3, 5), "", "DELTA", "ser-30", 4, 5, 150, ""],
  ["2026-03-06", "delta", "", "", 6, 6, 240, 3],
  ["2026-03-05", "", "", "SER-30", 2, 2, 60, ""],
  ["2026-03-07", "", "", "MYST-1", 1, 1, 40, ""],
  ["2026-03-10", "gamma", "", "KIT", 2, 2, 160, ""],
  ["2026-03-11", "", "ALPHA10", "SER-30", 1, 1, 30, ""],
  ["2026-03-03", "epsilon", "", "SER-50", 2, 2, 100, ""],
  ["2026-03-09", "", "", "", 1, 1, 20, 2],
];

const TABS = {
  Campaign: [
    ["Field", "Value"],
    ["Campaign name", "Fixture Fest"],
    ["Brand", "Acme"],
    ["Start date", utc(2026, 3, 2)],
    ["End date", "2026-03-08"],
    ["Currency", "usd"],
    ["Objective", "Sales"],
    ["Locale", "en"],
    ["Prepared by", "Pat"],
  ],
  // Targets: "4%" for a rate is 0.04; "Cost per acquisition" is cpa's label.
  Goals: [
    ["KPI", "Target"],
    ["revenue", 2000],
    ["roas", 1.5],
    ["Cost per acquisition", 20],
    ["total_cost", 4000],
    ["er_impressions", "4%"],
    ["sessions_lift", 0.4],
    ["audience_growth", 1000],
  ],
  Creators: CREATORS,
  Content: CONTENT,
  Conversions: CONVERSIONS,
  Products: [
    ["SKU", "Product", "Variant", "Price", "Unit cost"],
    ["SER-30", "Glow Serum", "30 ml", 30, 8],
    ["SER-50", "Glow Serum", "50 ml", 50, 12],
    ["KIT", "Starter Kit", "", 80, 25],
    ["MASK", "Night Mask", "", 20, 5],
  ],
  Costs: [
    ["Item", "Category", "Amount", "Date"],
    ["Agency retainer", "agency", 500, "2026-03-01"],
    ["Spark Ads", "ads", "$300", "2026-03-05"],
  ],
  Team: [
    ["Member", "Role", "Hours", "Hourly cost"],
    ["Maya", "Lead", 10, 50],
    ["Jon", "Manager", 20, 30],
    ["Kai", "Analyst", 5, ""],
  ],
  Baseline: [
    [
      "Period",
      "Start date",
      "End date",
      "Sessions",
      "New visitors",
      "Referral sessions",
      "Orders",
      "Revenue",
      "Followers",
    ],
    ["before", "2026-02-23", "2026-03-01", 7000, 3500, 700, 70, 3500, 10000],
    ["during", "2026-03-02", "2026-03-08", 10500, 5600, 2100, 140, 6300, 10800],
    ["after", "2026-03-09", "2026-03-22", 16800, 7000, 1400, 196, 9800, 11000],
  ],
};

const { model, issues } = analyze(workbook(TABS));

const DIGITS = 9;

/** Each expected key: numbers close, everything else equal. */
function expectFigures(actual: object, expected: Record<string, unknown>, label = "") {
  const a = actual as Record<string, unknown>;
  for (const [k, v] of Object.entries(expected)) {
    if (typeof v === "number") {
      expect(a[k], `${label}${k}`).toBeTypeOf("number");
      expect(a[k] as number, `${label}${k}`).toBeCloseTo(v, DIGITS);
    } else expect(a[k], `${label}${k}`).toEqual(v);
  }
}

const creator = (m: KpiModel, handle: string) => {
  const c = m.creators.find((x) => x.handle === handle);
  if (!c) throw new Error(`no creator ${handle}`);
  return c;
};
const group = (rows: GroupRow[], key: string | null) => {
  const g = rows.find((r) => r.key === key);
  if (!g) throw new Error(`no group ${key}`);
  return g;
};

// Per-creator sums from the tables above:
//   alpha  posts 3 (P2,P3,P11): impr 10000+6000+2000 = 18000, reach 8000+5000+1800 = 14800,
//          views 1900 (only P11), eng 500+230+60 = 790, clicks 200+100+20 = 320;
//          conversions rows 2,3,10: orders 5+3+1 = 9, units 6+3+1 = 10, revenue 180+150+30 = 360, leads 0
//          cost 1000+50+10+0 = 1060
//   beta   posts 2: impr 5000, reach 4400, views 4750, eng 500 (P5 null), clicks 50; no conversions → 0s; cost 45
//   gamma  posts 2: impr 70000, reach 55000, views 48000, eng 3000, clicks 1300;
//          rows 4,9: orders 12, units 12, revenue 960, leads 5; commission 0.1 × 960 = 96; cost 500+96 = 596
//   delta  posts 2: impr 110000, reach 85000, views 98000, eng 6200, clicks 2000;
//          rows 5,6: orders 10, units 11, revenue 390, leads 3; commission 0.2 × 390 = 78; cost 78
//   epsilon (declined) posts 1: impr 100000, reach 90000, eng 2200, clicks 500; row 11: orders 2, revenue 100; cost 2000
//   unattributed rows 7,8,12: orders 4, units 4, revenue 120, leads 2
const CREATOR_COST = 1060 + 45 + 596 + 78; // 1779, epsilon (declined) left out
const OTHER_COST = 500 + 300; // 800
const LABOR_COST = 10 * 50 + 20 * 30; // 1100 (Kai's hourly cost is blank)
const TOTAL_COST = CREATOR_COST + OTHER_COST + LABOR_COST; // 3679
const IMPRESSIONS = 18000 + 5000 + 70000 + 110000 + 100000; // 303000
const REACH = 14800 + 4400 + 55000 + 85000 + 90000; // 249200
const VIEWS = 1900 + 4750 + 48000 + 98000; // 152650
const ENGAGEMENTS = 790 + 500 + 3000 + 6200 + 2200; // 12690
const CLICKS = 320 + 50 + 1300 + 2000 + 500; // 4170
const ORDERS = 9 + 12 + 10 + 2 + 4; // 37
const UNITS = 10 + 12 + 11 + 2 + 4; // 39
const REVENUE = 360 + 960 + 390 + 100 + 120; // 1930
const LEADS = 5 + 3 + 2; // 10
// Σ over posts of the creator's followers: alpha 3×50000 + beta 2×8000 + gamma 2×200000
// + delta 2×600000 + epsilon 1×1200000 = 2 966 000
const FOLLOWER_POSTS = 150000 + 16000 + 400000 + 1200000 + 1200000;

describe("fixture campaign: findings", () => {
  it("has only the warnings the fixture was built with", () => {
    expect(brief(issues)).toEqual([
      { severity: "warning", code: "unknown-owner", cell: "Creators!M5" },
      // The "Notes" column is not the template's: named once, ignored.
      { severity: "warning", code: "unknown-column", cell: "Content!N1" },
      { severity: "warning", code: "unattributed", cell: "Conversions!B7" },
      { severity: "warning", code: "unattributed", cell: "Conversions!B8" },
      { severity: "warning", code: "unknown-sku", cell: "Conversions!D8" },
      { severity: "warning", code: "unattributed", cell: "Conversions!B12" },
    ]);
    expect(model.issues).toEqual(issues);
  });

  it("reads the Campaign tab", () => {
    expect(model.campaign).toMatchObject({
      name: "Fixture Fest",
      brand: "Acme",
      start_date: "2026-03-02",
      end_date: "2026-03-08",
      currency: "USD",
      objective: "sales",
      locale: "en",
      prepared_by: "Pat",
    });
  });
});

describe("fixture campaign: totals", () => {
  it("has exactly the keys of the registry's totals", () => {
    expect(Object.keys(model.totals).sort()).toEqual(
      [
        "creators",
        "converting_creators",
        "converting_share",
        "content_pieces",
        "impressions",
        "reach",
        "views",
        "engagements",
        "clicks",
        "orders",
        "units",
        "revenue",
        "leads",
        "unattributed_revenue",
        "unattributed_orders",
        "creator_cost",
        "other_cost",
        "labor_cost",
        "total_cost",
        "er_impressions",
        "er_reach",
        "ctr",
        "conversion_rate",
        "aov",
        "er_followers",
        "cpm",
        "cpe",
        "cpv",
        "cpc",
        "cpa",
        "cpl",
        "roas",
        "roi",
        "roas_creator",
        "cpa_creator",
        "gross_profit",
        "contribution",
        "poas",
        "tail_revenue",
        "tail_share",
      ].sort(),
    );
  });

  it("matches the hand-worked totals", () => {
    expectFigures(model.totals, {
      // alpha, beta, gamma, delta; epsilon is declined. Converting: alpha, gamma, delta.
      creators: 4,
      converting_creators: 3,
      converting_share: 3 / 4,
      content_pieces: 10, // every Content row, the declined creator's post included
      impressions: IMPRESSIONS,
      reach: REACH,
      views: VIEWS,
      engagements: ENGAGEMENTS,
      clicks: CLICKS,
      orders: ORDERS,
      units: UNITS,
      revenue: REVENUE,
      leads: LEADS,
      unattributed_revenue: 60 + 40 + 20,
      unattributed_orders: 2 + 1 + 1,
      creator_cost: CREATOR_COST,
      other_cost: OTHER_COST,
      labor_cost: LABOR_COST,
      total_cost: TOTAL_COST,
      er_impressions: ENGAGEMENTS / IMPRESSIONS, // 0.04188…
      er_reach: ENGAGEMENTS / REACH,
      er_followers: ENGAGEMENTS / FOLLOWER_POSTS,
      ctr: CLICKS / IMPRESSIONS,
      cpm: (TOTAL_COST / IMPRESSIONS) * 1000, // 12.14…
      cpe: TOTAL_COST / ENGAGEMENTS,
      cpv: TOTAL_COST / VIEWS,
      cpc: TOTAL_COST / CLICKS,
      conversion_rate: ORDERS / CLICKS,
      aov: REVENUE / ORDERS, // 52.16…
      roas: REVENUE / TOTAL_COST, // 0.5246
      roi: (REVENUE - TOTAL_COST) / TOTAL_COST, // −0.4754
      cpa: TOTAL_COST / ORDERS, // 99.43…
      cpl: TOTAL_COST / LEADS, // 367.9
      roas_creator: REVENUE / CREATOR_COST,
      cpa_creator: CREATOR_COST / ORDERS,
      // (unspecified) and MYST-1 have no unit cost → null, and so the profit figures
      gross_profit: null,
      contribution: null,
      poas: null,
      tail_revenue: 160 + 30 + 20, // rows 9, 10, 12 are after 2026-03-08
      tail_share: 210 / 1930,
    });
  });
});

describe("fixture campaign: creators", () => {
  it("lists every creator, the declined one marked", () => {
    expect(model.creators.map((c) => [c.handle, c.tier, c.cooperation_model, c.status])).toEqual([
      ["@alpha", "micro", "fixed_fee", "completed"],
      ["beta", "nano", "gifted", "live"],
      ["gamma", "mid", "hybrid", "completed"],
      ["delta", "macro", "affiliate", "contracted"],
      ["epsilon", "mega", "fixed_fee", "declined"],
    ]);
  });

  it("alpha: every per-creator key", () => {
    const c = creator(model, "@alpha");
    expectFigures(c, {
      handle: "@alpha",
      name: "Alice Alpha",
      platform: "instagram",
      tier: "micro",
      cooperation_model: "fixed_fee",
      status: "completed",
      owner: "Maya",
      tags: ["beauty", "us"],
      followers: 50000,
      posts: 3,
      impressions: 18000,
      reach: 14800,
      views: 1900,
      engagements: 790,
      clicks: 320,
      orders: 9,
      units: 10,
      revenue: 360,
      leads: 0,
      commission: 0,
      cost: 1060,
      er_impressions: 790 / 18000,
      er_followers: 790 / (50000 * 3),
      ctr: 320 / 18000,
      cpm: (1060 / 18000) * 1000, // 58.89
      cpe: 1060 / 790,
      cpv: 1060 / 1900,
      cpc: 1060 / 320, // 3.3125
      conversion_rate: 9 / 320,
      aov: 360 / 9, // 40
      roas: 360 / 1060,
      roi: (360 - 1060) / 1060,
      cpa: 1060 / 9,
      cpl: null, // no leads
      converting: true,
    });
  });

  it("beta: no conversions (zeros, not nulls), a post without engagement figures", () => {
    expectFigures(creator(model, "beta"), {
      owner: "maya",
      tags: ["beauty", "gen z"],
      posts: 2,
      impressions: 5000,
      reach: 4400,
      views: 4750,
      engagements: 500,
      clicks: 50,
      orders: 0,
      units: 0,
      revenue: 0,
      leads: 0,
      commission: 0,
      cost: 45,
      er_impressions: 500 / 5000,
      er_followers: 500 / (8000 * 2),
      ctr: 50 / 5000,
      cpm: (45 / 5000) * 1000, // 9
      cpe: 45 / 500,
      cpv: 45 / 4750,
      cpc: 45 / 50,
      conversion_rate: 0,
      aov: null,
      roas: 0,
      roi: -1,
      cpa: null,
      cpl: null,
      converting: false,
    });
  });

  it("gamma: hybrid fee + commission on all its revenue, tail included", () => {
    expectFigures(creator(model, "gamma"), {
      platform: "youtube",
      posts: 2,
      impressions: 70000,
      reach: 55000,
      views: 48000,
      engagements: 3000,
      clicks: 1300,
      orders: 12,
      units: 12,
      revenue: 960,
      leads: 5,
      commission_rate: 0.1,
      commission: 96,
      cost: 596,
      er_impressions: 3000 / 70000,
      er_followers: 3000 / (200000 * 2), // 0.0075
      ctr: 1300 / 70000,
      cpm: (596 / 70000) * 1000,
      cpe: 596 / 3000,
      cpv: 596 / 48000,
      cpc: 596 / 1300,
      conversion_rate: 12 / 1300,
      aov: 80,
      roas: 960 / 596,
      roi: 364 / 596,
      cpa: 596 / 12,
      cpl: 596 / 5, // 119.2
      converting: true,
    });
  });

  it("delta: affiliate, commission only", () => {
    expectFigures(creator(model, "delta"), {
      posts: 2,
      impressions: 110000,
      engagements: 6200,
      clicks: 2000,
      orders: 10,
      units: 11,
      revenue: 390,
      leads: 3,
      commission: 78,
      cost: 78,
      er_followers: 6200 / 1200000,
      cpm: (78 / 110000) * 1000,
      cpc: 0.039,
      conversion_rate: 0.005,
      aov: 39,
      roas: 5,
      roi: 4,
      cpa: 7.8,
      cpl: 26,
    });
  });

  it("epsilon: declined, still listed with its own figures", () => {
    expectFigures(creator(model, "epsilon"), {
      status: "declined",
      posts: 1,
      impressions: 100000,
      views: null, // no post has views: not measured
      engagements: 2200,
      orders: 2,
      revenue: 100,
      cost: 2000,
      roas: 0.05,
      cpv: null,
    });
  });

  it("posts: per-post figures and platforms", () => {
    const p = (row: number) => model.posts.find((x) => x.row === row)!;
    expect(model.posts).toHaveLength(10);
    expectFigures(p(2), {
      creator: "@alpha",
      platform: "instagram", // blank = the creator's platform
      format: "image",
      published: "2026-03-02",
      url: "https://ig.example/p/1",
      engagements: 500,
      er_impressions: 0.05,
      er_reach: 500 / 8000,
      er_followers: 500 / 50000,
      ctr: 0.02,
    });
    expectFigures(p(3), { published: "2026-03-04", engagements: 230, saves: null, format: "carousel" });
    expectFigures(p(5), {
      engagements: null,
      er_impressions: null,
      er_reach: null,
      er_followers: null,
      ctr: 0.01,
    });
    expectFigures(p(6), { published: "2026-03-02", format: "long_video" });
    expectFigures(p(7), { platform: "tiktok", format: "short_video" });
    expectFigures(p(11), { format: "story" });
  });
});

describe("fixture campaign: groups", () => {
  it("leave the declined creator out of every group", () => {
    const count = (rows: GroupRow[]) => rows.reduce((t, g) => t + g.creators, 0);
    for (const dim of ["platform", "tier", "cooperation_model", "owner", "status"] as const)
      expect(count(model.groups[dim]), dim).toBe(4);
    // beauty 3 (alpha, beta, delta) + gen z 1 + tech 1 + us 1 (alpha; epsilon's "us" left out)
    expect(count(model.groups.tag)).toBe(6);
    expect(model.groups.tier.map((g) => g.key)).toEqual(["nano", "micro", "mid", "macro"]);
    expect(model.groups.status.map((g) => g.key)).toEqual(["contracted", "live", "completed"]);
  });

  it("platform: by the creator's platform, sums then ratios", () => {
    expect(model.groups.platform.map((g) => g.key)).toEqual(["tiktok", "instagram", "youtube"]);
    // tiktok = beta + delta
    expectFigures(group(model.groups.platform, "tiktok"), {
      creators: 2,
      converting_creators: 1,
      converting_share: 0.5,
      posts: 4,
      impressions: 5000 + 110000,
      reach: 4400 + 85000,
      views: 4750 + 98000,
      engagements: 500 + 6200,
      clicks: 50 + 2000,
      orders: 10,
      units: 11,
      revenue: 390,
      leads: 3,
      commission: 78,
      cost: 45 + 78,
      er_impressions: 6700 / 115000,
      er_followers: 6700 / (8000 * 2 + 600000 * 2),
      ctr: 2050 / 115000,
      cpm: (123 / 115000) * 1000,
      cpe: 123 / 6700,
      conversion_rate: 10 / 2050,
      aov: 39,
      roas: 390 / 123,
      roi: (390 - 123) / 123,
      cpa: 12.3,
      cpl: 41,
    });
    // instagram = alpha alone (epsilon declined)
    expectFigures(group(model.groups.platform, "instagram"), {
      creators: 1,
      posts: 3,
      impressions: 18000,
      revenue: 360,
      cost: 1060,
      roas: 360 / 1060,
    });
    expectFigures(group(model.groups.platform, "youtube"), {
      creators: 1,
      posts: 2,
      revenue: 960,
      cost: 596,
    });
  });

  it("tier and cooperation model", () => {
    expectFigures(group(model.groups.tier, "nano"), {
      creators: 1,
      converting_creators: 0,
      converting_share: 0,
    });
    expectFigures(group(model.groups.tier, "macro"), { creators: 1, revenue: 390, roas: 5 });
    expect(model.groups.cooperation_model.map((g) => g.key)).toEqual([
      "fixed_fee",
      "gifted",
      "affiliate",
      "hybrid",
    ]);
    expectFigures(group(model.groups.cooperation_model, "hybrid"), {
      creators: 1,
      commission: 96,
      cost: 596,
      cpl: 596 / 5,
    });
    expectFigures(group(model.groups.cooperation_model, "gifted"), {
      revenue: 0,
      roas: 0,
      aov: null,
      cpa: null,
    });
  });

  it("format: posts of active creators only, no cost figures", () => {
    expect(model.groups.format.map((g) => g.key)).toEqual([
      "short_video",
      "long_video",
      "image",
      "carousel",
      "story",
    ]);
    // short_video: P4 (beta), P7 (gamma), P8, P9 (delta)
    expectFigures(group(model.groups.format, "short_video"), {
      creators: 3,
      converting_creators: 2,
      converting_share: 2 / 3,
      posts: 4,
      impressions: 4000 + 20000 + 80000 + 30000,
      reach: 3500 + 15000 + 60000 + 25000,
      views: 3800 + 18000 + 70000 + 28000,
      engagements: 500 + 1000 + 5000 + 1200,
      clicks: 40 + 300 + 1600 + 400,
      er_impressions: 7700 / 134000,
      er_reach: 7700 / 103500,
      er_followers: 7700 / (8000 + 200000 + 600000 + 600000),
      ctr: 2340 / 134000,
      cpm: null,
      roas: null,
    });
    // image: P2 only, P10 belongs to the declined creator
    expectFigures(group(model.groups.format, "image"), { posts: 1, impressions: 10000, engagements: 500 });
    // story: P5 (beta, no engagement figures), P11 (alpha)
    expectFigures(group(model.groups.format, "story"), {
      creators: 2,
      converting_creators: 1,
      posts: 2,
      impressions: 3000,
      engagements: 60,
      er_impressions: 60 / 3000,
      er_followers: 60 / (8000 + 50000),
    });
  });

  it("owner: case-insensitive, epsilon left out", () => {
    expect(model.groups.owner.map((g) => g.key)).toEqual(["Jon", "Maya", "Zoe"]);
    // Maya = alpha + beta ("maya")
    expectFigures(group(model.groups.owner, "Maya"), {
      creators: 2,
      converting_creators: 1,
      converting_share: 0.5,
      posts: 5,
      impressions: 23000,
      reach: 19200,
      views: 6650,
      engagements: 1290,
      clicks: 370,
      orders: 9,
      revenue: 360,
      leads: 0,
      cost: 1105,
      er_followers: 1290 / (150000 + 16000),
      cpm: (1105 / 23000) * 1000,
      roas: 360 / 1105,
    });
    expectFigures(group(model.groups.owner, "Zoe"), { creators: 1, revenue: 390 });
  });

  it("tag: a creator counts in each of its tags", () => {
    expect(model.groups.tag.map((g) => g.key)).toEqual(["beauty", "gen z", "tech", "us"]);
    // beauty = alpha + beta + delta
    expectFigures(group(model.groups.tag, "beauty"), {
      creators: 3,
      converting_creators: 2,
      converting_share: 2 / 3,
      posts: 7,
      impressions: 18000 + 5000 + 110000,
      engagements: 790 + 500 + 6200,
      clicks: 2370,
      orders: 19,
      revenue: 750,
      cost: 1183,
      roas: 750 / 1183,
      conversion_rate: 19 / 2370,
    });
    // us = alpha only (epsilon is declined)
    expectFigures(group(model.groups.tag, "us"), { creators: 1, revenue: 360 });
  });

  it("status", () => {
    // completed = alpha + gamma
    expectFigures(group(model.groups.status, "completed"), {
      creators: 2,
      converting_creators: 2,
      converting_share: 1,
      posts: 5,
      impressions: 88000,
      orders: 21,
      revenue: 1320,
      cost: 1656,
      roas: 1320 / 1656,
      cpa: 1656 / 21,
    });
    expectFigures(group(model.groups.status, "contracted"), { creators: 1, revenue: 390 });
    expect(model.groups.status.some((g) => g.key === "declined")).toBe(false);
  });
});

describe("fixture campaign: products", () => {
  // SER-30: rows 2,5,7,10 → orders 5+4+2+1 = 12, units 6+5+2+1 = 14, revenue 180+150+60+30 = 420,
  //         creators alpha, delta; gross 420 − 14×8 = 308
  // SER-50: rows 3,11 → 5 orders, 5 units, revenue 250, creators alpha, epsilon; gross 250 − 5×12 = 190
  // KIT:    rows 4,9 → 12, 12, 960, gamma; gross 960 − 12×25 = 660
  // MASK:   no sales → 0, 0, 0; gross 0
  // MYST-1: row 8 → 1, 1, 40, no creator; no unit cost → gross null
  // (unspecified): rows 6,12 → 7, 7, 260, delta; gross null
  it("orders products by revenue with their SKUs", () => {
    expect(model.products.map((p) => p.product)).toEqual([
      "Starter Kit",
      "Glow Serum",
      "(unspecified)",
      "MYST-1",
      "Night Mask",
    ]);
    const sum = model.products.reduce((t, p) => t + (p.revenue ?? 0), 0);
    expect(sum).toBeCloseTo(REVENUE, DIGITS);
  });

  it("aggregates variants", () => {
    const serum = model.products.find((p) => p.product === "Glow Serum")!;
    expectFigures(serum, {
      orders: 17,
      units: 19,
      revenue: 670,
      revenue_share: 670 / 1930,
      creators: 3,
      gross_profit: 308 + 190,
    });
    expect(serum.skus).toHaveLength(2);
    const [s30, s50] = serum.skus;
    expectFigures(s30!, {
      sku: "SER-30",
      variant: "30 ml",
      orders: 12,
      units: 14,
      revenue: 420,
      revenue_share: 420 / 1930,
      creators: 2,
      gross_profit: 308,
    });
    expectFigures(s50!, {
      sku: "SER-50",
      variant: "50 ml",
      orders: 5,
      units: 5,
      revenue: 250,
      revenue_share: 250 / 1930,
      creators: 2,
      gross_profit: 190,
    });
  });

  it("unknown SKU, no SKU and unsold products", () => {
    const by = (name: string) => model.products.find((p) => p.product === name)!;
    expectFigures(by("Starter Kit"), {
      orders: 12,
      revenue: 960,
      revenue_share: 960 / 1930,
      creators: 1,
      gross_profit: 660,
    });
    expectFigures(by("MYST-1"), { orders: 1, units: 1, revenue: 40, creators: 0, gross_profit: null });
    expect(by("MYST-1").skus.map((s) => s.sku)).toEqual(["MYST-1"]);
    expectFigures(by("(unspecified)"), {
      orders: 7,
      units: 7,
      revenue: 260,
      revenue_share: 260 / 1930,
      creators: 1,
      gross_profit: null,
    });
    expect(by("(unspecified)").skus.map((s) => s.sku)).toEqual([null]);
    expectFigures(by("Night Mask"), {
      orders: 0,
      units: 0,
      revenue: 0,
      revenue_share: 0,
      creators: 0,
      gross_profit: 0,
    });
  });

  it("gross profit in totals when every unit cost is known", () => {
    // Without the rows that have no SKU or an unknown one (6, 8, 12):
    // 308 + 190 + 660 + 0 (MASK) = 1158
    const conversions = CONVERSIONS.filter((_, i) => ![5, 7, 11].includes(i));
    const m = analyze(workbook({ ...TABS, Conversions: conversions })).model;
    expect(m.totals.gross_profit).toBeCloseTo(1158, DIGITS);
  });
});

describe("fixture campaign: daily and trend", () => {
  it("is zero-filled from the start to the last conversion", () => {
    // revenue by day: 03-02 180 (row 2); 03-03 150+100 = 250; 03-04 800; 03-05 150+60 = 210; 03-06 240;
    // 03-07 40; 03-08 0; tail 03-09 20, 03-10 160, 03-11 30. Posts by Published.
    expect(model.daily).toEqual([
      { date: "2026-03-02", orders: 5, revenue: 180, posts: 2 },
      { date: "2026-03-03", orders: 5, revenue: 250, posts: 2 },
      { date: "2026-03-04", orders: 10, revenue: 800, posts: 2 },
      { date: "2026-03-05", orders: 6, revenue: 210, posts: 1 },
      { date: "2026-03-06", orders: 6, revenue: 240, posts: 1 },
      { date: "2026-03-07", orders: 1, revenue: 40, posts: 1 },
      { date: "2026-03-08", orders: 0, revenue: 0, posts: 1 },
      { date: "2026-03-09", orders: 1, revenue: 20, posts: 0 },
      { date: "2026-03-10", orders: 2, revenue: 160, posts: 0 },
      { date: "2026-03-11", orders: 1, revenue: 30, posts: 0 },
    ]);
  });

  it("computes the trend inside start..end", () => {
    // inside: 180+250+800+210+240+40+0 = 1720 over 7 days = 245.714…
    // below the mean: 03-02 (180), 03-05 (210), 03-06 (240), 03-07 (40), 03-08 (0) = 5 days
    expectFigures(model.trend, {
      mean_daily_revenue: 1720 / 7,
      peak_date: "2026-03-04",
      peak_revenue: 800,
      days_below_mean: 5,
      // converting: alpha 360, delta 390, gamma 960 → ceil(3/4) = 1 lowest → alpha
      tail_creators: ["@alpha"],
    });
  });
});

describe("fixture campaign: lift, audience, goals, team", () => {
  it("lift per day of each period, both ends included", () => {
    // before 02-23..03-01 = 7 days, during 03-02..03-08 = 7 days, after 03-09..03-22 = 14 days
    expectFigures(model.lift.sessions, {
      before_daily: 1000,
      during_daily: 1500,
      after_daily: 1200,
      during_lift: 0.5,
      after_lift: 0.2,
    });
    expectFigures(model.lift.new_visitors, {
      before_daily: 500,
      during_daily: 800,
      after_daily: 500,
      during_lift: 0.6,
      after_lift: 0,
    });
    expectFigures(model.lift.referral_sessions, {
      before_daily: 100,
      during_daily: 300,
      during_lift: 2,
      after_lift: 0,
    });
    expectFigures(model.lift.orders, {
      before_daily: 10,
      during_daily: 20,
      after_daily: 14,
      during_lift: 1,
      after_lift: 0.4,
    });
    expectFigures(model.lift.revenue, {
      before_daily: 500,
      during_daily: 900,
      after_daily: 700,
      during_lift: 0.8,
      after_lift: 0.4,
    });
  });

  it("audience growth from the before and during followers", () => {
    expectFigures(model.audience, { growth: 800, growth_rate: 0.08 });
  });

  it("goals: attainment, inverted for lower-is-better, met", () => {
    expect(model.goals.map((g) => g.kpi)).toEqual([
      "revenue",
      "roas",
      "cpa",
      "total_cost",
      "er_impressions",
      "sessions_lift",
      "audience_growth",
    ]);
    const goal = (k: string) => model.goals.find((g) => g.kpi === k)!;
    expectFigures(goal("revenue"), { target: 2000, actual: 1930, attainment: 0.965, met: false });
    expectFigures(goal("roas"), {
      target: 1.5,
      actual: 1930 / 3679,
      attainment: 1930 / 3679 / 1.5,
      met: false,
    });
    // lower is better: attainment = target / actual
    expectFigures(goal("cpa"), { target: 20, actual: 3679 / 37, attainment: 20 / (3679 / 37), met: false });
    expectFigures(goal("total_cost"), { target: 4000, actual: 3679, attainment: 4000 / 3679, met: true });
    expectFigures(goal("er_impressions"), {
      target: 0.04,
      actual: 12690 / 303000,
      attainment: 12690 / 303000 / 0.04,
      met: true,
    });
    expectFigures(goal("sessions_lift"), { target: 0.4, actual: 0.5, attainment: 1.25, met: true });
    expectFigures(goal("audience_growth"), { target: 1000, actual: 800, attainment: 0.8, met: false });
  });

  it("team: per member and per owner not on Team, declined creators left out", () => {
    expect(model.team.map((t) => t.member)).toEqual(["Maya", "Jon", "Kai", "Zoe"]);
    const t = (m: string) => model.team.find((x) => x.member === m)!;
    // Maya: alpha + beta (epsilon declined); both contracted-or-later and with posts
    expectFigures(t("Maya"), {
      role: "Lead",
      creators: 2,
      contracted: 2,
      live: 2,
      converting_creators: 1,
      posts: 5,
      revenue: 360,
      creator_cost: 1105,
      roas: 360 / 1105,
      hours: 10,
      labor_cost: 500,
    });
    expectFigures(t("Jon"), {
      role: "Manager",
      creators: 1,
      contracted: 1,
      live: 1,
      converting_creators: 1,
      posts: 2,
      revenue: 960,
      creator_cost: 596,
      roas: 960 / 596,
      hours: 20,
      labor_cost: 600,
    });
    expectFigures(t("Kai"), {
      creators: 0,
      contracted: 0,
      live: 0,
      converting_creators: 0,
      posts: 0,
      revenue: 0,
      creator_cost: 0,
      roas: null,
      hours: 5,
      labor_cost: null,
    });
    expectFigures(t("Zoe"), {
      role: null,
      creators: 1,
      contracted: 1,
      live: 1,
      converting_creators: 1,
      posts: 2,
      revenue: 390,
      creator_cost: 78,
      roas: 5,
      hours: null,
      labor_cost: null,
    });
  });
});
