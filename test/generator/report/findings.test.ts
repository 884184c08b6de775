// Every workbook finding in every language of the report: each IssueCode has a sentence in
// each locale, and each of core's sentences, rendered from its args, shows the values it names.
import { describe, expect, it } from "vitest";
import { ISSUE_CODES, type IssueCode, type Said, sentence } from "../../../core/index.ts";
import { findingKey, findingText } from "../../../generator/report/findings.ts";
import { isPlural, loadTranslations, lookupEntry, Translator } from "../../../generator/i18n/translator.ts";
import { findingCell } from "../../../generator/report/sections/appendix.ts";

const LOCALES = [
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
  ["vi", "vi-VN"],
  ["da", "da-DK"],
  ["ar", "ar"],
] as const;

/** One call of every sentence, with the code core files it under. */
// A second call for a sentence with a form the first does not reach.
type SecondForm =
  | "computedNamePlain"
  | "headersBelowMissing"
  | "formatCurrencyOne"
  | "hiddenRowsStatus"
  | "struckRowsPlain"
  | "unreadContent"
  | "unreadConversions";
const CALLS: Record<keyof typeof sentence | SecondForm, [IssueCode, Said]> = {
  missingTab: ["missing-tab", sentence.missingTab("Creators")],
  missingHeaders: ["missing-header", sentence.missingHeaders("Creators", ["Handle", "Platform"])],
  headersBelow: ["headers-below", sentence.headersBelow("Content", 3, [])],
  headersBelowMissing: ["headers-below", sentence.headersBelow("Content", 2, ["Published"])],
  duplicateHeader: ["duplicate-header", sentence.duplicateHeader("Fee", "E", "H", "Fee", "fee (USD)")],
  unknownColumn: ["unknown-column", sentence.unknownColumn("Folowers", "Creators!F1", "Followers")],
  unknownField: ["unknown-field", sentence.unknownField("Curency", "Campaign!A7", undefined)],
  headerCurrency: ["header-currency", sentence.headerCurrency("Fee, EUR", "Fee", "USD")],
  duplicateTab: ["duplicate-tab", sentence.duplicateTab("Creators", ["Creators", "creators "], "Creators")],
  keptWithout: ["not-a-url", sentence.keptWithout(sentence.notAUrl("Link", "shop.example"), "Link")],
  totalRow: ["total-row", sentence.totalRow("Content", 41, "Total")],
  hiddenRows: ["hidden-rows", sentence.hiddenRows("Content", [4, 9, 10, 11])],
  hiddenRowsStatus: ["hidden-rows", sentence.hiddenRows("Creators", [5], "declined")],
  struckRows: ["struck-rows", sentence.struckRows("Creators", [3, 4, 5, 8], "declined")],
  struckRowsPlain: ["struck-rows", sentence.struckRows("Content", [7])],
  uncachedFormula: ["uncached-formula", sentence.uncachedFormula("Revenue", "=SUM(F2:F9)")],
  ambiguousCurrency: ["not-a-currency", sentence.ambiguousCurrency("kr", ["DKK", "NOK", "SEK"])],
  noCurrency: ["no-currency", sentence.noCurrency()],
  emptyTab: ["empty-tab", sentence.emptyTab("Content")],
  missingField: ["missing-field", sentence.missingField("Start date")],
  required: ["required", sentence.required("Handle")],
  cellError: ["cell-error", sentence.cellError("Fee", "#REF!")],
  notANumber: ["not-a-number", sentence.notANumber("Followers", "twelve thousand")],
  negative: ["negative", sentence.negative("Fee", "-40")],
  tooLarge: ["too-large", sentence.tooLarge("Impressions", "1e+21")],
  rateOutOfRange: ["out-of-range", sentence.rateOutOfRange("Commission rate", "140%")],
  percentPoints: ["percent-points", sentence.percentPoints("Commission rate", "12", "12%")],
  fractionalCount: ["fractional-count", sentence.fractionalCount("Orders", "8.5", "8.5")],
  notADate: ["not-a-date", sentence.notADate("Published", "soon")],
  ambiguousDate: [
    "ambiguous-date",
    sentence.ambiguousDate("Published", "03/04/2026", "4 March", "en-GB", "2026-04-03"),
  ],
  ambiguousNumber: ["ambiguous-number", sentence.ambiguousNumber("Fee", "1.500", "1.5", "1500", "en")],
  decimalSettled: ["ambiguous-number", sentence.decimalSettled("Fee", ",", "Creators!E4", "47,50")],
  foreignCurrency: [
    "foreign-currency",
    sentence.foreignCurrency("Fee", "€1.500", "EUR", "USD", "1.5", "1500"),
  ],
  formatCurrency: [
    "format-currency",
    sentence.formatCurrency("Fee", "Creators", [3, 4, 5, 9], ["EUR", "GBP"], "USD"),
  ],
  formatCurrencyOne: ["format-currency", sentence.formatCurrency("Fee", "Creators", [7], ["EUR"], "USD")],
  placeholderColumn: ["placeholder", sentence.placeholderColumn("Reach", 3, "n/a", "Content!G5")],
  placeholderCell: ["placeholder", sentence.placeholderCell("Reach", "tbd")],
  placeholderRequired: ["required", sentence.placeholderRequired("Handle", "n/a")],
  dateOrderSettled: [
    "ambiguous-date",
    sentence.dateOrderSettled("Published", "dmy", "Content!D4", "25/03/2026"),
  ],
  farYear: ["far-year", sentence.farYear("Published", "2062-03-05", "2026-03-02", "2026-03-29")],
  farEndDate: ["far-year", sentence.farEndDate("2029-03-29", "2026-03-02")],
  notAnOption: [
    "not-an-option",
    sentence.notAnOption("Platform", "myspace", ["tiktok", "instagram", "youtube"]),
  ],
  notAUrl: ["not-a-url", sentence.notAUrl("Link", "shop.example")],
  notACurrency: ["not-a-currency", sentence.notACurrency("UDS")],
  notALocale: ["not-a-locale", sentence.notALocale("klingon")],
  badThresholds: ["bad-thresholds", sentence.badThresholds("10k, 5k")],
  tooLong: ["too-long", sentence.tooLong("Notes", 5000)],
  duplicate: ["duplicate", sentence.duplicate("Handle", "dewydevon", "Creators!A4")],
  unknownCreatorInContent: ["unknown-creator", sentence.unknownCreatorInContent("ghost")],
  unknownCreatorInConversions: ["unknown-creator", sentence.unknownCreatorInConversions("ghost")],
  unreadContent: ["unknown-creator", sentence.unknownCreatorInContent("ghost", false)],
  unreadConversions: ["unknown-creator", sentence.unknownCreatorInConversions("ghost", false)],
  unknownKpi: ["unknown-kpi", sentence.unknownKpi("vibes")],
  unknownDiscountCode: ["unknown-discount-code", sentence.unknownDiscountCode("FREE99")],
  codeCreatorMismatch: [
    "code-creator-mismatch",
    sentence.codeCreatorMismatch("DEVON15", "dewydevon", "lenaglowlab"),
  ],
  unattributed: ["unattributed", sentence.unattributed()],
  unknownSku: ["unknown-sku", sentence.unknownSku("QM-XX-1")],
  unknownOwner: ["unknown-owner", sentence.unknownOwner("Sam")],
  endBeforeStart: ["end-before-start", sentence.endBeforeStart("2026-03-01", "2026-03-29")],
  outsideCampaign: ["outside-campaign", sentence.outsideCampaign("2026-05-02", "2026-03-02", "2026-03-29")],
  beforeStart: ["before-start", sentence.beforeStart("2026-02-20", "2026-03-02")],
  periodOverlap: ["period-overlap", sentence.periodOverlap("during", "after")],
  reachAboveImpressions: ["reach-above-impressions", sentence.reachAboveImpressions()],
  clicksAboveImpressions: ["clicks-above-impressions", sentence.clicksAboveImpressions()],
  typedInComputed: ["typed-in-computed", sentence.typedInComputed("ROAS", "3.2")],
  duplicateComputed: ["duplicate-computed", sentence.duplicateComputed("ROAS", "M")],
  computedName: ["computed-name", sentence.computedName("ROAS", "Creators!P1", "revenue / cost")],
  computedNamePlain: ["computed-name", sentence.computedName("ROAS", "Creators!P1", undefined)],
  rowsExcluded: ["rows-excluded", sentence.rowsExcluded("Content", [4, 9, 17])],
};

/** How the report shows an arg: dates and counts in the locale, lists item by item. */
function shown(t: Translator, name: string, v: unknown): string[] {
  if (typeof v === "number") return [t.fmt(v, "count")];
  if (Array.isArray(v)) return v.flatMap((x) => shown(t, "", x));
  return [["date", "start", "end"].includes(name) ? t.date(String(v)) : String(v)];
}

/** The non-empty sentences at a key: a label, its plural forms, or every form of a section. */
function sentencesAt(m: ReturnType<typeof loadTranslations>, key: string): string[] {
  const walk = (e: ReturnType<typeof lookupEntry>): string[] =>
    e === undefined
      ? []
      : typeof e === "string"
        ? [e].filter((x) => x.trim() !== "")
        : Object.values(e).flatMap(walk);
  return walk(lookupEntry(m, key));
}

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, "");

describe("findings in every language", () => {
  it("the calls cover every IssueCode", () => {
    expect(new Set(Object.values(CALLS).map(([code]) => code))).toEqual(new Set(ISSUE_CODES));
  });

  it.each(LOCALES)("%s has a sentence for every code and form core uses", (lang) => {
    const m = loadTranslations(lang);
    for (const code of ISSUE_CODES) expect(sentencesAt(m, `appendix.findings.${code}`), code).not.toEqual([]);
    for (const [code, s] of Object.values(CALLS)) {
      // A form's entry is one sentence, or that sentence's plural forms; never a section of forms.
      const e = lookupEntry(m, findingKey(code, s.args.form));
      expect(typeof e === "string" || isPlural(e), `${code} ${s.args.form}`).toBe(true);
    }
  });

  it.each(LOCALES)("%s: every sentence rendered from its args shows each value it names", (lang, locale) => {
    const t = new Translator(lang, locale, "USD");
    for (const [name, [code, s]] of Object.entries(CALLS)) {
      const text = findingText(t, { code, args: s.args });
      expect(text, name).not.toBeNull();
      const plain = strip(text!);
      expect(plain, name).not.toMatch(/\{\w+\}/);
      // `form` and `count` pick the sentence (and its plural form); a count of a list that is shown need not be.
      for (const [arg, v] of Object.entries(s.args))
        if (arg !== "form" && arg !== "count")
          for (const part of shown(t, arg, v)) expect(plain, `${name}.${arg}`).toContain(strip(part));
      if (lang !== "en") expect(plain, name).not.toBe(s.message);
    }
  });

  it("English says what core says, word for word", () => {
    const t = new Translator("en", "en-US", "USD");
    for (const [name, [code, s]] of Object.entries(CALLS)) {
      // Core lists with commas and writes dates and figures plain; the report joins a list as
      // the language does ("a, b, and c") and shows dates and figures in its own format.
      const formatted = ([k, v]: [string, unknown]) =>
        Array.isArray(v) || ["date", "start", "end"].includes(k) || (typeof v === "number" && v >= 1000);
      if (Object.entries(s.args).some(formatted)) continue;
      expect(findingText(t, { code, args: s.args }), name).toBe(s.message);
    }
  });

  it("a finding without args, or without a value its sentence needs, keeps core's English", () => {
    const t = new Translator("da", "da-DK", "USD");
    const s = sentence.notANumber("Followers", "twelve");
    expect(findingCell(t, { code: "not-a-number", message: s.message, args: {} })).toMatchObject({
      text: s.message,
      dir: "ltr",
    });
    expect(findingCell(t, { code: "not-a-number", message: s.message, args: s.args }).text).toBe(
      'Followers skal være et tal; fandt "twelve".',
    );
  });

  it("an Arabic finding keeps workbook text and cell references in their own direction", () => {
    const t = new Translator("ar", "ar", "USD");
    const s = sentence.unknownColumn("Folowers", "Creators!F1", "Followers");
    expect(findingText(t, { code: "unknown-column", args: s.args })).toBe(
      'يُتجاهل العمود "\u2068Folowers\u2069" في \u2068Creators!F1\u2069 — هل تقصد \u2068Followers\u2069؟',
    );
  });

  it("a count the sentence names is shown in the locale's digits", () => {
    const s = sentence.placeholderColumn("Reach", 1200, "n/a", "Content!G5");
    expect(
      findingText(new Translator("da", "da-DK", "USD"), { code: "placeholder", args: s.args }),
    ).toContain("indeholder 1.200 pladsholdere");
  });

  it("hidden rows: runs of rows as core folds them, in the language's list", () => {
    const s = sentence.hiddenRows("Content", [4, 9, 10, 11]);
    expect(findingText(new Translator("da", "da-DK", "USD"), { code: "hidden-rows", args: s.args })).toBe(
      "4 rækker på Content er skjult eller filtreret fra (rækkerne 4 og 9–11), men tælles stadig med i KPI'erne; slet rækkerne for at udelade dem.",
    );
    const one = sentence.hiddenRows("Creators", [5], "declined");
    expect(findingText(new Translator("en", "en-US", "USD"), { code: "hidden-rows", args: one.args })).toBe(
      one.message,
    );
  });

  it("a long list of rows shows the first ten and how many more", () => {
    const t = new Translator("en", "en-US", "USD");
    const rows = Array.from({ length: 14 }, (_, i) => i + 2);
    const s = sentence.rowsExcluded("Content", rows);
    expect(findingText(t, { code: "rows-excluded", args: s.args })).toBe(
      "14 rows of Content have errors and are left out of the KPIs (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, and 4 more).",
    );
  });
});
