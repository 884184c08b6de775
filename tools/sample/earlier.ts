#!/usr/bin/env node
// Generates two earlier Quillmoss campaigns (Spring 2025, Autumn 2025) as per-tab CSV
// folders next to this file, for `npm run compare:sample`:
//
//   node templates/sample-earlier/generate.mjs
//
// Deterministic: every creator-campaign draws from a PRNG seeded by campaign + handle.
// Each creator is given a target ROAS (the story); orders are drawn at real SKU prices
// until revenue reaches revenue = ROAS × cost, where cost includes the commission on
// that revenue: R = ROAS × (fee + product + shipping) / (1 − ROAS × commission rate).

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = dirname(fileURLToPath(import.meta.url));
const BRAND = "Quillmoss Skincare";
const SITE = "https://quillmoss.example";

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

// Platform habits: impressions per follower, engagement rate, click-through rate, formats.
const HABITS = {
  tiktok: { reach: 0.55, er: 0.07, ctr: 0.012, formats: ["short_video"] },
  instagram: { reach: 0.3, er: 0.035, ctr: 0.006, formats: ["image", "carousel", "story"] },
  youtube: { reach: 0.25, er: 0.045, ctr: 0.01, formats: ["long_video", "short_video"] },
  pinterest: { reach: 0.4, er: 0.02, ctr: 0.02, formats: ["pin"] },
  blog: { reach: 0.5, er: 0.01, ctr: 0.04, formats: ["article"] },
};
const POST_URL = {
  tiktok: (h, id) => `https://www.tiktok.com/@${h}/video/${id}`,
  instagram: (_h, id) => `https://www.instagram.com/p/${id.toString(36).toUpperCase()}/`,
  youtube: (_h, id) => `https://www.youtube.com/watch?v=${id.toString(36)}`,
  pinterest: (_h, id) => `https://www.pinterest.com/pin/${id}/`,
  blog: (h, id) => `https://${h}.example/posts/${id}`,
};

// [handle, name, platform, followers, model, fee, product, shipping, commission, posts, target ROAS]
const CAMPAIGNS = [
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

const csvCell = (v) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const writeCsv = (dir, tab, rows) =>
  writeFileSync(join(dir, `${tab}.csv`), `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`);
const addDays = (iso, n) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const money = (n) => (Math.round(n * 100) / 100).toFixed(2);

for (const c of CAMPAIGNS) {
  const dir = join(ROOT, c.dir);
  mkdirSync(dir, { recursive: true });
  const days = Math.round((Date.parse(c.end) - Date.parse(c.start)) / 86400000) + 1;
  writeCsv(dir, "Campaign", [
    ["Field", "Value"],
    ["Campaign name", c.name],
    ["Brand", BRAND],
    ["Start date", c.start],
    ["End date", c.end],
    ["Currency", "USD"],
    ["Objective", "sales"],
    ["Locale", "en"],
    ["Prepared by", c.preparedBy],
    ["Tier thresholds", "10000, 100000, 500000, 1000000"],
  ]);
  writeCsv(dir, "Goals", [["KPI", "Target"], ...c.goals]);
  writeCsv(dir, "Products", [
    ["SKU", "Product", "Variant", "Price", "Unit cost"],
    ...c.products.map((p) => [p[0], p[1], p[2], money(p[3]), money(p[4])]),
  ]);
  writeCsv(dir, "Costs", [["Item", "Category", "Amount", "Date"], ...c.costs]);
  const creators = [
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
  ];
  const content = [
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
    ],
  ];
  const conversions = [["Date", "Creator", "Discount code", "SKU", "Orders", "Units", "Revenue"]];
  for (const [
    handle,
    name,
    platform,
    followers,
    model,
    fee,
    product,
    shipping,
    rate,
    posts,
    roas,
  ] of c.creators) {
    const r = rng(hash(`${c.dir}/${handle}`));
    const code = `${handle
      .replace(/[^a-z]/gi, "")
      .slice(0, 8)
      .toUpperCase()}${model === "gifted" ? "10" : "15"}`;
    creators.push([
      handle,
      name,
      platform,
      followers,
      model,
      fee,
      product,
      shipping,
      rate || "",
      code,
      `${SITE}/r/${handle}?utm_source=${platform}&utm_medium=influencer&utm_campaign=${c.utm}&utm_content=${handle}`,
      "skincare",
      c.preparedBy,
      "completed",
    ]);
    const h = HABITS[platform];
    for (let i = 0; i < posts; i++) {
      const day = Math.floor(((i + 0.5 + r() * 0.5) / posts) * (days - 6));
      const imp = Math.round(followers * h.reach * (0.6 + r() * 0.8));
      const eng = imp * h.er * (0.7 + r() * 0.6);
      const video = ["short_video", "long_video", "story"].includes(h.formats[i % h.formats.length]);
      content.push([
        handle,
        POST_URL[platform](handle, 7_000_000_000 + Math.floor(r() * 1e9)),
        platform,
        h.formats[i % h.formats.length],
        addDays(c.start, day),
        imp,
        Math.round(imp * (0.75 + r() * 0.15)),
        video ? Math.round(imp * (0.6 + r() * 0.3)) : "",
        Math.round(eng * 0.8),
        Math.round(eng * 0.08),
        Math.round(eng * 0.05),
        Math.round(eng * 0.07),
        Math.round(imp * h.ctr * (0.7 + r() * 0.6)),
      ]);
    }
    // Orders at SKU prices until the target revenue is reached.
    const target = (roas * (fee + product + shipping)) / (1 - roas * rate);
    let revenue = 0;
    const byDay = new Map();
    while (revenue < target - 15) {
      const [sku, , , price] = c.products[Math.floor(r() * c.products.length)];
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
    for (const row of [...byDay.values()].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.sku < b.sku ? -1 : 1,
    ))
      conversions.push([row.date, handle, code, row.sku, row.orders, row.units, money(row.revenue)]);
  }
  writeCsv(dir, "Creators", creators);
  writeCsv(dir, "Content", content);
  writeCsv(dir, "Conversions", conversions);
}
