// How a figure is shown, once for every edge: per unit, the display rule as
// Intl.NumberFormat options (the report, the terminal and the sidebar format with
// Intl in their own locale) and the spreadsheet number format of the same unit
// (Sheets and the xlsx template), so one value reads the same everywhere.
import type { Kind } from "../schema/index.ts";
import type { Unit } from "./registry.ts";

/**
 * A KPI unit, a plain figure such as hours, or `points`: the difference of two rates in
 * percentage points (0.012 → +1.2 pp), which is how a rate's change reads.
 */
export type DisplayUnit = Unit | "number" | "points";

/** Shown in place of a figure that was not measured. */
export const NOT_MEASURED = "–";

/**
 * Money from this amount up shows whole units ($201,939); below it, the currency's
 * minor unit ($0.42 CPC, $47.50 CPA; ¥ and ₫ have none), so small unit costs keep their cents.
 */
export const MONEY_WHOLE_FROM = 100;

export interface DisplayRule {
  /** Names the options, for an edge that keeps one Intl.NumberFormat per rule. */
  key: string;
  options: Intl.NumberFormatOptions;
  /** Written after Intl's output (Intl has no "times" unit). */
  suffix: string;
  /** The value is multiplied by this before Intl formats it (percentage points). */
  scale: number;
  /** A change: + or − always (a printed edge writes the real minus, U+2212; see applyRule). */
  signed: boolean;
}

/** Rates below 1 % show two decimals. */
const RATE_FINE_BELOW = 0.01;

const fixed = (digits: number) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The campaign's ISO code, or null when the workbook gives none (never a made-up one). */
export function currencyOrNull(currency: string | null | undefined): string | null {
  const code = (currency ?? "").trim().toUpperCase();
  return code === "" ? null : code;
}

/** Intl options for money in `currency`; with none, a plain amount (no sign, cents below MONEY_WHOLE_FROM). */
export function moneyOptions(currency: string | null | undefined): Intl.NumberFormatOptions {
  const code = currencyOrNull(currency);
  return code === null ? fixed(2) : { style: "currency", currency: code };
}

/**
 * The display rule of `value` in `unit`; money and rates depend on the value (its size).
 * `signed` shows a change of the unit (+$1,200, −3.0%); change and points always are.
 */
export function displayRule(
  value: number,
  unit: DisplayUnit,
  currency: string | null,
  signed = false,
): DisplayRule {
  const base = baseRule(value, unit, currency);
  if (!signed || base.signed) return base;
  return {
    ...base,
    key: `${base.key}+`,
    options: { ...base.options, signDisplay: "exceptZero" },
    signed: true,
  };
}

function baseRule(value: number, unit: DisplayUnit, currency: string | null): DisplayRule {
  const rule = (key: string, options: Intl.NumberFormatOptions, more: Partial<DisplayRule> = {}) => ({
    key,
    options,
    suffix: "",
    scale: 1,
    signed: false,
    ...more,
  });
  switch (unit) {
    case "money":
      return Math.abs(value) < MONEY_WHOLE_FROM
        ? rule("money-minor", moneyOptions(currency))
        : rule("money-whole", { ...moneyOptions(currency), ...fixed(0) });
    case "rate":
      // Below 1 % one decimal would round a 0.95 % click-through rate to 0.9 % and a 0.04 % share to 0.0 %.
      return Math.abs(value) < RATE_FINE_BELOW
        ? rule("rate-fine", { style: "percent", ...fixed(2) })
        : rule("rate", { style: "percent", ...fixed(1) });
    case "change":
      return rule("change", { style: "percent", signDisplay: "exceptZero", ...fixed(1) }, { signed: true });
    case "points":
      // A translated edge writes its own language's "pp" instead.
      return rule(
        "points",
        { signDisplay: "exceptZero", ...fixed(1) },
        { suffix: " pp", scale: 100, signed: true },
      );
    case "multiple":
      return rule("multiple", fixed(2), { suffix: "×" });
    case "number":
      return rule("number", { maximumFractionDigits: 1 });
    default:
      return rule("count", { maximumFractionDigits: 0 });
  }
}

/**
 * The one rule for a column of figures in `unit`, so every row shows the same decimals:
 * the rule of the value that needs the most (the smallest, as only the size of money and
 * rates matters; a zero needs none).
 */
export function columnRule(
  values: readonly (number | null | undefined)[],
  unit: DisplayUnit,
  currency: string | null,
  signed = false,
): DisplayRule {
  const finite = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v !== 0);
  const smallest = finite.length ? Math.min(...finite.map(Math.abs)) : 0;
  return displayRule(smallest, unit, currency, signed);
}

/**
 * `value` through `rule` with a formatter made from its options: scaled, with its suffix.
 * `typographic` (print) writes every minus as U+2212, not a hyphen, as the charts' axes do, so
 * "−$15,172" reads the same in a sentence, a table and a change; plain-text edges (terminal,
 * sheet) keep the hyphen a script or formula reads back.
 */
export function applyRule(
  f: Intl.NumberFormat,
  rule: DisplayRule,
  value: number,
  typographic = false,
): string {
  const scaled = value * rule.scale;
  const text =
    typographic && (rule.signed || scaled < 0)
      ? f
          .formatToParts(scaled)
          .map((p) => (p.type === "minusSign" ? "\u2212" : p.value))
          .join("")
      : f.format(scaled);
  return text + rule.suffix;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A figure as text in `locale`; NOT_MEASURED for null, undefined, NaN and ±Infinity. */
export function formatFigure(
  value: number | null | undefined,
  unit: DisplayUnit,
  locale: string,
  currency: string | null,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_MEASURED;
  const rule = displayRule(value, unit, currency);
  const id = `${locale}|${currency}|${rule.key}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, rule.options);
    formats.set(id, f);
  }
  return applyRule(f, rule, value);
}

/**
 * Spreadsheet number formats (the same syntax in Sheets and Excel). A sheet format
 * is fixed per column, so money shows the currency's minor unit at every size.
 */
export const SHEET_FORMATS = {
  count: "#,##0",
  number: "#,##0.0",
  /** A plain amount without a currency sign (a roster mixes currencies). */
  amount: "#,##0.00",
  /** Two decimals below 1 %, as the report shows them (RATE_FINE_BELOW). */
  rate: "[<0.01]0.00%;0.0%",
  change: "+0.0%;-0.0%;0.0%",
  multiple: '0.00"×"',
  date: "yyyy-mm-dd",
  text: "@",
} as const;

const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
const literal = (s: string) => {
  const t = s.replace(BIDI_MARKS, "").replace(/"/g, "");
  return t === "" ? "" : `"${t}"`;
};

/**
 * Money in `currency` as the campaign locale writes it, the symbol a quoted literal on
 * the side Intl puts it: `"$"#,##0.00` (en USD), `#,##0.00" kr."` (da DKK), `#,##0" ₫"` (vi VND).
 * The separators themselves follow the sheet's own locale.
 */
export function moneyFormat(currency: string | null, locale = "en"): string {
  const code = currencyOrNull(currency);
  if (code === null) return SHEET_FORMATS.amount;
  let parts: Intl.NumberFormatPart[] | undefined;
  for (const tag of [locale, "en"]) {
    try {
      parts = new Intl.NumberFormat(tag, { style: "currency", currency: code }).formatToParts(1);
      break;
    } catch {
      // An unknown locale tries en; an unknown currency falls back to its code below.
    }
  }
  if (!parts) return `"${code.replace(/"/g, "")} "#,##0.00`;
  const isNumber = (p: Intl.NumberFormatPart) =>
    p.type === "integer" || p.type === "decimal" || p.type === "fraction";
  const first = parts.findIndex(isNumber);
  const last = parts.length - 1 - [...parts].reverse().findIndex(isNumber);
  const text = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join("");
  const decimals = parts.find((p) => p.type === "fraction")?.value.length ?? 0;
  const number = `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
  return `${literal(text(parts.slice(0, first)))}${number}${literal(text(parts.slice(last + 1)))}`;
}

/** The number format of a computed column or KPI cell shown in `unit`. */
export function unitSheetFormat(unit: Unit | "text", money: string): string {
  return unit === "money" ? money : SHEET_FORMATS[unit];
}

/** The number format of an input column; null = leave the spreadsheet's automatic format. */
export function kindSheetFormat(kind: Kind, money: string): string | null {
  switch (kind) {
    case "count":
    case "number":
    case "rate":
    case "date":
      return SHEET_FORMATS[kind];
    case "money":
      return money;
    case "target":
      // A goal's target is a count, money or a rate depending on its KPI.
      return null;
    default:
      // Text stays text: codes like 0815 keep their zeros, handles are not turned into numbers.
      return SHEET_FORMATS.text;
  }
}

/** What a column's header note says: what it holds, whether it is required, its values, an example. */
export function headerNote(meta: {
  description: string;
  required: boolean;
  values?: readonly string[];
  example?: string;
}): string {
  return [
    meta.description,
    meta.required ? "Required." : "Optional.",
    meta.values ? `One of: ${meta.values.join(", ")}.` : "",
    meta.example ? `Example: ${meta.example}` : "",
  ]
    .filter((s) => s !== "")
    .join("\n");
}
