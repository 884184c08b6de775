// Value mutations for the never-silent property tests: each changes one figure
// cell of a valid workbook the way people type (letters, another separator, a
// unit, a placeholder, another currency, a date in another spelling).
import { a1, type ColumnMeta, type RawTab, type RawWorkbook, TAB_LIST } from "../../core/index.ts";

export interface Mutation {
  name: string;
  /** Mutates one cell/header of a valid workbook in place; returns the tab and A1 cell (or column header) touched, or null when it does not apply. */
  apply(wb: RawWorkbook, pick: (n: number) => number): { tab: string; cell: string; column: string } | null;
}

type Kinds = "figure" | "money" | "date";
const FIGURES: ReadonlySet<string> = new Set(["count", "money", "number"]);

function matches(meta: ColumnMeta, kinds: Kinds): boolean {
  if (kinds === "date") return meta.kind === "date";
  if (kinds === "money") return meta.kind === "money";
  return FIGURES.has(meta.kind);
}

/** Column index → schema column, for the template's table tabs present in the workbook. */
function columnsOf(tab: RawTab, kinds: Kinds): { col: number; meta: ColumnMeta }[] {
  const def = TAB_LIST.find(
    (t) => t.layout === "table" && t.name.toLowerCase() === tab.name.trim().toLowerCase(),
  );
  if (!def) return [];
  const header = tab.values[0] ?? [];
  const out: { col: number; meta: ColumnMeta }[] = [];
  header.forEach((h, col) => {
    const meta = def.columns.find((m) => m.header === h);
    if (meta && matches(meta, kinds)) out.push({ col, meta });
  });
  return out;
}

/**
 * One cell whose current value `accept` takes, chosen with `pick`, replaced by
 * `change(value)`; null when no such cell exists or `change` declines.
 */
function mutateCell<T>(
  wb: RawWorkbook,
  pick: (n: number) => number,
  kinds: Kinds,
  accept: (v: unknown) => v is T,
  change: (v: T) => unknown,
): { tab: string; cell: string; column: string } | null {
  const cells: { tab: RawTab; row: number; col: number; meta: ColumnMeta }[] = [];
  for (const tab of wb.tabs)
    for (const { col, meta } of columnsOf(tab, kinds))
      for (let row = 1; row < tab.values.length; row++)
        if (accept(tab.values[row]?.[col])) cells.push({ tab, row, col, meta });
  if (cells.length === 0) return null;
  const c = cells[pick(cells.length)]!;
  const line = c.tab.values[c.row]!;
  const next = change(line[c.col] as T);
  if (next === undefined) return null;
  line[c.col] = next;
  return { tab: c.tab.name, cell: a1(c.tab.name, c.col, c.row + 1), column: c.meta.header };
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isIsoDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const parts = (iso: string) => iso.split("-").map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, "0");

const figure = (
  name: string,
  change: (n: number) => unknown,
  kinds: Kinds = "figure",
  when: (n: number) => boolean = () => true,
): Mutation => ({
  name,
  apply: (wb, pick) => mutateCell(wb, pick, kinds, (v): v is number => isNumber(v) && when(v), change),
});
const date = (name: string, change: (iso: string) => unknown): Mutation => ({
  name,
  apply: (wb, pick) => mutateCell(wb, pick, "date", isIsoDate, change),
});

export const VALUE_MUTATIONS: Mutation[] = [
  figure("trailing letters", (n) => `${n}abc`),
  figure("leading letters", (n) => `abc ${n}`),
  figure("a unit suffix", (n) => `${n} pcs`),
  figure("a multiplier of another locale", (n) => `${n} tr`),
  figure("a zero-width space inside the digits", (n) => {
    const s = String(n);
    return s.length < 2 ? undefined : `${s[0]}\u200b${s.slice(1)}`;
  }),
  figure(
    "a swapped thousands separator (6.000 in an en sheet)",
    (n) => String(n).replace(/(\d)(?=(\d{3})+$)/g, "$1."),
    "figure",
    (n) => Number.isInteger(n) && n >= 1000,
  ),
  figure("a swapped decimal mark (12,5)", (n) => String(n).replace(".", ",")),
  figure("thousands typed with commas as text", (n) => n.toLocaleString("en-US")),
  figure(
    "a k multiplier",
    (n) => `${n / 1000}k`,
    "figure",
    (n) => Number.isInteger(n) && n % 10 === 0 && n > 0,
  ),
  figure("a placeholder n/a", () => "n/a"),
  figure("a placeholder dash", () => "-"),
  figure("a placeholder TBD", () => "TBD"),
  figure("a currency symbol of another currency", (n) => `€${n}`, "money"),
  figure("the campaign currency's symbol", (n) => `$${n}`, "money"),
  figure("an ISO code after the amount", (n) => `${n} EUR`, "money"),
  figure(
    "accounting zero",
    () => "$ -",
    "money",
    (n) => n === 0,
  ),
  date("a date as 5-Mar-26", (iso) => {
    const [y, m, d] = parts(iso);
    return `${d}-${MONTHS[m - 1]}-${String(y).slice(2)}`;
  }),
  date("a date as Thursday, March 5, 2026", (iso) => {
    const [y, m, d] = parts(iso);
    const long = new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
    return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${long} ${d}, ${y}`;
  }),
  date("a date as dd/mm/yyyy text", (iso) => {
    const [y, m, d] = parts(iso);
    return `${pad(d)}/${pad(m)}/${y}`;
  }),
  date("a date as 2026年3月5日", (iso) => {
    const [y, m, d] = parts(iso);
    return `${y}年${m}月${d}日`;
  }),
  date("a date with its year mistyped as 2062", (iso) => iso.replace(/^2026/, "2062")),
  date("a date as an Excel serial typed as text", (iso) =>
    String(Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569),
  ),
  date("a date as a placeholder", () => "n/a"),
];
