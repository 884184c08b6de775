import { describe, expect, it } from "vitest";
import { LANGUAGES, resolveLocale } from "../../generator/i18n/locale.ts";
import { flatKeys, loadTranslations, Translator } from "../../generator/i18n/translator.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const lookup = (lang: (typeof LANGUAGES)[number], key: string) =>
  key
    .split(".")
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], loadTranslations(lang)) as string;

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
