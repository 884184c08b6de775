// Synthetic campaigns of any size, as raw grids (what getValues() returns), for the bench.
import type { RawWorkbook } from "../../core/index.ts";
import { formGrid, headersOf, tableGrid } from "../support/workbook.ts";

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS = ["tiktok", "instagram", "youtube", "pinterest"];
const MODELS = ["fixed_fee", "gifted", "affiliate", "hybrid"];
const FORMATS = ["short_video", "image", "carousel", "story", "long_video", "pin"];
const SERIAL_START = 46083; // 2026-03-02

export interface SyntheticSize {
  posts: number;
  creators: number;
  conversions: number;
}

export function syntheticCampaign({ posts, creators, conversions }: SyntheticSize, seed = 7): RawWorkbook {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const campaign = formGrid("campaign", {
    name: `Synthetic ${posts} posts`,
    start_date: SERIAL_START,
    end_date: SERIAL_START + 27,
    currency: "USD",
    objective: "sales",
  });
  const creatorRows: unknown[][] = [
    headersOf("creators", [
      "handle",
      "platform",
      "followers",
      "cooperation_model",
      "fee",
      "product_cost",
      "commission_rate",
      "discount_code",
      "tags",
      "owner",
      "status",
    ]),
  ];
  for (let i = 0; i < creators; i++) {
    creatorRows.push([
      `@creator${i}`,
      pick(PLATFORMS),
      Math.floor(1000 + r() * r() * 2_000_000),
      pick(MODELS),
      Math.round(r() * 3000),
      Math.round(r() * 60),
      r() < 0.5 ? 0.1 : "",
      `CODE${i}`,
      pick(["beauty, us", "fitness", "food; family", "tech, gen z"]),
      pick(["Ana", "Ben", "Cleo"]),
      r() < 0.02 ? "declined" : "completed",
    ]);
  }
  const contentRows: unknown[][] = [
    headersOf("content", [
      "creator",
      "url",
      "format",
      "published",
      "impressions",
      "reach",
      "views",
      "likes",
      "comments",
      "shares",
      "saves",
      "clicks",
    ]),
  ];
  for (let i = 0; i < posts; i++) {
    const imp = Math.floor(1000 + r() * 200_000);
    contentRows.push([
      `creator${i % creators}`,
      `https://example.com/p/${i}`,
      pick(FORMATS),
      SERIAL_START + Math.floor(r() * 28),
      imp,
      Math.floor(imp * 0.8),
      Math.floor(imp * 0.6),
      Math.floor(imp * 0.04),
      Math.floor(imp * 0.002),
      Math.floor(imp * 0.003),
      Math.floor(imp * 0.005),
      Math.floor(imp * 0.01),
    ]);
  }
  const conversionRows: unknown[][] = [
    headersOf("conversions", ["date", "creator", "discount_code", "sku", "orders", "units", "revenue"]),
  ];
  for (let i = 0; i < conversions; i++) {
    const orders = 1 + Math.floor(r() * 4);
    const byCode = r() < 0.3;
    const c = Math.floor(r() * creators);
    conversionRows.push([
      SERIAL_START + Math.floor(r() * 38),
      byCode ? "" : `creator${c}`,
      byCode ? `code${c}` : "",
      pick(["SKU-1", "SKU-2", "SKU-3"]),
      orders,
      orders + Math.floor(r() * 2),
      Math.round(orders * (20 + r() * 40) * 100) / 100,
    ]);
  }
  const products = tableGrid("products", [
    { sku: "SKU-1", product: "Serum", variant: "30 ml", price: 29, unit_cost: 7 },
    { sku: "SKU-2", product: "Serum", variant: "50 ml", price: 42, unit_cost: 10 },
    { sku: "SKU-3", product: "Cream", variant: "", price: 25, unit_cost: 6 },
  ]);
  return {
    tabs: [
      { name: "Campaign", values: campaign },
      { name: "Creators", values: creatorRows },
      { name: "Content", values: contentRows },
      { name: "Conversions", values: conversionRows },
      { name: "Products", values: products },
    ],
  };
}
