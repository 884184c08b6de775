// Numbers and dates as people type them, in CSV folders named as Google Sheets
// downloads them ("Forår - Creators.csv"): a da/DKK campaign and a vi/VND one.
// Every figure and finding below is worked out by hand from the files.
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Analysis, analyze } from "../../core/index.ts";
import { loadSource } from "../../generator/sources/index.ts";

const DIR = resolve(import.meta.dirname, "../fixtures/typed");
const load = async (name: string): Promise<Analysis> => analyze((await loadSource(join(DIR, name))).workbook);
const findings = (a: Analysis) => a.issues.map((i) => [i.severity, i.code, i.cell ?? i.tab]);
const message = (a: Analysis, cell: string) => a.issues.find((i) => i.cell === cell)?.message;

describe("typed values: a da campaign in DKK (da-typed/)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await load("da-typed");
  });

  it("exact findings → '16,000' ambiguous, 'n/a' in required Followers, placeholders in Likes once, a dd-mm-yyyy date, '$ 99' in DKK", () => {
    expect(findings(a)).toEqual([
      ["warning", "ambiguous-number", "Creators!C2"],
      ["error", "required", "Creators!C4"],
      ["warning", "rows-excluded", "Creators"],
      ["warning", "placeholder", "Content!F2"],
      ["warning", "ambiguous-date", "Content!D4"],
      ["warning", "foreign-currency", "Conversions!D3"],
    ]);
    expect(message(a, "Creators!C2")).toBe(
      'Followers "16,000" was read as 16 (the decimal mark of locale da); it could also mean 16000. Type 16 or 16000 without the separator to be sure.',
    );
    expect(message(a, "Content!F2")).toBe(
      'Likes holds 2 placeholders such as "–" (first in Content!F2); they are read as not measured (blank) and their rows are kept.',
    );
  });

  it("followers '16,000' → 16 (warned), '12.500' → 12500; fees '6.000 kr.', 'kr. 1.250,50' → 6000, 1250.5; cyd ('n/a' followers) left out", () => {
    expect(a.model.creators.map((c) => [c.handle, c.followers, c.fee])).toEqual([
      ["ann", 16, 6000],
      ["bob", 12500, 1250.5],
    ]);
    expect(a.model.totals.creator_cost).toBe(7250.5);
  });

  it("dates '5. marts 2026', 'torsdag den 12. marts 2026', '05-03-2026'; impressions '1.200', '3,5 t.', 800 → 5,500; Likes '–'/'TBD' blank", () => {
    expect(a.model.posts.map((p) => [p.published, p.impressions, p.likes ?? null])).toEqual([
      ["2026-03-05", 1200, null],
      ["2026-03-12", 3500, 40],
      ["2026-03-05", 800, null],
    ]);
    expect(a.model.totals.impressions).toBe(5500);
    expect(a.model.totals.engagements).toBe(40);
  });

  it("revenue '1.500,00 kr.' + '$ 99' (warned, counted as 99) + '(100)' (a refund) → 1,499 from 4 orders", () => {
    expect(message(a, "Conversions!D3")).toBe(
      'Revenue "$ 99" is in USD, not the campaign currency DKK; it is counted as 99 DKK. Convert it to DKK.',
    );
    expect(a.model.totals.revenue).toBe(1499);
    expect(a.model.totals.orders).toBe(4);
  });
});

describe("typed values: a vi campaign in VND (vi-typed/)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await load("vi-typed");
  });

  it("exact findings → one day-first warning for Published (settled by '25/03/2026'), Views placeholders once, '$ -' in VND", () => {
    expect(findings(a)).toEqual([
      ["warning", "ambiguous-date", "Content!D1"],
      ["warning", "placeholder", "Content!F2"],
      ["warning", "foreign-currency", "Conversions!D3"],
    ]);
    expect(message(a, "Content!D1")).toBe(
      'Published: dates such as 03/04/2026 are read day first (3 April 2026), as Content!D4 ("25/03/2026") shows; type 2026-03-04 style dates to be sure.',
    );
  });

  it("fees '35.000.000đ', '35.000.000 VNĐ', '2,5 tr' → 35,000,000 + 35,000,000 + 2,500,000 = 72,500,000; followers '45,5k' → 45,500", () => {
    expect(a.model.creators.map((c) => [c.handle, c.followers, c.fee])).toEqual([
      ["lan", 120000, 35_000_000],
      ["minh", 45500, 35_000_000],
      ["hoa", 8000, 2_500_000],
    ]);
    expect(a.model.totals.creator_cost).toBe(72_500_000);
  });

  it("'ngày 5 tháng 3 năm 2026', '05/03/2026', '25/03/2026'; impressions '1,2 triệu' + '50.000' + '8.500' → 1,258,500", () => {
    expect(a.model.posts.map((p) => [p.published, p.impressions, p.views ?? null])).toEqual([
      ["2026-03-05", 1_200_000, null],
      ["2026-03-05", 50000, null],
      ["2026-03-25", 8500, 12000],
    ]);
    expect(a.model.totals.impressions).toBe(1_258_500);
  });

  it("revenue '4.500.000 đồng' + '$ -' (accounting zero, warned) + '1,5 tr' → 6,000,000 from 6 orders", () => {
    expect(a.model.totals.revenue).toBe(6_000_000);
    expect(a.model.totals.orders).toBe(6);
  });
});
