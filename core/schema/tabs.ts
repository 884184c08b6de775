// The standard campaign template (template.md), described once. Each tab is a
// zod object whose fields carry their column metadata; headers, header
// matching, drop-downs, header notes, the xlsx template and the README's
// column reference are all derived from here.
import * as z from "zod/mini";

export type Kind =
  | "text"
  | "count"
  | "number"
  | "money"
  | "rate"
  | "date"
  | "enum"
  | "tags"
  | "url"
  | "currency"
  | "locale"
  | "thresholds"
  | "target";

export interface ColumnMeta {
  key: string;
  header: string;
  kind: Kind;
  required: boolean;
  description: string;
  example?: string;
  /** Enum values, canonical keys, in display order. */
  values?: readonly string[];
  /** Other spellings accepted for enum values: synonym → canonical key. */
  synonyms?: Readonly<Record<string, string>>;
  /** Value used when the cell is blank. */
  default?: string | number | readonly number[];
  /** Lower bound checked on the read value. */
  min?: number;
}

export const columnMeta = z.registry<ColumnMeta>();

type Opts = Partial<Pick<ColumnMeta, "required" | "example" | "default" | "min" | "synonyms">> & {
  description: string;
};

function column<T extends z.ZodMiniType>(schema: T, meta: ColumnMeta) {
  columnMeta.add(schema, meta);
  return schema;
}

function base(key: string, header: string, kind: Kind, o: Opts): ColumnMeta {
  const meta: ColumnMeta = { key, header, kind, required: o.required ?? false, description: o.description };
  if (o.example !== undefined) meta.example = o.example;
  if (o.default !== undefined) meta.default = o.default;
  if (o.min !== undefined) meta.min = o.min;
  if (o.synonyms !== undefined) meta.synonyms = o.synonyms;
  return meta;
}

// Blank cells arrive as `undefined`; required columns reject them.
type Opt<R, T extends z.ZodMiniType> = R extends true ? T : z.ZodMiniOptional<T>;

function field<T extends z.ZodMiniType, const O extends Opts>(
  schema: T,
  kind: Kind,
  key: string,
  header: string,
  o: O,
  extra?: Partial<ColumnMeta>,
): Opt<O["required"], T> {
  const s = o.required ? schema : z.optional(schema);
  return column(s, { ...base(key, header, kind, o), ...extra }) as Opt<O["required"], T>;
}

const atLeast = (min: number | undefined) =>
  min === undefined ? z.number() : z.number().check(z.minimum(min));

const text = <const O extends Opts>(key: string, header: string, o: O) =>
  field(z.string(), "text", key, header, o);
const url = <const O extends Opts>(key: string, header: string, o: O) =>
  field(z.string(), "url", key, header, o);
const date = <const O extends Opts>(key: string, header: string, o: O) =>
  field(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), "date", key, header, o);
const count = <const O extends Opts>(key: string, header: string, o: O) =>
  field(atLeast(0), "count", key, header, o, { min: 0 });
const money = <const O extends Opts>(key: string, header: string, o: O) =>
  field(atLeast(o.min), "money", key, header, o);
const num = <const O extends Opts>(key: string, header: string, o: O) =>
  field(atLeast(o.min), "number", key, header, o);
const rate = <const O extends Opts>(key: string, header: string, o: O) =>
  field(z.number().check(z.minimum(0), z.maximum(1)), "rate", key, header, o);
const tags = <const O extends Opts>(key: string, header: string, o: O) =>
  field(z.array(z.string()), "tags", key, header, o);
const choice = <const V extends readonly [string, ...string[]], const O extends Opts>(
  key: string,
  header: string,
  values: V,
  o: O,
) => field(z.enum(values), "enum", key, header, o, { values });

// ---------------------------------------------------------------- enums

export const PLATFORMS = [
  "tiktok",
  "instagram",
  "youtube",
  "pinterest",
  "facebook",
  "x",
  "twitch",
  "snapchat",
  "linkedin",
  "blog",
  "other",
] as const;
/** Other spellings of a platform, the same for Creators and Content. */
const PLATFORM_SYNONYMS = { twitter: "x", ig: "instagram", yt: "youtube", tik_tok: "tiktok" } as const;
export const COOPERATION_MODELS = ["fixed_fee", "gifted", "affiliate", "hybrid"] as const;
export const STATUSES = [
  "prospect",
  "contacted",
  "negotiating",
  "contracted",
  "shipped",
  "live",
  "completed",
  "declined",
] as const;
export const FORMATS = [
  "short_video",
  "long_video",
  "image",
  "carousel",
  "story",
  "live",
  "pin",
  "article",
  "other",
] as const;
export const OBJECTIVES = ["awareness", "engagement", "traffic", "leads", "sales", "audience"] as const;
export const COST_CATEGORIES = [
  "agency",
  "paid_amplification",
  "production",
  "tools",
  "shipping",
  "other",
] as const;
export const PERIODS = ["before", "during", "after"] as const;
export const RETRO_SECTIONS = [
  "collaboration",
  "process",
  "function",
  "next_steps",
  "stop",
  "start",
  "continue",
  "change",
  "hit",
  "miss",
  "learning",
] as const;
export const JOURNAL_TYPES = ["incident", "decision", "milestone", "learning"] as const;
export const TIERS = ["nano", "micro", "mid", "macro", "mega"] as const;

export type Platform = (typeof PLATFORMS)[number];
export type CooperationModel = (typeof COOPERATION_MODELS)[number];
export type Status = (typeof STATUSES)[number];
export type Format = (typeof FORMATS)[number];
export type Objective = (typeof OBJECTIVES)[number];
export type Tier = (typeof TIERS)[number];

export const DEFAULT_TIER_THRESHOLDS = [10_000, 100_000, 500_000, 1_000_000] as const;

// ---------------------------------------------------------------- tabs

export const CampaignSchema = z.object({
  name: text("name", "Campaign name", {
    required: true,
    description: "The campaign's name, as stakeholders know it.",
    example: "Spring Glow 2026",
  }),
  brand: text("brand", "Brand", {
    description: "The brand or client the campaign ran for.",
    example: "Lumen Skin",
  }),
  start_date: date("start_date", "Start date", {
    required: true,
    description: "First day of the campaign.",
    example: "2026-03-02",
  }),
  end_date: date("end_date", "End date", {
    required: true,
    description: "Last day of the campaign; sales after it count as the tail.",
    example: "2026-03-29",
  }),
  currency: column(
    z.string(),
    base("currency", "Currency", "currency", {
      description: "ISO 4217 code of every money figure in the workbook.",
      example: "USD",
      default: "USD",
    }),
  ),
  objective: choice("objective", "Objective", OBJECTIVES, {
    required: true,
    description: "What the campaign was for; it picks the headline KPIs.",
    example: "sales",
  }),
  locale: column(
    z.string(),
    base("locale", "Locale", "locale", {
      description: "Language and number format of the report (BCP 47, e.g. en, da, vi, zh-CN, ar).",
      example: "en",
      default: "en",
    }),
  ),
  prepared_by: text("prepared_by", "Prepared by", {
    description: "Who prepared the post-mortem.",
    example: "Maya Lind",
  }),
  tier_thresholds: column(
    z.array(z.number()),
    base("tier_thresholds", "Tier thresholds", "thresholds", {
      description: "Follower counts where nano/micro/mid/macro/mega begin: four increasing numbers.",
      example: "10000, 100000, 500000, 1000000",
      default: DEFAULT_TIER_THRESHOLDS,
    }),
  ),
});

export const GoalSchema = z.object({
  kpi: text("kpi", "KPI", {
    required: true,
    description: "A KPI key (revenue, roas, cpa, er_impressions…) or its label.",
    example: "roas",
  }),
  target: column(
    z.number(),
    base("target", "Target", "target", {
      required: true,
      description: "The target; rates as fractions (0.04) or percent text (4%).",
      example: "2.5",
    }),
  ),
});

export const CreatorSchema = z.object({
  handle: text("handle", "Handle", {
    required: true,
    description: "The creator's handle; unique (case and leading @ ignored).",
    example: "@glowwithkim",
  }),
  name: text("name", "Name", { description: "The creator's name.", example: "Kim Tran" }),
  platform: choice("platform", "Platform", PLATFORMS, {
    required: true,
    synonyms: PLATFORM_SYNONYMS,
    description: "Main platform of the creator.",
    example: "tiktok",
  }),
  followers: count("followers", "Followers", {
    required: true,
    description: "Followers on that platform; sets the tier.",
    example: "48000",
  }),
  cooperation_model: choice("cooperation_model", "Cooperation model", COOPERATION_MODELS, {
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
  fee: money("fee", "Fee", { min: 0, description: "Fee paid to the creator; blank = 0.", example: "600" }),
  product_cost: money("product_cost", "Product cost", {
    min: 0,
    description: "Value of the samples or gifts sent; blank = 0.",
    example: "45",
  }),
  shipping_cost: money("shipping_cost", "Shipping cost", {
    min: 0,
    description: "Shipping paid for the samples; blank = 0.",
    example: "12",
  }),
  commission_rate: rate("commission_rate", "Commission rate", {
    description: "Share of attributed revenue paid as commission (0.15 or 15%).",
    example: "0.15",
  }),
  discount_code: text("discount_code", "Discount code", {
    description: "The creator's own code; unique. Conversions with this code are credited to the creator.",
    example: "KIM15",
  }),
  link: url("link", "Link", {
    description: "The creator's UTM or affiliate link (http or https).",
    example: "https://shop.example/?utm_source=kim",
  }),
  tags: tags("tags", "Tags", {
    description: "Persona and audience labels, comma-separated.",
    example: "skincare, female 18-24, us",
  }),
  owner: text("owner", "Owner", {
    description: "Team member who manages this creator (a Team member).",
    example: "Maya Lind",
  }),
  status: choice("status", "Status", STATUSES, {
    default: "completed",
    description:
      "Where the collaboration stands; blank = completed. Declined creators are left out of totals.",
    example: "completed",
  }),
});

export const ContentSchema = z.object({
  creator: text("creator", "Creator", {
    required: true,
    description: "The creator's handle, as on the Creators tab.",
    example: "@glowwithkim",
  }),
  url: url("url", "Post URL", {
    description: "Link to the published post; unique.",
    example: "https://www.tiktok.com/@glowwithkim/video/1",
  }),
  platform: choice("platform", "Platform", PLATFORMS, {
    synonyms: PLATFORM_SYNONYMS,
    description: "Where it was published; blank = the creator's platform.",
    example: "tiktok",
  }),
  format: choice("format", "Format", FORMATS, {
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
  published: date("published", "Published", {
    required: true,
    description: "Publication date.",
    example: "2026-03-10",
  }),
  impressions: count("impressions", "Impressions", {
    description: "Times the post was shown.",
    example: "52000",
  }),
  reach: count("reach", "Reach", {
    description: "Unique accounts reached (not above impressions).",
    example: "41000",
  }),
  views: count("views", "Views", { description: "Video views.", example: "47000" }),
  likes: count("likes", "Likes", { description: "Likes or reactions.", example: "2100" }),
  comments: count("comments", "Comments", { description: "Comments.", example: "85" }),
  shares: count("shares", "Shares", { description: "Shares or reposts.", example: "120" }),
  saves: count("saves", "Saves", { description: "Saves or bookmarks.", example: "340" }),
  clicks: count("clicks", "Clicks", { description: "Link clicks (not above impressions).", example: "610" }),
});

export const ConversionSchema = z.object({
  date: date("date", "Date", {
    required: true,
    description: "Day of the orders; after the end date they count as the tail.",
    example: "2026-03-11",
  }),
  creator: text("creator", "Creator", {
    description: "The creator's handle; blank when only the discount code is known.",
    example: "@glowwithkim",
  }),
  discount_code: text("discount_code", "Discount code", {
    description: "Code used; credits the creator when Creator is blank.",
    example: "KIM15",
  }),
  sku: text("sku", "SKU", { description: "Product SKU, as on the Products tab.", example: "SER-30" }),
  orders: count("orders", "Orders", { description: "Orders.", example: "4" }),
  units: count("units", "Units", { description: "Units sold.", example: "5" }),
  revenue: money("revenue", "Revenue", {
    description: "Revenue in the campaign currency.",
    example: "174.5",
  }),
  leads: count("leads", "Leads", { description: "Sign-ups, quote requests, downloads.", example: "0" }),
});

export const ProductSchema = z.object({
  sku: text("sku", "SKU", { required: true, description: "Stock-keeping unit; unique.", example: "SER-30" }),
  product: text("product", "Product", {
    required: true,
    description: "Product name; SKUs with the same product are its variants.",
    example: "Glow Serum",
  }),
  variant: text("variant", "Variant", { description: "Size, colour or flavour.", example: "30 ml" }),
  price: money("price", "Price", { description: "List price.", example: "34.9" }),
  unit_cost: money("unit_cost", "Unit cost", {
    description: "Cost of goods per unit, for gross profit.",
    example: "8.2",
  }),
});

export const CostSchema = z.object({
  item: text("item", "Item", {
    required: true,
    description: "What the money was spent on.",
    example: "Agency retainer",
  }),
  category: choice("category", "Category", COST_CATEGORIES, {
    synonyms: {
      ads: "paid_amplification",
      paid_media: "paid_amplification",
      boosting: "paid_amplification",
      software: "tools",
    },
    description: "agency, paid_amplification, production, tools, shipping or other.",
    example: "agency",
  }),
  amount: money("amount", "Amount", {
    required: true,
    min: 0,
    description: "Amount in the campaign currency.",
    example: "2500",
  }),
  date: date("date", "Date", { description: "When it was spent.", example: "2026-03-01" }),
});

export const TeamSchema = z.object({
  member: text("member", "Member", {
    required: true,
    description: "Team member's name; unique.",
    example: "Maya Lind",
  }),
  role: text("role", "Role", { description: "Role in the campaign.", example: "Campaign lead" }),
  hours: num("hours", "Hours", { min: 0, description: "Hours spent on the campaign.", example: "60" }),
  hourly_cost: money("hourly_cost", "Hourly cost", {
    min: 0,
    description: "Loaded cost per hour.",
    example: "55",
  }),
});

export const BaselineSchema = z.object({
  period: choice("period", "Period", PERIODS, {
    required: true,
    description: "before, during or after the campaign; each at most once.",
    example: "before",
  }),
  start_date: date("start_date", "Start date", {
    required: true,
    description: "First day of the period.",
    example: "2026-02-02",
  }),
  end_date: date("end_date", "End date", {
    required: true,
    description: "Last day of the period.",
    example: "2026-03-01",
  }),
  sessions: count("sessions", "Sessions", {
    description: "Website sessions in the period.",
    example: "42000",
  }),
  new_visitors: count("new_visitors", "New visitors", {
    description: "New website visitors.",
    example: "30500",
  }),
  referral_sessions: count("referral_sessions", "Referral sessions", {
    description: "Sessions from referrals and social links.",
    example: "5200",
  }),
  orders: count("orders", "Orders", {
    description: "All orders, not only attributed ones.",
    example: "1150",
  }),
  revenue: money("revenue", "Revenue", { description: "All revenue.", example: "41000" }),
  followers: count("followers", "Followers", {
    description: "Brand account followers at the period's end.",
    example: "88000",
  }),
});

export const RetrospectiveSchema = z.object({
  section: choice("section", "Section", RETRO_SECTIONS, {
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
  item: text("item", "Item", {
    required: true,
    description: "The question or statement.",
    example: "Where did approvals slow us down?",
  }),
  answer: text("answer", "Answer", {
    description: "The team's answer, from the data and without blame.",
    example: "Two rounds of legal review added five days.",
  }),
  owner: text("owner", "Owner", { description: "Who follows it up.", example: "Maya Lind" }),
});

export const JournalSchema = z.object({
  date: date("date", "Date", { required: true, description: "When it happened.", example: "2026-03-09" }),
  type: choice("type", "Type", JOURNAL_TYPES, {
    synonyms: { note: "learning", issue: "incident", problem: "incident" },
    description: "incident, decision, milestone or learning.",
    example: "decision",
  }),
  note: text("note", "Note", {
    required: true,
    description: "What happened.",
    example: "Paused the paid boost after CPM doubled.",
  }),
  impact: text("impact", "Impact", { description: "What it changed.", example: "Saved about $800." }),
});

export type CampaignFields = z.infer<typeof CampaignSchema>;
export type GoalRow = z.infer<typeof GoalSchema>;
export type CreatorRow = z.infer<typeof CreatorSchema>;
export type ContentRow = z.infer<typeof ContentSchema>;
export type ConversionRow = z.infer<typeof ConversionSchema>;
export type ProductRow = z.infer<typeof ProductSchema>;
export type CostRow = z.infer<typeof CostSchema>;
export type TeamRow = z.infer<typeof TeamSchema>;
export type BaselineRow = z.infer<typeof BaselineSchema>;
export type RetrospectiveRow = z.infer<typeof RetrospectiveSchema>;
export type JournalRow = z.infer<typeof JournalSchema>;

export interface TabDef<S extends z.ZodMiniObject = z.ZodMiniObject> {
  /** Tab name as the template spells it. */
  name: string;
  key: TabKey;
  required: boolean;
  /** `form`: Field/Value rows (Campaign); `table`: a header row and one row per record. */
  layout: "form" | "table";
  description: string;
  schema: S;
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

function tab<S extends z.ZodMiniObject>(
  name: string,
  key: TabKey,
  required: boolean,
  layout: "form" | "table",
  description: string,
  schema: S,
): TabDef<S> {
  const columns = Object.values(schema.def.shape).map((field) => {
    const meta = columnMeta.get(field as z.ZodMiniType);
    if (!meta) throw new Error(`column without metadata in ${name}`);
    return meta;
  });
  return { name, key, required, layout, description, schema, columns };
}

export const TABS = {
  campaign: tab(
    "Campaign",
    "campaign",
    true,
    "form",
    "What, when, for whom, in which currency and language.",
    CampaignSchema,
  ),
  goals: tab("Goals", "goals", false, "table", "Targets the campaign is judged against.", GoalSchema),
  creators: tab(
    "Creators",
    "creators",
    true,
    "table",
    "One row per creator, with the deal and its costs.",
    CreatorSchema,
  ),
  content: tab(
    "Content",
    "content",
    true,
    "table",
    "One row per published piece, with its metrics.",
    ContentSchema,
  ),
  conversions: tab(
    "Conversions",
    "conversions",
    false,
    "table",
    "Attributed results, one row per creator, day and SKU.",
    ConversionSchema,
  ),
  products: tab(
    "Products",
    "products",
    false,
    "table",
    "SKUs, their product and variant, price and unit cost.",
    ProductSchema,
  ),
  costs: tab("Costs", "costs", false, "table", "Campaign costs that are not per creator.", CostSchema),
  team: tab(
    "Team",
    "team",
    false,
    "table",
    "Who worked on the campaign, for how long, at what cost.",
    TeamSchema,
  ),
  baseline: tab(
    "Baseline",
    "baseline",
    false,
    "table",
    "Site and account figures before, during and after.",
    BaselineSchema,
  ),
  retrospective: tab(
    "Retrospective",
    "retrospective",
    false,
    "table",
    "The post-mortem answers and Stop/Start/Continue/Change.",
    RetrospectiveSchema,
  ),
  journal: tab(
    "Journal",
    "journal",
    false,
    "table",
    "What happened during the campaign, as it happened.",
    JournalSchema,
  ),
} as const;

export const TAB_LIST: readonly TabDef[] = Object.values(TABS);
export const TAB_NAMES: readonly string[] = TAB_LIST.map((t) => t.name);

/** Header text → comparable form: case, surrounding/repeated whitespace and `_` ignored. */
export function headerKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
}

/** Synonym/enum lookup for a column: normalized spelling → canonical value. */
export function enumLookup(meta: ColumnMeta): Map<string, string> {
  const map = new Map<string, string>();
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "_");
  for (const v of meta.values ?? []) map.set(norm(v), v);
  for (const [syn, v] of Object.entries(meta.synonyms ?? {})) map.set(norm(syn), v);
  return map;
}
