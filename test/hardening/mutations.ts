// Realistic edits of one cell, header or tab of a valid campaign, for never-silent.test.ts:
// each says what it touched, so the test can ask for a finding that names it.
import type { Tabs } from "./arbitraries.ts";

/** What a mutation touched: a whole tab (col and row null), a header (row 1) or one cell. */
export interface Touched {
  /** Tab name as the template spells it. */
  tab: string;
  /** 0-based sheet column; null for the whole tab. */
  col: number | null;
  /** 1-based sheet row; null for a whole column or tab. */
  row: number | null;
}

export interface Mutation {
  name: string;
  /** Edit `tabs` in place (`pick` chooses among the candidates); null when nothing fits. */
  apply(tabs: Tabs, pick: number): Touched | null | Promise<Touched | null>;
}

const at = <T>(xs: readonly T[], pick: number): T | undefined => xs[pick % Math.max(1, xs.length)];

/** Data rows of a tab: [sheet row, its cells]. */
function dataRows(tabs: Tabs, tab: string): [number, unknown[]][] {
  return (tabs[tab] ?? []).slice(1).map((line, i) => [i + 2, line] as [number, unknown[]]);
}

function headerCol(tabs: Tabs, tab: string, header: string): number {
  return (tabs[tab]?.[0] ?? []).indexOf(header);
}

/** Edit one header of any table tab. */
function header(
  name: string,
  edit: (h: string) => string,
  only?: (tab: string, h: string) => boolean,
): Mutation {
  return {
    name,
    apply(tabs, pick) {
      const all: [string, number][] = [];
      for (const [tab, grid] of Object.entries(tabs)) {
        if (tab === "Campaign") continue;
        (grid[0] ?? []).forEach((h, c) => {
          if (typeof h === "string" && (!only || only(tab, h))) all.push([tab, c]);
        });
      }
      const hit = at(all, pick);
      if (!hit) return null;
      const [tab, col] = hit;
      const row = tabs[tab]![0]!;
      row[col] = edit(String(row[col]));
      return { tab, col, row: 1 };
    },
  };
}

/** Edit one cell of a column (by header) on a tab. */
function cell(name: string, tab: string, column: string, edit: (v: unknown) => unknown): Mutation {
  return {
    name,
    apply(tabs, pick) {
      const col = headerCol(tabs, tab, column);
      const rows = dataRows(tabs, tab);
      const hit = at(rows, pick);
      if (col < 0 || !hit) return null;
      hit[1][col] = edit(hit[1][col]);
      return { tab, col, row: hit[0] };
    },
  };
}

const MONEY_HEADERS = new Set([
  "Fee",
  "Product cost",
  "Shipping cost",
  "Revenue",
  "Amount",
  "Hourly cost",
  "Price",
  "Unit cost",
]);
const FIGURE_COLUMNS: [string, string][] = [
  ["Creators", "Followers"],
  ["Creators", "Fee"],
  ["Content", "Impressions"],
  ["Conversions", "Revenue"],
  ["Costs", "Amount"],
];

/** Sum of a column's numeric cells. */
const sumOf = (tabs: Tabs, tab: string, col: number) =>
  dataRows(tabs, tab).reduce(
    (s, [, line]) => s + (typeof line[col] === "number" ? (line[col] as number) : 0),
    0,
  );

export const STRUCTURE_MUTATIONS: Mutation[] = [
  header(
    "unit in brackets after a money header",
    (h) => `${h} ($)`,
    (_, h) => MONEY_HEADERS.has(h),
  ),
  header(
    "ISO code in brackets after a money header",
    (h) => `${h} (USD)`,
    (_, h) => MONEY_HEADERS.has(h),
  ),
  header(
    "another currency after a comma",
    (h) => `${h}, EUR`,
    (_, h) => MONEY_HEADERS.has(h),
  ),
  header(
    "percent unit after Commission rate",
    (h) => `${h} (%)`,
    (_, h) => h === "Commission rate",
  ),
  header("zero-width space inside a header", (h) => `${h.slice(0, 1)}\u200B${h.slice(1)}`),
  header("non-breaking spaces and a line break", (h) => `\u00A0${h.replace(" ", "\n")}\u00A0`),
  header("full-width letters (NFKC)", (h) =>
    h.replace(/[A-Za-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  ),
  header("a typo in a header", (h) => `${h}x`),
  header("a header no one knows", () => "Internal notes"),
  {
    name: "a repeated column with a unit",
    apply(tabs, pick) {
      const tab = at(["Creators", "Costs", "Conversions"], pick)!;
      const grid = tabs[tab]!;
      const col = grid[0]!.findIndex((h) => typeof h === "string" && MONEY_HEADERS.has(h));
      if (col < 0) return null;
      grid[0]!.push(`${grid[0]![col]} ($)`);
      for (const line of grid.slice(1)) line.push(pick % 997);
      return { tab, col: grid[0]!.length - 1, row: 1 };
    },
  },
  {
    name: "a Total row under Costs or Team",
    apply(tabs, pick) {
      const tab = at(["Costs", "Team", "Conversions"], pick)!;
      const grid = tabs[tab]!;
      if (grid.length < 2) return null;
      const word = at(
        ["Total", "TOTAL", "Sum", "Subtotal", "Grand total", "I alt", "Tổng", "合计", "总计", "المجموع"],
        pick,
      )!;
      const line = grid[0]!.map((_, c) => (c === 0 ? word : sumOf(tabs, tab, c)));
      grid.push(line);
      return { tab, col: 0, row: grid.length };
    },
  },
  {
    name: "a second tab named like a template tab",
    apply(tabs, pick) {
      const tab = at(["Creators", "Content", "Costs", "Conversions"], pick)!;
      const copy = (tabs[tab] ?? []).map((line) => [...line]);
      // The copy has one figure changed, as an older version of the tab would.
      if (copy[1]) copy[1][2] = 1;
      tabs[`${tab.toLowerCase()} `] = copy;
      return { tab, col: null, row: null };
    },
  },
  {
    name: "a template tab in other case and spacing",
    apply(tabs, pick) {
      const tab = at(["Creators", "Content", "Costs"], pick)!;
      const grid = tabs[tab];
      if (!grid) return null;
      delete tabs[tab];
      tabs[` ${tab.toUpperCase()}  `] = grid;
      return { tab, col: null, row: null };
    },
  },
  cell("a HYPERLINK formula in Post URL", "Content", "Post URL", (v) => ({
    formula: `=HYPERLINK("${String(v)}","Watch")`,
    result: "Watch",
  })),
  cell("a hyperlink cell in Post URL", "Content", "Post URL", (v) => ({
    text: "Watch",
    hyperlink: String(v),
  })),
  cell(
    "a HYPERLINK formula as text in Post URL",
    "Content",
    "Post URL",
    (v) => `=HYPERLINK("${String(v)}"; "▶")`,
  ),
  cell("a Post URL without https://", "Content", "Post URL", (v) => String(v).replace(/^https:\/\//, "")),
  cell("a spreadsheet error in Tags", "Creators", "Tags", () => "#REF!"),
  cell("a spreadsheet error in Owner", "Creators", "Owner", () => "#N/A"),
  ...FIGURE_COLUMNS.map(([tab, column]) =>
    cell(`a formula without a stored result in ${tab} ${column}`, tab, column, () => ({
      formula: "=SUM(B2:B9)",
    })),
  ),
];
