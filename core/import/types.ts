// The shapes the import passes between its steps: export rows → template rows → a merge plan.

/** The exports `postmortem import` understands (its `--as` values). */
export const EXPORT_KINDS = [
  "shopify-orders",
  "tiktok-affiliate",
  "tiktok-orders",
  "youtube-studio",
  "tiktok-studio",
  "meta-content",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Why an export row did not become a template row (counted in the summary). */
export type SkipReason =
  | "voided"
  | "refunded"
  | "cancelled"
  | "unpaid"
  | "ineligible"
  | "unknown-status"
  | "total-row"
  | "description-row"
  | "unknown-account"
  | "unreadable"
  | "typed-row"
  | "edited-by-hand";

export interface ImportFinding {
  severity: "error" | "warning";
  code: string;
  /** 1-based row of the export file, when about one row. */
  row: number | null;
  message: string;
}

/** One line of an order as the import keeps it (the ledger): the Conversions rows are sums of these. */
export interface OrderLine {
  /** The export kind that wrote it, so two shops' order numbers never collide. */
  source: ExportKind;
  order: string;
  sku: string;
  date: string;
  /** The attribution token as the export spells it: a discount code or a creator username. */
  token: string;
  tokenKind: "code" | "username" | "none";
  orders: number;
  units: number;
  revenue: number;
}

/** A product the export names, to add to Products when its SKU is missing. */
export interface ProductLine {
  sku: string;
  product: string;
  price: number | null;
}

/** A Content row from a platform export, keyed by its post URL. */
export interface PostLine {
  source: ExportKind;
  url: string;
  creator: string;
  platform: string;
  format: string;
  published: string;
  metrics: Partial<Record<PostMetric, number>>;
}

export const POST_METRICS = [
  "impressions",
  "reach",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
] as const;
export type PostMetric = (typeof POST_METRICS)[number];

/** What one export file maps to, before it meets the workbook. */
export interface MappedExport {
  kind: ExportKind;
  /** Orders the file speaks for (kept or left out): their ledger lines are replaced. */
  orders: string[];
  lines: OrderLine[];
  products: ProductLine[];
  posts: PostLine[];
  skipped: Partial<Record<SkipReason, number>>;
  /** Codes and usernames that resolve to no creator (rows kept, unattributed). */
  unattributed: string[];
  findings: ImportFinding[];
}

/** A refused file: one sentence, nothing written. */
export interface Refusal {
  refused: string;
}

export const isRefusal = (x: unknown): x is Refusal =>
  typeof x === "object" && x !== null && typeof (x as Refusal).refused === "string";
