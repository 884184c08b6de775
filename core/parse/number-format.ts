// The currency a cell's number format shows (`$#,##0`, `[$€-407]`, `#,##0 "kr."`): a number
// cell formatted so reads as that currency to the user while the reader hands over the number.
import { CURRENCIES } from "./cells.ts";
import { currencyCode } from "./currency.ts";
import { currencyCodes } from "./numbers.ts";

/** A format's currency: the spelling it shows and the ISO codes that spelling can mean. */
export interface FormatCurrency {
  symbol: string;
  codes: readonly string[];
}

const CURRENCY_SIGN = /\p{Sc}/u;

/**
 * The Windows language ids (hex, as `[$kr.-406]` carries them) of the regions whose currencies
 * share a sign: the id settles which one the format shows.
 */
const LANGUAGE_IDS: Readonly<Record<string, string>> = {
  "406": "da-DK",
  "414": "nb-NO",
  "814": "nn-NO",
  "41D": "sv-SE",
  "40F": "is-IS",
  "409": "en-US",
  "1009": "en-CA",
  C0C: "fr-CA",
  C09: "en-AU",
  "1409": "en-NZ",
  "80A": "es-MX",
  "1004": "zh-SG",
  C04: "zh-HK",
  "411": "ja-JP",
  "804": "zh-CN",
};

/** A spelling from a format → its currency, or null when it names none. */
function named(spelling: string): FormatCurrency | null {
  const symbol = spelling.normalize("NFKC").trim();
  if (symbol === "") return null;
  const codes = currencyCodes(symbol, CURRENCIES);
  return codes === null ? null : { symbol, codes };
}

/** A shared sign (`kr.`) narrowed to the one currency of the format's language id (`406`: DKK). */
function settled(f: FormatCurrency, id: string): FormatCurrency {
  const locale = LANGUAGE_IDS[id.toUpperCase().replace(/^0+/, "")];
  if (f.codes.length <= 1 || locale === undefined) return f;
  const code = currencyCode(f.symbol, locale);
  return code !== null && f.codes.includes(code) ? { symbol: f.symbol, codes: [code] } : f;
}

/**
 * The currency a number-format pattern shows, or null when it shows none. Read as Excel, Sheets
 * and LibreOffice write them: `[$€-407]`, `[$DKK]` and `[$USD] ` brackets (`[$-409]` names a
 * language only), quoted literals (`"kr."`), escaped (`\€`) and bare signs (`$`, `€`, `₫`);
 * `_x` (a space as wide as x) and `*x` (fill) show no x, and other brackets (`[Red]`) no text.
 */
export function formatCurrency(pattern: string): FormatCurrency | null {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      const found = named(pattern.slice(i + 1, stop));
      if (found) return found;
      i = stop;
    } else if (ch === "[") {
      const end = pattern.indexOf("]", i + 1);
      const stop = end < 0 ? pattern.length : end;
      const inside = pattern.slice(i + 1, stop);
      if (inside.startsWith("$")) {
        const dash = inside.lastIndexOf("-");
        const found = named(dash > 0 ? inside.slice(1, dash) : inside.slice(1));
        if (found) return settled(found, dash > 0 ? inside.slice(dash + 1) : "");
      }
      i = stop;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if (ch === "\\") {
      const found = named(pattern[i + 1] ?? "");
      if (found) return found;
      i++;
    } else if (CURRENCY_SIGN.test(ch)) {
      const found = named(ch);
      if (found) return found;
    }
  }
  return null;
}

/** The currency to name for a format's symbol: its one ISO code (settled by the locale), else the symbol. */
export function formatCurrencyName(f: FormatCurrency, locale: string): string {
  if (f.codes.length === 1) return f.codes[0]!;
  return currencyCode(f.symbol, locale) ?? f.symbol;
}
