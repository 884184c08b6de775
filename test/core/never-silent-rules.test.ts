// Headers, tabs, totals, formulas, links, descriptive cells and the Currency cell:
// each input read other than at face value carries a finding naming it.
import { describe, expect, it } from "vitest";
import {
  analyze,
  currencyCode,
  editDistance,
  headerKey,
  hyperlinkFormula,
  isTotalCell,
  msg,
  sentence,
} from "../../core/index.ts";
import { tabNames } from "../../generator/sources/csv.ts";
import { brief, minimalTabs, run, type Tabs, workbook } from "./helpers.ts";

const codes = (tabs: Tabs) => brief(run(tabs).issues);

describe("headers are normalised before matching", () => {
  it("NFKC, zero-width and non-breaking spaces, line breaks", () => {
    expect(headerKey("Ｆｅｅ")).toBe("fee");
    expect(headerKey("F\u200Bee\u00A0")).toBe("fee");
    expect(headerKey("Product\ncost")).toBe("product cost");
    expect(headerKey("\u00A0Shipping\u00A0\u00A0cost")).toBe("shipping cost");
  });

  it("a unit after a money header names the column: Fee ($) is Fee, no finding in a USD campaign", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]![4] = "Fee ($)";
    const { issues, model } = run(tabs);
    expect(issues).toEqual([]);
    // ann's fee of 100 is read: creator cost 100 + bob's 0.
    expect(model.totals.creator_cost).toBe(100);
  });

  it("a unit contradicting the campaign currency: read as the column, with a warning naming the header", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]![4] = "Fee, EUR";
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "header-currency", cell: "Creators!E1" }]);
    expect(issues[0]!.message).toBe(msg.headerCurrency("Fee, EUR", "Fee", "USD"));
    expect(model.totals.creator_cost).toBe(100);
  });

  it("Revenue (USD) and Commission rate (%) are their columns", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]!.push("Commission rate (%)");
    tabs.Creators![1]!.push("10%");
    const { issues, model } = run(tabs);
    expect(issues).toEqual([]);
    expect(model.creators[0]!.commission_rate).toBeCloseTo(0.1, 12);
  });

  it("an unknown column is one warning; a close one says 'did you mean'", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]![4] = "Fees"; // one edit from "fee"
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "unknown-column", cell: "Creators!E1" }]);
    expect(issues[0]!.message).toBe(msg.unknownColumn("Fees", "Creators!E1", "Fee"));
    expect(model.totals.creator_cost).toBe(0);
  });

  it("a unit that does not fit (Fee (net)) is an unknown column that suggests Fee", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]![4] = "Fee (net)";
    const { issues } = run(tabs);
    expect(issues[0]!.message).toBe(msg.unknownColumn("Fee (net)", "Creators!E1", "Fee"));
  });

  it("two headers for one column: the first is used, a warning names both", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]!.push("Fee ($)");
    tabs.Creators![1]!.push(999);
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "duplicate-header", cell: "Creators!H1" }]);
    expect(issues[0]!.message).toBe(msg.duplicateHeader("Fee", "E", "H", "Fee", "Fee ($)"));
    expect(model.totals.creator_cost).toBe(100);
  });

  it("the import's Import key column is known and silent", () => {
    const tabs = minimalTabs();
    tabs.Content![0]!.push("Import key");
    tabs.Content![1]!.push("k1");
    expect(run(tabs).issues).toEqual([]);
  });

  it("the add-on's computed columns (Tier, Cost, a KPI label) in a downloaded sheet are known and silent", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]!.push("Tier", "Cost", "Engagements");
    tabs.Creators![1]!.push("nano", 100, 3);
    expect(run(tabs).issues).toEqual([]);
  });

  it("edit distance, by hand", () => {
    expect(editDistance("fee", "fees")).toBe(1);
    expect(editDistance("followers", "folowers")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("a title above the headers", () => {
  it("Content's headers in row 2 under a title → one error naming row 2 and the row to delete; no unknown column A1", () => {
    const tabs = minimalTabs();
    tabs.Content = [["Content report, March 2026"], ...tabs.Content!];
    const a = run(tabs);
    expect(brief(a.issues).filter((i) => i.cell === "Content" || i.cell?.startsWith("Content!"))).toEqual([
      { severity: "error", code: "headers-below", cell: "Content" },
    ]);
    const e = a.issues.find((i) => i.code === "headers-below")!;
    expect(e.row).toBe(2);
    expect(e.message).toBe(
      "The Content tab's headers are in row 2, not row 1, so its rows cannot be read; delete the row above them.",
    );
    expect(e.args).toMatchObject({ form: "plain", row: 2, count: 1 });
    expect(a.model.posts).toEqual([]);
  });

  it("…and the Content rows, whose creators cannot be matched, say that the Creators tab is the cause", () => {
    const tabs = minimalTabs();
    tabs.Creators = [["Creators, March 2026"], ...tabs.Creators!];
    const a = run(tabs);
    const rows = a.issues.filter((i) => i.code === "unknown-creator");
    expect(rows.map((i) => i.cell)).toEqual(["Content!A2", "Content!A3"]);
    expect(rows[0]!.message).toBe(
      'Creator "ann" cannot be matched while the Creators tab cannot be read; fix that tab first.',
    );
  });

  it("a header row with a missing required column and no title above → the missing-header error, as before", () => {
    const tabs = minimalTabs();
    tabs.Content = tabs.Content!.map((line) => line.slice(1)); // no Creator column
    const e = run(tabs).issues.find((i) => i.tab === "Content" && i.severity === "error")!;
    expect([e.code, e.row]).toEqual(["missing-header", 1]);
  });
});

describe("tabs", () => {
  it("two tabs named like Creators: an error naming both; the exactly spelled one is read", () => {
    const tabs = minimalTabs();
    const wb = workbook({ "creators ": [["Handle"], ["zed"]], ...tabs });
    const a = analyze(wb);
    expect(brief(a.issues)).toEqual([{ severity: "error", code: "duplicate-tab", cell: "Creators" }]);
    expect(a.issues[0]!.message).toBe(msg.duplicateTab("Creators", ["creators ", "Creators"], "Creators"));
    expect(a.model.creators.map((c) => c.handle)).toEqual(["ann", "bob"]);
  });

  it("CSV folder: Creators.csv and creators.csv are refused naming both", () => {
    expect(() => tabNames("d", ["Creators.csv", "creators.csv"])).toThrow(/"Creators.csv", "creators.csv"/);
  });

  it("CSV folder: a download and its re-download (1) are refused naming both", () => {
    expect(() => tabNames("d", ["X - Conversions (1).csv", "X - Conversions.csv"])).toThrow(
      /"X - Conversions \(1\).csv", "X - Conversions.csv"/,
    );
    expect(tabNames("d", ["X - Conversions (1).csv"]).get("X - Conversions (1).csv")).toBe("Conversions");
  });
});

describe("descriptive cells never cost a row", () => {
  it("a creator Link without https:// is blank with a warning; the creator keeps its cost", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]!.push("Link");
    tabs.Creators![1]!.push("shop.example/?utm=ann");
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "not-a-url", cell: "Creators!H2" }]);
    expect(issues[0]!.message).toBe(
      msg.keptWithout(sentence.notAUrl("Link", "shop.example/?utm=ann"), "Link"),
    );
    expect(model.totals.creator_cost).toBe(100);
    expect(model.totals.creators).toBe(2);
  });

  it("a #REF! in a required or figure cell still costs the row", () => {
    const tabs = minimalTabs();
    tabs.Creators![1]![4] = "#REF!";
    expect(codes(tabs)).toEqual([
      { severity: "error", code: "cell-error", cell: "Creators!E2" },
      { severity: "warning", code: "rows-excluded", cell: "Creators" },
    ]);
  });
});

describe("total rows", () => {
  it.each(["Total", "GRAND TOTAL", "Subtotal:", "I alt", "Tổng", "合计", "总计", "المجموع", "sum"])(
    "%s is a total word",
    (w) => expect(isTotalCell(w)).toBe(true),
  );
  it("Totally, Summer are not", () => {
    expect(isTotalCell("Totally")).toBe(false);
    expect(isTotalCell("Summer")).toBe(false);
  });
  it.each([
    ["To\u0302\u0309ng", "Tổng typed as letters and combining marks"],
    ["i\talt", "a tab between the words"],
    ["grand   total", "repeated spaces"],
    ["\uFF34otal", "a full-width first letter"],
    ["  total:", "leading spaces and a trailing colon"],
  ])("%j is a total word (%s)", (w) => expect(isTotalCell(w)).toBe(true));
  it.each(["tiktok", "SKU-1", "@total", "t", "", "t:"])("%j is not", (w) =>
    expect(isTotalCell(w)).toBe(false),
  );

  it("a Total row under Costs is left out with a warning: other cost 500 + 300, not 1,600", () => {
    const tabs = minimalTabs();
    tabs.Costs = [
      ["Item", "Amount"],
      ["Agency", 500],
      ["Ads", 300],
      ["Total", 800],
    ];
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "total-row", cell: "Costs!A4" }]);
    expect(issues[0]!.message).toBe(msg.totalRow("Costs", 4, "Total"));
    expect(model.totals.other_cost).toBe(800);
  });

  it("a last row holding the sums of two figures (blank key aside) is a total: Team hours 10 + 20, cost 50 + 30", () => {
    const tabs = minimalTabs();
    tabs.Team = [
      ["Member", "Hours", "Hourly cost"],
      ["Maya", 10, 50],
      ["Kai", 20, 30],
      ["Everyone", 30, 80],
    ];
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "total-row", cell: "Team!A4" }]);
    expect(issues[0]!.message).toBe(msg.totalRow("Team", 4, null));
    expect(model.totals.labor_cost).toBe(10 * 50 + 20 * 30);
  });

  it("a cost equal to the sum of the two above, under an ordinary name, is data", () => {
    const tabs = minimalTabs();
    tabs.Costs = [
      ["Item", "Amount"],
      ["Agency", 100],
      ["Ads", 200],
      ["Production", 300],
    ];
    const { issues, model } = run(tabs);
    expect(issues).toEqual([]);
    expect(model.totals.other_cost).toBe(600);
  });
});

describe("formulas and links", () => {
  it("a formula without a stored result is an error on the cell saying how to fix it", () => {
    const tabs = minimalTabs();
    tabs.Creators![1]![4] = { formula: "=D2*0.1" };
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([
      { severity: "error", code: "uncached-formula", cell: "Creators!E2" },
      { severity: "warning", code: "rows-excluded", cell: "Creators" },
    ]);
    expect(issues[0]!.message).toBe(msg.uncachedFormula("Fee", "=D2*0.1"));
    expect(model.totals.creators).toBe(1);
  });

  it("a formula with its result is read by the result", () => {
    const tabs = minimalTabs();
    tabs.Creators![1]![4] = { formula: "=50*2", result: 100 };
    expect(run(tabs).model.totals.creator_cost).toBe(100);
  });

  it("HYPERLINK formulas and hyperlink cells give their URL in Post URL", () => {
    expect(hyperlinkFormula('=HYPERLINK("https://x.example/p?a=""b""", "Watch")')).toEqual({
      url: 'https://x.example/p?a="b"',
      label: "Watch",
    });
    expect(hyperlinkFormula('=hyperlink("https://x.example";"▶")')).toEqual({
      url: "https://x.example",
      label: "▶",
    });
    expect(hyperlinkFormula("=HYPERLINK(A1)")).toBeNull();
    const tabs = minimalTabs();
    tabs.Content![1]![1] = { formula: '=HYPERLINK("https://example.com/p/1","Watch")', result: "Watch" };
    tabs.Content![2]![1] = { text: "Watch", hyperlink: "https://example.com/p/2" };
    const { issues, model } = run(tabs);
    expect(issues).toEqual([]);
    expect(model.posts.map((p) => p.url)).toEqual(["https://example.com/p/1", "https://example.com/p/2"]);
  });
});

describe("Currency cell", () => {
  it.each([
    ["€", "en", "EUR"],
    ["US$", "en", "USD"],
    ["kr.", "da", "DKK"],
    ["kr.", "sv-SE", "SEK"],
    ["¥", "zh-CN", "CNY"],
    ["¥", "ja", "JPY"],
    ["đ", "vi", "VND"],
    ["eur", "en", "EUR"],
  ])("%s in %s → %s", (text, locale, code) => expect(currencyCode(text, locale)).toBe(code));

  it("¥ in an en campaign has two readings: an error naming both", () => {
    const tabs = minimalTabs();
    const i = tabs.Campaign!.findIndex((r) => r[0] === "Currency");
    tabs.Campaign![i] = ["Currency", "¥"];
    const { issues } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "error", code: "not-a-currency", cell: "Campaign!B6" }]);
    expect(issues[0]!.message).toBe(msg.ambiguousCurrency("¥", ["JPY", "CNY"]));
  });

  it("€ is read as EUR, no finding", () => {
    const tabs = minimalTabs();
    const i = tabs.Campaign!.findIndex((r) => r[0] === "Currency");
    tabs.Campaign![i] = ["Currency", "€"];
    const { issues, model } = run(tabs);
    expect(issues).toEqual([]);
    expect(model.campaign.currency).toBe("EUR");
  });

  it("a blank or absent Currency is said once", () => {
    const tabs = minimalTabs();
    tabs.Campaign = tabs.Campaign!.filter((r) => r[0] !== "Currency");
    const { issues } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "no-currency", cell: "Campaign" }]);
    expect(issues[0]!.message).toBe(msg.noCurrency());
  });
});
