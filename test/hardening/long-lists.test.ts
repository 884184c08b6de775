// Long lists stay readable: thousands of distinct findings or SKUs must not turn the report
// into hundreds of pages (a Shopify export with a one-time code per order does exactly that).
import { describe, expect, it } from "vitest";
import { analyze, type Issue } from "../../core/index.ts";
import {
  buildReportView,
  CREATOR_ROWS_SHOWN,
  FINDING_SENTENCES_MAX,
  groupIssues,
  PRODUCTS_SHOWN,
} from "../../core/present/index.ts";
import { renderReport } from "../../generator/report/index.ts";
import { readCsvFolder } from "../../generator/sources/csv.ts";
import { editedSample, GENERATED, textOf } from "../generator/report/helpers.ts";

const unknownCode = (i: number): Issue => ({
  severity: "warning",
  code: "unknown-discount-code",
  tab: "Conversions",
  row: i + 2,
  column: "Discount code",
  cell: `Conversions!C${i + 2}`,
  message: `Discount code "ONCE-${i}" belongs to no creator.`,
  args: { found: `ONCE-${i}` },
});

describe("Report: long lists of findings", () => {
  it("10 unknown discount codes → one appendix line each, none folded", () => {
    const groups = groupIssues(Array.from({ length: FINDING_SENTENCES_MAX }, (_, i) => unknownCode(i)));
    expect(FINDING_SENTENCES_MAX).toBe(10);
    expect(groups).toHaveLength(10);
    expect(groups.map((g) => g.others)).toEqual(Array(10).fill(0));
    expect(groups[3]!.cells).toEqual(["Conversions!C5"]);
  });

  it("12 unknown discount codes (one twice) → one line: the first sentence, 11 others, all 13 cells in workbook order", () => {
    // 12 distinct codes, the first repeated once more on row 20.
    const issues = [
      ...Array.from({ length: 12 }, (_, i) => unknownCode(i)),
      { ...unknownCode(0), row: 20, cell: "Conversions!C20" },
    ];
    const groups = groupIssues(issues);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      code: "unknown-discount-code",
      message: 'Discount code "ONCE-0" belongs to no creator.',
      others: 11,
    });
    expect(groups[0]!.cells).toHaveLength(13);
    expect(groups[0]!.cells.slice(0, 3)).toEqual(["Conversions!C2", "Conversions!C3", "Conversions!C4"]);
    expect(groups[0]!.cells.at(-1)).toBe("Conversions!C20");
  });

  it("11 unknown codes and one unknown creator → two lines, the creator's not folded into the codes'", () => {
    const other = { ...unknownCode(0), column: "Creator", cell: "Conversions!B2" };
    const groups = groupIssues([...Array.from({ length: 11 }, (_, i) => unknownCode(i)), other]);
    expect(groups.map((g) => [g.column, g.others, g.cells.length])).toEqual([
      ["Discount code", 10, 11],
      ["Creator", 0, 1],
    ]);
  });
});

describe("Report: the sample with 14 SKUs the Products tab does not list", async () => {
  // Rows without creator or code, SKUs EXTRA-1 … EXTRA-14, 1 order and 1 unit each, revenue 10 … 140.
  const extra = Array.from({ length: 14 }, (_, i) => `2026-03-05,,,EXTRA-${i + 1},1,1,${(i + 1) * 10}.00,`);
  const dir = await editedSample((tab, csv) =>
    tab === "Conversions" ? `${csv.trimEnd()}\n${extra.join("\n")}\n` : csv,
  );
  const a = analyze(await readCsvFolder(dir));
  const v = buildReportView(a.model, a.notes, a.dataset);

  it("18 products → the 12 with most revenue, then one row summing the 6 others (6 orders, $210.00, 0.10 %)", () => {
    // 4 catalogue products (≥ $12,892 each) + 14 unknown SKUs = 18 > 12 + 1.
    expect(a.model.products).toHaveLength(18);
    expect(PRODUCTS_SHOWN).toBe(12);
    expect(v.products.rows).toHaveLength(12);
    expect(v.products.rows.at(-1)!.product).toBe("EXTRA-7");
    // EXTRA-1 … EXTRA-6: 10 + 20 + … + 60 = 210 of 201,938.90 + 1,050 = 202,988.90 → 0.1035 %.
    const o = v.products.others!;
    expect(o).toMatchObject({ count: 6, orders: 6, units: 6, revenue: 210, gross_profit: null });
    expect(o.revenue_share).toBeCloseTo(210 / 202988.9, 12);
  });

  it("14 unknown-SKU warnings → one appendix line ending 'And 13 more like it.'", async () => {
    const r = await renderReport(a, { generated: GENERATED });
    const text = textOf(r.html);
    // Cells run together in the text: 6 orders, 6 units, $210.00, 0.10 %, no creators, no gross profit.
    expect(text).toContain("EXTRA-711$70.000.03%0– 6 other products66$210.000.10%––");
    const g = v.appendix.issue_groups.filter((x) => x.code === "unknown-sku");
    expect(g).toHaveLength(1);
    expect(g[0]!.others).toBe(13);
    expect(text).toContain(
      'SKU "EXTRA-1" is not on the Products tab; it is reported as its own product. And 13 more like it.',
    );
  });
});

describe("Report: the sample with 40 more small sellers and 12 more creators who sold nothing", async () => {
  // Each seller: one $5.00 sale; each non-seller: $10 product + $5 shipping, no sale.
  const sellers = Array.from(
    { length: 40 },
    (_, i) => `seller${i},,tiktok,5000,gifted,0,10,5,,,,,,completed`,
  );
  const idle = Array.from({ length: 12 }, (_, i) => `idle${i},,tiktok,5000,gifted,0,10,5,,,,,,completed`);
  const sales = Array.from({ length: 40 }, (_, i) => `2026-03-05,seller${i},,QM-DAY-30,1,1,5.00,`);
  const append = (csv: string, rows: string[]) => `${csv.trimEnd()}\n${rows.join("\n")}\n`;
  const dir = await editedSample((tab, csv) =>
    tab === "Creators"
      ? append(csv, [...sellers, ...idle])
      : tab === "Conversions"
        ? append(csv, sales)
        : csv,
  );
  const a = analyze(await readCsvFolder(dir));
  const v = buildReportView(a.model, a.notes, a.dataset);
  const text = textOf((await renderReport(a, { generated: GENERATED })).html);

  it("a bottom quartile of 18 creators → its 10 lowest, captioned '(the first 10 of 18)'", () => {
    // 32 + 40 converting creators → a quartile of 18, all of them $5.00 sellers.
    expect(CREATOR_ROWS_SHOWN).toBe(10);
    expect(v.trend.tail_creators).toHaveLength(18);
    expect(text).toContain("lowest first (the first 10 of 18)");
    expect(text.match(/@seller\d+TikTokNanoGifted1\$5\.00\$15\.00/g)).toHaveLength(10);
  });

  it("19 creators who cost money and sold nothing → 10 rows, captioned '(the first 10 of 19)'", () => {
    // The sample's 7 and the 12 idle ones ($15.00 each).
    expect(v.creators.zero_converters).toHaveLength(19);
    expect(text).toMatch(/Cost money, converted nothing: 19 creators, \$[\d,]+ \(the first 10 of 19\)/);
  });
});
