// The words people type beside digits: currency spellings, the locale's
// multipliers, and placeholders for "not measured". One table each.

/**
 * Currency spellings (lower case) → the ISO codes they may stand for. Three-letter
 * ISO codes are recognised from the ISO list itself; these are the symbols and
 * local words. A spelling with several codes (`$`, `kr`, `¥`) is accepted for any of them.
 */
const CURRENCY_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  $: ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD", "ARS", "CLP", "COP"],
  us$: ["USD"],
  "u.s.$": ["USD"],
  c$: ["CAD"],
  ca$: ["CAD"],
  a$: ["AUD"],
  au$: ["AUD"],
  nz$: ["NZD"],
  s$: ["SGD"],
  hk$: ["HKD"],
  nt$: ["TWD"],
  mx$: ["MXN"],
  r$: ["BRL"],
  "€": ["EUR"],
  euro: ["EUR"],
  euros: ["EUR"],
  "£": ["GBP"],
  kr: ["DKK", "SEK", "NOK", "ISK"],
  "kr.": ["DKK", "SEK", "NOK", "ISK"],
  kroner: ["DKK", "NOK"],
  "₫": ["VND"],
  đ: ["VND"],
  vnđ: ["VND"],
  đồng: ["VND"],
  "¥": ["CNY", "JPY"],
  "￥": ["CNY", "JPY"],
  元: ["CNY"],
  块: ["CNY"],
  rmb: ["CNY"],
  円: ["JPY"],
  "₹": ["INR"],
  "₩": ["KRW"],
  "₺": ["TRY"],
  "₽": ["RUB"],
  "₪": ["ILS"],
  "₱": ["PHP"],
  "₦": ["NGN"],
  "฿": ["THB"],
  zł: ["PLN"],
  "fr.": ["CHF"],
  "د.إ": ["AED"],
  درهم: ["AED", "MAD"],
  "ر.س": ["SAR"],
  ريال: ["SAR", "QAR", "OMR"],
  "ج.م": ["EGP"],
  جنيه: ["EGP"],
  دولار: ["USD"],
};

/** The ISO codes a currency spelling may stand for; null when it is no currency. */
export function currencyCodes(spelling: string, isoCodes: ReadonlySet<string>): readonly string[] | null {
  const key = spelling.toLowerCase();
  const known = CURRENCY_SPELLINGS[key];
  if (known) return known;
  const upper = spelling.toUpperCase();
  if (upper.length === 3 && isoCodes.has(upper)) return [upper];
  // Any other single currency sign is a currency, just not one we can name.
  return /^\p{Sc}$/u.test(spelling) ? [] : null;
}

/** Multipliers every locale reads: `1.2k`, `3M`, `2B`, `2bn`. */
const COMMON_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
};

/** Each language's own multiplier words (lower case), beside the common ones. */
const LOCALE_MULTIPLIERS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // `MM` is how finance writes a million ($1.5MM).
  en: { thousand: 1e3, million: 1e6, billion: 1e9, mm: 1e6 },
  da: {
    "t.": 1e3,
    t: 1e3,
    tusind: 1e3,
    "mio.": 1e6,
    mio: 1e6,
    million: 1e6,
    "mia.": 1e9,
    mia: 1e9,
    milliard: 1e9,
  },
  vi: { nghìn: 1e3, ngàn: 1e3, tr: 1e6, "tr.": 1e6, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 },
  zh: { 千: 1e3, 万: 1e4, 萬: 1e4, 百万: 1e6, 亿: 1e8, 億: 1e8 },
  ar: { ألف: 1e3, مليون: 1e6, مليار: 1e9 },
};

const multiplierCache = new Map<string, ReadonlyMap<string, number>>();

/** The multipliers of a locale (`vi-VN` reads as `vi`), built once per language. */
export function multipliersFor(locale: string): ReadonlyMap<string, number> {
  const lang = locale.toLowerCase().split("-")[0] ?? "en";
  let m = multiplierCache.get(lang);
  if (!m) {
    m = new Map(Object.entries({ ...COMMON_MULTIPLIERS, ...LOCALE_MULTIPLIERS[lang] }));
    multiplierCache.set(lang, m);
  }
  return m;
}

/**
 * What people type for "not measured" (lower case): the common marks and each
 * report language's own words.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  "n/a",
  "na",
  "n.a.",
  "-",
  "--",
  "–",
  "—",
  "tbd",
  "tba",
  "?",
  "none",
  "ikke relevant",
  "i.a.",
  "i/a",
  "ukendt",
  "không có",
  "chưa có",
  "无",
  "暂无",
  "不适用",
  "لا يوجد",
  "غير متوفر",
]);

/** True for a placeholder such as `n/a`, `-`, `TBD` or `暂无`. */
export function isPlaceholder(text: string): boolean {
  // Cheap first test: no placeholder starts with a digit (figures and dates do).
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  return text.length <= 20 && PLACEHOLDERS.has(text.trim().toLowerCase());
}
