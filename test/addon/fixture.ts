// A small campaign whose figures are worked out by hand in addon.test.ts.
import type { RawWorkbook } from "../../core/index.ts";
import { FakeSpreadsheet } from "../support/spreadsheet.ts";

export const FIXTURE: RawWorkbook = {
  tabs: [
    {
      name: "Campaign",
      values: [
        ["Field", "Value"],
        ["Campaign name", "Test launch"],
        ["Start date", "2026-03-01"],
        ["End date", "2026-03-31"],
        ["Currency", "USD"],
        ["Objective", "sales"],
      ],
    },
    {
      name: "Creators",
      values: [
        [
          "Handle",
          "Name",
          "Platform",
          "Followers",
          "Cooperation model",
          "Fee",
          "Product cost",
          "Shipping cost",
          "Commission rate",
          "Discount code",
          "Link",
          "Tags",
          "Owner",
          "Status",
        ],
        ["anna", "Anna", "instagram", 50000, "fixed_fee", 500, 20, 5, "", "ANNA10", "", "", "", "completed"],
        ["ben", "Ben", "tiktok", 5000, "fixed_fee", 100, 0, 0, "", "BEN10", "", "", "", "completed"],
      ],
    },
    {
      name: "Content",
      values: [
        [
          "Creator",
          "Post URL",
          "Platform",
          "Format",
          "Published",
          "Impressions",
          "Reach",
          "Views",
          "Likes",
          "Comments",
          "Shares",
          "Saves",
          "Clicks",
        ],
        [
          "anna",
          "https://example.com/a1",
          "instagram",
          "image",
          "2026-03-05",
          10000,
          8000,
          "",
          300,
          50,
          30,
          20,
          100,
        ],
        [
          "ben",
          "https://example.com/b1",
          "tiktok",
          "video",
          "2026-03-06",
          2000,
          1500,
          1800,
          80,
          10,
          5,
          5,
          20,
        ],
      ],
    },
    {
      name: "Products",
      values: [
        ["SKU", "Product", "Variant", "Price", "Unit cost"],
        ["SKU-1", "Serum", "30 ml", 40, 10],
      ],
    },
    {
      name: "Conversions",
      values: [
        ["Date", "Creator", "Discount code", "SKU", "Orders", "Units", "Revenue", "Leads"],
        ["2026-03-07", "anna", "ANNA10", "SKU-1", 5, 6, 240, ""],
      ],
    },
  ],
};

export function spreadsheetOf(wb: RawWorkbook): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  for (const t of wb.tabs) ss.addSheet(t.name, t.values as unknown[][]);
  return ss;
}
