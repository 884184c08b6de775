// TikTok Shop exports → Conversions, worked out by hand.
// Affiliate (USD): 577…01 dewydevon 34.20; 577…02 DewyDevon 2 × QM-DAY-50 97.20 (same creator,
// other case); 577…03 Ineligible, 577…04 Customer Unpaid, 577…05 fully refunded: left out;
// 577…06 unknown.creator 19.80 (kept, unattributed); 577…07 @lenaglowlab two lines 34.20 + 19.80.
// All orders: 579…01 34.20; 579…02 cancelled; 579…03 54 + 28 less a 16.40 refund spread by
// value (10.80, 5.60) → 43.20, 22.40; 579…04 unpaid; the field-descriptions row is not data.
import { describe, expect, it } from "vitest";
import { importMsg, importTarget, isRefusal, mapExport } from "../../../core/import/index.ts";
import { campaign, grid, importInto, rowsOf } from "./helpers.ts";

describe("TikTok Shop affiliate orders", () => {
  const { plan, after, model } = importInto(campaign(), ["tiktok-affiliate.csv"]);

  it("maps usernames to creators case-insensitively and keeps unknown ones visible", () => {
    expect(rowsOf(after, "Conversions")).toEqual([
      { Date: "2026-03-10", Creator: "dewydevon", SKU: "QM-DAY-30", Orders: 1, Units: 1, Revenue: 34.2 },
      { Date: "2026-03-10", Creator: "dewydevon", SKU: "QM-DAY-50", Orders: 1, Units: 2, Revenue: 97.2 },
      {
        Date: "2026-03-12",
        Creator: "unknown.creator",
        SKU: "QM-RST-150",
        Orders: 1,
        Units: 1,
        Revenue: 19.8,
      },
      { Date: "2026-03-11", Creator: "@LenaGlowLab", SKU: "QM-DAY-30", Orders: 1, Units: 1, Revenue: 34.2 },
      { Date: "2026-03-11", Creator: "@LenaGlowLab", SKU: "QM-RST-150", Orders: 0, Units: 1, Revenue: 19.8 },
    ]);
  });

  it("leaves out Ineligible, Customer Unpaid and refunded rows, counted by reason", () => {
    expect(plan.summaries.find((s) => s.tab === "Conversions")!.skipped).toEqual({
      ineligible: 1,
      unpaid: 1,
      refunded: 1,
    });
  });

  it("gives the hand-worked KPIs", () => {
    expect(model.totals.revenue).toBeCloseTo(205.2, 9);
    expect(model.totals.orders).toBe(4);
    expect(model.totals.units).toBe(6);
    expect(model.totals.unattributed_revenue).toBeCloseTo(19.8, 9);
    expect(model.creators.find((c) => c.handle === "dewydevon")!.revenue).toBeCloseTo(131.4, 9);
    expect(model.creators.find((c) => c.handle === "@LenaGlowLab")!.revenue).toBeCloseTo(54, 9);
  });

  it("warns when the commission paid is not the Creators tab's rate (Lena: rate 0, paid 5.40)", () => {
    expect(plan.findings.map((f) => f.message)).toEqual([
      importMsg.commissionDiffers("@LenaGlowLab", 5.4, 0),
      importMsg.unattributed(["unknown.creator"]),
    ]);
  });

  it("reads the Vietnamese export (headers, statuses, 342.000₫) into a VND campaign", () => {
    const r = importInto(campaign("VND"), ["tiktok-affiliate-vi.csv"]);
    expect(rowsOf(r.after, "Conversions")).toEqual([
      { Date: "2026-03-10", Creator: "dewydevon", SKU: "QM-DAY-30", Orders: 1, Units: 1, Revenue: 342000 },
      { Date: "2026-03-11", Creator: "dewydevon", SKU: "QM-DAY-30", Orders: 1, Units: 2, Revenue: 684000 },
    ]);
    expect(r.plan.summaries[0]!.skipped).toEqual({ ineligible: 1 });
    expect(r.plan.findings).toEqual([]);
  });

  it("refuses the VND export for a USD campaign", () => {
    const m = mapExport("vi.csv", grid("tiktok-affiliate-vi.csv"), importTarget(campaign("USD")));
    expect(m).toEqual({ refused: importMsg.wrongCurrency("vi.csv", "₫", "USD") });
  });
});

describe("TikTok Shop all orders", () => {
  const { plan, after, model } = importInto(campaign(), ["tiktok-all-orders.csv"]);

  it("skips the descriptions row, cancelled and unpaid orders; spreads a refund over the order's lines", () => {
    expect(rowsOf(after, "Conversions")).toEqual([
      { Date: "2026-03-10", SKU: "QM-DAY-30", Orders: 1, Units: 1, Revenue: 34.2 },
      { Date: "2026-03-11", SKU: "QM-DAY-50", Orders: 1, Units: 1, Revenue: 43.2 },
      { Date: "2026-03-11", SKU: "QM-VEIL-30", Orders: 0, Units: 1, Revenue: 22.4 },
    ]);
    expect(plan.summaries[0]!.skipped).toEqual({ "description-row": 1, cancelled: 1, unpaid: 1 });
    expect(model.totals.revenue).toBeCloseTo(99.8, 9);
    expect(model.totals.unattributed_revenue).toBeCloseTo(99.8, 9);
  });

  it("is told from the affiliate export by its header row", () => {
    const m = mapExport("all.csv", grid("tiktok-all-orders.csv"), importTarget(campaign()));
    expect(!isRefusal(m) && m.kind).toBe("tiktok-orders");
  });
});
