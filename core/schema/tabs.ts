// The standard campaign template, described once: each tab's columns in sheet
// order. Headers, header matching, drop-downs, header notes, the xlsx template
// and the README's column reference are all derived from here.
import {
  type ColumnMeta,
  choice,
  count,
  currency,
  date,
  locale,
  money,
  num,
  type RowOf,
  rate,
  tags,
  target,
  text,
  thresholds,
  url,
} from "./columns.ts";
import {
  COOPERATION_MODELS,
  COST_CATEGORIES,
  DEFAULT_TIER_THRESHOLDS,
  FORMATS,
  JOURNAL_TYPES,
  OBJECTIVES,
  PERIODS,
  PLATFORM_SYNONYMS,
  PLATFORMS,
  RETRO_SECTIONS,
  STATUSES,
} from "./enums.ts";

const CAMPAIGN_COLUMNS = [
  text("name", "Campaign name", {
    required: true,
    description: "The campaign's name, as stakeholders know it.",
    example: "Spring Glow 2026",
  }),
  text("brand", "Brand", {
    descriptive: true,
    description: "The brand or client the campaign ran for.",
    example: "Lumen Skin",
  }),
  date("start_date", "Start date", {
    required: true,
    description: "First day of the campaign.",
    example: "2026-03-02",
  }),
  date("end_date", "End date", {
    required: true,
    description: "Last day of the campaign; sales after it count as the tail.",
    example: "2026-03-29",
  }),
  currency("currency", "Currency", {
    description:
      "ISO 4217 code (or its symbol, e.g. €) of every money figure; blank: amounts are shown without a currency.",
    example: "USD",
  }),
  choice("objective", "Objective", OBJECTIVES, {
    required: true,
    description: "What the campaign was for; it picks the headline KPIs.",
    example: "sales",
  }),
  locale("locale", "Locale", {
    description: "Language and number format of the report (BCP 47, e.g. en, da, vi, zh-CN, ar).",
    example: "en",
    default: "en",
  }),
  text("prepared_by", "Prepared by", {
    descriptive: true,
    description: "Who prepared the post-mortem.",
    example: "Maya Lind",
  }),
  thresholds("tier_thresholds", "Tier thresholds", {
    description: "Follower counts where nano/micro/mid/macro/mega begin: four increasing numbers.",
    example: "10000, 100000, 500000, 1000000",
    default: DEFAULT_TIER_THRESHOLDS,
  }),
] as const;

const GOAL_COLUMNS = [
  text("kpi", "KPI", {
    required: true,
    description: "A KPI key (revenue, roas, cpa, er_impressions…) or its label.",
    example: "roas",
  }),
  target("target", "Target", {
    required: true,
    description: "The target; rates as fractions (0.04) or percent text (4%).",
    example: "2.5",
  }),
] as const;

const CREATOR_COLUMNS = [
  text("handle", "Handle", {
    required: true,
    description: "The creator's handle; unique (case and leading @ ignored).",
    example: "@glowwithkim",
  }),
  text("name", "Name", { descriptive: true, description: "The creator's name.", example: "Kim Tran" }),
  choice("platform", "Platform", PLATFORMS, {
    required: true,
    synonyms: PLATFORM_SYNONYMS,
    description: "Main platform of the creator.",
    example: "tiktok",
  }),
  count("followers", "Followers", {
    required: true,
    description: "Followers on that platform; sets the tier.",
    example: "48000",
  }),
  choice("cooperation_model", "Cooperation model", COOPERATION_MODELS, {
    required: true,
    synonyms: {
      paid: "fixed_fee",
      flat_fee: "fixed_fee",
      fee: "fixed_fee",
      seeding: "gifted",
      product_seeding: "gifted",
      gift: "gifted",
      commission: "affiliate",
      "fee_+_commission": "hybrid",
      fee_commission: "hybrid",
      "fee+commission": "hybrid",
    },
    description: "fixed_fee (paid), gifted (seeding), affiliate (commission) or hybrid (fee + commission).",
    example: "hybrid",
  }),
  money("fee", "Fee", { min: 0, description: "Fee paid to the creator; blank = 0.", example: "600" }),
  money("product_cost", "Product cost", {
    min: 0,
    description: "Value of the samples or gifts sent; blank = 0.",
    example: "45",
  }),
  money("shipping_cost", "Shipping cost", {
    min: 0,
    description: "Shipping paid for the samples; blank = 0.",
    example: "12",
  }),
  rate("commission_rate", "Commission rate", {
    description: "Share of attributed revenue paid as commission (0.15 or 15%).",
    example: "0.15",
  }),
  text("discount_code", "Discount code", {
    description: "The creator's own code; unique. Conversions with this code are credited to the creator.",
    example: "KIM15",
  }),
  url("link", "Link", {
    descriptive: true,
    description: "The creator's UTM or affiliate link (http or https).",
    example: "https://shop.example/?utm_source=kim",
  }),
  tags("tags", "Tags", {
    descriptive: true,
    description: "Persona and audience labels, comma-separated.",
    example: "skincare, female 18-24, us",
  }),
  text("owner", "Owner", {
    descriptive: true,
    description: "Team member who manages this creator (a Team member).",
    example: "Maya Lind",
  }),
  choice("status", "Status", STATUSES, {
    default: "completed",
    description:
      "Where the collaboration stands; blank = completed. Declined creators are left out of totals.",
    example: "completed",
  }),
] as const;

const CONTENT_COLUMNS = [
  text("creator", "Creator", {
    required: true,
    description: "The creator's handle, as on the Creators tab.",
    example: "@glowwithkim",
  }),
  url("url", "Post URL", {
    descriptive: true,
    description: "Link to the published post; unique.",
    example: "https://www.tiktok.com/@glowwithkim/video/1",
  }),
  choice("platform", "Platform", PLATFORMS, {
    synonyms: PLATFORM_SYNONYMS,
    description: "Where it was published; blank = the creator's platform.",
    example: "tiktok",
  }),
  choice("format", "Format", FORMATS, {
    required: true,
    synonyms: {
      reel: "short_video",
      reels: "short_video",
      short: "short_video",
      shorts: "short_video",
      video: "long_video",
      photo: "image",
      post: "image",
      stories: "story",
      blog_post: "article",
    },
    description: "short_video, long_video, image, carousel, story, live, pin, article or other.",
    example: "short_video",
  }),
  date("published", "Published", {
    required: true,
    description: "Publication date.",
    example: "2026-03-10",
  }),
  count("impressions", "Impressions", {
    description: "Times the post was shown.",
    example: "52000",
  }),
  count("reach", "Reach", {
    description: "Unique accounts reached (not above impressions).",
    example: "41000",
  }),
  count("views", "Views", { description: "Video views.", example: "47000" }),
  count("likes", "Likes", { description: "Likes or reactions.", example: "2100" }),
  count("comments", "Comments", { description: "Comments.", example: "85" }),
  count("shares", "Shares", { description: "Shares or reposts.", example: "120" }),
  count("saves", "Saves", { description: "Saves or bookmarks.", example: "340" }),
  count("clicks", "Clicks", { description: "Link clicks (not above impressions).", example: "610" }),
] as const;

const CONVERSION_COLUMNS = [
  date("date", "Date", {
    required: true,
    description: "Day of the orders; after the end date they count as the tail.",
    example: "2026-03-11",
  }),
  text("creator", "Creator", {
    description: "The creator's handle; blank when only the discount code is known.",
    example: "@glowwithkim",
  }),
  text("discount_code", "Discount code", {
    description: "Code used; credits the creator when Creator is blank.",
    example: "KIM15",
  }),
  text("sku", "SKU", { description: "Product SKU, as on the Products tab.", example: "SER-30" }),
  count("orders", "Orders", { description: "Orders.", example: "4" }),
  count("units", "Units", { description: "Units sold.", example: "5" }),
  money("revenue", "Revenue", {
    description: "Revenue in the campaign currency.",
    example: "174.5",
  }),
  count("leads", "Leads", { description: "Sign-ups, quote requests, downloads.", example: "0" }),
] as const;

const PRODUCT_COLUMNS = [
  text("sku", "SKU", { required: true, description: "Stock-keeping unit; unique.", example: "SER-30" }),
  text("product", "Product", {
    required: true,
    description: "Product name; SKUs with the same product are its variants.",
    example: "Glow Serum",
  }),
  text("variant", "Variant", {
    descriptive: true,
    description: "Size, colour or flavour.",
    example: "30 ml",
  }),
  money("price", "Price", { description: "List price.", example: "34.9" }),
  money("unit_cost", "Unit cost", {
    description: "Cost of goods per unit, for gross profit.",
    example: "8.2",
  }),
] as const;

const COST_COLUMNS = [
  text("item", "Item", {
    required: true,
    description: "What the money was spent on.",
    example: "Agency retainer",
  }),
  choice("category", "Category", COST_CATEGORIES, {
    synonyms: {
      ads: "paid_amplification",
      paid_media: "paid_amplification",
      boosting: "paid_amplification",
      software: "tools",
    },
    description: "agency, paid_amplification, production, tools, shipping or other.",
    example: "agency",
  }),
  money("amount", "Amount", {
    required: true,
    min: 0,
    description: "Amount in the campaign currency.",
    example: "2500",
  }),
  date("date", "Date", { description: "When it was spent.", example: "2026-03-01" }),
] as const;

const TEAM_COLUMNS = [
  text("member", "Member", {
    required: true,
    description: "Team member's name; unique.",
    example: "Maya Lind",
  }),
  text("role", "Role", { descriptive: true, description: "Role in the campaign.", example: "Campaign lead" }),
  num("hours", "Hours", { min: 0, description: "Hours spent on the campaign.", example: "60" }),
  money("hourly_cost", "Hourly cost", {
    min: 0,
    description: "Loaded cost per hour.",
    example: "55",
  }),
] as const;

const BASELINE_COLUMNS = [
  choice("period", "Period", PERIODS, {
    required: true,
    description: "before, during or after the campaign; each at most once.",
    example: "before",
  }),
  date("start_date", "Start date", {
    required: true,
    description: "First day of the period.",
    example: "2026-02-02",
  }),
  date("end_date", "End date", {
    required: true,
    description: "Last day of the period.",
    example: "2026-03-01",
  }),
  count("sessions", "Sessions", {
    description: "Website sessions in the period.",
    example: "42000",
  }),
  count("new_visitors", "New visitors", {
    description: "New website visitors.",
    example: "30500",
  }),
  count("referral_sessions", "Referral sessions", {
    description: "Sessions from referrals and social links.",
    example: "5200",
  }),
  count("orders", "Orders", {
    description: "All orders, not only attributed ones.",
    example: "1150",
  }),
  money("revenue", "Revenue", { description: "All revenue.", example: "41000" }),
  count("followers", "Followers", {
    description: "Brand account followers at the period's end.",
    example: "88000",
  }),
] as const;

const RETROSPECTIVE_COLUMNS = [
  choice("section", "Section", RETRO_SECTIONS, {
    synonyms: {
      next_step: "next_steps",
      hits: "hit",
      misses: "miss",
      learnings: "learning",
      stops: "stop",
      starts: "start",
    },
    description:
      "collaboration, process, function, next_steps, stop, start, continue, change, hit, miss or learning; blank = other notes.",
    example: "process",
  }),
  text("item", "Item", {
    required: true,
    description: "The question or statement.",
    example: "Where did approvals slow us down?",
  }),
  text("answer", "Answer", {
    descriptive: true,
    description: "The team's answer, from the data and without blame.",
    example: "Two rounds of legal review added five days.",
  }),
  text("owner", "Owner", { descriptive: true, description: "Who follows it up.", example: "Maya Lind" }),
] as const;

const JOURNAL_COLUMNS = [
  date("date", "Date", { required: true, description: "When it happened.", example: "2026-03-09" }),
  choice("type", "Type", JOURNAL_TYPES, {
    synonyms: { note: "learning", issue: "incident", problem: "incident" },
    description: "incident, decision, milestone or learning.",
    example: "decision",
  }),
  text("note", "Note", {
    required: true,
    description: "What happened.",
    example: "Paused the paid boost after CPM doubled.",
  }),
  text("impact", "Impact", {
    descriptive: true,
    description: "What it changed.",
    example: "Saved about $800.",
  }),
] as const;

export type CampaignFields = RowOf<typeof CAMPAIGN_COLUMNS>;
export type GoalRow = RowOf<typeof GOAL_COLUMNS>;
export type CreatorRow = RowOf<typeof CREATOR_COLUMNS>;
export type ContentRow = RowOf<typeof CONTENT_COLUMNS>;
export type ConversionRow = RowOf<typeof CONVERSION_COLUMNS>;
export type ProductRow = RowOf<typeof PRODUCT_COLUMNS>;
export type CostRow = RowOf<typeof COST_COLUMNS>;
export type TeamRow = RowOf<typeof TEAM_COLUMNS>;
export type BaselineRow = RowOf<typeof BASELINE_COLUMNS>;
export type RetrospectiveRow = RowOf<typeof RETROSPECTIVE_COLUMNS>;
export type JournalRow = RowOf<typeof JOURNAL_COLUMNS>;

export interface TabDef {
  /** Tab name as the template spells it. */
  name: string;
  key: TabKey;
  required: boolean;
  /** `form`: Field/Value rows (Campaign); `table`: a header row and one row per record. */
  layout: "form" | "table";
  description: string;
  columns: readonly ColumnMeta[];
}

export type TabKey =
  | "campaign"
  | "goals"
  | "creators"
  | "content"
  | "conversions"
  | "products"
  | "costs"
  | "team"
  | "baseline"
  | "retrospective"
  | "journal";

function tab(
  name: string,
  key: TabKey,
  required: boolean,
  layout: "form" | "table",
  description: string,
  columns: readonly ColumnMeta[],
): TabDef {
  return { name, key, required, layout, description, columns };
}

export const TABS = {
  campaign: tab(
    "Campaign",
    "campaign",
    true,
    "form",
    "What, when, for whom, in which currency and language.",
    CAMPAIGN_COLUMNS,
  ),
  goals: tab("Goals", "goals", false, "table", "Targets the campaign is judged against.", GOAL_COLUMNS),
  creators: tab(
    "Creators",
    "creators",
    true,
    "table",
    "One row per creator, with the deal and its costs.",
    CREATOR_COLUMNS,
  ),
  content: tab(
    "Content",
    "content",
    true,
    "table",
    "One row per published piece, with its metrics.",
    CONTENT_COLUMNS,
  ),
  conversions: tab(
    "Conversions",
    "conversions",
    false,
    "table",
    "Attributed results, one row per creator, day and SKU.",
    CONVERSION_COLUMNS,
  ),
  products: tab(
    "Products",
    "products",
    false,
    "table",
    "SKUs, their product and variant, price and unit cost.",
    PRODUCT_COLUMNS,
  ),
  costs: tab("Costs", "costs", false, "table", "Campaign costs that are not per creator.", COST_COLUMNS),
  team: tab(
    "Team",
    "team",
    false,
    "table",
    "Who worked on the campaign, for how long, at what cost.",
    TEAM_COLUMNS,
  ),
  baseline: tab(
    "Baseline",
    "baseline",
    false,
    "table",
    "Site and account figures before, during and after.",
    BASELINE_COLUMNS,
  ),
  retrospective: tab(
    "Retrospective",
    "retrospective",
    false,
    "table",
    "The post-mortem answers and Stop/Start/Continue/Change.",
    RETROSPECTIVE_COLUMNS,
  ),
  journal: tab(
    "Journal",
    "journal",
    false,
    "table",
    "What happened during the campaign, as it happened.",
    JOURNAL_COLUMNS,
  ),
} as const;

export const TAB_LIST: readonly TabDef[] = Object.values(TABS);
export const TAB_NAMES: readonly string[] = TAB_LIST.map((t) => t.name);
