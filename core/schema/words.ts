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

const pair = (a: number, b: number) => a * 128 + b;
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** How the total words start: their first two characters, decomposed (`tổng` is `to` + marks), as numbers. */
const TOTAL_STARTS: ReadonlySet<number> = new Set(
  [...TOTAL_WORDS].map((w) => w.normalize("NFD")).map((w) => pair(w.charCodeAt(0), w.charCodeAt(1))),
);

/**
 * A cell that cannot be a total word, known without normalising it (this runs on every row): it
 * starts with a printable ASCII character then an ASCII one, and no total word starts with those
 * two. Normalising keeps them apart from case and spacing (marks after them compose onto them).
 */
function surelyNoTotal(s: string): boolean {
  const a = asciiLower(s.charCodeAt(0));
  const b = asciiLower(s.charCodeAt(1));
  if (!(a > 32 && a < 127 && b < 127)) return false;
  const space = b === 32 || (b >= 9 && b <= 13);
  if (!space && b < 32) return false;
  return !TOTAL_STARTS.has(pair(a, space ? 32 : b));
}

/** A cell that says this row is a total, not data (`Total`, `Grand total`, `I alt`, `合计`…; any case, a trailing colon allowed). */
export function isTotalCell(raw: unknown): boolean {
  return typeof raw === "string" && !surelyNoTotal(raw) && TOTAL_WORDS.has(comparable(raw));
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
