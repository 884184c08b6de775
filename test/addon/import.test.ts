// Import pasted export: a Shopify and a TikTok Shop export pasted into a tab (read by the fake as
// Sheets reads a paste, in en_US and de_DE), turned into template rows by the CLI's import code.
// Figures worked out by hand (the same exports as test/fixtures/imports, see the core tests):
// Shopify — #1001 DEVON10: 2 × 38 − 7.60 = 68.40 (QM-DAY-30) + 22 (QM-RST-150); #1002 devon10,
//   partially refunded: 22.80 (QM-DAY-30) + 32.40 (QM-DAY-50); #1003 voided, #1004 refunded,
//   #1006 cancelled: out; #1005 UNKNOWN20 56 and #1007 no code 54: kept, unattributed.
// TikTok Shop — dewydevon 34.20 + 97.20, @lenaglowlab 34.20 + 19.80, unknown.creator 19.80
//   (kept, unattributed); Ineligible, Customer Unpaid and a full refund left out.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { importPasted } from "../../addon/importer.ts";
import { importPastedExport, parseImportAnswer } from "../../addon/menu.ts";
import { say } from "../../addon/messages.ts";
import { runCompute } from "../../addon/run.ts";
import { importMsg } from "../../core/import/index.ts";
import {
  addPrompts,
  type FakeSheet,
  FakeSpreadsheet,
  installGlobals,
  zonedMidnight,
} from "../support/spreadsheet.ts";

const FIXTURES = new URL("../fixtures/imports/", import.meta.url);
const csv = (name: string) =>
  parse(readFileSync(new URL(name, FIXTURES), "utf8"), { bom: true, relax_column_count: true }) as string[][];

const LOCALES = [
  ["en_US", "Etc/UTC"],
  ["de_DE", "Europe/Berlin"],
] as const;

/** What a person pasting the export gets: each cell read as typed input, "2026-03-10 14:22:01" as a date-time. */
function paste(ss: FakeSpreadsheet, name: string, rows: readonly (readonly string[])[]): FakeSheet {
  const sheet = ss.addSheet(name);
  rows.forEach((row, r) => {
    row.forEach((text, c) => {
      const dt = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
      if (!dt) {
        sheet.userType(r + 1, c + 1, text);
        return;
      }
      const [y, m, d, hh, mm, s] = dt.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const at = zonedMidnight(y, m, d, ss.timeZone).getTime() + ((hh * 60 + mm) * 60 + s) * 1000;
      sheet.userSet(r + 1, c + 1, new Date(at));
    });
  });
  ss.active = sheet;
  return sheet;
}

/** The campaign of the core's import tests, as it stands in a sheet (dates as Dates, numbers as numbers). */
function campaignSheet(locale: string, timeZone: string, typed = true): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  ss.locale = locale;
  ss.timeZone = timeZone;
  ss.inputWrites = true;
  const day = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return zonedMidnight(y, m, d, timeZone);
  };
  ss.addSheet("Campaign", [
    ["Field", "Value"],
    ["Campaign name", "Import test"],
    ["Start date", day("2026-03-02")],
    ["End date", day("2026-03-29")],
    ["Objective", "sales"],
    ["Currency", "USD"],
  ]);
  ss.addSheet("Creators", [
    ["Handle", "Platform", "Followers", "Cooperation model", "Fee", "Commission rate", "Discount code"],
    ["dewydevon", "tiktok", 780000, "hybrid", 600, 0.1, "DEVON10"],
    ["@LenaGlowLab", "youtube", 185000, "fixed_fee", 1600, "", "LENA15"],
    ["kim.glow", "instagram", 48000, "gifted", "", "", "KIM15"],
  ]);
  if (typed) {
    // A sale and a product someone typed before importing: never written over.
    ss.addSheet("Conversions", [
      ["Date", "Creator", "Discount code", "SKU", "Orders", "Units", "Revenue"],
      [day("2026-03-03"), "kim.glow", "KIM15", "QM-RST-150", 1, 1, 22],
    ]);
    ss.addSheet("Products", [
      ["SKU", "Product", "Price"],
      ["qm-rst-150", "Reset Toner", 24],
    ]);
  }
  return ss;
}

const tab = (ss: FakeSpreadsheet, name: string) => ss.sheets.find((s) => s.name === name)!;
/** A tab's rows below the header, `cols` wide, as getValues would return them. */
const rows = (ss: FakeSpreadsheet, name: string, cols: number) =>
  tab(ss, name)
    .values.slice(1, tab(ss, name).lastRow())
    .map((r) => r.slice(0, cols));

describe("Import pasted export: Shopify orders", () => {
  for (const [locale, zone] of LOCALES)
    describe(`in a ${locale} sheet`, () => {
      let ss: FakeSpreadsheet;
      const day = (iso: string) => {
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        return zonedMidnight(y, m, d, zone);
      };
      beforeEach(() => {
        ss = campaignSheet(locale, zone);
        installGlobals(ss);
        paste(ss, "Orders", csv("shopify-orders.csv"));
      });

      it("adds one typed Conversions row per day × code × SKU below the typed one, unattributed ones kept", () => {
        const out = importPasted(ss, null);
        expect(out).toMatchObject({ tab: "Orders", changed: true });
        expect(rows(ss, "Conversions", 7)).toEqual([
          [day("2026-03-03"), "kim.glow", "KIM15", "QM-RST-150", 1, 1, 22],
          [day("2026-03-04"), "dewydevon", "DEVON10", "QM-DAY-30", 2, 3, 91.2],
          [day("2026-03-04"), "dewydevon", "DEVON10", "QM-RST-150", 0, 1, 22],
          [day("2026-03-04"), "dewydevon", "devon10", "QM-DAY-50", 0, 1, 32.4],
          [day("2026-03-05"), "", "UNKNOWN20", "QM-VEIL-30", 1, 2, 56],
          [day("2026-03-06"), "", "", "QM-DAY-50", 1, 1, 54],
        ]);
        // The typed product stays; the three others are added with the line item's name and price.
        expect(rows(ss, "Products", 3)).toEqual([
          ["qm-rst-150", "Reset Toner", 24],
          ["QM-DAY-30", "Daybreak Vitamin C Serum - 30 ml", 38],
          ["QM-DAY-50", "Daybreak Vitamin C Serum - 50 ml", 54],
          ["QM-VEIL-30", "Cloudveil Mineral Sunscreen - SPF 30", 28],
        ]);
        // The CLI's convention: a hidden Import key column, and the order lines in a hidden ledger tab.
        const conv = tab(ss, "Conversions");
        expect(conv.values[0]![7]).toBe("Import key");
        expect(conv.hiddenCols).toEqual(new Set([8]));
        expect(String(conv.values[2]![7])).toMatch(
          /^[0-9a-z]{7}\.[0-9a-z]+ shopify-orders 2026-03-04 code:devon10 qm-day-30$/,
        );
        expect(conv.values[1]![7]).toBe("");
        const ledger = tab(ss, "Import ledger");
        expect(ledger.hidden).toBe(true);
        // #1001 (2 lines), #1002 (2), #1005, #1007: six order lines counted.
        expect(ledger.lastRow()).toBe(7);
        expect(ledger.values[1]!.slice(0, 3)).toEqual(["shopify-orders", "#1001", "QM-DAY-30"]);
      });

      it("gives the hand-worked figures after Compute: 255.60 imported + 22 typed", () => {
        importPasted(ss, null);
        const { analysis } = runCompute(ss);
        const t = analysis.model.totals;
        expect(t.revenue).toBeCloseTo(277.6, 9);
        expect(t.orders).toBe(5);
        expect(t.units).toBe(9);
        expect(t.unattributed_revenue).toBeCloseTo(110, 9);
        expect(analysis.model.creators.find((c) => c.handle === "dewydevon")!.revenue).toBeCloseTo(145.6, 9);
        expect(analysis.model.creators.find((c) => c.handle === "kim.glow")!.revenue).toBe(22);
      });

      it("changes nothing the second time, also after Compute wrote its columns", () => {
        importPasted(ss, null);
        const once = ss.state();
        expect(importPasted(ss, null)).toMatchObject({ changed: false });
        expect(ss.state()).toBe(once);
        runCompute(ss);
        const computed = ss.state();
        const again = importPasted(ss, null);
        expect(ss.state()).toBe(computed);
        expect(again).toMatchObject({
          changed: false,
          summaries: [
            { tab: "Conversions", added: 0, updated: 0, unchanged: 5 },
            { tab: "Products", added: 0, updated: 0, unchanged: 3, skipped: { "typed-row": 1 } },
          ],
        });
      });

      it("never writes over a cell someone changed; a newer export updates only the import's rows", () => {
        importPasted(ss, null);
        // Someone corrects #1007's revenue (row 7) by hand; the newer export refunds #1007 and adds #1008.
        tab(ss, "Conversions").userSet(7, 7, 50);
        const newer = paste(ss, "Orders (newer)", csv("shopify-orders-newer.csv"));
        const out = importPasted(ss, newer.name);
        if ("refused" in out) throw new Error(out.refused);
        // #1007's row is the one left alone; the newer file also repeats the voided, refunded and cancelled orders.
        expect(out.summaries[0]).toEqual({
          tab: "Conversions",
          added: 1,
          updated: 0,
          unchanged: 4,
          skipped: { voided: 1, refunded: 2, cancelled: 1, "edited-by-hand": 1 },
        });
        expect(tab(ss, "Conversions").values[6]![6]).toBe(50);
        expect(rows(ss, "Conversions", 7)[6]).toEqual([
          day("2026-03-07"),
          "kim.glow",
          "KIM15",
          "QM-RST-150",
          1,
          3,
          66,
        ]);
      });

      it("reads once per tab and writes each tab in a few blocks", () => {
        ss.calls.reset();
        importPasted(ss, null);
        // The paste, Campaign, Creators, Conversions, Products (no Content tab, no ledger yet).
        expect(ss.calls.byName.get("Range.getValues")).toBe(5);
        // Conversions: its new header cell, the new rows; Products the same; the new ledger once.
        expect(ss.calls.byName.get("Range.setValues")).toBe(5);
      });
    });
});

describe("Import pasted export: TikTok Shop affiliate orders, through the menu", () => {
  for (const [locale, zone] of LOCALES)
    it(`in a ${locale} sheet: rows, skips with reasons in the dialog, and the figures after Compute`, () => {
      const ss = campaignSheet(locale, zone, false);
      const g = installGlobals(ss);
      const prompts = addPrompts(g, [{ button: "OK", text: "affiliate orders" }]);
      paste(ss, "Affiliate orders", csv("tiktok-affiliate.csv"));
      ss.active = tab(ss, "Campaign");
      importPastedExport();
      expect(prompts).toEqual([say.importPrompt("Campaign")]);
      const day = (iso: string) => {
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        return zonedMidnight(y, m, d, zone);
      };
      const conv = tab(ss, "Conversions");
      const head = conv.values[0]!.slice(0, conv.lastCol());
      const at = (h: string) => head.indexOf(h);
      const pick = (r: unknown[]) =>
        ["Date", "Creator", "SKU", "Orders", "Units", "Revenue"].map((h) => r[at(h)]);
      expect(conv.values.slice(1, conv.lastRow()).map(pick)).toEqual([
        [day("2026-03-10"), "dewydevon", "QM-DAY-30", 1, 1, 34.2],
        [day("2026-03-10"), "dewydevon", "QM-DAY-50", 1, 2, 97.2],
        [day("2026-03-12"), "unknown.creator", "QM-RST-150", 1, 1, 19.8],
        [day("2026-03-11"), "@LenaGlowLab", "QM-DAY-30", 1, 1, 34.2],
        [day("2026-03-11"), "@LenaGlowLab", "QM-RST-150", 0, 1, 19.8],
      ]);
      expect(g.ui.alerts).toHaveLength(1);
      const dialog = g.ui.alerts[0]!;
      expect(dialog).toContain('Imported tab "Affiliate orders".');
      expect(dialog).toContain(
        "Conversions: 5 added, 0 updated, 0 unchanged; skipped 3 (1 ineligible status, 1 customer unpaid, 1 refunded)",
      );
      expect(dialog).toContain(importMsg.unattributed(["unknown.creator"]));
      expect(dialog).toContain(importMsg.commissionDiffers("@LenaGlowLab", 5.4, 0));

      const { analysis } = runCompute(ss);
      const t = analysis.model.totals;
      expect(t.revenue).toBeCloseTo(205.2, 9);
      expect(t.orders).toBe(4);
      expect(t.units).toBe(6);
      expect(t.unattributed_revenue).toBeCloseTo(19.8, 9);
      expect(analysis.model.creators.find((c) => c.handle === "dewydevon")!.revenue).toBeCloseTo(131.4, 9);
      expect(analysis.model.creators.find((c) => c.handle === "@LenaGlowLab")!.revenue).toBeCloseTo(54, 9);
    });
});

describe("Import pasted export refuses, in a sentence, and changes nothing", () => {
  let ss: FakeSpreadsheet;
  let g: ReturnType<typeof installGlobals>;
  beforeEach(() => {
    ss = campaignSheet("en_US", "Etc/UTC");
    g = installGlobals(ss);
  });

  it("an export in another currency", () => {
    tab(ss, "Campaign").userSet(6, 2, "EUR");
    paste(ss, "Orders", csv("shopify-orders.csv"));
    const before = ss.state();
    expect(importPasted(ss, null)).toEqual({
      refused: importMsg.wrongCurrency('Tab "Orders"', "USD", "EUR"),
    });
    expect(ss.state()).toBe(before);
  });

  it("a tab that is not an export, or is one of the campaign's own, or does not exist", () => {
    const before = ss.state();
    expect(importPasted(ss, "Creators")).toEqual({ refused: say.importTemplateTab("Creators") });
    expect(importPasted(ss, "Nope")).toEqual({ refused: say.importNoTab("Nope") });
    paste(ss, "Notes", [
      ["Just", "a table"],
      ["1", "2"],
    ]);
    const refused = importPasted(ss, null);
    expect(refused).toEqual({ refused: say.importRefused(importMsg.unknownKind('Tab "Notes"')) });
    // In the add-on there is no --as option to point to.
    expect(JSON.stringify(refused)).not.toContain("--as");
    expect(ss.state()).not.toBe(before); // the Notes tab was added by the test
    expect(tab(ss, "Conversions").lastRow()).toBe(2);
  });

  it("Cancel in the prompt does nothing", () => {
    addPrompts(g, [{ button: "CANCEL", text: "" }]);
    paste(ss, "Orders", csv("shopify-orders.csv"));
    const before = ss.state();
    importPastedExport();
    expect(ss.state()).toBe(before);
    expect(g.ui.alerts).toEqual([]);
  });
});

describe("the prompt's answer", () => {
  const tabs = new Set(["orders", "yt, march"]);
  const exists = (t: string) => tabs.has(t.toLowerCase());
  it("blank is the active tab; a tab's whole name wins; else a handle after the last comma", () => {
    expect(parseImportAnswer("  ", exists)).toEqual({ tab: null });
    expect(parseImportAnswer("Orders", exists)).toEqual({ tab: "Orders" });
    expect(parseImportAnswer("YT, March", exists)).toEqual({ tab: "YT, March" });
    expect(parseImportAnswer("YT, March, @anna", exists)).toEqual({ tab: "YT, March", creator: "@anna" });
    expect(parseImportAnswer(", @anna", exists)).toEqual({ tab: null, creator: "@anna" });
  });
});

describe("Import pasted export on a big paste", () => {
  /** `n` paid single-line Shopify orders, each of its own SKU, spread over the campaign's days and codes. */
  function orders(n: number): string[][] {
    const [head, first] = csv("shopify-orders.csv") as [string[], string[]];
    const col = (h: string) => head.indexOf(h);
    return [
      head,
      ...Array.from({ length: n }, (_, k) => {
        const row = [...first];
        row[col("Name")] = `#${5000 + k}`;
        row[col("Created at")] = `2026-03-${String(2 + (k % 27)).padStart(2, "0")} 10:00:00 +0100`;
        row[col("Discount Code")] = ["DEVON10", "KIM15", "LENA15"][k % 3]!;
        row[col("Discount Amount")] = "0.00";
        row[col("Lineitem discount")] = "0.00";
        row[col("Lineitem quantity")] = "1";
        row[col("Lineitem sku")] = `SKU-${k}`;
        return row;
      }),
    ];
  }
  const run = (n: number) => {
    const ss = campaignSheet("en_US", "Etc/UTC");
    installGlobals(ss);
    // Stored as plain text, as a paste into cells formatted "@" leaves it (and quick to set up).
    ss.active = ss.addSheet("Orders", orders(n));
    ss.calls.reset();
    importPasted(ss, null);
    // Every order is a Conversions row and a Products row of its own.
    expect(tab(ss, "Conversions").lastRow()).toBe(n + 2);
    return { count: ss.calls.count, ms: ss.calls.ms, setValues: ss.calls.byName.get("Range.setValues") };
  };

  it("makes as many service calls for 3,000 orders as for 1,500, in a few seconds of Apps Script time", () => {
    const small = run(1500);
    const big = run(3000);
    // Both outgrow a tab's 1,000 rows, so both add rows once per tab.
    expect(big.count).toBe(small.count);
    expect(big.setValues).toBe(5);
    expect(big.ms).toBeLessThan(10_000);
  });
});
