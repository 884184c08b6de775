// Three small campaigns as raw grids (what getValues() returns), analysed through `analyze`.
// Figures are chosen so every comparison value can be worked out by hand (see compare.test.ts).
import { analyze, type KpiModel, type RawWorkbook } from "../../../core/index.ts";
import { formGrid, rawWorkbook, tableGrid } from "../../support/workbook.ts";

interface Cr {
  handle: string;
  platform: string;
  followers: number;
  model: string;
  fee: number;
  product?: number;
  commission?: number;
}
interface Post {
  creator: string;
  url: string;
  format: string;
  imp: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  clicks: number;
}

function campaign(o: {
  name: string;
  start: string;
  end: string;
  currency: string;
  goals: [string, number][];
  creators: Cr[];
  posts: Post[];
  sales: [string, number, number][];
}): RawWorkbook {
  return rawWorkbook({
    campaign: formGrid("campaign", {
      name: o.name,
      brand: "Fixture Co",
      start_date: o.start,
      end_date: o.end,
      currency: o.currency,
      objective: "sales",
    }),
    goals: tableGrid(
      "goals",
      o.goals.map(([kpi, target]) => ({ kpi, target })),
    ),
    creators: tableGrid(
      "creators",
      o.creators.map((c) => ({
        handle: c.handle,
        platform: c.platform,
        followers: c.followers,
        cooperation_model: c.model,
        fee: c.fee,
        product_cost: c.product ?? "",
        commission_rate: c.commission ?? "",
        status: "completed",
      })),
    ),
    content: tableGrid(
      "content",
      o.posts.map((p) => ({
        creator: p.creator,
        url: p.url,
        format: p.format,
        published: o.start,
        impressions: p.imp,
        likes: p.likes,
        comments: p.comments,
        shares: p.shares,
        saves: p.saves,
        clicks: p.clicks,
      })),
    ),
    conversions: tableGrid(
      "conversions",
      o.sales.map(([creator, orders, revenue]) => ({ date: o.start, creator, orders, revenue })),
    ),
  });
}

/** Spring 2025, USD. Cost 1000 + 100 + 2000 = 3100; revenue 2500 + 80 + 1000 = 3580; orders 62. */
export const SPRING_25 = campaign({
  name: "Spring 2025",
  start: "2025-03-01",
  end: "2025-03-28",
  currency: "USD",
  goals: [
    ["revenue", 3000],
    ["roas", 2],
  ],
  creators: [
    { handle: "@Anna", platform: "instagram", followers: 50_000, model: "fixed_fee", fee: 1000 },
    { handle: "bob", platform: "tiktok", followers: 5_000, model: "gifted", fee: 0, product: 100 },
    { handle: "cara", platform: "youtube", followers: 200_000, model: "fixed_fee", fee: 2000 },
  ],
  posts: [
    {
      creator: "@Anna",
      url: "https://ex.com/a1",
      format: "image",
      imp: 20_000,
      likes: 800,
      comments: 100,
      shares: 50,
      saves: 50,
      clicks: 400,
    },
    {
      creator: "bob",
      url: "https://ex.com/b1",
      format: "short_video",
      imp: 4_000,
      likes: 300,
      comments: 50,
      shares: 30,
      saves: 20,
      clicks: 40,
    },
    {
      creator: "cara",
      url: "https://ex.com/c1",
      format: "long_video",
      imp: 40_000,
      likes: 1000,
      comments: 200,
      shares: 100,
      saves: 100,
      clicks: 600,
    },
  ],
  sales: [
    ["@Anna", 50, 2500],
    ["bob", 2, 80],
    ["cara", 10, 1000],
  ],
});

/** Autumn 2025, USD. Cost 1000 + 100 + (0.1 × 1000 = 100) = 1200; revenue 4000 + 150 + 1000 = 5150; orders 103. */
export const AUTUMN_25 = campaign({
  name: "Autumn 2025",
  start: "2025-09-01",
  end: "2025-09-28",
  currency: "USD",
  goals: [
    ["revenue", 5000],
    ["orders", 120],
  ],
  creators: [
    { handle: "anna ", platform: "instagram", followers: 60_000, model: "fixed_fee", fee: 1000 },
    { handle: "Bob", platform: "tiktok", followers: 6_000, model: "gifted", fee: 0, product: 100 },
    { handle: "dan", platform: "tiktok", followers: 20_000, model: "affiliate", fee: 0, commission: 0.1 },
  ],
  posts: [
    {
      creator: "anna",
      url: "https://ex.com/a2",
      format: "carousel",
      imp: 30_000,
      likes: 1200,
      comments: 150,
      shares: 75,
      saves: 75,
      clicks: 900,
    },
    {
      creator: "Bob",
      url: "https://ex.com/b2",
      format: "short_video",
      imp: 5_000,
      likes: 400,
      comments: 50,
      shares: 30,
      saves: 20,
      clicks: 50,
    },
    {
      creator: "dan",
      url: "https://ex.com/d2",
      format: "short_video",
      imp: 10_000,
      likes: 400,
      comments: 50,
      shares: 25,
      saves: 25,
      clicks: 300,
    },
  ],
  sales: [
    ["anna", 80, 4000],
    ["Bob", 3, 150],
    ["dan", 20, 1000],
  ],
});

/** Spring 2026, EUR. Cost 1500 + (0.1 × 300 = 30) + 50 = 1580; revenue 1500 + 300 + 0 = 1800; orders 35. */
export const SPRING_26 = campaign({
  name: "Spring 2026",
  start: "2026-03-01",
  end: "2026-03-28",
  currency: "EUR",
  goals: [["revenue", 1500]],
  creators: [
    { handle: "ANNA", platform: "instagram", followers: 70_000, model: "fixed_fee", fee: 1500 },
    { handle: "@dan", platform: "tiktok", followers: 25_000, model: "affiliate", fee: 0, commission: 0.1 },
    { handle: "eve", platform: "pinterest", followers: 8_000, model: "gifted", fee: 0, product: 50 },
  ],
  posts: [
    {
      creator: "ANNA",
      url: "https://ex.com/a3",
      format: "image",
      imp: 20_000,
      likes: 600,
      comments: 100,
      shares: 50,
      saves: 50,
      clicks: 200,
    },
    {
      creator: "@dan",
      url: "https://ex.com/d3",
      format: "short_video",
      imp: 8_000,
      likes: 300,
      comments: 50,
      shares: 25,
      saves: 25,
      clicks: 100,
    },
    {
      creator: "eve",
      url: "https://ex.com/e3",
      format: "pin",
      imp: 3_000,
      likes: 60,
      comments: 10,
      shares: 10,
      saves: 10,
      clicks: 30,
    },
  ],
  sales: [
    ["ANNA", 30, 1500],
    ["@dan", 5, 300],
  ],
});

export const model = (wb: RawWorkbook): KpiModel => analyze(wb).model;
