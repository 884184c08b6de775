// The report's languages and which one a run speaks: `--locale`, else the Campaign tab's, else en.
import { UsageError } from "../errors.ts";
import { reportMessages } from "../report/messages.ts";

export const LANGUAGES = ["en", "zh-CN", "vi", "da", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Which way a language's text runs. */
export const directionOf = (lang: Language): "ltr" | "rtl" => (lang === "ar" ? "rtl" : "ltr");

export interface ResolvedLocale {
  /** Which translation file. */
  lang: Language;
  /** The tag Intl formats numbers and dates with (en-GB keeps its own formats). */
  locale: string;
  dir: "ltr" | "rtl";
  /** Why the report fell back to en, when it did. */
  note?: string;
}

/**
 * `--locale`, else the Campaign tab's, else en. An unknown `--locale` is a usage error;
 * an unknown Campaign-tab locale falls back to en (the report still gets written) and says so.
 */
export function resolveLocale(flag: string | undefined, campaign: string | undefined): ResolvedLocale {
  if (flag !== undefined) {
    const r = supported(flag);
    if (!r) throw new UsageError(reportMessages.unknownLocale(flag, true));
    return r;
  }
  if (!campaign) return { lang: "en", locale: "en", dir: "ltr" };
  return (
    supported(campaign) ?? {
      lang: "en",
      locale: "en",
      dir: "ltr",
      note: reportMessages.unknownLocale(campaign, false),
    }
  );
}

function supported(tag: string): ResolvedLocale | null {
  let loc: Intl.Locale;
  try {
    loc = new Intl.Locale(tag);
  } catch {
    return null;
  }
  const lang: Language | undefined =
    loc.language === "zh"
      ? "zh-CN"
      : (LANGUAGES as readonly string[]).includes(loc.language)
        ? (loc.language as Language)
        : undefined;
  if (!lang) return null;
  // Chinese labels are Simplified; a bare "zh" formats as zh-CN.
  const locale = loc.language === "zh" && !loc.region ? "zh-CN" : loc.toString();
  return { lang, locale, dir: directionOf(lang) };
}
