// fast-check generators for the core's property tests (properties.test.ts):
// (a) fully random grids, any cell type, under the template's headers or not;
// (b) structurally valid campaigns with mostly good values and occasional bad cells.
import fc from "fast-check";
import {
  COOPERATION_MODELS,
  COST_CATEGORIES,
  FORMATS,
  PLATFORMS,
  STATUSES,
  TAB_LIST,
} from "../../core/index.ts";
import { FORM_HEADER, formGrid, headersOf, tableGrid } from "../support/workbook.ts";

export type Tabs = Record<string, unknown[][]>;

export const ERROR_VALUES = ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#ERROR!"] as const;

/** Any single cell a sheet or a file reader could hand the core. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(""),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom(...ERROR_VALUES),
  fc.constantFrom(
    "1,5",
    "3.5%",
    "1.2k",
    "2026-03-04",
    "03/04/2026",
    "@ann",
    "ann",
    "‏עברית‎",
    "👩‍👩‍👧",
    "-1",
    "1e308",
  ),
  fc.constantFrom(
    Number.NaN,
    -0,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e15,
    1e300,
    Number.MAX_VALUE,
  ),
  fc.double(),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant({ error: "#REF!" }),
  fc.constant("x".repeat(60_000)),
);

const grid = (headers: string[]) =>
  fc
    .array(fc.array(anyCell, { maxLength: headers.length + 2 }), { maxLength: 6 })
    .map((rows) => [headers, ...rows]);

/** Every tab, under its template headers (form tabs as Field/Value), filled with random cells. */
export const randomTemplateTabs: fc.Arbitrary<Tabs> = fc.record(
  Object.fromEntries(
    TAB_LIST.map((t) => [
      t.name,
      t.layout === "form"
        ? fc
            .array(anyCell, { minLength: t.columns.length, maxLength: t.columns.length })
            .map((vals) => [[...FORM_HEADER], ...t.columns.map((c, i) => [c.header, vals[i]])])
        : grid(t.columns.map((c) => c.header)),
    ]),
  ),
) as fc.Arbitrary<Tabs>;

/** Tabs with any name and grids with any header row at all. */
export const randomGridTabs: fc.Arbitrary<Tabs> = fc.dictionary(
  fc.oneof(fc.constantFrom(...TAB_LIST.map((t) => t.name)), fc.string({ maxLength: 8 })),
  fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 6 }),
  { maxKeys: 6 },
);

// ---------------------------------------------------------------- valid campaigns

const HANDLES = ["ann", "bob", "cyd", "dee", "eve", "fay"] as const;
const OWNERS = ["Maya", "Lee", "Ola"] as const;

/** Mostly `good`, now and then an error value (about 1 in `1/p`). */
const sometimesBad = <T>(good: fc.Arbitrary<T>, p = 0.04): fc.Arbitrary<T | string> =>
  fc.oneof(
    { weight: Math.round((1 - p) * 100), arbitrary: good },
    { weight: Math.round(p * 100), arbitrary: fc.constantFrom(...ERROR_VALUES) },
  );

const money = fc.integer({ min: 0, max: 200_000 }).map((c) => c / 100);
const count = (max: number) => fc.integer({ min: 0, max });
const blankOr = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant("" as const) }, { weight: 4, arbitrary: a });
const day = fc.integer({ min: 2, max: 31 }).map((d) => `2026-03-${String(d).padStart(2, "0")}`);

// Column order of the positional rows below; header texts come from the schema.
export const CREATOR_HEADERS = headersOf("creators", [
  "handle",
  "platform",
  "followers",
  "cooperation_model",
  "fee",
  "product_cost",
  "shipping_cost",
  "commission_rate",
  "discount_code",
  "tags",
  "owner",
  "status",
]);
export const CONTENT_HEADERS = headersOf("content", [
  "creator",
  "url",
  "format",
  "published",
  "impressions",
  "reach",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
]);
export const CONVERSION_HEADERS = headersOf("conversions", [
  "date",
  "creator",
  "discount_code",
  "sku",
  "orders",
  "units",
  "revenue",
]);

/** A campaign whose headers are all valid and whose rows are mostly valid. */
export const validCampaign: fc.Arbitrary<Tabs> = fc
  .uniqueArray(fc.constantFrom(...HANDLES), { minLength: 1, maxLength: 5 })
  .chain((handles) => {
    const creatorRow = (h: string) =>
      fc.tuple(
        fc.constant(h),
        fc.constantFrom(...PLATFORMS),
        sometimesBad(count(2_000_000)),
        fc.constantFrom(...COOPERATION_MODELS),
        sometimesBad(blankOr(money)),
        blankOr(money),
        blankOr(money),
        blankOr(fc.integer({ min: 0, max: 30 }).map((p) => p / 100)),
        fc.constant(h.toUpperCase()),
        fc.constantFrom("", "beauty", "beauty, ugc", "ugc"),
        fc.constantFrom("", ...OWNERS, ...OWNERS.map((o) => o.toLowerCase()), " MAYA "),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant("") },
          { weight: 5, arbitrary: fc.constantFrom(...STATUSES) },
        ),
      );
    const handle = fc.constantFrom(...handles);
    // Other spellings a sheet may use for the same handle.
    const spelled = handle.chain((h) => fc.constantFrom(h, `@${h}`, h.toUpperCase(), ` ${h} `));
    const contentRow = fc.tuple(
      spelled,
      fc.constant(""), // URL, filled in below (unique per row)
      fc.constantFrom(...FORMATS),
      day,
      sometimesBad(count(100_000)),
      blankOr(count(50_000)),
      blankOr(count(80_000)),
      blankOr(count(5_000)),
      blankOr(count(500)),
      blankOr(count(500)),
      blankOr(count(500)),
      blankOr(count(1_000)),
    );
    const conversionRow = fc.tuple(
      day,
      fc.oneof(spelled, fc.constant("")),
      fc.oneof(
        handle.map((h) => h.toUpperCase()),
        handle,
        fc.constant(""),
        fc.constant("NOPE"),
      ),
      fc.constantFrom("S1", "s1", "S2", "S3", "X9", "x9", ""),
      sometimesBad(count(20)),
      blankOr(count(30)),
      sometimesBad(money),
    );
    const costRow = fc.tuple(
      fc.constantFrom("Agency", "Ads", "Tools"),
      fc.constantFrom(...COST_CATEGORIES),
      sometimesBad(money),
    );
    const teamRow = fc.tuple(fc.constantFrom(...OWNERS, "maya"), blankOr(count(80)), blankOr(money));
    return fc.record({
      creators: fc.tuple(...handles.map(creatorRow)),
      content: fc.array(contentRow, { maxLength: 6 }),
      conversions: fc.array(conversionRow, { maxLength: 8 }),
      costs: fc.array(costRow, { maxLength: 3 }),
      team: fc.uniqueArray(teamRow, { maxLength: 3, selector: (r) => r[0].toLowerCase() }),
    });
  })
  .map(({ creators, content, conversions, costs, team }) => ({
    Campaign: formGrid("campaign", {
      name: "Props",
      currency: "USD",
      start_date: "2026-03-02",
      end_date: "2026-03-29",
      objective: "sales",
    }),
    Creators: [CREATOR_HEADERS, ...creators],
    Content: [
      CONTENT_HEADERS,
      ...content.map((r, i) => [r[0], `https://example.com/p/${i + 1}`, ...r.slice(2)]),
    ],
    Conversions: [CONVERSION_HEADERS, ...conversions],
    Products: tableGrid("products", [
      { sku: "S1", product: "Serum", variant: "30 ml", price: 34.9, unit_cost: 8 },
      { sku: "S2", product: "Serum", variant: "50 ml", price: 49.9, unit_cost: 11 },
      { sku: "S3", product: "Cream", variant: "", price: 20, unit_cost: "" },
    ]),
    Costs: [headersOf("costs", ["item", "category", "amount"]), ...costs],
    Team: [headersOf("team", ["member", "hours", "hourly_cost"]), ...team],
  }));

/** The same tabs with their data rows shuffled and their columns permuted (headers move with them). */
export function permuted(tabs: Tabs, rowSeeds: number[], colSeeds: number[]): Tabs {
  let k = 0;
  const out: Tabs = {};
  for (const [name, grid] of Object.entries(tabs)) {
    const seedR = rowSeeds[k % rowSeeds.length] ?? 0;
    const seedC = colSeeds[k % colSeeds.length] ?? 0;
    k++;
    if (name === "Campaign" || grid.length === 0) {
      out[name] = grid;
      continue;
    }
    const width = grid[0]!.length;
    const cols = shuffle([...Array(width).keys()], seedC);
    const rows = [grid[0]!, ...shuffle(grid.slice(1), seedR)];
    out[name] = rows.map((r) => cols.map((c) => r[c]));
  }
  return out;
}

/** Deterministic Fisher–Yates from a seed (a small LCG); fast-check supplies the seed. */
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
