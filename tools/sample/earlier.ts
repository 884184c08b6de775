// Two earlier Quillmoss campaigns (Spring 2025, Autumn 2025) as per-tab CSV folders in
// templates/sample-earlier/, for `npm run compare:sample`; written by `npm run sample`.
//
// Deterministic: every creator-campaign draws from a PRNG seeded by campaign + handle.
// Each creator is given a target ROAS (the story); orders are drawn at real SKU prices
// until revenue reaches revenue = ROAS × cost, where cost includes the commission on
// that revenue: R = ROAS × (fee + product + shipping) / (1 − ROAS × commission rate).

import { join } from "node:path";
import { addDays, daysBetween, type CooperationModel, type Format, type Platform } from "../../core/index.ts";
import { type Fields, formGrid, tableGrid } from "../workbook.ts";
import { mulberry32, polyHash, writeTabs } from "./grid.ts";

const BRAND = "Quillmoss Skincare";
const SITE = "https://quillmoss.example";

type EarlierPlatform = Extract<Platform, "tiktok" | "instagram" | "youtube" | "pinterest" | "blog">;

// Platform habits: impressions per follower, engagement rate, click-through rate, formats.
const HABITS: Record<EarlierPlatform, { reach: number; er: number; ctr: number; formats: Format[] }> = {
  tiktok: { reach: 0.55, er: 0.07, ctr: 0.012, formats: ["short_video"] },
  instagram: { reach: 0.3, er: 0.035, ctr: 0.006, formats: ["image", "carousel", "story"] },
  youtube: { reach: 0.25, er: 0.045, ctr: 0.01, formats: ["long_video", "short_video"] },
  pinterest: { reach: 0.4, er: 0.02, ctr: 0.02, formats: ["pin"] },
  blog: { reach: 0.5, er: 0.01, ctr: 0.04, formats: ["article"] },
};
const POST_URL: Record<EarlierPlatform, (handle: string, id: number) => string> = {
  tiktok: (h, id) => `https://www.tiktok.com/@${h}/video/${id}`,
  instagram: (_h, id) => `https://www.instagram.com/p/${id.toString(36).toUpperCase()}/`,
  youtube: (_h, id) => `https://www.youtube.com/watch?v=${id.toString(36)}`,
  pinterest: (_h, id) => `https://www.pinterest.com/pin/${id}/`,
  blog: (h, id) => `https://${h}.example/posts/${id}`,
};

/** [handle, name, platform, followers, model, fee, product, shipping, commission, posts, target ROAS] */
type CreatorSpec = [
  string,
  string,
  EarlierPlatform,
  number,
  CooperationModel,
  number,
  number,
  number,
  number,
  number,
  number,
];
/** [SKU, product, variant, price, unit cost] */
type ProductSpec = [string, string, string, number, number];

interface Season {
  dir: string;
  name: string;
  start: string;
  end: string;
  utm: string;
  preparedBy: string;
  goals: [string, number][];
  products: ProductSpec[];
  /** [item, category, amount, date] */
  costs: [string, string, number, string][];
  creators: CreatorSpec[];
}

const SEASONS: Season[] = [
  {
    dir: "spring-2025",
    name: "Soft Reset Cleanser Launch - Spring 2025",
    start: "2025-03-03",
    end: "2025-03-30",
    utm: "softreset_spring25",
    preparedBy: "Maya Okafor",
    goals: [
      ["revenue", 90000],
      ["roas", 2],
      ["impressions", 5000000],
      ["er_impressions", 0.035],
    ],
    products: [
      ["QM-RST-150", "Soft Reset Gel Cleanser", "150 ml", 22, 3.6],
      ["QM-RST-300", "Soft Reset Gel Cleanser", "300 ml", 34, 5.1],
      ["QM-VEIL-30", "Cloudveil Mineral Sunscreen", "SPF 30", 28, 5.2],
    ],
    costs: [
      ["Talent agency retainer (March)", "agency", 3500, "2025-03-03"],
      ["Cleanser launch photography", "production", 1400, "2025-02-18"],
    ],
    creators: [
      ["lenaglowlab", "Lena Marsh", "youtube", 1600000, "fixed_fee", 14000, 60, 20, 0, 1, 1.6],
      ["dewydevon", "Devon Reyes", "tiktok", 420000, "hybrid", 3000, 30, 8, 0.1, 2, 3.8],
      ["theskinedit.kay", "Kay Lindqvist", "instagram", 600000, "fixed_fee", 7000, 30, 8, 0, 2, 0.9],
      ["glowwithnoor", "Noor Haddad", "instagram", 280000, "fixed_fee", 3000, 30, 8, 0, 2, 1.4],
      ["bareface.ben", "Ben Okoro", "tiktok", 200000, "hybrid", 2000, 30, 8, 0.1, 2, 3.1],
      ["dermdadjay", "Jay Patel", "tiktok", 240000, "affiliate", 0, 30, 8, 0.15, 2, 5],
      ["minimalmia", "Mia Castellanos", "instagram", 170000, "fixed_fee", 2200, 30, 8, 0, 2, 0.8],
      ["acnediaries.lu", "Lu Chen", "tiktok", 52000, "hybrid", 1200, 30, 8, 0.1, 2, 3.5],
      ["budget.bree", "Bree Holloway", "tiktok", 41000, "affiliate", 0, 30, 8, 0.15, 2, 2.4],
      ["glowup.gabi", "Gabi Santos", "instagram", 95000, "fixed_fee", 1500, 30, 8, 0, 2, 0.4],
      ["pore.patrol", "Theo Grant", "youtube", 130000, "fixed_fee", 2500, 30, 8, 0, 1, 0.7],
      ["trailrunner.tess", "Tess Olsen", "instagram", 31000, "gifted", 0, 30, 8, 0, 2, 9],
      ["freckles.fern", "Fern Gallagher", "instagram", 3900, "gifted", 0, 30, 8, 0, 1, 0],
    ],
  },
  {
    dir: "autumn-2025",
    name: "Autumn Reset Routine - Autumn 2025",
    start: "2025-09-08",
    end: "2025-10-05",
    utm: "autumnreset_fall25",
    preparedBy: "Maya Okafor",
    goals: [
      ["revenue", 120000],
      ["roas", 2.5],
      ["cpa", 22],
      ["impressions", 7000000],
    ],
    products: [
      ["QM-RST-150", "Soft Reset Gel Cleanser", "150 ml", 22, 3.6],
      ["QM-RST-300", "Soft Reset Gel Cleanser", "300 ml", 34, 5.1],
      ["QM-NGT-50", "Nightfall Repair Balm", "50 ml", 46, 8.8],
    ],
    costs: [
      ["Talent agency retainer (September)", "agency", 4000, "2025-09-08"],
      ["Spark Ads boost of the best bareface.ben video", "paid_amplification", 2500, "2025-09-20"],
      ["Autumn routine brief and shoot", "production", 1600, "2025-08-25"],
    ],
    creators: [
      ["lenaglowlab", "Lena Marsh", "youtube", 1750000, "fixed_fee", 15000, 70, 22, 0, 1, 1.1],
      ["dewydevon", "Devon Reyes", "tiktok", 610000, "hybrid", 4500, 34, 9, 0.1, 2, 4.4],
      ["glowwithnoor", "Noor Haddad", "instagram", 295000, "fixed_fee", 3200, 34, 9, 0, 2, 1.5],
      ["bareface.ben", "Ben Okoro", "tiktok", 225000, "hybrid", 2500, 34, 9, 0.1, 2, 3.9],
      ["acnediaries.lu", "Lu Chen", "tiktok", 61000, "hybrid", 1500, 34, 9, 0.1, 2, 4.1],
      ["rosiereviews", "Rosie Adeyemi", "tiktok", 350000, "fixed_fee", 3500, 34, 9, 0, 2, 1.9],
      ["skinnerdsam", "Sam Whitfield", "youtube", 390000, "fixed_fee", 4000, 34, 9, 0, 1, 2.2],
      ["homespaceivy", "Ivy Tran", "pinterest", 150000, "fixed_fee", 1600, 34, 9, 0, 3, 0.8],
      ["pinnedbypaige", "Paige Doyle", "pinterest", 480000, "fixed_fee", 3000, 34, 9, 0, 3, 0.6],
      ["glasskinjules", "Julie Park", "tiktok", 47000, "affiliate", 0, 34, 9, 0.15, 2, 4],
      ["nightroutine.nate", "Nate Brooks", "tiktok", 36000, "hybrid", 1000, 34, 9, 0.1, 2, 1.2],
      ["cozy.cam", "Cam Ruiz", "instagram", 44000, "fixed_fee", 900, 34, 9, 0, 2, 0.3],
      ["thequietshelf", "Ruth Ellison", "blog", 14000, "gifted", 0, 34, 9, 0, 1, 14],
      ["dewdrop.dani", "Dani Flores", "tiktok", 7400, "gifted", 0, 34, 9, 0, 1, 6],
    ],
  },
];

const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

interface SeasonRows {
  creators: Fields[];
  content: Fields[];
  conversions: Fields[];
}

/** One creator's row, posts and orders for a season. */
function creatorRows(c: Season, spec: CreatorSpec, days: number, out: SeasonRows): void {
  const [handle, name, platform, followers, model, fee, product, shipping, rate, posts, roas] = spec;
  const r = mulberry32(polyHash(`${c.dir}/${handle}`));
  const code = `${handle
    .replace(/[^a-z]/gi, "")
    .slice(0, 8)
    .toUpperCase()}${model === "gifted" ? "10" : "15"}`;
  out.creators.push({
    handle,
    name,
    platform,
    followers,
    cooperation_model: model,
    fee,
    product_cost: product,
    shipping_cost: shipping,
    commission_rate: rate || "",
    discount_code: code,
    link: `${SITE}/r/${handle}?utm_source=${platform}&utm_medium=influencer&utm_campaign=${c.utm}&utm_content=${handle}`,
    tags: "skincare",
    owner: c.preparedBy,
    status: "completed",
  });
  const h = HABITS[platform];
  for (let i = 0; i < posts; i++) {
    const day = Math.floor(((i + 0.5 + r() * 0.5) / posts) * (days - 6));
    const imp = Math.round(followers * h.reach * (0.6 + r() * 0.8));
    const eng = imp * h.er * (0.7 + r() * 0.6);
    const format = h.formats[i % h.formats.length]!;
    const video = ["short_video", "long_video", "story"].includes(format);
    out.content.push({
      creator: handle,
      url: POST_URL[platform](handle, 7_000_000_000 + Math.floor(r() * 1e9)),
      platform,
      format,
      published: addDays(c.start, day),
      impressions: imp,
      reach: Math.round(imp * (0.75 + r() * 0.15)),
      views: video ? Math.round(imp * (0.6 + r() * 0.3)) : "",
      likes: Math.round(eng * 0.8),
      comments: Math.round(eng * 0.08),
      shares: Math.round(eng * 0.05),
      saves: Math.round(eng * 0.07),
      clicks: Math.round(imp * h.ctr * (0.7 + r() * 0.6)),
    });
  }
  // Orders at SKU prices until the target revenue is reached.
  const target = (roas * (fee + product + shipping)) / (1 - roas * rate);
  let revenue = 0;
  const byDay = new Map<
    string,
    { date: string; sku: string; orders: number; units: number; revenue: number }
  >();
  while (revenue < target - 15) {
    const [sku, , , price] = c.products[Math.floor(r() * c.products.length)]!;
    const date = addDays(c.start, Math.min(days + 4, Math.floor(r() * (days + 5))));
    const key = `${date}|${sku}`;
    const row = byDay.get(key) ?? { date, sku, orders: 0, units: 0, revenue: 0 };
    const units = r() < 0.2 ? 2 : 1;
    row.orders += 1;
    row.units += units;
    row.revenue += price * units;
    revenue += price * units;
    byDay.set(key, row);
  }
  const sorted = [...byDay.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.sku < b.sku ? -1 : 1,
  );
  for (const row of sorted)
    out.conversions.push({
      date: row.date,
      creator: handle,
      discount_code: code,
      sku: row.sku,
      orders: row.orders,
      units: row.units,
      revenue: money(row.revenue),
    });
}

/** Writes both seasons into `root` (templates/sample-earlier). */
export function writeEarlierSeasons(root: string): void {
  for (const c of SEASONS) {
    const days = daysBetween(c.start, c.end) + 1;
    const rows: SeasonRows = { creators: [], content: [], conversions: [] };
    for (const spec of c.creators) creatorRows(c, spec, days, rows);
    writeTabs(join(root, c.dir), {
      campaign: formGrid("campaign", {
        name: c.name,
        brand: BRAND,
        start_date: c.start,
        end_date: c.end,
        currency: "USD",
        objective: "sales",
        locale: "en",
        prepared_by: c.preparedBy,
        tier_thresholds: "10000, 100000, 500000, 1000000",
      }),
      goals: tableGrid(
        "goals",
        c.goals.map(([kpi, target]) => ({ kpi, target })),
      ),
      products: tableGrid(
        "products",
        c.products.map((p) => ({
          sku: p[0],
          product: p[1],
          variant: p[2],
          price: money(p[3]),
          unit_cost: money(p[4]),
        })),
      ),
      costs: tableGrid(
        "costs",
        c.costs.map(([item, category, amount, date]) => ({ item, category, amount, date })),
      ),
      creators: tableGrid("creators", rows.creators),
      content: tableGrid("content", rows.content),
      conversions: tableGrid("conversions", rows.conversions),
    });
  }
}
