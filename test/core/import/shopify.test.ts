// Shopify orders export → Conversions and Products, figures worked out by hand:
// #1001 DEVON10: 2 × 38 − 7.60 line discount = 68.40 (QM-DAY-30) + 22.00 (QM-RST-150)
// #1002 devon10, partially refunded: 38 + 54 = 92; order discount 9.20 spread by value
//   (3.80, 5.40) → 34.20, 48.60; refund 27.60 spread the same way (11.40, 16.20) → 22.80, 32.40
// #1003 voided, #1004 refunded, #1006 cancelled: left out
// #1005 UNKNOWN20: 2 × 28 = 56 (unattributed, code kept); #1007 no code: 54 (unattributed)
import { describe, expect, it } from "vitest";
import { importMsg } from "../../../core/import/index.ts";
import { campaign, importInto, rowsOf } from "./helpers.ts";

describe("Shopify orders export", () => {
  const wb = campaign();
  const { plan, after, model } = importInto(wb, ["shopify-orders.csv"]);

  it("writes one Conversions row per day × code × SKU, the order counted once on its first line", () => {
    expect(rowsOf(after, "Conversions")).toEqual([
      {
        Date: "2026-03-04",
        Creator: "dewydevon",
        "Discount code": "DEVON10",
        SKU: "QM-DAY-30",
        Orders: 2,
        Units: 3,
        Revenue: 91.2,
      },
      {
        Date: "2026-03-04",
        Creator: "dewydevon",
        "Discount code": "DEVON10",
        SKU: "QM-RST-150",
        Orders: 0,
        Units: 1,
        Revenue: 22,
      },
      {
        Date: "2026-03-04",
        Creator: "dewydevon",
        "Discount code": "devon10",
        SKU: "QM-DAY-50",
        Orders: 0,
        Units: 1,
        Revenue: 32.4,
      },
      {
        Date: "2026-03-05",
        "Discount code": "UNKNOWN20",
        SKU: "QM-VEIL-30",
        Orders: 1,
        Units: 2,
        Revenue: 56,
      },
      { Date: "2026-03-06", SKU: "QM-DAY-50", Orders: 1, Units: 1, Revenue: 54 },
    ]);
  });

  it("gives the hand-worked KPIs: revenue before tax and shipping, refunds out", () => {
    expect(model.totals.revenue).toBeCloseTo(255.6, 9);
    expect(model.totals.orders).toBe(4);
    expect(model.totals.units).toBe(8);
    expect(model.totals.unattributed_revenue).toBeCloseTo(110, 9);
    expect(model.totals.unattributed_orders).toBe(2);
    const devon = model.creators.find((c) => c.handle === "dewydevon")!;
    expect(devon.revenue).toBeCloseTo(145.6, 9);
    expect(devon.orders).toBe(2);
  });

  it("counts the orders left out by reason, and names the unknown code", () => {
    const conv = plan.summaries.find((s) => s.tab === "Conversions")!;
    expect(conv).toMatchObject({
      added: 5,
      updated: 0,
      unchanged: 0,
      skipped: { voided: 1, refunded: 1, cancelled: 1 },
    });
    expect(plan.findings.map((f) => f.message)).toEqual([importMsg.unattributed(["UNKNOWN20"])]);
  });

  it("adds the SKUs it sold to Products with the line item's name and price", () => {
    expect(rowsOf(after, "Products")).toEqual([
      { SKU: "QM-DAY-30", Product: "Daybreak Vitamin C Serum - 30 ml", Price: 38 },
      { SKU: "QM-RST-150", Product: "Reset Toner - 150 ml", Price: 22 },
      { SKU: "QM-DAY-50", Product: "Daybreak Vitamin C Serum - 50 ml", Price: 54 },
      { SKU: "QM-VEIL-30", Product: "Cloudveil Mineral Sunscreen - SPF 30", Price: 28 },
    ]);
  });

  it("changes nothing when the same file is imported again", () => {
    const again = importInto(after, ["shopify-orders.csv"]);
    expect(again.plan.edits).toEqual([]);
    expect(again.plan.summaries.map((s) => [s.tab, s.added, s.updated, s.unchanged])).toEqual([
      ["Conversions", 0, 0, 5],
      ["Products", 0, 0, 4],
    ]);
  });

  it("a newer export changes only its rows: #1007 refunded since, #1008 new", () => {
    const newer = importInto(after, ["shopify-orders-newer.csv"]);
    const conv = newer.plan.summaries.find((s) => s.tab === "Conversions")!;
    expect([conv.added, conv.updated, conv.unchanged]).toEqual([1, 1, 4]);
    const rows = rowsOf(newer.after, "Conversions");
    expect(rows[4]).toEqual({ Date: "2026-03-06", SKU: "QM-DAY-50", Orders: 0, Units: 0, Revenue: 0 });
    expect(rows[5]).toEqual({
      Date: "2026-03-07",
      Creator: "kim.glow",
      "Discount code": "KIM15",
      SKU: "QM-RST-150",
      Orders: 1,
      Units: 3,
      Revenue: 66,
    });
    expect(rows.slice(0, 4)).toEqual(rowsOf(after, "Conversions").slice(0, 4));
    expect(newer.model.totals.revenue).toBeCloseTo(267.6, 9);
  });

  it("never writes over a cell someone edited", () => {
    const edited = structuredClone(after);
    const conv = edited.tabs.find((t) => t.name === "Conversions")!;
    conv.values[5]![6] = 50; // someone corrected #1007's revenue by hand
    const newer = importInto(edited, ["shopify-orders-newer.csv"]);
    expect(newer.plan.summaries.find((s) => s.tab === "Conversions")!.skipped["edited-by-hand"]).toBe(1);
    expect(rowsOf(newer.after, "Conversions")[4]!.Revenue).toBe(50);
  });

  it("leaves a product someone typed as it is", () => {
    const typed = campaign();
    typed.tabs.push({
      name: "Products",
      values: [
        ["SKU", "Product", "Price"],
        ["qm-rst-150", "Reset Toner", 24],
      ],
    });
    const r = importInto(typed, ["shopify-orders.csv"]);
    expect(r.plan.summaries.find((s) => s.tab === "Products")).toMatchObject({
      added: 3,
      skipped: { "typed-row": 1 },
    });
    expect(rowsOf(r.after, "Products")[0]).toEqual({ SKU: "qm-rst-150", Product: "Reset Toner", Price: 24 });
  });

  it("refuses an export in another currency, with a sentence, changing nothing", async () => {
    const { mapExport, importTarget } = await import("../../../core/import/index.ts");
    const { grid } = await import("./helpers.ts");
    const eur = campaign("EUR");
    expect(mapExport("orders.csv", grid("shopify-orders.csv"), importTarget(eur))).toEqual({
      refused: importMsg.wrongCurrency("orders.csv", "USD", "EUR"),
    });
  });
});
