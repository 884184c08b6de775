// Number formats for schema kinds and KPI units, and plain-text display for the sidebar.
import type { Kind, Unit } from "../core/index.ts";

export const COUNT = "#,##0";
export const RATE = "0.00%";
export const DATE = "yyyy-mm-dd";
export const TEXT = "@";
export const NUMBER = "#,##0.00";
export const MULTIPLE = '0.00"×"';
const CHANGE = "+0.0%;-0.0%;0.0%";

/** The currency's symbol and decimals in the campaign locale; the ISO code when Intl cannot tell. */
function currencyParts(currency: string, locale: string): { symbol: string; decimals: number } {
  try {
    const f = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" });
    const symbol = f.formatToParts(1).find((p) => p.type === "currency")?.value ?? currency;
    return { symbol, decimals: f.resolvedOptions().maximumFractionDigits ?? 2 };
  } catch {
    return { symbol: currency, decimals: 2 };
  }
}

/** `"$"#,##0.00`, `"¥"#,##0`, `"DKK "#,##0.00`: the symbol as a quoted literal, valid in every sheet locale. */
export function moneyFormat(currency: string, locale = "en"): string {
  const { symbol, decimals } = currencyParts(currency, locale);
  const sep = /^[A-Za-z.]+$/.test(symbol) ? " " : "";
  return `"${symbol.replace(/"/g, "")}${sep}"#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
}

/** Format of an input column; null = leave Sheets' automatic format. */
export function kindFormat(kind: Kind, money: string): string | null {
  switch (kind) {
    case "count":
      return COUNT;
    case "number":
      return NUMBER;
    case "money":
      return money;
    case "rate":
      return RATE;
    case "date":
      return DATE;
    case "target":
      return null;
    default:
      // Text stays text: codes like 0815 keep their zeros, handles are not turned into numbers.
      return TEXT;
  }
}

export type ShownUnit = Unit | "text";

export function unitFormat(unit: ShownUnit, money: string): string {
  switch (unit) {
    case "count":
      return COUNT;
    case "money":
      return money;
    case "rate":
      return RATE;
    case "multiple":
      return MULTIPLE;
    case "change":
      return CHANGE;
    case "text":
      return TEXT;
  }
}

/** A KPI value as the sidebar shows it; "—" when it cannot be computed. */
export function display(
  value: number | string | null | undefined,
  unit: ShownUnit,
  currency: string,
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  const n = (opts: Intl.NumberFormatOptions) => {
    try {
      return new Intl.NumberFormat("en-US", opts).format(value);
    } catch {
      return String(Math.round(value * 100) / 100);
    }
  };
  switch (unit) {
    case "count":
      return n({ maximumFractionDigits: 0 });
    case "money":
      return n({ style: "currency", currency, maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2 });
    case "rate":
      return n({ style: "percent", maximumFractionDigits: 2 });
    case "multiple":
      return `${n({ maximumFractionDigits: 2, minimumFractionDigits: 2 })}×`;
    case "change":
      return `${value > 0 ? "+" : ""}${n({ style: "percent", maximumFractionDigits: 1 })}`;
    case "text":
      return String(value);
  }
}
