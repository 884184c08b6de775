import { describe, expect, it } from "vitest";
import { LANGUAGES, resolveLocale } from "../../../generator/i18n/locale.ts";
import {
  flatKeys,
  isPlural,
  loadTranslations,
  lookupEntry,
  Translator,
} from "../../../generator/i18n/translator.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A label, or the `other` form of a label with plural forms. */
const lookup = (lang: (typeof LANGUAGES)[number], key: string): string => {
  const e = lookupEntry(loadTranslations(lang), key);
  if (typeof e === "string") return e;
  if (isPlural(e)) return e.other ?? "";
  throw new Error(`${lang}:${key} is not a label`);
};

describe("translations", () => {
  const en = flatKeys(loadTranslations("en"));

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has every key en has, and no other", (lang) => {
    const keys = flatKeys(loadTranslations(lang));
    expect(en.filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !en.includes(k))).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s uses the same {placeholders} as en", (lang) => {
    const mismatched = en.filter(
      (k) => placeholders(lookup("en", k)).join() !== placeholders(lookup(lang, k)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s leaves no sentence untranslated", (lang) => {
    // Proper names and short labels (TikTok, ROAS, KPI) may stay as in English; whole sentences may not.
    const same = en.filter((k) => {
      const e = lookup("en", k);
      return e.split(" ").length > 4 && e === lookup(lang, k);
    });
    expect(same).toEqual([]);
  });
});

describe("plural forms", () => {
  it.each(LANGUAGES)(
    "%s: a label with plural forms has exactly the locale's categories; `other` has en's placeholders, the rest no others",
    (lang) => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
      const m = loadTranslations(lang);
      for (const key of flatKeys(m)) {
        const e = lookupEntry(m, key);
        if (!isPlural(e)) continue;
        expect([key, Object.keys(e).sort()]).toEqual([key, categories]);
        // A form for one thing may say "the goal" instead of "1 goal": it may leave a figure out.
        const en = placeholders(lookup("en", key));
        expect([key, placeholders(e.other ?? "")]).toEqual([key, en]);
        for (const form of Object.values(e))
          expect([key, placeholders(form).filter((p) => !en.includes(p))]).toEqual([key, []]);
      }
    },
  );
  it("picks the form Intl.PluralRules selects: 1 post, 2 posts; Arabic's two and few", () => {
    const en = new Translator("en", "en", "USD");
    expect(en.plural("chart.formats.posts", 1)).toBe("1 post");
    expect(en.plural("chart.formats.posts", 2)).toBe("2 posts");
    expect(en.plural("chart.formats.posts", 0)).toBe("0 posts");
    expect(en.plural("summary.goals_line", 1, { met: "1", total: "1" })).toBe("1 of 1 goal met");
    expect(en.plural("summary.goals_line", 4, { met: "3", total: "4" })).toBe("3 of 4 goals met");
    const ar = new Translator("ar", "ar", "USD");
    // Arabic: 2 is "two" (a dual), 3–10 "few", 11–99 "many". The count is a left-to-right isolate.
    expect(ar.plural("chart.formats.posts", 2)).toBe("منشوران (\u20662\u2069)");
    expect(ar.plural("chart.formats.posts", 5)).toBe("\u20665\u2069 منشورات");
    expect(ar.plural("chart.formats.posts", 11)).toBe("\u206611\u2069 منشوراً");
    // A label without forms (Chinese has one) serves every count.
    expect(new Translator("zh-CN", "zh-CN", "USD").plural("chart.formats.posts", 1)).toBe("1 条内容");
  });
});

describe("signed changes and percentage points", () => {
  it("signs changes with + and the real minus; rate changes in the language's pp", () => {
    const en = new Translator("en", "en", "USD");
    expect(en.fmt(-0.215, "change")).toBe("\u221221.5%");
    expect(en.fmt(0.215, "change")).toBe("+21.5%");
    expect(en.fmt(0, "change")).toBe("0.0%");
    // 5.5% → 6.7% of creators converting is +1.2 percentage points, not +21.8 %.
    expect(en.fmt(0.067 - 0.055, "points")).toBe("+1.2 pp");
    expect(en.fmt(-0.031, "points")).toBe("\u22123.1 pp");
    expect(en.fmt(-1200, "money", true)).toBe("\u2212$1,200");
    expect(en.fmt(1200, "money", true)).toBe("+$1,200");
    const da = new Translator("da", "da", "DKK");
    expect(da.fmt(0.012, "points")).toBe("+1,2 pct.-point");
  });

  it("writes a loss with the real minus too, unsigned, in sentences and columns alike", () => {
    // A profit of −15,172 is not a change, but its minus is the one the charts' axes print.
    const en = new Translator("en", "en", "USD");
    expect(en.fmt(-15172, "money")).toBe("\u2212$15,172");
    expect(en.column([-15172, 4200], "money")).toEqual(["\u2212$15,172", "$4,200"]);
    expect(en.fmt(-0.25, "rate")).toBe("\u221225.0%");
    const da = new Translator("da", "da", "DKK");
    expect(da.fmt(-1500, "count")).toBe("\u22121.500");
  });
});

describe("one rule per column", () => {
  it("gives every figure of a column the decimals its most demanding value needs", () => {
    const en = new Translator("en", "en", "USD");
    // $47.50 is below $100, so it keeps its cents, and so does $5,398 beside it; a zero needs none.
    expect(en.column([5398, 47.5, 0, null], "money")).toEqual(["$5,398.00", "$47.50", "$0.00", "–"]);
    expect(en.column([5398, 201939], "money")).toEqual(["$5,398", "$201,939"]);
    expect(en.column([0.13, 0.557], "rate")).toEqual(["13.0%", "55.7%"]);
  });
});

describe("resolveLocale", () => {
  it("prefers --locale, then the Campaign tab, then en", () => {
    expect(resolveLocale("da", "vi").lang).toBe("da");
    expect(resolveLocale(undefined, "vi").lang).toBe("vi");
    expect(resolveLocale(undefined, undefined).lang).toBe("en");
  });
  it("maps region variants and zh, and sets rtl for ar", () => {
    expect(resolveLocale("da-DK", undefined)).toEqual({ lang: "da", locale: "da-DK", dir: "ltr" });
    expect(resolveLocale("zh", undefined)).toEqual({ lang: "zh-CN", locale: "zh-CN", dir: "ltr" });
    expect(resolveLocale("ar", undefined).dir).toBe("rtl");
  });
  it("falls back to en, saying so, when the Campaign tab names another language", () => {
    const r = resolveLocale(undefined, "fr-FR");
    expect(r).toMatchObject({ lang: "en", locale: "en", dir: "ltr" });
    expect(r.note).toMatch(/"fr-FR" is not one of the report's languages/);
  });
  it("refuses a --locale the report does not speak (exit 2)", () => {
    expect(() => resolveLocale("fr", undefined)).toThrow(/unknown locale/);
    try {
      resolveLocale("fr", undefined);
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(2);
    }
  });
});

describe("Translator formats with Intl", () => {
  it("formats money, rates and multiples for en and da", () => {
    const en = new Translator("en", "en", "USD");
    // The sample's revenue 201,939 (≥ 100: no decimals) and CPA 23.47 (< 100: cents).
    expect(en.fmt(201939.4, "money")).toBe("$201,939");
    expect(en.fmt(23.468, "money")).toBe("$23.47");
    expect(en.fmt(0.0546, "rate")).toBe("5.5%");
    expect(en.fmt(1.7855, "multiple")).toBe("1.79×");
    const da = new Translator("da", "da", "USD");
    // Danish: "." groups thousands, "," is the decimal mark, the currency follows the number.
    expect(da.fmt(201939.4, "money")).toBe("201.939\u00a0US$");
    expect(da.fmt(1.7855, "multiple")).toBe("1,79×");
    expect(da.fmt(0.0546, "rate")).toBe("5,5\u00a0%");
  });
  it("fills a sentence's arguments", () => {
    const t = new Translator("en", "en", "USD");
    expect(
      t.text({
        key: "verdict.tail",
        args: { revenue: { kind: "money", value: 14096 }, share: { kind: "rate", value: 0.0698 } },
      }),
    ).toBe("Sales continued after the end date: $14,096, 7.0% of revenue.");
  });
});

describe("labels inside a sentence", () => {
  it("lower-case common nouns but keep acronyms, names and caseless scripts", () => {
    const en = new Translator("en", "en", "USD");
    expect(en.inSentence("Cost per acquisition")).toBe("cost per acquisition");
    expect(en.inSentence("ROAS")).toBe("ROAS");
    expect(en.inSentence("CPM")).toBe("CPM");
    expect(new Translator("zh-CN", "zh-CN", "USD").inSentence("单笔订单成本")).toBe("单笔订单成本");
    // A tier inside the lever sentence, a KPI label too; the platform (a name) is never lowered.
    expect(
      en.text({
        key: "verdict.levers",
        args: {
          best: {
            kind: "msg",
            msg: { key: "lever.tier", args: { name: { kind: "label", key: "tier.micro" } } },
          },
          best_value: { kind: "multiple", value: 4.58 },
          worst: {
            kind: "msg",
            msg: { key: "lever.platform", args: { name: { kind: "label", key: "platform.tiktok" } } },
          },
          worst_value: { kind: "multiple", value: 0.5 },
          kpi: { kind: "label", key: "kpi.roas" },
        },
      }),
    ).toBe("The strongest lever was micro creators (ROAS 4.58×); the weakest was TikTok (0.50×).");
  });
});
