// Currency symbols and local spellings → ISO 4217 codes: the one rule the Currency cell
// and header units (`Fee ($)`) both read by.
import { readCurrency } from "./cells.ts";

/** What people type for a currency, lower-cased → the ISO codes it can mean. */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  "€": ["EUR"],
  us$: ["USD"],
  $: ["USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD"],
  a$: ["AUD"],
  c$: ["CAD"],
  ca$: ["CAD"],
  nz$: ["NZD"],
  hk$: ["HKD"],
  s$: ["SGD"],
  r$: ["BRL"],
  "£": ["GBP"],
  "¥": ["JPY", "CNY"],
  "cn¥": ["CNY"],
  元: ["CNY"],
  rmb: ["CNY"],
  円: ["JPY"],
  "₫": ["VND"],
  đ: ["VND"],
  vnđ: ["VND"],
  đồng: ["VND"],
  "kr.": ["DKK", "NOK", "SEK", "ISK"],
  kr: ["DKK", "NOK", "SEK", "ISK"],
  "₹": ["INR"],
  "₩": ["KRW"],
  "฿": ["THB"],
  "₱": ["PHP"],
  zł: ["PLN"],
  kč: ["CZK"],
  "₺": ["TRY"],
  "₴": ["UAH"],
  "₪": ["ILS"],
  "د.إ": ["AED"],
  "ر.س": ["SAR"],
  rm: ["MYR"],
  rp: ["IDR"],
};

/** Region → its currency, to settle a symbol several currencies share (`kr.` in `da` is DKK). */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: "USD",
  CA: "CAD",
  AU: "AUD",
  NZ: "NZD",
  MX: "MXN",
  SG: "SGD",
  HK: "HKD",
  DK: "DKK",
  NO: "NOK",
  SE: "SEK",
  IS: "ISK",
  JP: "JPY",
  CN: "CNY",
};

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

/** The ISO codes a currency text can mean: itself when it is a code, else its symbol's readings; [] when none. */
export function currencyReadings(text: string): readonly string[] {
  const t = text.normalize("NFKC").trim();
  const code = readCurrency(t);
  if (code.kind === "ok") return [code.value];
  return SPELLINGS[t.toLowerCase()] ?? SPELLINGS[t.normalize("NFC").toLowerCase()] ?? [];
}

/** A currency text → its one ISO code for the locale; null when it names none or several. */
export function currencyCode(text: string, locale: string): string | null {
  const readings = currencyReadings(text);
  if (readings.length === 1) return readings[0] ?? null;
  if (readings.length === 0) return null;
  const local = REGION_CURRENCY[regionOf(locale) ?? ""];
  return local !== undefined && readings.includes(local) ? local : null;
}
