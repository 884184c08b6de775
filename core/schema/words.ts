// Words and names the reader recognises beyond the template's own columns, each listed once.

/** Words a total row's key cell says, in the report languages and the exports' own (compared lower-cased, spaces collapsed). */
const TOTAL_WORDS: ReadonlySet<string> = new Set([
  "total",
  "totals",
  "sum",
  "subtotal",
  "sub total",
  "grand total",
  "i alt",
  "total i alt",
  "tổng",
  "tổng cộng",
  "合计",
  "总计",
  "المجموع",
]);

const comparable = (s: string) =>
  s
    .normalize("NFKC")
    .trim()
    .replace(/[:：]$/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/** A cell that says this row is a total, not data (`Total`, `Grand total`, `I alt`, `合计`…; any case, a trailing colon allowed). */
export function isTotalCell(raw: unknown): boolean {
  return typeof raw === "string" && TOTAL_WORDS.has(comparable(raw));
}

/** A cell that begins or ends with a total word (`Total costs`, `Spring total`). */
export function mentionsTotal(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const s = comparable(raw);
  for (const w of TOTAL_WORDS) if (s === w || s.startsWith(`${w} `) || s.endsWith(` ${w}`)) return true;
  return false;
}

/** The column in which the import marks the rows it wrote (Conversions, Content, Products). */
export const IMPORT_KEY_HEADER = "Import key";
/** The tab on which the import keeps every order line it counted. */
export const IMPORT_LEDGER_TAB = "Import ledger";
/** Tabs that carry the import's key column: known, read by the import, ignored by the KPIs. */
export const IMPORT_KEY_TABS: ReadonlySet<string> = new Set(["conversions", "content", "products"]);

/**
 * Headers of the columns the add-on computes beside Creators, Content and Products that
 * are not KPI labels (the KPI registry names the others). A sheet downloaded after
 * "Compute KPIs" carries them; they are the add-on's output, not input to read.
 */
export const COMPUTED_EXTRA_HEADERS: readonly string[] = [
  "Tier",
  "Posts",
  "Commission",
  "Cost",
  "Converting",
  "Revenue share",
  "Creators",
];
export const COMPUTED_TABS: ReadonlySet<string> = new Set(["creators", "content", "products"]);
