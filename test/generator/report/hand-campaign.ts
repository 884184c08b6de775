// A small campaign built for the conclusions' rules, every figure worked out by hand.
//
// Creator cost (fee + product + shipping + commission):
//   ffbig  fixed fee 5,000 macro YouTube     revenue 2,000  ROAS 0.40
//   ffok   fixed fee 1,000 mid Instagram     revenue 3,000  ROAS 3.00
//   ffzero fixed fee 1,500 micro Instagram   revenue 0      900 clicks (the most), named in the Journal
//   hy1    hybrid 500 + 10 % × 6,000 = 1,100 micro TikTok   revenue 6,000
//   hy2    hybrid 500 + 10 % × 4,000 =   900 micro TikTok   revenue 4,000
//   hy3    hybrid 400 + 10 % × 2,000 =   600 micro TikTok   revenue 2,000
//   gift1  gifted 40 + 10 = 50 nano Instagram  revenue 500
//   gift2  gifted 50 nano Instagram, posted, revenue 0
//   gift3  gifted 50 nano TikTok, never posted
// creator cost 10,250; revenue 17,500; other cost 1,000; labor 8 × 50 + 4 × 25 = 500; total cost 11,750.
import { formGrid, rawWorkbook, tableGrid } from "../../support/workbook.ts";

export interface HandOptions {
  objective?: string;
  goals?: { kpi: string; target: number }[];
  /** Rows 2 and 3 of the Retrospective tab. */
  retrospective?: { section: string; item: string }[];
  /** The Journal's one line (row 2), about ffzero. */
  journal?: string;
}

/** The team's Continue item on hybrid deals (row 2) and its Stop item on fixed fees (row 3). */
export const RETROSPECTIVE = [
  { section: "continue", item: "Hybrid deals with small TikTok creators" },
  { section: "stop", item: "Signing fixed fees above $2,000 without an audience report" },
];

const creator = (handle: string, o: Record<string, unknown>) => ({
  handle,
  discount_code: handle.toUpperCase(),
  owner: "Ann",
  ...o,
});
const CREATORS = [
  creator("ffbig", { platform: "youtube", followers: 600_000, cooperation_model: "fixed_fee", fee: 5000 }),
  creator("ffok", { platform: "instagram", followers: 150_000, cooperation_model: "fixed_fee", fee: 1000 }),
  creator("ffzero", { platform: "instagram", followers: 80_000, cooperation_model: "fixed_fee", fee: 1500 }),
  creator("hy1", {
    platform: "tiktok",
    followers: 20_000,
    cooperation_model: "hybrid",
    fee: 500,
    commission_rate: 0.1,
  }),
  creator("hy2", {
    platform: "tiktok",
    followers: 30_000,
    cooperation_model: "hybrid",
    fee: 500,
    commission_rate: 0.1,
  }),
  creator("hy3", {
    platform: "tiktok",
    followers: 15_000,
    cooperation_model: "hybrid",
    fee: 400,
    commission_rate: 0.1,
  }),
  ...["gift1", "gift2", "gift3"].map((h, i) =>
    creator(h, {
      platform: i === 2 ? "tiktok" : "instagram",
      followers: 5000,
      cooperation_model: "gifted",
      fee: 0,
      product_cost: 40,
      shipping_cost: 10,
    }),
  ),
];
// [creator, impressions, likes, clicks]
const POSTS: [string, number, number, number][] = [
  ["ffbig", 30_000, 1000, 300],
  ["ffok", 20_000, 800, 200],
  ["ffzero", 40_000, 100, 900],
  ["hy1", 50_000, 3000, 800],
  ["hy2", 30_000, 1500, 400],
  ["hy3", 20_000, 600, 150],
  ["gift1", 5_000, 200, 50],
  ["gift2", 5_000, 100, 20],
];
// [creator, orders, revenue]
const SALES: [string, number, number][] = [
  ["ffbig", 40, 2000],
  ["ffok", 60, 3000],
  ["hy1", 120, 6000],
  ["hy2", 80, 4000],
  ["hy3", 40, 2000],
  ["gift1", 10, 500],
];

/** The campaign's workbook; the objective, goals and the team's notes can be swapped for a test. */
export function handWorkbook(o: HandOptions = {}) {
  return rawWorkbook({
    campaign: formGrid("campaign", {
      name: "Hand",
      start_date: "2026-03-01",
      end_date: "2026-03-10",
      objective: o.objective ?? "sales",
      currency: "USD",
    }),
    goals: tableGrid("goals", o.goals ?? [{ kpi: "roas", target: 2.5 }]),
    creators: tableGrid("creators", CREATORS),
    content: tableGrid(
      "content",
      POSTS.map(([c, impressions, likes, clicks], i) => ({
        creator: c,
        url: `https://example.com/p/${i}`,
        format: "short_video",
        published: "2026-03-03",
        impressions,
        likes,
        clicks,
      })),
    ),
    conversions: tableGrid(
      "conversions",
      SALES.map(([c, orders, revenue]) => ({
        date: "2026-03-05",
        creator: c,
        sku: "S1",
        orders,
        units: orders,
        revenue,
      })),
    ),
    products: tableGrid("products", [{ sku: "S1", product: "Serum", unit_cost: 10 }]),
    costs: tableGrid("costs", [{ item: "Boost", category: "paid_amplification", amount: 1000 }]),
    team: tableGrid("team", [
      { member: "Ann", role: "Lead", hours: 8, hourly_cost: 50 },
      { member: "Bo", role: "Analyst", hours: 4, hourly_cost: 25 },
    ]),
    // Rows 2 and 3 of the tab.
    retrospective: tableGrid("retrospective", o.retrospective ?? RETROSPECTIVE),
    journal: tableGrid("journal", [
      {
        date: "2026-03-06",
        type: "learning",
        note: o.journal ?? "Most of ffzero's followers live abroad, where we do not ship.",
      },
    ]),
  });
}
