// The story of the bundled sample campaign, written by hand: creators and their posts,
// order targets, costs, team, goals and the platform habits the rows are drawn from.
// daybreak.ts derives the bulky Content and Conversions rows from these parameters.
import type { CooperationModel, Format, Objective, Platform, Status, Tier } from "../../core/index.ts";

export type FormatCode = "sv" | "lv" | "im" | "ca" | "st" | "li" | "pin" | "ar";
export type Mix = "serum" | "glow" | "spf" | "clear" | "broad";
/** [date (MM-DD, 2026), format, boost (reach multiplier, default 1), platform override] */
export type PostSpec = [string, FormatCode, number?, Platform?];
type Range = [number, number];
type EngagementPart = "likes" | "comments" | "shares" | "saves";

export interface Product {
  sku: string;
  product: string;
  variant: string;
  price: number;
  cost: number;
}

export interface StoryCreator {
  handle: string;
  name: string;
  platform: Platform;
  followers: number;
  model: CooperationModel;
  fee?: number;
  product?: number;
  shipping?: number;
  commission?: number;
  code?: string;
  tags: string;
  owner: string;
  /** Default: completed. */
  status?: Status;
  /** No tracking link (declined before one was made). */
  noLink?: boolean;
  /** Joined mid-campaign: not part of the launch. */
  joined?: string;
  /** Attributed orders the creator drove (spread over the days after their posts). */
  orders?: number;
  mix?: Mix;
  posts?: PostSpec[];
}

export const CAMPAIGN = {
  name: "Daybreak Serum Launch - Spring 2026",
  brand: "Quillmoss Skincare",
  start: "2026-03-02",
  end: "2026-03-29",
  currency: "USD",
  objective: "sales" as Objective,
  locale: "en",
  preparedBy: "Maya Okafor",
  tierThresholds: "10000, 100000, 500000, 1000000",
};
/** Discount codes stayed valid until this day (the tail of the campaign). */
export const CODES_EXPIRE = "2026-04-08";
/** The link-in-bio tool dropped UTM parameters on these days (see Journal). */
export const TRACKING_GAP = ["2026-03-03", "2026-03-04", "2026-03-05"];
/** Daybreak Serum 50 ml was out of stock on these days (see Journal). */
export const STOCKOUT = { sku: "QM-DAY-50", days: ["2026-03-15", "2026-03-16"], fallback: "QM-DAY-30" };
export const SITE = "https://quillmoss.example";
export const UTM_CAMPAIGN = "daybreak_spring26";

export const PRODUCTS: Product[] = [
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
export const MIXES: Record<Mix, Record<string, number>> = {
  serum: { "QM-DAY-30": 0.55, "QM-DAY-50": 0.45 },
  glow: { "QM-KIT-SPR": 0.65, "QM-DAY-30": 0.35 },
  spf: { "QM-VEIL-50": 0.65, "QM-VEIL-30": 0.35 },
  clear: { "QM-DAY-30": 0.55, "QM-RST-300": 0.45 },
  broad: { "QM-DAY-30": 0.4, "QM-KIT-SPR": 0.3, "QM-RST-150": 0.3 },
};

export const TEAM = [
  { member: "Maya Okafor", role: "Head of influencer marketing", hours: 96, rate: 58 },
  { member: "Jonas Berg", role: "Creator partnerships manager", hours: 118, rate: 41 },
  { member: "Priya Raman", role: "Social and content lead", hours: 64, rate: 46 },
  { member: "Theo Marchetti", role: "Marketing analyst", hours: 26, rate: 52 },
];
export const [MAYA, JONAS, PRIYA, THEO] = TEAM.map((t) => t.member) as [string, string, string, string];

export const COSTS: { item: string; category: string; amount: number; date: string }[] = [
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
export const BOX = 38; // value of the PR box (serum, SPF, cleanser) at cost
export const SHIP = 9.5;

export const CREATORS: StoryCreator[] = [
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
export const UNATTRIBUTED: [string, number][] = [
  ["2026-03-03", 14],
  ["2026-03-04", 19],
  ["2026-03-05", 16],
  ["2026-03-13", 11],
  ["2026-03-21", 7],
  ["2026-04-02", 5],
];

export const GOALS: [string, number][] = [
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
export const BASELINE_BEFORE = {
  sessions: 86400,
  new_visitors: 51800,
  referral_sessions: 5900,
  orders: 2760,
  revenue: 138900,
  followers: 41250,
};

export const FORMATS: Record<FormatCode, Format> = {
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
export const IMPRESSION_RATIO: Partial<Record<Platform, Partial<Record<Format, number>>>> = {
  tiktok: { short_video: 0.36, live: 0.05 },
  instagram: { short_video: 0.3, image: 0.17, carousel: 0.22, story: 0.08 },
  youtube: { long_video: 0.55, short_video: 0.28 },
  pinterest: { pin: 0.9 },
  facebook: { image: 0.12, short_video: 0.18 },
  blog: { article: 0.6 },
};
// Smaller accounts reach well beyond their followers (For You feeds, Explore), big ones less so.
export const TIER_REACH: Record<Tier, number> = { nano: 1.3, micro: 2.6, mid: 1.5, macro: 1, mega: 1 };
// Engagement shares (of impressions; of views for long videos) and click-through rates.
export const ENGAGEMENT: Partial<Record<Format, Record<EngagementPart, Range | null>>> = {
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
export const CTR: Partial<Record<Format, Range>> = {
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
export const DECAY: Partial<Record<Platform, number>> = {
  tiktok: 1.6,
  instagram: 1.4,
  youtube: 4.5,
  pinterest: 6,
  facebook: 1.2,
  blog: 5,
};
export const DECAY_BY_FORMAT: Partial<Record<Format, number>> = { story: 0.6, live: 1 };
/** Smallest batch of expected orders booked on one day (see the pooling below). */
export const MIN_DAILY_ORDERS = 8;
/** The slow part of a post's sales: [share, decay in days] (saved posts, codes used later). */
export const SLOW: Partial<Record<Platform, [number, number]>> = {
  tiktok: [0.2, 8],
  instagram: [0.15, 6],
  youtube: [0.5, 14],
  pinterest: [0.6, 20],
  facebook: [0.1, 5],
  blog: [0.5, 14],
};
