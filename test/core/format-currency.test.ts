// Money cells whose number format shows another currency: read as their numbers, and said in
// one warning per column.
import { describe, expect, it } from "vitest";
import {
  analyze,
  CURRENCIES,
  formatCurrency,
  formatCurrencyName,
  moneyFormat,
  type RawWorkbook,
  sentence,
} from "../../core/index.ts";
import { brief, minimalTabs, type Tabs, workbook } from "./helpers.ts";

/** The Creators fee column (E, index 4). */
const FEE = 4;

/** The tabs as a workbook, the Creators tab with the number formats given by sheet row. */
function withFormats(tabs: Tabs, byRow: Record<number, string>, col = FEE): RawWorkbook {
  const wb = workbook(tabs);
  const creators = wb.tabs.find((t) => t.name === "Creators")!;
  const grid: (string | undefined)[][] = [];
  for (const [row, pattern] of Object.entries(byRow)) {
    const line: (string | undefined)[] = [];
    line[col] = pattern;
    grid[Number(row) - 1] = line;
  }
  creators.numberFormats = grid;
  return wb;
}

/** ann 2 (100), bob 3 (0), cyd 4 (50), dan 5 ("€70" typed), eve 6 (blank), fay 7 (unreadable), gus 8 (80). */
function creatorsTabs(): Tabs {
  const tabs = minimalTabs();
  tabs.Creators!.push(
    ["cyd", "youtube", 3000, "fixed_fee", 50, "CYD", ""],
    ["dan", "youtube", 3000, "fixed_fee", "€70", "DAN", ""],
    ["eve", "youtube", 3000, "gifted", "", "EVE", ""],
    ["fay", "youtube", 3000, "fixed_fee", "lots", "FAY", ""],
    ["gus", "youtube", 3000, "fixed_fee", 80, "GUS", ""],
  );
  return tabs;
}

function withCurrency(tabs: Tabs, currency: string): Tabs {
  const line = tabs.Campaign!.find((l) => /currency/i.test(String(l[0])))!;
  line[1] = currency;
  return tabs;
}

const EURO = "[$€-407] #,##0.00";

describe("the currency a number format shows", () => {
  it.each([
    ["$#,##0.00", "$"],
    ['"$"#,##0.00', "$"],
    ['_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)', "$"],
    [EURO, "€"],
    ["#,##0.00 [$€-1]", "€"],
    ["#,##0.00 [$DKK]", "DKK"],
    ["[$USD] #,##0", "USD"],
    ['#,##0.00 "kr."', "kr."],
    ["#,##0.00\\ [$kr.-406]", "kr."],
    ["#,##0\\ \\₫", "₫"],
    ["[$₫-42A]#,##0", "₫"],
    ["£#,##0;[Red]-£#,##0", "£"],
    ["¥#,##0", "¥"],
  ])("%s shows %s", (pattern, symbol) => {
    expect(formatCurrency(pattern)?.symbol).toBe(symbol);
  });

  it.each([
    ["#,##0.00"],
    ["0.00%"],
    ["General"],
    ["[$-409]mmmm d, yyyy"],
    ['0" views"'],
    ["[Red]#,##0"],
    ["_€#,##0"],
    ["*€0"],
    [""],
  ])("%s shows none", (pattern) => {
    expect(formatCurrency(pattern)).toBeNull();
  });

  it("the template's own money format for any currency and locale shows that currency or none", () => {
    for (const locale of ["en", "en-GB", "da-DK", "vi-VN", "zh-CN", "ar", "de", "sv", "es-MX", "pt-BR"])
      for (const code of CURRENCIES) {
        const shown = formatCurrency(moneyFormat(code, locale));
        if (shown) expect(shown.codes, `${code} in ${locale}`).toContain(code);
      }
    expect(formatCurrency(moneyFormat("EUR", "de"))?.codes).toEqual(["EUR"]);
  });

  it("names the one currency a symbol means, else the one of the campaign locale's region, else the symbol", () => {
    expect(formatCurrencyName(formatCurrency(EURO)!, "en-US")).toBe("EUR");
    expect(formatCurrencyName(formatCurrency('#,##0 "kr."')!, "da-DK")).toBe("DKK");
    expect(formatCurrencyName(formatCurrency('#,##0 "kr."')!, "en-US")).toBe("kr.");
    expect(formatCurrencyName(formatCurrency("$#,##0")!, "en-GB")).toBe("$");
    // The format's own language id settles a shared sign: 406 is Danish, 41D Swedish.
    expect(formatCurrencyName(formatCurrency("#,##0.00\\ [$kr.-406]")!, "en-US")).toBe("DKK");
    expect(formatCurrency("[$kr-41D] #,##0")?.codes).toEqual(["SEK"]);
    expect(formatCurrency("[$$-1009]#,##0")?.codes).toEqual(["CAD"]);
    expect(formatCurrency("[$kr.-0406]#,##0")?.codes).toEqual(["DKK"]);
  });
});

describe("money cells formatted in another currency", () => {
  it("names the counted cells of each currency, not the campaign's, the typed €70, the blank or the unreadable cell", () => {
    const formats = { 2: EURO, 3: EURO, 4: "$#,##0", 5: EURO, 6: EURO, 7: EURO, 8: "[$£-809]#,##0" };
    const { issues } = analyze(withFormats(creatorsTabs(), formats));
    const said = issues.filter((i) => i.code === "format-currency");
    expect(brief(said)).toEqual([{ severity: "warning", code: "format-currency", cell: "Creators!E2" }]);
    expect(said[0]!.row).toBe(2);
    expect(said[0]!.column).toBe("Fee");
    expect(said[0]!.message).toBe(
      "3 Fee cells of Creators are formatted in EUR and GBP, not the campaign currency USD (rows 2–3 and 8), but they are counted as USD. Convert the amounts to USD or change the cells' format.",
    );
    expect(said[0]!.args).toEqual({
      column: "Fee",
      tab: "Creators",
      rows: ["2–3", "8"],
      count: 3,
      currencies: ["EUR", "GBP"],
      campaignCurrency: "USD",
    });
    // dan's typed €70 has its own finding, once.
    expect(issues.filter((i) => i.code === "foreign-currency").map((i) => i.cell)).toEqual(["Creators!E5"]);
  });

  it("changes no figure and no other finding", () => {
    const plain = analyze(workbook(creatorsTabs()));
    const formatted = analyze(withFormats(creatorsTabs(), { 2: EURO, 4: EURO, 8: EURO }));
    const others = formatted.issues.filter((i) => i.code !== "format-currency");
    expect(others).toEqual(plain.issues);
    expect({ ...formatted.model, issues: others }).toEqual(plain.model);
    // ann 100 + bob 0 + cyd 50 + dan 70 + gus 80, counted as dollars; fay's row has an error.
    expect(formatted.model.totals.creator_cost).toBe(300);
  });

  it("one cell: its row, and the amount to convert", () => {
    const { issues } = analyze(withFormats(creatorsTabs(), { 4: EURO }));
    const said = issues.filter((i) => i.code === "format-currency");
    expect(brief(said)).toEqual([{ severity: "warning", code: "format-currency", cell: "Creators!E4" }]);
    expect(said[0]!.message).toBe(
      "Fee in row 4 of Creators is formatted in EUR, not the campaign currency USD, but it is counted as USD. Convert the amount to USD or change the cell's format.",
    );
    expect(said[0]!.message).toBe(sentence.formatCurrency("Fee", "Creators", [4], ["EUR"], "USD").message);
  });

  it("says nothing for the campaign's own currency, a symbol it may mean, or no currency at all", () => {
    const plain = (tabs: Tabs) => analyze(workbook(tabs)).issues;
    const cases: [Tabs, Record<number, string>][] = [
      [withCurrency(creatorsTabs(), "EUR"), { 2: EURO, 3: "#,##0 [$EUR]" }],
      [withCurrency(creatorsTabs(), "CAD"), { 2: "$#,##0.00" }],
      [withCurrency(creatorsTabs(), "DKK"), { 2: '#,##0 "kr."' }],
      [creatorsTabs(), { 2: "#,##0.00", 3: "0%", 4: "" }],
      [withCurrency(creatorsTabs(), ""), { 2: EURO }],
    ];
    for (const [tabs, formats] of cases)
      expect(analyze(withFormats(tabs, formats)).issues).toEqual(plain(structuredClone(tabs)));
  });

  it("a declined creator's fee is in no total: formatted in euros, it is not named", () => {
    const tabs = minimalTabs();
    const creators = tabs.Creators!;
    creators[0]!.push("Status");
    creators[1]!.push("completed");
    creators[2]!.push("declined");
    const { issues } = analyze(withFormats(tabs, { 2: EURO, 3: EURO }));
    const said = issues.filter((i) => i.code === "format-currency");
    expect(said.map((i) => i.cell)).toEqual(["Creators!E2"]);
    expect(said[0]!.message).toBe(sentence.formatCurrency("Fee", "Creators", [2], ["EUR"], "USD").message);
  });

  it("a column that is not money (Followers, C) is not named", () => {
    const { issues } = analyze(withFormats(creatorsTabs(), { 2: EURO, 3: EURO }, 2));
    expect(issues.filter((i) => i.code === "format-currency")).toEqual([]);
  });
});
