#!/usr/bin/env node
// Generates the bundled sample campaign (one CSV per tab) next to this file.
//
//   node templates/sample/generate.mjs
//
// Everything is deterministic: each creator draws from its own seeded PRNG (keyed by
// its handle), so editing one creator does not reshuffle the others. The hand-written
// story parameters (creators, posts, order targets, costs, team, goals, journal) live
// at the top; the bulky Content and Conversions rows are derived from them. A few
// figures in the Retrospective answers are computed from the generated rows, so the
// text stays consistent with the data after an edit.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT_DIR = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------
// Story parameters
// ---------------------------------------------------------------------------

const CAMPAIGN = {
  name: "Daybreak Serum Launch - Spring 2026",
  brand: "Quillmoss Skincare",
  start: "2026-03-02",
  end: "2026-03-29",
  currency: "USD",
  objective: "sales",
  locale: "en",
  preparedBy: "Maya Okafor",
  tierThresholds: "10000, 100000, 500000, 1000000",
};
/** Discount codes stayed valid until this day (the tail of the campaign). */
const CODES_EXPIRE = "2026-04-08";
/** The link-in-bio tool dropped UTM parameters on these days (see Journal). */
const TRACKING_GAP = ["2026-03-03", "2026-03-04", "2026-03-05"];
/** Daybreak Serum 50 ml was out of stock on these days (see Journal). */
const STOCKOUT = { sku: "QM-DAY-50", days: ["2026-03-15", "2026-03-16"], fallback: "QM-DAY-30" };
const SITE = "https://quillmoss.example";
const UTM_CAMPAIGN = "daybreak_spring26";

const PRODUCTS = [
  { sku: "QM-DAY-30", product: "Daybreak Vitamin C Serum", variant: "30 ml", price: 38, cost: 7.4 },
  { sku: "QM-DAY-50", product: "Daybreak Vitamin C Serum", variant: "50 ml", price: 54, cost: 9.9 },
  { sku: "QM-VEIL-30", product: "Cloudveil Mineral Sunscreen", variant: "SPF 30", price: 28, cost: 5.2 },
  { sku: "QM-VEIL-50", product: "Cloudveil Mineral Sunscreen", variant: "SPF 50", price: 32, cost: 5.9 },
  { sku: "QM-RST-150", product: "Soft Reset Gel Cleanser", variant: "150 ml", price: 22, cost: 3.6 },
  { sku: "QM-RST-300", product: "Soft Reset Gel Cleanser", variant: "300 ml", price: 34, cost: 5.1 },
  {
    sku: "QM-KIT-SPR",
    product: "Spring Glow Kit",
    variant: "Serum 30 ml + SPF 50 + Cleanser 150 ml",
    price: 79,
    cost: 16.8,
  },
];

/** Which SKUs a creator's audience bought, by share of orders. */
const MIXES = {
  serum: { "QM-DAY-30": 0.55, "QM-DAY-50": 0.45 },
  glow: { "QM-KIT-SPR": 0.65, "QM-DAY-30": 0.35 },
  spf: { "QM-VEIL-50": 0.65, "QM-VEIL-30": 0.35 },
  clear: { "QM-DAY-30": 0.55, "QM-RST-300": 0.45 },
  broad: { "QM-DAY-30": 0.4, "QM-KIT-SPR": 0.3, "QM-RST-150": 0.3 },
};

const TEAM = [
  { member: "Maya Okafor", role: "Head of influencer marketing", hours: 96, rate: 58 },
  { member: "Jonas Berg", role: "Creator partnerships manager", hours: 118, rate: 41 },
  { member: "Priya Raman", role: "Social and content lead", hours: 64, rate: 46 },
  { member: "Theo Marchetti", role: "Marketing analyst", hours: 26, rate: 52 },
];
const [MAYA, JONAS, PRIYA, THEO] = TEAM.map((t) => t.member);

const COSTS = [
  { item: "Talent agency retainer (March)", category: "agency", amount: 4500, date: "2026-03-02" },
  {
    item: "Spark Ads boost of the viral dewydevon video",
    category: "paid_amplification",
    amount: 6000,
    date: "2026-03-13",
  },
  { item: "Product photography and brief assets", category: "production", amount: 1850, date: "2026-02-20" },
  { item: "Link tracking and creator CRM subscription", category: "tools", amount: 640, date: "2026-03-01" },
  { item: "PR box packaging and courier pickups", category: "shipping", amount: 420, date: "2026-02-26" },
];

// Posts: [date (MM-DD, 2026), format, boost (reach multiplier, default 1), platform override]
// Formats: sv short_video, lv long_video, im image, ca carousel, st story, li live, pin pin, ar article.
// orders: attributed orders the creator drove (spread over the days after their posts).
const BOX = 38; // value of the PR box (serum, SPF, cleanser) at cost
const SHIP = 9.5;

const CREATORS = [
  // ---- mega
  {
    handle: "lenaglowlab",
    name: "Lena Marsh",
    platform: "youtube",
    followers: 1850000,
    model: "fixed_fee",
    fee: 16000,
    product: 76,
    shipping: 24.5,
    code: "LENA15",
    tags: "skincare, female 25-34, us, long-form",
    owner: MAYA,
    orders: 176,
    mix: "serum",
    posts: [
      ["03-16", "lv", 1],
      ["03-16", "st", 1, "instagram"],
      ["03-19", "sv", 0.8],
    ],
  },
  {
    handle: "ariaskinstudio",
    name: "Aria Vance",
    platform: "instagram",
    followers: 2400000,
    model: "fixed_fee",
    fee: 0,
    tags: "beauty, female 18-24, us",
    owner: MAYA,
    status: "declined",
    noLink: true,
  },
  // ---- macro
  {
    handle: "dewydevon",
    name: "Devon Reyes",
    platform: "tiktok",
    followers: 780000,
    model: "hybrid",
    fee: 6000,
    commission: 0.1,
    code: "DEVON10",
    tags: "skincare, gen z, us, male 18-24",
    owner: MAYA,
    orders: 1480,
    mix: "serum",
    posts: [
      ["03-09", "sv", 1],
      ["03-12", "sv", 15],
      ["03-13", "sv", 1.2, "instagram"],
      ["03-15", "sv", 2.5],
      ["03-19", "li", 0.6],
      ["03-28", "sv", 5],
    ],
  },
  {
    handle: "theskinedit.kay",
    name: "Kay Lindqvist",
    platform: "instagram",
    followers: 640000,
    model: "fixed_fee",
    fee: 8500,
    code: "KAY15",
    tags: "beauty, female 18-24, international",
    owner: MAYA,
    orders: 0,
    posts: [
      ["03-05", "sv", 2.4],
      ["03-05", "st", 1.5],
      ["03-11", "ca", 1.8],
      ["03-18", "sv", 2.2],
    ],
  },
  {
    handle: "trailandtonic",
    name: "Marcus Hale",
    platform: "youtube",
    followers: 910000,
    model: "fixed_fee",
    fee: 7500,
    code: "TRAIL20",
    tags: "outdoor, male 25-34, us, long-form",
    owner: MAYA,
    orders: 150,
    mix: "spf",
    posts: [
      ["03-14", "lv", 1],
      ["03-21", "sv", 1],
    ],
  },
  {
    handle: "pinnedbypaige",
    name: "Paige Doyle",
    platform: "pinterest",
    followers: 520000,
    model: "fixed_fee",
    fee: 3200,
    code: "PAIGE10",
    tags: "skincare, female 25-34, us, routines",
    owner: PRIYA,
    orders: 26,
    mix: "glow",
    posts: [
      ["03-04", "pin", 1],
      ["03-10", "pin", 1.2],
      ["03-17", "pin", 1],
    ],
  },
  // ---- mid
  {
    handle: "glowwithnoor",
    name: "Noor Haddad",
    platform: "instagram",
    followers: 310000,
    model: "fixed_fee",
    fee: 3500,
    code: "NOOR15",
    tags: "skincare, female 25-34, us",
    owner: PRIYA,
    orders: 150,
    mix: "serum",
    posts: [
      ["03-06", "sv", 1],
      ["03-13", "ca", 1],
      ["03-13", "st", 1],
    ],
  },
  {
    handle: "bareface.ben",
    name: "Ben Okoro",
    platform: "tiktok",
    followers: 245000,
    model: "hybrid",
    fee: 1500,
    commission: 0.1,
    code: "BEN10",
    tags: "skincare, male 18-24, us",
    owner: JONAS,
    orders: 340,
    mix: "clear",
    posts: [
      ["03-10", "sv", 1],
      ["03-14", "sv", 2],
      ["03-22", "sv", 1],
    ],
  },
  {
    handle: "skinnerdsam",
    name: "Sam Whitfield",
    platform: "youtube",
    followers: 420000,
    model: "fixed_fee",
    fee: 4500,
    code: "SAM15",
    tags: "skincare, female 25-34, us, long-form",
    owner: MAYA,
    orders: 175,
    mix: "serum",
    posts: [
      ["03-11", "lv", 1],
      ["03-18", "sv", 1],
    ],
  },
  {
    handle: "minimalmia",
    name: "Mia Castellanos",
    platform: "instagram",
    followers: 185000,
    model: "fixed_fee",
    fee: 2500,
    code: "MIA15",
    tags: "beauty, female 25-34, us, minimalism",
    owner: PRIYA,
    orders: 58,
    mix: "broad",
    posts: [
      ["03-04", "im", 1],
      ["03-04", "st", 1],
      ["03-20", "sv", 1],
    ],
  },
  {
    handle: "homespaceivy",
    name: "Ivy Tran",
    platform: "pinterest",
    followers: 160000,
    model: "fixed_fee",
    fee: 1800,
    tags: "lifestyle, female 25-34, us, routines",
    owner: PRIYA,
    orders: 13,
    mix: "glow",
    posts: [
      ["03-03", "pin", 1],
      ["03-12", "pin", 1],
      ["03-24", "pin", 1],
    ],
  },
  {
    handle: "rosiereviews",
    name: "Rosie Adeyemi",
    platform: "tiktok",
    followers: 390000,
    model: "fixed_fee",
    fee: 4000,
    code: "ROSIE15",
    tags: "beauty, female 18-24, us",
    owner: JONAS,
    orders: 105,
    mix: "serum",
    posts: [
      ["03-12", "sv", 1],
      ["03-23", "sv", 1],
    ],
  },
  {
    handle: "dermdadjay",
    name: "Jay Patel",
    platform: "tiktok",
    followers: 275000,
    model: "affiliate",
    commission: 0.15,
    code: "JAY15",
    tags: "skincare, male 25-34, us, dermatology",
    owner: JONAS,
    orders: 215,
    mix: "clear",
    posts: [
      ["03-11", "sv", 1],
      ["03-17", "sv", 1.5],
      ["03-25", "sv", 1],
    ],
  },
  {
    handle: "marisolmakes",
    name: "Marisol Vega",
    platform: "instagram",
    followers: 140000,
    model: "fixed_fee",
    fee: 0,
    tags: "beauty, female 25-34, us, diy",
    owner: PRIYA,
    status: "declined",
    noLink: true,
  },
  // ---- micro
  {
    handle: "acnediaries.lu",
    name: "Lu Chen",
    platform: "tiktok",
    followers: 68000,
    model: "hybrid",
    fee: 500,
    commission: 0.15,
    code: "LU15",
    tags: "skincare, female 18-24, us, acne",
    owner: JONAS,
    orders: 270,
    mix: "clear",
    posts: [
      ["03-09", "sv", 1],
      ["03-13", "sv", 1.3],
      ["03-20", "sv", 1],
    ],
  },
  {
    handle: "glasskinjules",
    name: "Julie Park",
    platform: "tiktok",
    followers: 54000,
    model: "affiliate",
    commission: 0.2,
    code: "JULES20",
    tags: "skincare, female 18-24, us",
    owner: JONAS,
    orders: 240,
    mix: "serum",
    posts: [
      ["03-10", "sv", 1],
      ["03-16", "sv", 1.8],
      ["03-24", "sv", 1],
    ],
  },
  {
    handle: "nightroutine.nate",
    name: "Nate Brooks",
    platform: "tiktok",
    followers: 41000,
    model: "hybrid",
    fee: 400,
    commission: 0.15,
    code: "NATE15",
    tags: "skincare, male 18-24, us",
    owner: JONAS,
    orders: 190,
    mix: "clear",
    posts: [
      ["03-11", "sv", 1],
      ["03-18", "sv", 1],
      ["03-26", "sv", 1],
    ],
  },
  {
    handle: "spf.sophie",
    name: "Sophie Martin",
    platform: "tiktok",
    followers: 87000,
    model: "hybrid",
    fee: 700,
    commission: 0.15,
    code: "SOPHIE15",
    tags: "skincare, female 18-24, us, sun care",
    owner: JONAS,
    status: "live",
    orders: 300,
    mix: "spf",
    posts: [
      ["03-09", "sv", 1],
      ["03-14", "sv", 2],
      ["03-21", "sv", 1],
      ["03-27", "li", 0.7],
    ],
  },
  {
    handle: "serumsnob",
    name: "Alex Romero",
    platform: "tiktok",
    followers: 76000,
    model: "hybrid",
    fee: 650,
    commission: 0.15,
    code: "SNOB15",
    tags: "skincare, female 25-34, us",
    owner: JONAS,
    status: "live",
    joined: "2026-03-18",
    orders: 205,
    mix: "serum",
    posts: [
      ["03-21", "sv", 1],
      ["03-25", "sv", 1.5],
      ["03-28", "sv", 1],
    ],
  },
  {
    handle: "budgetbeauty.kim",
    name: "Kim Nguyen",
    platform: "tiktok",
    followers: 33000,
    model: "affiliate",
    commission: 0.2,
    code: "KIM20",
    tags: "beauty, female 18-24, us, budget",
    owner: JONAS,
    orders: 105,
    mix: "broad",
    posts: [
      ["03-12", "sv", 1],
      ["03-19", "sv", 1],
    ],
  },
  {
    handle: "oilyskin.omar",
    name: "Omar Farouk",
    platform: "tiktok",
    followers: 29000,
    model: "affiliate",
    commission: 0.15,
    code: "OMAR15",
    tags: "skincare, male 18-24, us, acne",
    owner: JONAS,
    orders: 96,
    mix: "clear",
    posts: [
      ["03-13", "sv", 1],
      ["03-22", "sv", 1],
    ],
  },
  {
    handle: "maskmonday",
    name: "Rhea Kapoor",
    platform: "tiktok",
    followers: 19000,
    model: "affiliate",
    commission: 0.2,
    tags: "skincare, female 25-34, us",
    owner: JONAS,
    status: "live",
    joined: "2026-03-18",
    orders: 70,
    mix: "serum",
    posts: [
      ["03-23", "sv", 1],
      ["03-27", "sv", 1],
    ],
  },
  {
    handle: "sensitiveskin.sara",
    name: "Sara Lindgren",
    platform: "instagram",
    followers: 72000,
    model: "hybrid",
    fee: 600,
    commission: 0.1,
    code: "SARA10",
    tags: "skincare, female 25-34, us, sensitive skin",
    owner: PRIYA,
    orders: 112,
    mix: "broad",
    posts: [
      ["03-07", "sv", 1],
      ["03-15", "ca", 1],
      ["03-15", "st", 1],
    ],
  },
  {
    handle: "cleangirl.cleo",
    name: "Cleo Bernard",
    platform: "instagram",
    followers: 46000,
    model: "affiliate",
    commission: 0.15,
    code: "CLEO15",
    tags: "beauty, female 18-24, us",
    owner: PRIYA,
    orders: 52,
    mix: "serum",
    posts: [
      ["03-10", "sv", 1],
      ["03-10", "st", 1],
      ["03-19", "im", 1],
    ],
  },
  {
    handle: "trailrunner.tess",
    name: "Tess Olsen",
    platform: "instagram",
    followers: 38000,
    model: "gifted",
    code: "TESS15",
    tags: "outdoor, female 25-34, us, running",
    owner: PRIYA,
    orders: 31,
    mix: "spf",
    posts: [
      ["03-08", "im", 1],
      ["03-22", "sv", 1],
    ],
  },
  {
    handle: "yogaandsun",
    name: "Leila Farah",
    platform: "instagram",
    followers: 22000,
    model: "gifted",
    code: "YOGA15",
    tags: "wellness, female 25-34, us",
    owner: PRIYA,
    orders: 9,
    mix: "spf",
    posts: [
      ["03-06", "im", 1],
      ["03-06", "st", 1],
    ],
  },
  {
    handle: "pinkpalette.pins",
    name: "Hannah Cole",
    platform: "pinterest",
    followers: 64000,
    model: "affiliate",
    commission: 0.15,
    code: "PALETTE15",
    tags: "beauty, female 25-34, us, routines",
    owner: PRIYA,
    orders: 15,
    mix: "glow",
    posts: [
      ["03-05", "pin", 1],
      ["03-11", "pin", 1],
      ["03-19", "pin", 1],
    ],
  },
  {
    handle: "shelfie.studio",
    name: "Grace Whitman",
    platform: "pinterest",
    followers: 31000,
    model: "gifted",
    tags: "lifestyle, female 25-34, us, home",
    owner: PRIYA,
    orders: 0,
    posts: [
      ["03-07", "pin", 1],
      ["03-18", "pin", 1],
    ],
  },
  {
    handle: "vlogswithvi",
    name: "Vi Tran",
    platform: "youtube",
    followers: 82000,
    model: "hybrid",
    fee: 800,
    commission: 0.1,
    code: "VI10",
    tags: "skincare, female 25-34, us, long-form",
    owner: MAYA,
    orders: 82,
    mix: "serum",
    posts: [
      ["03-15", "lv", 1],
      ["03-20", "sv", 1],
    ],
  },
  {
    handle: "glowgrams",
    name: "Dana Whitaker",
    platform: "facebook",
    followers: 58000,
    model: "fixed_fee",
    fee: 400,
    code: "GLOW10",
    tags: "beauty, female 35-44, us",
    owner: PRIYA,
    orders: 9,
    mix: "broad",
    posts: [
      ["03-08", "im", 1],
      ["03-17", "sv", 1],
    ],
  },
  {
    handle: "thequietshelf",
    name: "Ruth Ellison",
    platform: "blog",
    followers: 15000,
    model: "gifted",
    code: "SHELF10",
    tags: "skincare, female 35-44, us, long-form",
    owner: PRIYA,
    orders: 12,
    mix: "glow",
    posts: [
      ["03-17", "ar", 1],
      ["03-18", "pin", 1, "pinterest"],
    ],
  },
  // ---- nano
  {
    handle: "dewdrop.dani",
    name: "Dani Flores",
    platform: "tiktok",
    followers: 8200,
    model: "gifted",
    code: "DANI10",
    tags: "skincare, female 18-24, us",
    owner: JONAS,
    orders: 13,
    mix: "serum",
    posts: [
      ["03-04", "sv", 1],
      ["03-12", "sv", 1],
    ],
  },
  {
    handle: "skinbyshay",
    name: "Shay Morgan",
    platform: "tiktok",
    followers: 6400,
    model: "gifted",
    code: "SHAY10",
    tags: "skincare, female 18-24, us",
    owner: JONAS,
    orders: 7,
    mix: "clear",
    posts: [
      ["03-05", "sv", 1],
      ["03-14", "sv", 1],
    ],
  },
  {
    handle: "freckles.fern",
    name: "Fern Gallagher",
    platform: "instagram",
    followers: 4900,
    model: "gifted",
    code: "FERN10",
    tags: "skincare, female 18-24, us",
    owner: PRIYA,
    orders: 0,
    posts: [
      ["03-03", "im", 1],
      ["03-03", "st", 1],
    ],
  },
  {
    handle: "morningmist.mo",
    name: "Mo Sato",
    platform: "instagram",
    followers: 7700,
    model: "gifted",
    code: "MO10",
    tags: "wellness, female 25-34, us",
    owner: PRIYA,
    orders: 0,
    posts: [
      ["03-06", "sv", 1],
      ["03-06", "st", 1],
    ],
  },
  {
    handle: "hikerhanna",
    name: "Hanna Berg",
    platform: "instagram",
    followers: 3100,
    model: "gifted",
    tags: "outdoor, female 25-34, us",
    owner: PRIYA,
    orders: 0,
    posts: [["03-07", "im", 1]],
  },
  {
    handle: "tinytub.tia",
    name: "Tia Johnson",
    platform: "tiktok",
    followers: 9400,
    model: "affiliate",
    commission: 0.2,
    code: "TIA20",
    tags: "skincare, female 18-24, us",
    owner: JONAS,
    orders: 20,
    mix: "serum",
    posts: [
      ["03-05", "sv", 1],
      ["03-11", "sv", 1],
      ["03-19", "sv", 1],
    ],
  },
  {
    handle: "pinsbypearl",
    name: "Pearl Ashby",
    platform: "pinterest",
    followers: 5600,
    model: "gifted",
    code: "PEARL10",
    tags: "beauty, female 25-34, us",
    owner: PRIYA,
    orders: 0,
    posts: [
      ["03-04", "pin", 1],
      ["03-13", "pin", 1],
    ],
  },
  {
    handle: "selfcaresundays",
    name: "Bea Lawson",
    platform: "tiktok",
    followers: 2800,
    model: "gifted",
    code: "SUNDAY10",
    tags: "wellness, female 18-24, us",
    owner: JONAS,
    status: "shipped",
    orders: 0,
    posts: [],
  },
  {
    handle: "lowwaste.lia",
    name: "Lia Novak",
    platform: "instagram",
    followers: 8900,
    model: "gifted",
    code: "LIA10",
    tags: "sustainability, female 25-34, us",
    owner: PRIYA,
    orders: 5,
    mix: "broad",
    posts: [
      ["03-08", "ca", 1],
      ["03-08", "st", 1],
    ],
  },
  {
    handle: "dailydose.dee",
    name: "Dee Carter",
    platform: "tiktok",
    followers: 7100,
    model: "affiliate",
    commission: 0.2,
    code: "DEE20",
    tags: "skincare, female 18-24, us",
    owner: JONAS,
    orders: 16,
    mix: "serum",
    posts: [
      ["03-06", "sv", 1],
      ["03-15", "sv", 1],
      ["03-24", "sv", 1],
    ],
  },
];

/** Orders nobody could attribute: [date, orders] (mostly the UTM outage, a few stragglers). */
const UNATTRIBUTED = [
  ["2026-03-03", 14],
  ["2026-03-04", 19],
  ["2026-03-05", 16],
  ["2026-03-13", 11],
  ["2026-03-21", 7],
  ["2026-04-02", 5],
];

const GOALS = [
  ["revenue", 190000],
  ["orders", 5000],
  ["roas", 2.5],
  ["cpa", 20],
  ["impressions", 14000000],
  ["er_impressions", 0.04],
  ["sessions_lift", 0.35],
];

// Site-wide figures before the campaign (4 weeks); during/after are derived from them
// plus the attributed sales, so the Baseline tab always stays above the attributed numbers.
const BASELINE_BEFORE = {
  sessions: 86400,
  new_visitors: 51800,
  referral_sessions: 5900,
  orders: 2760,
  revenue: 138900,
  followers: 41250,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const TIERS = CAMPAIGN.tierThresholds.split(",").map(Number);
const tierOf = (f) =>
  f < TIERS[0] ? "nano" : f < TIERS[1] ? "micro" : f < TIERS[2] ? "mid" : f < TIERS[3] ? "macro" : "mega";
const rngFor = (key) => mulberry32(hashString(key));
const between = (rng, lo, hi) => lo + (hi - lo) * rng();

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

function digits(rng, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rng() * 10);
  return s;
}
function slugId(rng, n) {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  let s = "";
  for (let i = 0; i < n; i++) s += abc[Math.floor(rng() * abc.length)];
  return s;
}

/** Distributes an integer total over weights (largest remainder, deterministic). */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k++, left--) out[order[k % order.length][1]]++;
  return out;
}

function pick(rng, shares) {
  const entries = Object.entries(shares);
  let r = rng() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1][0];
}

function csvCell(v) {
  if (v === undefined || v === null) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}
function writeCsv(file, header, rows) {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(","));
  writeFileSync(join(OUT_DIR, file), `${lines.join("\n")}\n`, "utf8");
}

const money = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const usd = (n) => `$${Math.round(n).toLocaleString("en-US")}`;
const pct = (f) => `${(f * 100).toFixed(f < 0.1 ? 1 : 0)}%`;
const x2 = (n) => `${n.toFixed(2)}x`;

const FORMATS = {
  sv: "short_video",
  lv: "long_video",
  im: "image",
  ca: "carousel",
  st: "story",
  li: "live",
  pin: "pin",
  ar: "article",
};

// Impressions per follower by platform and format (before boost and noise).
const IMPRESSION_RATIO = {
  tiktok: { short_video: 0.36, live: 0.05 },
  instagram: { short_video: 0.3, image: 0.17, carousel: 0.22, story: 0.08 },
  youtube: { long_video: 0.55, short_video: 0.28 },
  pinterest: { pin: 0.9 },
  facebook: { image: 0.12, short_video: 0.18 },
  blog: { article: 0.6 },
};
// Smaller accounts reach well beyond their followers (For You feeds, Explore), big ones less so.
const TIER_REACH = { nano: 1.3, micro: 2.6, mid: 1.5, macro: 1, mega: 1 };
// Engagement shares (of impressions; of views for long videos) and click-through rates.
const ENGAGEMENT = {
  short_video: {
    likes: [0.035, 0.065],
    comments: [0.002, 0.005],
    shares: [0.003, 0.008],
    saves: [0.004, 0.01],
  },
  live: { likes: [0.04, 0.065], comments: [0.012, 0.025], shares: [0.002, 0.005], saves: null },
  long_video: {
    likes: [0.03, 0.045],
    comments: [0.002, 0.004],
    shares: [0.001, 0.003],
    saves: [0.002, 0.005],
  },
  image: { likes: [0.03, 0.055], comments: [0.002, 0.006], shares: [0.001, 0.003], saves: [0.003, 0.008] },
  carousel: { likes: [0.035, 0.06], comments: [0.003, 0.006], shares: [0.002, 0.004], saves: [0.008, 0.015] },
  story: { likes: [0.008, 0.015], comments: [0.0015, 0.003], shares: [0.0005, 0.0015], saves: null },
  pin: { likes: [0.001, 0.003], comments: [0, 0.0003], shares: [0.0004, 0.001], saves: [0.015, 0.03] },
  article: { likes: null, comments: [0.002, 0.005], shares: [0.004, 0.01], saves: null },
};
const CTR = {
  short_video: [0.004, 0.009],
  live: [0.01, 0.02],
  long_video: [0.003, 0.006],
  image: [0.002, 0.004],
  carousel: [0.002, 0.004],
  story: [0.008, 0.015],
  pin: [0.015, 0.025],
  article: [0.03, 0.05],
};
// How long sales keep coming after a post (days, exponential decay).
const DECAY = { tiktok: 1.6, instagram: 1.4, youtube: 4.5, pinterest: 6, facebook: 1.2, blog: 5 };
const DECAY_BY_FORMAT = { story: 0.6, live: 1 };
/** Smallest batch of expected orders booked on one day (see the pooling below). */
const MIN_DAILY_ORDERS = 8;
/** The slow part of a post's sales: [share, decay in days] (saved posts, codes used later). */
const SLOW = {
  tiktok: [0.2, 8],
  instagram: [0.15, 6],
  youtube: [0.5, 14],
  pinterest: [0.6, 20],
  facebook: [0.1, 5],
  blog: [0.5, 14],
};

function urlFor(rng, handle, platform, format) {
  switch (platform) {
    case "tiktok":
      return format === "live"
        ? `https://www.tiktok.com/@${handle}/live/7${digits(rng, 18)}`
        : `https://www.tiktok.com/@${handle}/video/7${digits(rng, 18)}`;
    case "instagram":
      if (format === "story") return `https://www.instagram.com/stories/${handle}/3${digits(rng, 18)}/`;
      return `https://www.instagram.com/${format === "short_video" ? "reel" : "p"}/${slugId(rng, 11)}/`;
    case "youtube":
      return format === "short_video"
        ? `https://www.youtube.com/shorts/${slugId(rng, 11)}`
        : `https://www.youtube.com/watch?v=${slugId(rng, 11)}`;
    case "pinterest":
      return `https://www.pinterest.com/pin/${digits(rng, 18)}/`;
    case "facebook":
      return `https://www.facebook.com/${handle}/posts/${digits(rng, 16)}`;
    case "blog":
      return `https://${handle}.example/reviews/quillmoss-daybreak-serum`;
    default:
      return `https://${platform}.example/${handle}/${digits(rng, 10)}`;
  }
}

// ---------------------------------------------------------------------------
// Build rows
// ---------------------------------------------------------------------------

const priceOf = Object.fromEntries(PRODUCTS.map((p) => [p.sku, p.price]));
const campaignDays = daysBetween(CAMPAIGN.start, CAMPAIGN.end) + 1;
const lastSalesDay = CODES_EXPIRE;
const salesDays = daysBetween(CAMPAIGN.start, lastSalesDay) + 1;

for (const c of CREATORS) {
  c.status ??= "completed";
  c.posts ??= [];
  c.orders ??= 0;
  if (c.status !== "declined") {
    c.product ??= BOX;
    c.shipping ??= SHIP;
  }
}

// Content --------------------------------------------------------------------
const content = [];
let postIndex = 0;
for (const c of CREATORS) {
  const rng = rngFor(`content:${c.handle}`);
  for (const [md, f, boost = 1, platformOverride] of c.posts) {
    const format = FORMATS[f];
    const platform = platformOverride ?? c.platform;
    const published = `2026-${md}`;
    const smallAccount = c.followers < 10000 && platform === "tiktok" ? 2.4 : c.followers < 10000 ? 1.4 : 1;
    const ratio =
      IMPRESSION_RATIO[platform][format] * (platform === "pinterest" ? 1 : TIER_REACH[tierOf(c.followers)]);
    const impressions = Math.round(c.followers * ratio * boost * smallAccount * between(rng, 0.75, 1.3));
    const reach = Math.round(impressions * between(rng, 0.72, 0.92));
    let views = null;
    if (format === "short_video") views = Math.round(impressions * between(rng, 0.86, 0.96));
    else if (format === "long_video") views = Math.round(impressions * between(rng, 0.3, 0.42));
    else if (format === "story" || format === "live") views = Math.round(reach * between(rng, 0.93, 1));
    else if (format === "article") views = Math.round(impressions * between(rng, 0.55, 0.7));
    const base = format === "long_video" ? views : impressions;
    // Kay's audience loved the content (it just could not buy); the viral video over-performed.
    const engBoost = c.handle === "theskinedit.kay" ? 1.25 : boost >= 10 ? 1.35 : 1;
    const eng = ENGAGEMENT[format];
    const part = (key) => (eng[key] ? Math.round(base * between(rng, ...eng[key]) * engBoost) : null);
    const likes = part("likes");
    const comments = part("comments");
    const shares = part("shares");
    const saves = part("saves");
    const ctrBoost = c.model === "affiliate" || c.model === "hybrid" ? 1.4 : 1;
    const clicks = Math.round(impressions * between(rng, ...CTR[format]) * ctrBoost);
    const url = urlFor(rng, c.handle, platform, format);
    postIndex++;
    // Now and then the Platform cell is left blank (it then defaults to the creator's platform).
    const platformCell = platformOverride ? platform : postIndex % 7 === 3 ? "" : platform;
    content.push({
      creator: c.handle,
      url,
      platform: platformCell,
      realPlatform: platform,
      format,
      published,
      impressions,
      reach,
      views,
      likes,
      comments,
      shares,
      saves,
      clicks,
    });
  }
}
content.sort((a, b) => a.published.localeCompare(b.published) || a.creator.localeCompare(b.creator));

// Conversions ------------------------------------------------------------------
const conversions = [];
const discountOf = (code) => (code ? Number(code.match(/(\d+)$/)?.[1] ?? 0) / 100 : 0);

function ordersToRows(rng, date, nOrders, mix, discount) {
  const bySku = new Map();
  for (let i = 0; i < nOrders; i++) {
    let sku = pick(rng, MIXES[mix]);
    if (sku === STOCKOUT.sku && STOCKOUT.days.includes(date)) sku = STOCKOUT.fallback;
    const r = rng();
    const units = r < 0.86 ? 1 : r < 0.97 ? 2 : 3;
    const cur = bySku.get(sku) ?? { orders: 0, units: 0 };
    cur.orders++;
    cur.units += units;
    bySku.set(sku, cur);
  }
  return [...bySku.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sku, v]) => ({
      date,
      sku,
      orders: v.orders,
      units: v.units,
      revenue: Math.round(v.units * priceOf[sku] * (1 - discount) * 100) / 100,
    }));
}

for (const c of CREATORS) {
  if (!c.orders || c.posts.length === 0) continue;
  const rng = rngFor(`sales:${c.handle}`);
  const weights = [];
  for (let d = 0; d < salesDays; d++) {
    const day = addDays(CAMPAIGN.start, d);
    let w = 0;
    for (const [md, f, boost = 1] of c.posts) {
      const lag = daysBetween(`2026-${md}`, day);
      if (lag < 0) continue;
      // A fast decay (the post is in feeds) plus a slow one (saved posts, codes used later).
      const tau = DECAY_BY_FORMAT[FORMATS[f]] ?? DECAY[c.platform];
      const [a, slowTau] = SLOW[c.platform];
      w += boost * ((1 - a) * (Math.exp(-lag / tau) / tau) + a * (Math.exp(-lag / slowTau) / slowTau));
    }
    weights.push(w * between(rng, 0.8, 1.2));
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  // Quiet days are pooled: expected orders accumulate until they reach MIN_DAILY_ORDERS and are
  // booked on that day (a small creator sells every few days rather than a fraction each day).
  const kept = weights.map(() => 0);
  const batch = Math.min(MIN_DAILY_ORDERS, Math.max(1, c.orders / 3));
  let pooled = 0;
  weights.forEach((w, d) => {
    pooled += w;
    if ((c.orders * pooled) / sum >= batch) {
      kept[d] = pooled;
      pooled = 0;
    }
  });
  // (whatever is still pooled after the last day is spread over the booked days by apportion)
  const perDay = apportion(c.orders, kept);
  const discount = discountOf(c.code);
  perDay.forEach((n, d) => {
    if (n === 0) return;
    const date = addDays(CAMPAIGN.start, d);
    for (const row of ordersToRows(rng, date, n, c.mix, discount)) {
      // Attribution as exported from the shop: most rows name the creator (UTM link),
      // some only carry the discount code, a few carry both.
      // During the UTM outage only the discount code identifies the creator (or nothing does).
      const r = rng();
      const outage = TRACKING_GAP.includes(date);
      const byCode = c.code && (outage || r < 0.28);
      const both = c.code && !outage && r >= 0.28 && r < 0.4;
      const leads = rng() < 0.18 ? 1 + Math.floor(rng() * 4) : null;
      conversions.push({
        ...row,
        creator: byCode || outage ? "" : c.handle,
        code: byCode || both ? c.code : "",
        leads,
      });
    }
  });
}
{
  const rng = rngFor("sales:unattributed");
  for (const [date, n] of UNATTRIBUTED) {
    for (const row of ordersToRows(rng, date, n, "broad", 0)) {
      conversions.push({ ...row, creator: "", code: "", leads: null });
    }
  }
}
conversions.sort(
  (a, b) =>
    a.date.localeCompare(b.date) ||
    (a.creator || a.code || "~").localeCompare(b.creator || b.code || "~") ||
    a.sku.localeCompare(b.sku),
);

// ---------------------------------------------------------------------------
// Figures for the narrative (a light re-implementation of the KPI rules)
// ---------------------------------------------------------------------------

const byHandle = new Map(CREATORS.map((c) => [c.handle, c]));
const byCode = new Map(CREATORS.filter((c) => c.code).map((c) => [c.code, c]));
const stat = new Map(
  CREATORS.map((c) => [
    c.handle,
    { impressions: 0, clicks: 0, engagements: 0, posts: 0, orders: 0, revenue: 0, cost: 0 },
  ]),
);
for (const p of content) {
  const s = stat.get(p.creator);
  s.posts++;
  s.impressions += p.impressions;
  s.clicks += p.clicks;
  s.engagements += (p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0) + (p.saves ?? 0);
}
const tot = { revenue: 0, orders: 0, tail: 0, unattributedRevenue: 0, duringRevenue: 0, duringOrders: 0 };
for (const r of conversions) {
  tot.revenue += r.revenue;
  tot.orders += r.orders;
  if (r.date > CAMPAIGN.end) tot.tail += r.revenue;
  else {
    tot.duringRevenue += r.revenue;
    tot.duringOrders += r.orders;
  }
  const c = r.creator ? byHandle.get(r.creator) : byCode.get(r.code);
  if (!c) tot.unattributedRevenue += r.revenue;
  else {
    stat.get(c.handle).orders += r.orders;
    stat.get(c.handle).revenue += r.revenue;
  }
}
let creatorCost = 0;
for (const c of CREATORS) {
  const s = stat.get(c.handle);
  s.cost = (c.fee ?? 0) + (c.product ?? 0) + (c.shipping ?? 0) + (c.commission ?? 0) * s.revenue;
  if (c.status !== "declined") creatorCost += s.cost;
}
const otherCost = COSTS.reduce((a, c) => a + c.amount, 0);
const laborCost = TEAM.reduce((a, t) => a + t.hours * t.rate, 0);
const totalCost = creatorCost + otherCost + laborCost;
const impressionsTotal = content.reduce((a, p) => a + p.impressions, 0);
const engagementsTotal = [...stat.values()].reduce((a, s) => a + s.engagements, 0);

function group(keyOf) {
  const g = new Map();
  for (const c of CREATORS) {
    if (c.status === "declined") continue;
    const k = keyOf(c);
    const s = stat.get(c.handle);
    const cur = g.get(k) ?? { cost: 0, revenue: 0, orders: 0, clicks: 0, creators: 0 };
    cur.cost += s.cost;
    cur.revenue += s.revenue;
    cur.orders += s.orders;
    cur.clicks += s.clicks;
    cur.creators++;
    g.set(k, cur);
  }
  return g;
}
const tiers = group((c) => tierOf(c.followers));
const platforms = group((c) => c.platform);
const models = group((c) => c.model);
const roas = (g) => g.revenue / g.cost;

const s = (h) => stat.get(h);
const zeroConverters = CREATORS.filter(
  (c) => c.status !== "declined" && s(c.handle).cost > 0 && s(c.handle).orders === 0,
);
const microTikTok = CREATORS.filter(
  (c) =>
    tierOf(c.followers) === "micro" &&
    c.platform === "tiktok" &&
    (c.model === "affiliate" || c.model === "hybrid"),
).reduce((a, c) => ({ cost: a.cost + s(c.handle).cost, revenue: a.revenue + s(c.handle).revenue }), {
  cost: 0,
  revenue: 0,
});
const pinterest = platforms.get("pinterest");
const devon = s("dewydevon");
const lena = s("lenaglowlab");
const kay = s("theskinedit.kay");
const devonViral = content.find((p) => p.creator === "dewydevon" && p.published === "2026-03-12");

// Baseline: during/after = the organic run rate plus the attributed sales plus a small halo.
const BEFORE = BASELINE_BEFORE;
const round10 = (n) => Math.round(n / 10) * 10;
const baseline = [
  { period: "before", start: addDays(CAMPAIGN.start, -28), end: addDays(CAMPAIGN.start, -1), ...BEFORE },
  {
    period: "during",
    start: CAMPAIGN.start,
    end: CAMPAIGN.end,
    sessions: round10(BEFORE.sessions * 1.08 + tot.duringOrders * 9.5),
    new_visitors: round10(BEFORE.new_visitors * 1.05 + tot.duringOrders * 7.4),
    referral_sessions: round10(BEFORE.referral_sessions + tot.duringOrders * 3.9),
    orders: round10(BEFORE.orders * 1.06 + tot.duringOrders),
    revenue: round10(BEFORE.revenue * 1.06 + tot.duringRevenue),
    followers: 49800,
  },
  {
    period: "after",
    start: addDays(CAMPAIGN.end, 1),
    end: addDays(CAMPAIGN.end, 28),
    sessions: round10(BEFORE.sessions * 1.12 + tot.tail / 18),
    new_visitors: round10(BEFORE.new_visitors * 1.1),
    referral_sessions: round10(BEFORE.referral_sessions * 1.45),
    orders: round10(BEFORE.orders * 1.14 + (tot.orders - tot.duringOrders)),
    revenue: round10(BEFORE.revenue * 1.15 + tot.tail),
    followers: 51400,
  },
];
const sessionsLift = baseline[1].sessions / BEFORE.sessions - 1;

// ---------------------------------------------------------------------------
// Narrative tabs
// ---------------------------------------------------------------------------

const T = {
  revenue: usd(tot.revenue),
  orders: tot.orders.toLocaleString("en-US"),
  roas: x2(tot.revenue / totalCost),
  cpa: usd(totalCost / tot.orders),
  totalCost: usd(totalCost),
  devonRevenue: usd(devon.revenue),
  devonShare: pct(devon.revenue / tot.revenue),
  devonViews: `${(devonViral.views / 1e6).toFixed(1)} million`,
  lenaCost: usd(lena.cost),
  lenaRoas: x2(lena.revenue / lena.cost),
  kayImpressions: `${(kay.impressions / 1e6).toFixed(1)} million`,
  kayClicks: kay.clicks.toLocaleString("en-US"),
  kayCost: usd(kay.cost),
  microRoas: x2(roas(tiers.get("micro"))),
  microCpa: usd(tiers.get("micro").cost / tiers.get("micro").orders),
  megaRoas: x2(roas(tiers.get("mega"))),
  macroRoas: x2(roas(tiers.get("macro"))),
  microTikTokRoas: x2(microTikTok.revenue / microTikTok.cost),
  fixedFeeRoas: x2(roas(models.get("fixed_fee"))),
  hybridRoas: x2(roas(models.get("hybrid"))),
  affiliateRoas: x2(roas(models.get("affiliate"))),
  giftedRoas: x2(roas(models.get("gifted"))),
  pinClicks: pinterest.clicks.toLocaleString("en-US"),
  pinOrders: pinterest.orders,
  pinCr: pct(pinterest.orders / pinterest.clicks),
  tailShare: pct(tot.tail / tot.revenue),
  unattributed: usd(tot.unattributedRevenue),
  zero: zeroConverters.length,
  zeroCost: usd(zeroConverters.reduce((a, c) => a + s(c.handle).cost, 0)),
  er: pct(engagementsTotal / impressionsTotal),
  impressions: `${(impressionsTotal / 1e6).toFixed(1)} million`,
  sessionsLift: pct(sessionsLift),
  laborCost: usd(laborCost),
  lenaShareOfCreatorCost: pct(lena.cost / creatorCost),
  jonasCreators: CREATORS.filter((c) => c.owner === JONAS && c.status !== "declined").length,
  launchCreators: CREATORS.filter((c) => c.status !== "declined" && !c.joined).length,
  payBackShare: pct(
    (models.get("affiliate").revenue + models.get("hybrid").revenue) /
      (tot.revenue - tot.unattributedRevenue),
  ),
  giftedCost: usd(models.get("gifted").cost),
  giftedRevenue: usd(models.get("gifted").revenue),
  giftedZero: CREATORS.filter(
    (c) => c.model === "gifted" && c.status !== "declined" && s(c.handle).orders === 0,
  ).length,
  gifted: models.get("gifted").creators,
};

// Goal outcomes, for the "did we reach the goals" answer.
const ACTUALS = {
  revenue: [tot.revenue, T.revenue],
  orders: [tot.orders, T.orders],
  roas: [tot.revenue / totalCost, T.roas],
  cpa: [totalCost / tot.orders, T.cpa],
  impressions: [impressionsTotal, T.impressions],
  er_impressions: [engagementsTotal / impressionsTotal, T.er],
  sessions_lift: [sessionsLift, `+${T.sessionsLift}`],
};
const GOAL_LABELS = {
  revenue: "revenue",
  orders: "orders",
  roas: "ROAS",
  cpa: "cost per order",
  impressions: "impressions",
  er_impressions: "engagement rate",
  sessions_lift: "site sessions",
};
const LOWER_IS_BETTER = new Set(["cpa", "cpm", "cpe", "cpv", "cpc", "cpl", "total_cost"]);
const goalMet = GOALS.filter(([k]) => k in ACTUALS).map(([k, target]) => ({
  k,
  met: LOWER_IS_BETTER.has(k) ? ACTUALS[k][0] <= target : ACTUALS[k][0] >= target,
  text: `${GOAL_LABELS[k]} (${ACTUALS[k][1]})`,
}));
const listOf = (items) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const goalsMetText = listOf(goalMet.filter((g) => g.met).map((g) => g.text));
const goalsMissedText = listOf(goalMet.filter((g) => !g.met).map((g) => g.text));

const RETRO = [
  // collaboration
  [
    "collaboration",
    "Did everyone understand the goal of the campaign and how it would be measured?",
    `Mostly. Everyone knew revenue was the main goal, but ROAS as the guardrail was only written down in week 2, so the first deals were judged on reach. Next time both belong in the kick-off brief.`,
    MAYA,
  ],
  [
    "collaboration",
    "Did we agree on the creator shortlist and the budget split before contracting?",
    `Only partly. The mega YouTube deal (${T.lenaCost}) was signed before the micro shortlist was ready, so ${T.lenaShareOfCreatorCost} of the creator budget was committed before we could compare options.`,
    MAYA,
  ],
  [
    "collaboration",
    "Did we have the people we needed, when we needed them?",
    `Creator management was tight: Jonas looked after ${T.jonasCreators} creators and logged the most hours. Analytics had only a few hours a week, so the UTM outage of 3-5 March took three days to spot.`,
    JONAS,
  ],
  [
    "collaboration",
    "Were managers told about progress and roadblocks in time?",
    `Yes for the viral video (boost approved within a day), no for the legal review of claims, which was raised only when TikTok posts were already late.`,
    PRIYA,
  ],
  // process
  [
    "process",
    "Did we prioritise the right tasks?",
    `We spent most onboarding time on the big names. The micro TikTok creators, who earned ${T.microTikTokRoas} on what they cost, got the least attention and still returned the most per dollar.`,
    JONAS,
  ],
  [
    "process",
    "Where did the briefing or approval process slow us down?",
    `The legal check on the word "brightening" held six TikTok scripts for five days, so the first week ran on Instagram, Pinterest and gifted posts. The mega video needed two revision rounds and went live six days late.`,
    PRIYA,
  ],
  [
    "process",
    "Did the campaign dates fit the goal?",
    `Four weeks suited TikTok. YouTube and Pinterest kept selling after the end date, and so did the videos of the last week: ${T.tailShare} of revenue arrived in the ten days after.`,
    THEO,
  ],
  [
    "process",
    "Were unexpected roadblocks shared quickly?",
    `The 50 ml stock-out on 15-16 March was flagged by the warehouse the same day and customers were steered to the 30 ml size. The UTM outage went unnoticed for three days; it explains most of the ${T.unattributed} we could not attribute.`,
    THEO,
  ],
  // function
  [
    "function",
    "Who made the key decisions, and did that work?",
    `Maya owned budget and creator choice, Priya owned content approval. The Spark Ads decision on 13 March was quick and paid off; the early mega commitment was made alone and did not.`,
    MAYA,
  ],
  [
    "function",
    "Did everyone understand their role and responsibilities?",
    `Owners per creator were clear. Who checks tracking links before a post goes live was not: it fell between content and analytics.`,
    THEO,
  ],
  [
    "function",
    "Which cooperation model paid back?",
    `Affiliate (${T.affiliateRoas}) and hybrid (${T.hybridRoas}) deals paid back and brought ${T.payBackShare} of attributed revenue; fixed fees returned ${T.fixedFeeRoas}. Gifting looked efficient (${T.giftedRevenue} on ${T.giftedCost} of boxes) but ${T.giftedZero} of ${T.gifted} gifted creators sold nothing.`,
    THEO,
  ],
  [
    "function",
    "Did we need outside help (agency, legal, warehouse) and was it booked in time?",
    `The agency found the macro creators but did not check audience location; legal was booked too late. The warehouse handled the PR boxes well.`,
    MAYA,
  ],
  // next steps
  [
    "next_steps",
    "Did we reach the goals we set, and why or why not?",
    `Met: ${goalsMetText}. Missed: ${goalsMissedText}. Sales were strong, but two large fixed-fee deals cost a lot and sold little, which pulled the efficiency goals down.`,
    MAYA,
  ],
  [
    "next_steps",
    "Which learnings would make the next campaign faster, cheaper or more profitable?",
    `Put most of the budget into micro creators on hybrid terms (micro tier: ${T.microRoas} ROAS, ${T.microCpa} per order), check audience geography before any fixed fee, and get claims approved before creators are contracted.`,
    JONAS,
  ],
  [
    "next_steps",
    "Should the goals be set differently next time?",
    `Keep revenue and ROAS, add a goal per platform: Pinterest should be judged on clicks and saves over a longer window, not on orders inside four weeks.`,
    THEO,
  ],
  [
    "next_steps",
    "How can leadership help with the next campaign?",
    `Approve a standing budget for boosting content that takes off, and a legal fast lane of 48 hours for creator scripts.`,
    MAYA,
  ],
  // stop / start / continue / change
  ["stop", "Signing fixed fees above $5,000 without an audience location report", "", MAYA],
  ["stop", "Sending PR boxes to small creators without a posting brief or a follow-up plan", "", PRIYA],
  ["start", "Testing every tracking link the day before a post goes live", "", THEO],
  ["start", "Keeping a boost budget ready for posts that take off", "", MAYA],
  ["continue", "Hybrid deals (small fee plus commission) with micro TikTok creators", "", JONAS],
  ["continue", "Writing the journal during the campaign, not after it", "", PRIYA],
  ["change", "Measure YouTube and Pinterest over 8 weeks instead of 4", "", THEO],
  ["change", "Send the legal claims checklist with the brief, before contracting", "", PRIYA],
  // hit / miss / learning
  [
    "hit",
    `The 12 March dewydevon video (${T.devonViews} views) made him the top seller: ${T.devonRevenue}, ${T.devonShare} of campaign revenue`,
    "",
    MAYA,
  ],
  ["hit", `Micro TikTok affiliates and hybrids returned ${T.microTikTokRoas} on their cost`, "", JONAS],
  ["hit", `Site sessions were up ${T.sessionsLift} on the four weeks before`, "", THEO],
  ["miss", `The mega YouTube deal cost ${T.lenaCost} and returned ${T.lenaRoas}`, "", MAYA],
  [
    "miss",
    `theskinedit.kay reached ${T.kayImpressions} impressions and ${T.kayClicks} clicks but sold nothing: most of her audience lives outside the US`,
    "",
    MAYA,
  ],
  [
    "miss",
    `${T.zero} creators who cost money sold nothing (${T.zeroCost} in total, mostly one fixed fee)`,
    "",
    PRIYA,
  ],
  [
    "learning",
    `Pinterest brought ${T.pinClicks} clicks but only ${T.pinOrders} orders (${T.pinCr}): people save pins to buy later`,
    "",
    PRIYA,
  ],
  [
    "learning",
    `${T.tailShare} of revenue came after the end date, so discount codes should outlive the campaign`,
    "",
    THEO,
  ],
  [
    "learning",
    "Follower count predicted reach, not sales: audience fit and a clear offer mattered more",
    "",
    JONAS,
  ],
];

const JOURNAL = [
  [
    "2026-02-24",
    "decision",
    "Signed lenaglowlab (YouTube, 1.85M subscribers) on a fixed fee before the micro shortlist was complete.",
    `Committed ${T.lenaShareOfCreatorCost} of the final creator spend in one deal.`,
  ],
  [
    "2026-03-02",
    "milestone",
    `Campaign launched: PR boxes delivered to ${T.launchCreators} creators, discount codes active.`,
    "",
  ],
  [
    "2026-03-05",
    "incident",
    "Link-in-bio tool stripped UTM parameters from 3 to 5 March; fixed after Theo spotted referral traffic with no campaign tag.",
    `Orders without a discount code could not be attributed; ${T.unattributed} of revenue is unattributed in total.`,
  ],
  [
    "2026-03-09",
    "incident",
    'Legal review of the word "brightening" held six TikTok scripts for five days.',
    "Most TikTok posts moved from week 1 to week 2.",
  ],
  [
    "2026-03-12",
    "milestone",
    "dewydevon's morning-routine video passed one million views within 20 hours.",
    "Started the strongest sales week of the campaign.",
  ],
  [
    "2026-03-13",
    "decision",
    "Boosted the viral dewydevon video with $6,000 of Spark Ads.",
    "Kept it in feeds for another four days; added to paid amplification costs.",
  ],
  [
    "2026-03-15",
    "incident",
    "Daybreak Serum 50 ml sold out for two days; the product page pointed buyers to the 30 ml size.",
    "Some revenue shifted from the 50 ml to the 30 ml variant.",
  ],
  [
    "2026-03-16",
    "incident",
    "lenaglowlab's video went live six days late after a second revision round on the script.",
    "Missed the planned launch week; fewer days to sell before the end date.",
  ],
  [
    "2026-03-18",
    "decision",
    "Moved the budget freed by marisolmakes declining to two micro TikTok creators (serumsnob, maskmonday) on hybrid and affiliate terms.",
    "Both posted in the last ten days and sold into the tail.",
  ],
  [
    "2026-03-20",
    "learning",
    "Audience report for theskinedit.kay arrived: about 70% of her followers live outside the US, where we do not ship.",
    "Explains high engagement and clicks with no orders.",
  ],
  [
    "2026-03-24",
    "decision",
    "Kept all discount codes valid until 8 April instead of closing them with the campaign.",
    `Tail revenue after 29 March: ${T.tailShare} of the total.`,
  ],
  [
    "2026-03-28",
    "milestone",
    "dewydevon posted a 30-day results video, his second-biggest post of the campaign.",
    "Revived sales in the last days; with the codes still valid it carried on into the tail.",
  ],
];

// ---------------------------------------------------------------------------
// Write the CSVs
// ---------------------------------------------------------------------------

writeCsv(
  "Campaign.csv",
  ["Field", "Value"],
  [
    ["Campaign name", CAMPAIGN.name],
    ["Brand", CAMPAIGN.brand],
    ["Start date", CAMPAIGN.start],
    ["End date", CAMPAIGN.end],
    ["Currency", CAMPAIGN.currency],
    ["Objective", CAMPAIGN.objective],
    ["Locale", CAMPAIGN.locale],
    ["Prepared by", CAMPAIGN.preparedBy],
    ["Tier thresholds", CAMPAIGN.tierThresholds],
  ],
);

writeCsv(
  "Goals.csv",
  ["KPI", "Target"],
  GOALS.map(([k, v]) => [k, v]),
);

writeCsv(
  "Creators.csv",
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
  CREATORS.map((c) => {
    const path = c.model === "affiliate" || c.model === "hybrid" ? `r/${c.handle}` : "daybreak";
    const link = c.noLink
      ? ""
      : `${SITE}/${path}?utm_source=${c.platform}&utm_medium=influencer&utm_campaign=${UTM_CAMPAIGN}&utm_content=${c.handle.replace(/\./g, "_")}`;
    return [
      c.handle,
      c.name,
      c.platform,
      c.followers,
      c.model,
      c.fee === undefined ? (c.model === "gifted" || c.model === "affiliate" ? "" : 0) : c.fee,
      c.product === undefined ? "" : money(c.product),
      c.shipping === undefined ? "" : money(c.shipping),
      c.commission ?? "",
      c.code ?? "",
      link,
      c.tags,
      c.owner,
      c.status,
    ];
  }),
);

writeCsv(
  "Content.csv",
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
  content.map((p) => [
    p.creator,
    p.url,
    p.platform,
    p.format,
    p.published,
    p.impressions,
    p.reach,
    p.views,
    p.likes,
    p.comments,
    p.shares,
    p.saves,
    p.clicks,
  ]),
);

writeCsv(
  "Conversions.csv",
  ["Date", "Creator", "Discount code", "SKU", "Orders", "Units", "Revenue", "Leads"],
  conversions.map((r) => [
    r.date,
    r.creator,
    r.code,
    r.sku,
    r.orders,
    r.units,
    r.revenue.toFixed(2),
    r.leads,
  ]),
);

writeCsv(
  "Products.csv",
  ["SKU", "Product", "Variant", "Price", "Unit cost"],
  PRODUCTS.map((p) => [p.sku, p.product, p.variant, p.price.toFixed(2), p.cost.toFixed(2)]),
);

writeCsv(
  "Costs.csv",
  ["Item", "Category", "Amount", "Date"],
  COSTS.map((c) => [c.item, c.category, money(c.amount), c.date]),
);

writeCsv(
  "Team.csv",
  ["Member", "Role", "Hours", "Hourly cost"],
  TEAM.map((t) => [t.member, t.role, t.hours, money(t.rate)]),
);

writeCsv(
  "Baseline.csv",
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
  baseline.map((b) => [
    b.period,
    b.start,
    b.end,
    b.sessions,
    b.new_visitors,
    b.referral_sessions,
    b.orders,
    b.revenue,
    b.followers,
  ]),
);

writeCsv("Retrospective.csv", ["Section", "Item", "Answer", "Owner"], RETRO);

writeCsv("Journal.csv", ["Date", "Type", "Note", "Impact"], JOURNAL);

console.log(
  [
    `campaign days ${campaignDays}, creators ${CREATORS.length}, posts ${content.length}, conversion rows ${conversions.length}`,
    `revenue ${T.revenue} (tail ${T.tailShare}), orders ${T.orders}, total cost ${T.totalCost}, ROAS ${T.roas}, CPA ${T.cpa}`,
    `impressions ${T.impressions}, ER ${T.er}, sessions lift ${T.sessionsLift}`,
    `ROAS by tier: ${[...tiers].map(([k, g]) => `${k} ${x2(roas(g))}`).join(", ")}`,
  ].join("\n"),
);
