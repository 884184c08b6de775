// A small campaign whose figures are worked out by hand in addon.test.ts.
import type { RawWorkbook } from "../../core/index.ts";
import { FakeSpreadsheet } from "../support/spreadsheet.ts";
import { type Fields, formGrid, rawWorkbook, tableGrid } from "../support/workbook.ts";

/** A fixed-fee creator who completed, with every Creators column filled or blank. */
function creator(
  handle: string,
  name: string,
  platform: string,
  followers: number,
  fee: number,
  product_cost: number,
  shipping_cost: number,
  discount_code: string,
): Fields {
  return {
    handle,
    name,
    platform,
    followers,
    cooperation_model: "fixed_fee",
    fee,
    product_cost,
    shipping_cost,
    commission_rate: "",
    discount_code,
    link: "",
    tags: "",
    owner: "",
    status: "completed",
  };
}

export const FIXTURE: RawWorkbook = rawWorkbook({
  campaign: formGrid("campaign", {
    name: "Test launch",
    start_date: "2026-03-01",
    end_date: "2026-03-31",
    currency: "USD",
    objective: "sales",
  }),
  creators: tableGrid("creators", [
    creator("anna", "Anna", "instagram", 50000, 500, 20, 5, "ANNA10"),
    creator("ben", "Ben", "tiktok", 5000, 100, 0, 0, "BEN10"),
  ]),
  content: tableGrid("content", [
    {
      creator: "anna",
      url: "https://example.com/a1",
      platform: "instagram",
      format: "image",
      published: "2026-03-05",
      impressions: 10000,
      reach: 8000,
      views: "",
      likes: 300,
      comments: 50,
      shares: 30,
      saves: 20,
      clicks: 100,
    },
    {
      creator: "ben",
      url: "https://example.com/b1",
      platform: "tiktok",
      format: "video",
      published: "2026-03-06",
      impressions: 2000,
      reach: 1500,
      views: 1800,
      likes: 80,
      comments: 10,
      shares: 5,
      saves: 5,
      clicks: 20,
    },
  ]),
  products: tableGrid("products", [
    { sku: "SKU-1", product: "Serum", variant: "30 ml", price: 40, unit_cost: 10 },
  ]),
  conversions: tableGrid("conversions", [
    {
      date: "2026-03-07",
      creator: "anna",
      discount_code: "ANNA10",
      sku: "SKU-1",
      orders: 5,
      units: 6,
      revenue: 240,
      leads: "",
    },
  ]),
});

export function spreadsheetOf(wb: RawWorkbook): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  for (const t of wb.tabs) ss.addSheet(t.name, t.values as unknown[][]);
  return ss;
}
