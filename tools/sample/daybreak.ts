// The bundled sample campaign (templates/sample/, one CSV per tab), written by `npm run sample`.
//
// Everything is deterministic: each creator draws from its own seeded PRNG (keyed by
// its handle), so editing one creator does not reshuffle the others. The hand-written
// story parameters live in daybreak-story.ts; the bulky Content and Conversions rows are
// derived from them here. The figures the Retrospective and Journal quote are computed by
// the core from the generated tabs, so the text stays consistent with the data after an edit.
import {
  type Analysis,
  addDays,
  analyze,
  daysBetween,
  type Format,
  type Platform,
  type TabKey,
  tierOf,
} from "../../core/index.ts";
import { type Fields, formGrid, type Grid, rawWorkbook, tableGrid } from "../workbook.ts";
import {
  BASELINE_BEFORE,
  BOX,
  CAMPAIGN,
  CODES_EXPIRE,
  COSTS,
  CREATORS,
  CTR,
  DECAY,
  DECAY_BY_FORMAT,
  ENGAGEMENT,
  FORMATS,
  GOALS,
  IMPRESSION_RATIO,
  MIN_DAILY_ORDERS,
  MIXES,
  type Mix,
  PRODUCTS,
  SHIP,
  SITE,
  SLOW,
  STOCKOUT,
  type StoryCreator,
  TEAM,
  TIER_REACH,
  TRACKING_GAP,
  UNATTRIBUTED,
  UTM_CAMPAIGN,
} from "./daybreak-story.ts";
import { journal, retrospective } from "./daybreak-narrative.ts";
import { fnv1a, mulberry32, type Rng, textGrid, writeTabs } from "./grid.ts";

const THRESHOLDS = CAMPAIGN.tierThresholds.split(",").map(Number);
const rngFor = (key: string) => mulberry32(fnv1a(key));
const between = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const money = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function digits(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rng() * 10);
  return s;
}
function slugId(rng: Rng, n: number): string {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  let s = "";
  for (let i = 0; i < n; i++) s += abc[Math.floor(rng() * abc.length)];
  return s;
}

/** Distributes an integer total over weights (largest remainder, deterministic). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k++, left--) out[order[k % order.length]![1]]!++;
  return out;
}

function pick(rng: Rng, shares: Record<string, number>): string {
  const entries = Object.entries(shares);
  let r = rng() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

function urlFor(rng: Rng, handle: string, platform: Platform, format: Format): string {
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

type Tabs = Partial<Record<TabKey, Grid>>;

/** A story creator with its defaults filled in. */
type Creator = StoryCreator & Required<Pick<StoryCreator, "status" | "posts" | "orders">>;

const creators: Creator[] = CREATORS.map((c) => {
  const status = c.status ?? "completed";
  const out: Creator = { ...c, status, posts: c.posts ?? [], orders: c.orders ?? 0 };
  if (status !== "declined") {
    out.product ??= BOX;
    out.shipping ??= SHIP;
  }
  return out;
});

type Post = {
  creator: string;
  url: string;
  /** The cell as written: sometimes blank (it then defaults to the creator's platform). */
  platform: string;
  format: Format;
  published: string;
  impressions: number;
  reach: number;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  clicks: number;
};

/** One post's metrics, drawn from the platform and format habits. */
function post(c: Creator, rng: Rng, spec: Creator["posts"][number], index: number): Post {
  const [md, f, boost = 1, platformOverride] = spec;
  const format = FORMATS[f];
  const platform = platformOverride ?? c.platform;
  const smallAccount = c.followers < 10000 && platform === "tiktok" ? 2.4 : c.followers < 10000 ? 1.4 : 1;
  const ratio =
    IMPRESSION_RATIO[platform]![format]! *
    (platform === "pinterest" ? 1 : TIER_REACH[tierOf(c.followers, THRESHOLDS)]);
  const impressions = Math.round(c.followers * ratio * boost * smallAccount * between(rng, 0.75, 1.3));
  const reach = Math.round(impressions * between(rng, 0.72, 0.92));
  let views: number | null = null;
  if (format === "short_video") views = Math.round(impressions * between(rng, 0.86, 0.96));
  else if (format === "long_video") views = Math.round(impressions * between(rng, 0.3, 0.42));
  else if (format === "story" || format === "live") views = Math.round(reach * between(rng, 0.93, 1));
  else if (format === "article") views = Math.round(impressions * between(rng, 0.55, 0.7));
  const base = format === "long_video" ? (views ?? 0) : impressions;
  // Kay's audience loved the content (it just could not buy); the viral video over-performed.
  const engBoost = c.handle === "theskinedit.kay" ? 1.25 : boost >= 10 ? 1.35 : 1;
  const eng = ENGAGEMENT[format]!;
  const part = (key: keyof typeof eng) => {
    const range = eng[key];
    return range ? Math.round(base * between(rng, ...range) * engBoost) : null;
  };
  const likes = part("likes");
  const comments = part("comments");
  const shares = part("shares");
  const saves = part("saves");
  const ctrBoost = c.model === "affiliate" || c.model === "hybrid" ? 1.4 : 1;
  const clicks = Math.round(impressions * between(rng, ...CTR[format]!) * ctrBoost);
  const url = urlFor(rng, c.handle, platform, format);
  const platformCell = platformOverride ? platform : index % 7 === 3 ? "" : platform;
  const published = `2026-${md}`;
  return {
    creator: c.handle,
    url,
    platform: platformCell,
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
  };
}

function contentRows(): Post[] {
  const content: Post[] = [];
  let postIndex = 0;
  for (const c of creators) {
    const rng = rngFor(`content:${c.handle}`);
    for (const spec of c.posts) content.push(post(c, rng, spec, ++postIndex));
  }
  return content.sort((a, b) => a.published.localeCompare(b.published) || a.creator.localeCompare(b.creator));
}

interface Sale {
  date: string;
  sku: string;
  orders: number;
  units: number;
  revenue: number;
  creator: string;
  code: string;
  leads: number | null;
}

const priceOf = new Map(PRODUCTS.map((p) => [p.sku, p.price]));
const discountOf = (code: string | undefined) => (code ? Number(code.match(/(\d+)$/)?.[1] ?? 0) / 100 : 0);

function ordersToRows(rng: Rng, date: string, nOrders: number, mix: Mix, discount: number) {
  const bySku = new Map<string, { orders: number; units: number }>();
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
      revenue: Math.round(v.units * priceOf.get(sku)! * (1 - discount) * 100) / 100,
    }));
}

/** Orders per sales day: each post's pull decays, and quiet days are pooled. */
function ordersPerDay(c: Creator, rng: Rng, salesDays: number): number[] {
  const weights: number[] = [];
  for (let d = 0; d < salesDays; d++) {
    const day = addDays(CAMPAIGN.start, d);
    let w = 0;
    for (const [md, f, boost = 1] of c.posts) {
      const lag = daysBetween(`2026-${md}`, day);
      if (lag < 0) continue;
      // A fast decay (the post is in feeds) plus a slow one (saved posts, codes used later).
      const tau = DECAY_BY_FORMAT[FORMATS[f]] ?? DECAY[c.platform]!;
      const [a, slowTau] = SLOW[c.platform]!;
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
  return apportion(c.orders, kept);
}

function conversionRows(): Sale[] {
  const salesDays = daysBetween(CAMPAIGN.start, CODES_EXPIRE) + 1;
  const conversions: Sale[] = [];
  for (const c of creators) {
    if (!c.orders || c.posts.length === 0) continue;
    const rng = rngFor(`sales:${c.handle}`);
    const discount = discountOf(c.code);
    ordersPerDay(c, rng, salesDays).forEach((n, d) => {
      if (n === 0) return;
      const date = addDays(CAMPAIGN.start, d);
      for (const row of ordersToRows(rng, date, n, c.mix!, discount)) {
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
          code: (byCode || both) && c.code ? c.code : "",
          leads,
        });
      }
    });
  }
  const rng = rngFor("sales:unattributed");
  for (const [date, n] of UNATTRIBUTED) {
    for (const row of ordersToRows(rng, date, n, "broad", 0)) {
      conversions.push({ ...row, creator: "", code: "", leads: null });
    }
  }
  return conversions.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.creator || a.code || "~").localeCompare(b.creator || b.code || "~") ||
      a.sku.localeCompare(b.sku),
  );
}

function creatorRecord(c: Creator): Fields {
  const path = c.model === "affiliate" || c.model === "hybrid" ? `r/${c.handle}` : "daybreak";
  const link = c.noLink
    ? ""
    : `${SITE}/${path}?utm_source=${c.platform}&utm_medium=influencer&utm_campaign=${UTM_CAMPAIGN}&utm_content=${c.handle.replace(/\./g, "_")}`;
  return {
    handle: c.handle,
    name: c.name,
    platform: c.platform,
    followers: c.followers,
    cooperation_model: c.model,
    fee: c.fee === undefined ? (c.model === "gifted" || c.model === "affiliate" ? "" : 0) : c.fee,
    product_cost: c.product === undefined ? "" : money(c.product),
    shipping_cost: c.shipping === undefined ? "" : money(c.shipping),
    commission_rate: c.commission ?? "",
    discount_code: c.code ?? "",
    link,
    tags: c.tags,
    owner: c.owner,
    status: c.status,
  };
}

/** The tabs drawn from the story: everything but Baseline, Retrospective and Journal. */
function dataTabs(): Tabs {
  return {
    campaign: formGrid("campaign", {
      name: CAMPAIGN.name,
      brand: CAMPAIGN.brand,
      start_date: CAMPAIGN.start,
      end_date: CAMPAIGN.end,
      currency: CAMPAIGN.currency,
      objective: CAMPAIGN.objective,
      locale: CAMPAIGN.locale,
      prepared_by: CAMPAIGN.preparedBy,
      tier_thresholds: CAMPAIGN.tierThresholds,
    }),
    goals: tableGrid(
      "goals",
      GOALS.map(([kpi, target]) => ({ kpi, target })),
    ),
    creators: tableGrid("creators", creators.map(creatorRecord)),
    content: tableGrid("content", contentRows()),
    conversions: tableGrid(
      "conversions",
      conversionRows().map((r) => ({
        date: r.date,
        creator: r.creator,
        discount_code: r.code,
        sku: r.sku,
        orders: r.orders,
        units: r.units,
        revenue: r.revenue.toFixed(2),
        leads: r.leads,
      })),
    ),
    products: tableGrid(
      "products",
      PRODUCTS.map((p) => ({
        sku: p.sku,
        product: p.product,
        variant: p.variant,
        price: p.price.toFixed(2),
        unit_cost: p.cost.toFixed(2),
      })),
    ),
    costs: tableGrid(
      "costs",
      COSTS.map((c) => ({ item: c.item, category: c.category, amount: money(c.amount), date: c.date })),
    ),
    team: tableGrid(
      "team",
      TEAM.map((t) => ({ member: t.member, role: t.role, hours: t.hours, hourly_cost: money(t.rate) })),
    ),
  };
}

const round10 = (n: number) => Math.round(n / 10) * 10;

/**
 * Baseline: during/after are the organic run rate plus the attributed sales plus a small
 * halo, so the tab always stays above the attributed numbers.
 */
function baselineGrid({ model }: Analysis): Grid {
  const BEFORE = BASELINE_BEFORE;
  const during = model.daily.filter((d) => d.date <= CAMPAIGN.end);
  const duringOrders = during.reduce((a, d) => a + d.orders, 0);
  const duringRevenue = during.reduce((a, d) => a + d.revenue, 0);
  const tail = model.totals.tail_revenue ?? 0;
  const orders = model.totals.orders ?? 0;
  return tableGrid("baseline", [
    {
      period: "before",
      start_date: addDays(CAMPAIGN.start, -28),
      end_date: addDays(CAMPAIGN.start, -1),
      ...BEFORE,
    },
    {
      period: "during",
      start_date: CAMPAIGN.start,
      end_date: CAMPAIGN.end,
      sessions: round10(BEFORE.sessions * 1.08 + duringOrders * 9.5),
      new_visitors: round10(BEFORE.new_visitors * 1.05 + duringOrders * 7.4),
      referral_sessions: round10(BEFORE.referral_sessions + duringOrders * 3.9),
      orders: round10(BEFORE.orders * 1.06 + duringOrders),
      revenue: round10(BEFORE.revenue * 1.06 + duringRevenue),
      followers: 49800,
    },
    {
      period: "after",
      start_date: addDays(CAMPAIGN.end, 1),
      end_date: addDays(CAMPAIGN.end, 28),
      sessions: round10(BEFORE.sessions * 1.12 + tail / 18),
      new_visitors: round10(BEFORE.new_visitors * 1.1),
      referral_sessions: round10(BEFORE.referral_sessions * 1.45),
      orders: round10(BEFORE.orders * 1.14 + (orders - duringOrders)),
      revenue: round10(BEFORE.revenue * 1.15 + tail),
      followers: 51400,
    },
  ]);
}

/** What the core makes of the tabs, read back as the CSV files will be. */
const analyzed = (tabs: Tabs): Analysis =>
  analyze(rawWorkbook(Object.fromEntries(Object.entries(tabs).map(([k, g]) => [k, textGrid(g ?? [])]))));

/** Writes the sample into `dir` (templates/sample); returns its analysis. */
export function writeDaybreak(dir: string): Analysis {
  const data = dataTabs();
  const tabs: Tabs = { ...data, baseline: baselineGrid(analyzed(data)) };
  const analysis = analyzed(tabs);
  const notes = (rows: string[][], keys: readonly string[]) =>
    rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i]])));
  writeTabs(dir, {
    ...tabs,
    retrospective: tableGrid(
      "retrospective",
      notes(retrospective(analysis.model), ["section", "item", "answer", "owner"]),
    ),
    journal: tableGrid("journal", notes(journal(analysis.model), ["date", "type", "note", "impact"])),
  });
  return analysis;
}
