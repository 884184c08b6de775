// How the comparison speaks: compare's own labels (templates/compare/i18n), the
// report's labels for KPIs, platforms and tiers, and one Translator per currency.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ComparisonModel } from "../../core/compare/index.ts";
import type { ResolvedLocale } from "../i18n/locale.ts";
import { fillLabel, lookupLabel, readTranslations, Translator } from "../i18n/translator.ts";
import { COMPARE_TEMPLATE_DIR } from "../report/shell.ts";

/** Compare's labels by dotted key, with {arg} filled in; a missing one is a bug. */
function labeler(lang: string) {
  const file = resolve(COMPARE_TEMPLATE_DIR, "i18n", `${lang}.json`);
  const m = readTranslations(existsSync(file) ? file : resolve(COMPARE_TEMPLATE_DIR, "i18n", "en.json"));
  return (key: string, args: Record<string, string> = {}): string => {
    const s = lookupLabel(m, key);
    if (s === undefined) throw new Error(`missing compare label ${key}`);
    return fillLabel(s, args);
  };
}

export { iso } from "../i18n/translator.ts";

export type CompareText = ReturnType<typeof compareText>;

export function compareText(cmp: ComparisonModel, loc: ResolvedLocale) {
  const L = labeler(loc.lang);
  const translators = new Map<string | null, Translator>();
  const tr = (currency: string | null) => {
    let t = translators.get(currency);
    if (!t) {
      t = new Translator(loc.lang, loc.locale, currency);
      translators.set(currency, t);
    }
    return t;
  };
  const t0 = tr(cmp.campaigns[0]?.currency ?? null);
  /** A report label (KPI, platform, tier…), else the raw key. */
  const label = (key: string, fallback: string) => (t0.has(key) ? t0.t(key) : fallback);
  // Column headers and roster cells use the season part of a name ("… - Spring 2025") when
  // every campaign has one and they differ; else the full names.
  const full = cmp.campaigns.map((c, i) => c.name ?? `#${i + 1}`);
  const short = full.map((n) => n.split(/ [-–—] /).at(-1) ?? n);
  const useShort =
    short.every((x, i) => x !== full[i] && x.length <= 24) && new Set(short).size === short.length;
  const names = useShort ? short : full;
  return {
    L,
    tr,
    t0,
    label,
    kpiLabel: (k: string) => label(`kpi.${k}`, k),
    full,
    name: (i: number) => names[i] ?? `#${i + 1}`,
    cur: (i: number) => cmp.campaigns[i]?.currency ?? null,
    campaignCols: cmp.campaigns.map((_, i) => ({ label: names[i] ?? `#${i + 1}`, num: true })),
  };
}
