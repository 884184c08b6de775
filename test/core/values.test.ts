// Numbers and dates as people type them: currency spellings and multipliers of
// the campaign's locale, any other letters refused, ambiguous separators warned
// or settled by the column, placeholders as "not measured", dates with month
// and weekday names, day/month order settled by the column, far years warned.
import { describe, expect, it } from "vitest";
import {
  type CellResult,
  msg,
  type ReadContext,
  readContext,
  readDate,
  readNumber,
} from "../../core/index.ts";
import { formGrid } from "../support/workbook.ts";
import { brief, findings, minimalTabs, run, type Tabs } from "./helpers.ts";

const ctx = (locale: string, currency: string | null): ReadContext => {
  const c = readContext(locale);
  c.currency = currency;
  return c;
};
const enUsd = ctx("en", "USD");
const enEur = ctx("en", "EUR");
const daDkk = ctx("da", "DKK");
const viVnd = ctx("vi", "VND");
const zhCny = ctx("zh-CN", "CNY");

const value = <T>(r: CellResult<T>) => (r.kind === "ok" ? r.value : r.kind);
const code = <T>(r: CellResult<T>) =>
  r.kind === "error" ? r.problem.code : r.kind === "ok" ? (r.warning?.code ?? null) : "blank";
const money = (raw: string, c: ReadContext) => readNumber(raw, c, true);

describe("letters beside digits", () => {
  it.each([
    ["35.000.000đ", viVnd, 35_000_000],
    ["35.000.000 VNĐ", viVnd, 35_000_000],
    ["35.000.000 đồng", viVnd, 35_000_000],
    ["35.000.000₫", viVnd, 35_000_000],
    ["2,5 tr", viVnd, 2_500_000],
    ["2,5 triệu đồng", viVnd, 2_500_000],
    ["1,2 tỷ", viVnd, 1_200_000_000],
    ["500 nghìn", viVnd, 500_000],
    ["3万", zhCny, 30_000],
    ["1.5亿元", zhCny, 150_000_000],
    ["¥1,200", zhCny, 1200],
    ["1,200 元", zhCny, 1200],
    ["RMB 1,200", zhCny, 1200],
    ["6.000 kr.", daDkk, 6000],
    ["kr 1.234,50", daDkk, 1234.5],
    ["DKK 99,95", daDkk, 99.95],
    ["5 t. kr.", daDkk, 5000],
    ["2,5 mio.", daDkk, 2_500_000],
    ["1 mia.", daDkk, 1_000_000_000],
    ["16.000,-", daDkk, 16_000], // a Danish price: ",-" means no øre
    ["kr. 1.250,-", daDkk, 1250],
    ["US$ 1,234.50", enUsd, 1234.5],
    ["$1.2M", enUsd, 1_200_000],
    ["1.5k", enUsd, 1500],
    ["$1.85MM", enUsd, 1_850_000],
    ["2bn", enUsd, 2_000_000_000],
    ["€ 99", enEur, 99],
    ["99 EUR", enEur, 99],
  ])("%j in its campaign's locale and currency → %d, no finding", (raw, c, n) => {
    const r = money(raw, c);
    expect(value(r)).toBe(n);
    expect(code(r)).toBeNull();
  });

  it.each([
    ["abc 500", enUsd],
    ["12 pcs", enUsd],
    ["500 abc", enUsd],
    ["5 kg", enUsd],
    ["2,5 tr", enUsd], // a Vietnamese multiplier in an English sheet
    ["3万", daDkk],
    ["1.2x", enUsd],
    ["16.000,-", enUsd], // the comma is no decimal mark in English
    ["$5 €", enUsd], // two currencies
  ])("%j → not a number (no letters dropped)", (raw, c) => {
    expect(code(money(raw, c))).toBe("not-a-number");
  });

  it("multipliers only where figures may be scaled: a plain number column refuses `1.2k`", () => {
    expect(code(readNumber("1.2k", enUsd, false))).toBe("not-a-number");
  });

  it("'$500' in a EUR campaign → 500 with a foreign-currency warning naming USD and EUR", () => {
    const r = money("$500", enEur);
    expect(value(r)).toBe(500);
    expect(r.kind === "ok" && r.warning).toEqual({
      code: "foreign-currency",
      found: "$500",
      readAs: "500",
      currency: "USD",
    });
  });

  it("'6.000 kr.' in a USD campaign (en) → a currency warning that names both readings, 6 and 6000", () => {
    const r = money("6.000 kr.", enUsd);
    expect(value(r)).toBe(6);
    expect(r.kind === "ok" && r.warning?.code).toBe("foreign-currency");
    expect(r.kind === "ok" && [r.warning?.readAs, r.warning?.other, r.warning?.currency]).toEqual([
      "6",
      "6000",
      "DKK",
    ]);
    expect(msg.foreignCurrency("Fee", "6.000 kr.", "DKK", "USD", "6", "6000")).toBe(
      'Fee "6.000 kr." is in DKK, not the campaign currency USD; it is counted as 6 USD (or 6000, read with the other decimal mark). Convert it to USD.',
    );
  });

  it("no campaign currency given → any currency sign is read without a warning", () => {
    const r = money("€ 99", ctx("en", null));
    expect([value(r), code(r)]).toEqual([99, null]);
  });

  it.each([
    ["(1,200)", -1200],
    ["($1,200.50)", -1200.5],
    ["-$5", -5],
    ["$-5", -5],
    ["$ -", 0],
    ["-  $", 0],
    ["US$ —", 0],
  ])("%j → %d (parentheses negative, accounting zero)", (raw, n) => {
    const r = money(raw, enUsd);
    expect([value(r), code(r)]).toEqual([n, null]);
  });
});

describe("ambiguous separators", () => {
  it("'16,000' in a da sheet → 16 with an ambiguous-number warning naming 16 and 16000", () => {
    const r = money("16,000", daDkk);
    expect(value(r)).toBe(16);
    expect(r.kind === "ok" && r.warning).toEqual({
      code: "ambiguous-number",
      found: "16,000",
      readAs: "16",
      other: "16000",
    });
  });

  it("'6.000' in an en sheet → 6 (or 6000), warned; '6,000' and '16.000' (the locale's grouping) → no warning", () => {
    expect([value(money("6.000", enUsd)), code(money("6.000", enUsd))]).toEqual([6, "ambiguous-number"]);
    expect([value(money("6,000", enUsd)), code(money("6,000", enUsd))]).toEqual([6000, null]);
    expect([value(money("16.000", daDkk)), code(money("16.000", daDkk))]).toEqual([16000, null]);
  });

  it.each(["0,500", "12,5", "1.234,5", "1234,567", "16,0000"])("%j in da → not ambiguous", (raw) => {
    expect(code(money(raw, daDkk))).toBeNull();
  });

  const daCampaign = (fees: unknown[]): Tabs => {
    const tabs = minimalTabs();
    tabs.Campaign = formGrid("campaign", {
      name: "Mini",
      start_date: "2026-03-02",
      end_date: "2026-03-08",
      currency: "DKK",
      objective: "sales",
      locale: "da",
    });
    tabs.Creators![1]![4] = fees[0];
    tabs.Creators![2]![4] = fees[1];
    return tabs;
  };

  it("da column '16,000' alone → Creators!E2 warned, fee 16", () => {
    const a = run(daCampaign(["16,000", 0]));
    expect(brief(findings(a.issues))).toEqual([
      { severity: "warning", code: "ambiguous-number", cell: "Creators!E2" },
    ]);
    expect(a.issues[0]!.message).toBe(
      'Fee "16,000" was read as 16 (the decimal mark of locale da); it could also mean 16000. Type 16 or 16000 without the separator to be sure.',
    );
    expect(a.model.creators[0]!.fee).toBe(16);
  });

  it("da column '16,000' beside '1,250,000' → the column reads ',' as grouping: 16000, one warning on the header", () => {
    const a = run(daCampaign(["16,000", "1,250,000"]));
    expect(brief(findings(a.issues))).toEqual([
      { severity: "warning", code: "ambiguous-number", cell: "Creators!E1" },
    ]);
    expect(a.issues[0]!.message).toBe(
      'Fee is read with "." as the decimal mark, as Creators!E3 ("1,250,000") shows; values such as 16,000 in this column are read as thousands.',
    );
    expect(a.model.creators.map((c) => c.fee)).toEqual([16000, 1_250_000]);
  });

  it("da column '16,000' beside '12,5' → the locale's reading is confirmed: 16 and 12.5, no finding", () => {
    const a = run(daCampaign(["16,000", "12,5"]));
    expect(findings(a.issues)).toEqual([]);
    expect(a.model.creators.map((c) => c.fee)).toEqual([16, 12.5]);
  });

  it("da column with both '12,5' and '1,250,000' → not settled, '16,000' is not there; '1,250,000' itself is read as 1250000", () => {
    const a = run(daCampaign(["12,5", "1,250,000"]));
    expect(findings(a.issues)).toEqual([]);
    expect(a.model.creators.map((c) => c.fee)).toEqual([12.5, 1_250_000]);
  });
});

describe("placeholders", () => {
  it.each([
    "n/a",
    "N/A",
    "-",
    "–",
    "—",
    "TBD",
    "?",
    "none",
    "ikke relevant",
    "i.a.",
    "không có",
    "无",
    "暂无",
    "لا يوجد",
  ])("%j in a number cell → a placeholder problem", (raw) => {
    expect(code(money(raw, enUsd))).toBe("placeholder");
  });

  it("'n/a', '-' and 'TBD' in optional Likes → blank, ONE warning for the column on the first cell, rows kept", () => {
    const tabs = minimalTabs();
    // Content columns: creator, url, format, published, impressions, reach, likes, clicks
    tabs.Content![1]![6] = "n/a";
    tabs.Content![2]![6] = "TBD";
    tabs.Content![1]![7] = "-";
    const a = run(tabs);
    expect(brief(findings(a.issues))).toEqual([
      { severity: "warning", code: "placeholder", cell: "Content!G2" },
      { severity: "warning", code: "placeholder", cell: "Content!H2" },
    ]);
    expect(a.issues[0]!.message).toBe(
      'Likes holds 2 placeholders such as "n/a" (first in Content!G2); they are read as not measured (blank) and their rows are kept.',
    );
    expect(a.model.posts.map((p) => [p.likes ?? null, p.clicks ?? null])).toEqual([
      [null, null],
      [null, 20],
    ]);
    expect(a.model.totals.impressions).toBe(3000);
  });

  it("'TBD' in required Published → a required error on the cell, the row left out", () => {
    const tabs = minimalTabs();
    tabs.Content![2]![3] = "TBD";
    const a = run(tabs);
    expect(brief(findings(a.issues))).toEqual([{ severity: "error", code: "required", cell: "Content!D3" }]);
    expect(a.issues[0]!.message).toBe(
      'Published is required; "TBD" says it is not known, so the row is left out.',
    );
    expect(a.model.totals.impressions).toBe(1000);
  });

  it("'$ -' in Fee is accounting zero, not a placeholder: fee 0, no finding", () => {
    const tabs = minimalTabs();
    tabs.Creators![1]![4] = "$ -";
    const a = run(tabs);
    expect(findings(a.issues)).toEqual([]);
    expect(a.model.creators[0]!.fee).toBe(0);
  });
});

describe("characters nobody sees", () => {
  // A zero-width space (U+200B), a BOM (U+FEFF), a right-to-left mark (U+200F) or an Arabic
  // letter mark (U+061C), as pasting from a web page or an Arabic document leaves them: the cell
  // shows only the digits, so the digits are what is read, with no finding.
  it.each([
    ["16000\u200b", 16000],
    ["\ufeff16,000", 16000],
    ["\u200f16,000\u200f", 16000],
    ["\u061c١٦٠٠٠", 16000],
    ["$1\u200b6,000.50", 16000.5],
  ])("%j → %s", (raw, n) => {
    const r = money(raw, enUsd);
    expect([value(r), code(r)]).toEqual([n, null]);
  });

  it("a date with a right-to-left mark → its day", () => {
    const r = readDate("\u200f2026-03-05", readContext("ar"));
    expect([value(r), code(r)]).toEqual(["2026-03-05", null]);
  });

  it("a full-width handle, SKU and owner (a Chinese input method) match their plain spellings in checks and KPIs alike", () => {
    // Creators ｂｏｂ (owner ＭＡＹＡ) = Content's bob; Conversions' ＳＫＵ-１ = Products' SKU-1, so its
    // 2 orders and $58 are the Serum's (58 − 2 × 7 = 44 gross profit), and MAYA is Team's Maya.
    const tabs = minimalTabs();
    tabs.Creators![2]![0] = "ｂｏｂ";
    tabs.Creators![2]![tabs.Creators![0]!.indexOf("Owner")] = "ＭＡＹＡ";
    tabs.Products = [
      ["SKU", "Product", "Price", "Unit cost"],
      ["SKU-1", "Serum", 29, 7],
    ];
    tabs.Conversions = [
      ["Date", "Creator", "SKU", "Orders", "Units", "Revenue"],
      ["2026-03-03", "bob", "ＳＫＵ-１", 2, 2, 58],
    ];
    tabs.Team = [
      ["Member", "Hours", "Hourly cost"],
      ["Maya", 10, 50],
    ];
    const { model, issues } = run(tabs);
    expect(findings(issues)).toEqual([]);
    expect(model.creators.find((c) => c.handle === "ｂｏｂ")?.revenue).toBe(58);
    expect(model.products.map((p) => [p.product, p.orders, p.revenue, p.gross_profit])).toEqual([
      ["Serum", 2, 58, 44],
    ]);
    expect(model.team.map((m) => [m.member, m.creators])).toEqual([["Maya", 1]]);
  });

  it("a handle pasted with a zero-width space matches the Content tab's plain spelling", () => {
    // Creators "an\u200bn" and Content "ann": one creator, whose post is counted (1,000 impressions).
    const tabs = minimalTabs();
    tabs.Creators![1]![0] = "an\u200bn";
    const { model, issues } = run(tabs);
    expect(findings(issues)).toEqual([]);
    expect(model.creators.find((c) => c.handle === "an\u200bn")?.impressions).toBe(1000);
  });
});

describe("dates with words", () => {
  const en = readContext("en");
  it.each([
    ["5-Mar-26", "2026-03-05"],
    ["05-MAR-2026", "2026-03-05"],
    ["Mar-05-2026", "2026-03-05"],
    ["Thursday, March 5, 2026", "2026-03-05"],
    ["Thu, 5 Mar 2026", "2026-03-05"],
    ["5th March 2026", "2026-03-05"],
    ["3rd March 2026", "2026-03-03"],
    ["21st of March 2026", "2026-03-21"],
    ["March 5th, 2026", "2026-03-05"],
    ["5. marts 2026", "2026-03-05"],
    ["torsdag den 5. marts 2026", "2026-03-05"],
    ["5. okt. 2026", "2026-10-05"],
    ["ngày 5 tháng 3 năm 2026", "2026-03-05"],
    ["Thứ Năm, ngày 5 tháng 3 năm 2026", "2026-03-05"],
    ["5 thg 3, 2026", "2026-03-05"],
    ["2026年3月5日", "2026-03-05"],
    ["２０２６年３月５日（星期四）", "2026-03-05"],
    ["5 مارس 2026", "2026-03-05"],
    ["الخميس، ٥ مارس ٢٠٢٦", "2026-03-05"],
    ["5 آذار 2026", "2026-03-05"],
    ["46086", "2026-03-05"],
  ])("%j → %s", (raw, iso) => {
    const r = readDate(raw, en);
    expect([value(r), code(r)]).toEqual([iso, null]);
  });

  it.each(["March 2026", "5 Marchember 2026", "31-Feb-2026", "Friday", "5xx March 2026"])(
    "%j → not a date",
    (raw) => {
      expect(code(readDate(raw, en))).toBe("not-a-date");
    },
  );

  const conversions = (dates: string[]): Tabs => {
    const tabs = minimalTabs();
    tabs.Conversions = [["Date", "Creator", "Orders", "Revenue"], ...dates.map((d) => [d, "ann", 1, 10])];
    return tabs;
  };

  it("dd/mm text dates in an en sheet with one unambiguous '25/03/2026' → the column is read day first, ONE warning on the header", () => {
    const a = run(conversions(["04/03/2026", "05/03/2026", "25/03/2026"]));
    expect(brief(findings(a.issues))).toEqual([
      { severity: "warning", code: "ambiguous-date", cell: "Conversions!A1" },
    ]);
    expect(a.issues[0]!.message).toBe(
      'Date: dates such as 03/04/2026 are read day first (3 April 2026), as Conversions!A4 ("25/03/2026") shows; type 2026-03-04 style dates to be sure.',
    );
    expect(a.dataset.conversions.map((c) => c.date)).toEqual(["2026-03-04", "2026-03-05", "2026-03-25"]);
  });

  it("only ambiguous dates → one warning per cell, read by the locale (en: month first)", () => {
    const a = run(conversions(["03/04/2026", "03/05/2026"]));
    expect(brief(findings(a.issues))).toEqual([
      { severity: "warning", code: "ambiguous-date", cell: "Conversions!A2" },
      { severity: "warning", code: "ambiguous-date", cell: "Conversions!A3" },
    ]);
    expect(a.dataset.conversions.map((c) => c.date)).toEqual(["2026-03-04", "2026-03-05"]);
  });

  it("a column with both '25/03/2026' and '03/25/2026' is not settled: the ambiguous cell keeps its own warning", () => {
    const a = run(conversions(["25/03/2026", "03/25/2026", "03/04/2026"]));
    expect(brief(findings(a.issues))).toEqual([
      { severity: "warning", code: "ambiguous-date", cell: "Conversions!A4" },
    ]);
  });

  it("End date 2062-03-29 for a start of 2026-03-02 → far-year warning on the End date cell", () => {
    const tabs = minimalTabs();
    tabs.Campaign = formGrid("campaign", {
      name: "Mini",
      start_date: "2026-03-02",
      end_date: "2062-03-29",
      objective: "sales",
    });
    const a = run(tabs);
    const far = a.issues.filter((i) => i.code === "far-year");
    expect(far.map((i) => [i.cell, i.message])).toEqual([
      [
        "Campaign!B4",
        "End date 2062-03-29 is more than two years after the start date 2026-03-02; check the year.",
      ],
    ]);
  });

  it("a conversion dated 5-Mar-62 (2062) in a March 2026 campaign → far-year warning on its cell", () => {
    const a = run(conversions(["2026-03-04", "5-Mar-62"]));
    expect(brief(findings(a.issues))).toEqual([
      { severity: "warning", code: "far-year", cell: "Conversions!A3" },
    ]);
    expect(a.issues[0]!.message).toBe(
      "Date 2062-03-05 is more than two years from the campaign dates (2026-03-02 to 2026-03-08); check the year.",
    );
  });
});
