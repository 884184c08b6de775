// Cell reading: one value as `getValues()` (or an .xlsx, or the Sheets API)
// hands it over → a typed value, or a problem.
import type { IssueCode } from "../issues/issue.ts";
import { wordDate } from "./calendar.ts";
import { currencyCodes, isPlaceholder, multipliersFor } from "./numbers.ts";
import { enumKey, INVISIBLE, NON_ASCII, textKey } from "../schema/keys.ts";

/** How the campaign locale reads ambiguous text. */
export interface ReadContext {
  locale: string;
  /** The locale's decimal separator, for `1.234,5` vs `1,234.5`. */
  decimal: "." | ",";
  /** Order of day and month in numeric text dates that are not ISO. */
  dateOrder: "mdy" | "dmy";
  /** Zone in which `Date` cells are read (Apps Script's spreadsheet zone); UTC when absent. */
  timeZone?: string | undefined;
  /** Serial number → ISO date, filled while reading: a campaign has few distinct days. */
  serials?: Map<number, string | null>;
  /** The locale's multiplier words (`k`, `tr`, `万`) → factor. */
  multipliers: ReadonlyMap<string, number>;
  /** The campaign currency (ISO); amounts in another currency are warned. Null: none given. */
  currency?: string | null;
  /** A column's other cells settled the decimal mark: no ambiguous-number warning per cell. */
  decimalSettled?: boolean;
  /** A column's other cells settled the day/month order: no ambiguous-date warning per cell. */
  dateOrderSettled?: boolean;
  /** The column's placeholders were reported once for the whole column. */
  placeholdersReported?: boolean;
}

export interface Problem {
  code: IssueCode;
  /** The cell's value, shortened for messages. */
  found?: string;
  /** What the value was read as, for warnings ("4 March 2026"). */
  readAs?: string;
  /** An ambiguous date's reading as YYYY-MM-DD. */
  date?: string;
  /** The other plausible reading, for ambiguous numbers. */
  other?: string;
  /** The currency an amount is written in, when it is not the campaign's. */
  currency?: string;
}

export type CellResult<T> =
  | { kind: "blank" }
  | { kind: "ok"; value: T; warning?: Problem }
  | { kind: "error"; problem: Problem };

const BLANK = { kind: "blank" } as const;
const ok = <T>(value: T, warning?: Problem): CellResult<T> =>
  warning ? { kind: "ok", value, warning } : { kind: "ok", value };
const fail = (code: IssueCode, raw: unknown, ctx?: ReadContext): CellResult<never> => ({
  kind: "error",
  problem: { code, found: shown(raw, ctx?.timeZone) },
});

export function readContext(locale: string, timeZone?: string): ReadContext {
  let decimal: "." | "," = ".";
  let dateOrder: "mdy" | "dmy" = "dmy";
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    const sep = parts.find((p) => p.type === "decimal")?.value;
    decimal = sep === "," ? "," : ".";
    const dparts = new Intl.DateTimeFormat(locale, { timeZone: "UTC" }).formatToParts(Date.UTC(2026, 2, 4));
    const order = dparts.filter((p) => p.type === "month" || p.type === "day").map((p) => p.type);
    dateOrder = order[0] === "month" ? "mdy" : "dmy";
  } catch {
    // An invalid locale is reported by the Campaign tab's reader; read with defaults meanwhile.
  }
  // Every field from the start: a column's context is a copy with some set, and all of them
  // keep one shape (each cell of a text figure reads several).
  return {
    locale,
    decimal,
    dateOrder,
    timeZone,
    serials: new Map(),
    multipliers: multipliersFor(locale),
    currency: null,
    decimalSettled: false,
    dateOrderSettled: false,
    placeholdersReported: false,
  };
}

/** A value for messages: quoted-safe, at most 40 characters; a Date as its day in `timeZone` (UTC when absent). */
export function shown(raw: unknown, timeZone?: string): string {
  let s: string;
  if (raw instanceof Date) s = dateFromDate(raw, timeZone) ?? "invalid date";
  else if (isErrorObject(raw)) s = raw.error;
  else if (typeof raw === "object" && raw !== null) s = JSON.stringify(raw) ?? "";
  else s = String(raw);
  s = s.replace(/\s+/g, " ").trim();
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

const ERROR_VALUES = new Set([
  "#DIV/0!",
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#ERROR!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);

function isErrorObject(raw: unknown): raw is { error: string } {
  return typeof raw === "object" && raw !== null && typeof (raw as { error?: unknown }).error === "string";
}

/** A spreadsheet error value: the text `#DIV/0!` as getValues() gives it, or `{error}` as exceljs does. */
export function isErrorValue(raw: unknown): boolean {
  if (typeof raw === "string") {
    // Cheap first test: error values start with `#` (after optional spaces).
    const i = raw.indexOf("#");
    return i >= 0 && i < 4 && ERROR_VALUES.has(raw.trim().toUpperCase());
  }
  return isErrorObject(raw);
}

// ---------------------------------------------------------------- numbers

// Arabic-Indic, Persian and full-width (Chinese/Japanese input) digits; each block starts at a code point ending in 0.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g;
/** A trailing percent sign: ASCII, Arabic (U+066A, typed in `ar`) or full-width (U+FF05, typed in `zh-CN`). */
const PERCENT_END = /[%\u066A\uFF05]\s*$/;
const SPACES = /[\s\u00A0\u202F\u2009'’]/g;

function westernDigits(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return (
    s
      .replace(INVISIBLE, "")
      .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
      .replace(/\u066B/g, ".")
      .replace(/\u066C/g, ",")
      // Full-width full stop and comma, as a Chinese input method types them.
      .replace(/\uFF0E/g, ".")
      .replace(/\uFF0C/g, ",")
      .replace(/[\u2212\u2012\u2013]/g, "-")
  );
}

/**
 * Number text → number, or null when it is not a number (warnings dropped: for
 * callers that only need the figure, such as tier thresholds).
 */
export function parseNumberText(text: string, ctx: ReadContext, allowSuffix: boolean): number | null {
  const r = readNumberText(text, ctx, allowSuffix);
  return r.kind === "ok" ? r.value : null;
}

/**
 * Text that is only ASCII digits, with at most one inner `.` when `.` is the locale's decimal mark
 * and the cell cannot also read as thousands (`1.234`): what CSV files and the Sheets API hand over
 * for most figure cells. Its value, or null for anything the full reader must look at.
 */
export function plainNumberText(text: string, ctx: ReadContext): number | null {
  const n = text.length;
  // 15 digits stay below MAX_NUMBER and are exact as a double.
  if (n === 0 || n > 15) return null;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c !== 46 || dot >= 0 || i === 0 || i === n - 1) return null;
    dot = i;
  }
  if (dot >= 0 && (ctx.decimal !== "." || (!ctx.decimalSettled && otherReading(text, ".")))) return null;
  return Number(text);
}

/** Longer text is no number anyone typed; checked first so no scan below grows with the cell. */
const MAX_NUMBER_TEXT = 80;
const SIGN_START = /^[-+]\s*/;
const SIGN_END = /\s*[-+]$/;
const DASH_ONLY = /^[-–—]+$/;
const WHOLE_UNITS = /^,[-–]/;
const EXPONENT = /^\d+(\.\d+)?e[+-]?\d+$/i;
const NUMBER_BODY = /^(\d|[.,]\d)[\d.,]*$/;
/** Where a unit word meets a currency sign without a space (`k€`, `tr₫`). */
const SIGN_SPLIT = /^([^\p{Sc}\s]+)\s*(\p{Sc}.*)$/u;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (ch: string | undefined) => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

/**
 * Number text → a figure, or the reason it is none. Around the digits only
 * the campaign currency's spellings (another currency is a warning), the
 * locale's multipliers (`allowMultiplier`), a sign and `(…)` for a negative
 * are accepted; any other letters make it not a number. `$ -` is zero.
 */
export function readNumberText(text: string, ctx: ReadContext, allowMultiplier: boolean): CellResult<number> {
  const plain = plainNumberText(text, ctx);
  if (plain !== null) return ok(plain);
  let s = westernDigits(text.trim());
  if (s === "") return BLANK;
  if (s.length > MAX_NUMBER_TEXT) return fail("not-a-number", text);
  let negative = false;
  if (s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++)
    if (isDigit(s.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  if (first < 0) return accountingZero(s, text, ctx);
  // `.5` and `$,5`: a leading mark belongs to the number unless it ends a word (`kr.5`).
  if (first > 0 && (s[first - 1] === "." || s[first - 1] === ",") && !isLetter(s[first - 2])) first--;
  let pre = s.slice(0, first).trim();
  let post = s.slice(last + 1).trim();
  let body = s.slice(first, last + 1);
  // `16.000,-`: where the comma is the decimal mark, a comma and a dash say "no decimals" (Danish prices).
  const whole = ctx.decimal === "," && WHOLE_UNITS.test(post);
  if (whole) post = post.replace(WHOLE_UNITS, "").trim();
  if (SIGN_START.test(pre)) {
    negative = !negative;
    if (pre[0] === "+") negative = !negative;
    pre = pre.replace(SIGN_START, "");
  } else if (SIGN_END.test(pre)) {
    if (pre[pre.length - 1] === "-") negative = !negative;
    pre = pre.replace(SIGN_END, "");
  }
  let currency: readonly string[] | null = null;
  let spelling = "";
  if (pre !== "") {
    currency = currencyCodes(pre, CURRENCIES);
    if (currency === null) return fail("not-a-number", text);
    spelling = pre;
  }
  let factor = 1;
  if (post !== "") {
    const unit = readUnit(post, ctx);
    if (unit === null) return fail("not-a-number", text);
    if (unit.factor !== 1) {
      if (!allowMultiplier) return fail("not-a-number", text);
      factor = unit.factor;
    }
    if (unit.currency) {
      if (currency && unit.currency !== currency) return fail("not-a-number", text);
      currency = unit.currency;
      spelling = unit.spelling;
    }
  }
  body = body.replace(SPACES, "");
  let n: number;
  let other: number | null = null;
  if (EXPONENT.test(body)) n = Number(body) * factor;
  else {
    if (!NUMBER_BODY.test(body)) return fail("not-a-number", text);
    const plain = plainDecimal(body, ctx.decimal);
    if (plain === null) return fail("not-a-number", text);
    // Multipliers are powers of ten: scale the decimal text, so `4.1k` is exactly 4100.
    n = factor === 1 ? Number(plain) : Number(`${plain}e${Math.round(Math.log10(factor))}`);
    if (!ctx.decimalSettled && !whole && otherReading(body, ctx.decimal))
      other = Number(body.replace(ctx.decimal, ""));
  }
  if (!Number.isFinite(n)) return fail("not-a-number", text);
  if (negative) n = -n;
  if (currency && ctx.currency && !currency.includes(ctx.currency))
    return ok(n, foreignCurrency(text, spelling, currency, n, other === null ? null : other * factor));
  if (other === null) return ok(n);
  const otherValue = (negative ? -other : other) * factor;
  return ok(n, {
    code: "ambiguous-number",
    found: shown(text),
    readAs: String(n),
    other: String(otherValue),
  });
}

/** `$ -`, `- €`: the accounting format's zero. Any other text without digits is no number. */
function accountingZero(s: string, text: string, ctx: ReadContext): CellResult<number> {
  const dash = s.search(/[-–—]/);
  if (dash < 0) return fail("not-a-number", text);
  const sign = (s.slice(0, dash) + s.slice(dash).replace(/^[-–—]+/, "")).trim();
  if (sign === "" || !DASH_ONLY.test(s.slice(dash).replace(/\s.*$/, "").trim()))
    return fail("not-a-number", text);
  const currency = currencyCodes(sign, CURRENCIES);
  if (currency === null) return fail("not-a-number", text);
  if (ctx.currency && !currency.includes(ctx.currency))
    return ok(0, foreignCurrency(text, sign, currency, 0, null));
  return ok(0);
}

function foreignCurrency(
  text: string,
  spelling: string,
  codes: readonly string[],
  n: number,
  other: number | null,
): Problem {
  const p: Problem = {
    code: "foreign-currency",
    found: shown(text),
    readAs: String(n),
    currency: codes[0] ?? spelling,
  };
  if (other !== null) p.other = String(other);
  return p;
}

/** Text after the digits: a multiplier, a currency, or a multiplier then a currency (`2,5 tr đ`, `1.5k€`). */
function readUnit(
  post: string,
  ctx: ReadContext,
): { factor: number; currency: readonly string[] | null; spelling: string } | null {
  const mult = ctx.multipliers.get(post.toLowerCase());
  if (mult !== undefined) return { factor: mult, currency: null, spelling: "" };
  const cur = currencyCodes(post, CURRENCIES);
  if (cur !== null) return { factor: 1, currency: cur, spelling: post };
  const space = post.search(/\s/);
  const split =
    space > 0 ? [post.slice(0, space), post.slice(space + 1).trim()] : SIGN_SPLIT.exec(post)?.slice(1);
  if (split && split.length === 2) return multiplierThenCurrency(split[0]!, split[1]!, ctx);
  // Written together without a sign (`1.5亿元`, `5kEUR`): try each place to cut.
  for (let i = 1; i < post.length; i++) {
    const u = multiplierThenCurrency(post.slice(0, i), post.slice(i), ctx);
    if (u) return u;
  }
  return null;
}

function multiplierThenCurrency(
  mult: string,
  cur: string,
  ctx: ReadContext,
): { factor: number; currency: readonly string[]; spelling: string } | null {
  const f = ctx.multipliers.get(mult.toLowerCase());
  const c = f === undefined ? null : currencyCodes(cur, CURRENCIES);
  return f !== undefined && c !== null ? { factor: f, currency: c, spelling: cur } : null;
}

/** `16,000` with `,` the locale's decimal mark also reads as sixteen thousand: one mark, 1–3 digits before, 3 after. */
function otherReading(body: string, decimal: "." | ","): boolean {
  const at = body.indexOf(decimal);
  if (at < 1 || at > 3 || body.length - at - 1 !== 3 || body.charCodeAt(0) === 48) return false;
  const other = decimal === "." ? "," : ".";
  return body.indexOf(decimal, at + 1) < 0 && !body.includes(other);
}

/** Decide which of `.` and `,` is the decimal mark; return plain `1234.5` text or null. */
function plainDecimal(s: string, decimal: "." | ","): string | null {
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot < 0 && lastComma < 0) return s;
  let dec: "." | "," | null;
  if (lastDot >= 0 && lastComma >= 0) dec = lastDot > lastComma ? "." : ",";
  else {
    const sep = lastDot >= 0 ? "." : ",";
    const count = s.split(sep).length - 1;
    if (count > 1) dec = null;
    else if (sep === decimal) dec = sep;
    else {
      // The locale's grouping mark, once: grouping only if it looks like `1,234`.
      dec = /^[1-9]\d{0,2}[.,]\d{3}$/.test(s) ? null : sep;
    }
  }
  const group = dec === "." ? "," : dec === "," ? "." : s.includes(".") ? "." : ",";
  const [intPart, fracPart, ...rest] = dec ? s.split(dec) : [s];
  if (rest.length > 0 || intPart === undefined) return null;
  if (intPart.includes(group)) {
    const groups = intPart.split(group);
    const western = /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    // Indian grouping (lakh, crore): 12,34,567 is a thousands group led by pairs, and reads no other way.
    const indian =
      groups.length > 2 &&
      /^\d{1,2}$/.test(groups[0] ?? "") &&
      groups.slice(1, -1).every((g) => /^\d{2}$/.test(g)) &&
      /^\d{3}$/.test(groups[groups.length - 1] ?? "");
    if (!western && !indian) return null;
  }
  const digits = intPart.split(group).join("");
  if (fracPart !== undefined && !/^\d*$/.test(fracPart)) return null;
  return fracPart === undefined ? digits || "0" : `${digits || "0"}.${fracPart}`;
}

/** Beyond this no campaign figure is real, and sums of such values overflow to Infinity. */
export const MAX_NUMBER = 1e15;

export function readNumber(raw: unknown, ctx: ReadContext, allowSuffix = false): CellResult<number> {
  if (isBlank(raw)) return BLANK;
  if (isErrorValue(raw)) return fail("cell-error", raw);
  if (typeof raw === "string") {
    const r = readNumberText(raw, ctx, allowSuffix);
    if (r.kind === "error") return isPlaceholder(raw) ? placeholder(raw) : r;
    return r.kind === "ok" && Math.abs(r.value) > MAX_NUMBER ? fail("too-large", raw, ctx) : r;
  }
  const n = typeof raw === "number" && Number.isFinite(raw) ? raw : null;
  if (n === null) return fail("not-a-number", raw, ctx);
  return Math.abs(n) > MAX_NUMBER ? fail("too-large", raw) : ok(n);
}

/** `n/a`, `-`, `TBD` in a figure cell: not measured. The cell reader decides what that costs. */
function placeholder(raw: string): CellResult<never> {
  return { kind: "error", problem: { code: "placeholder", found: shown(raw) } };
}

/** Rates are fractions; `3.5%` text is 0.035; a bare number in (1, 100] is percent points, with a warning. */
export function readRate(raw: unknown, ctx: ReadContext): CellResult<number> {
  if (isBlank(raw)) return BLANK;
  if (isErrorValue(raw)) return fail("cell-error", raw);
  let n: number | null = null;
  if (typeof raw === "number") n = Number.isFinite(raw) ? raw : null;
  else if (typeof raw === "string") {
    const t = raw.trim();
    if (PERCENT_END.test(t)) {
      const p = parseNumberText(t.replace(PERCENT_END, ""), ctx, false);
      if (p === null) return fail("not-a-number", raw);
      return p < 0 || p > 100 ? fail("out-of-range", raw) : ok(p / 100);
    }
    n = parseNumberText(t, ctx, false);
    if (n === null && isPlaceholder(t)) return placeholder(t);
  }
  if (n === null) return fail("not-a-number", raw, ctx);
  if (n >= 0 && n <= 1) return ok(n);
  if (n > 1 && n <= 100) return ok(n / 100, { code: "percent-points", found: shown(raw), readAs: `${n}%` });
  return fail("out-of-range", raw);
}

/** A ratio that may exceed 1 or go negative (lift, ROI targets): `%` text is divided by 100, numbers are taken as they are. */
export function readRatio(raw: unknown, ctx: ReadContext): CellResult<number> {
  if (typeof raw === "string" && PERCENT_END.test(raw.trim())) {
    const p = parseNumberText(raw.trim().replace(PERCENT_END, ""), ctx, false);
    if (p === null) return fail("not-a-number", raw);
    return Math.abs(p) > MAX_NUMBER ? fail("too-large", raw) : ok(p / 100);
  }
  return readNumber(raw, ctx);
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Serial numbers taken as dates: 1927..2173, far outside any campaign's plausible counts. */
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 100_000;

export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function serialToIso(serial: number): string | null {
  const t = new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day `d` shows in `timeZone` (YYYY-MM-DD); null for an invalid date or an unknown zone. */
export function dayInZone(d: Date, timeZone: string): string | null {
  if (Number.isNaN(d.getTime())) return null;
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
    }).formatToParts(d);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return isoDate(get("year"), get("month"), get("day"));
  } catch {
    return null;
  }
}

function dateFromDate(d: Date, timeZone: string | undefined): string | null {
  if (Number.isNaN(d.getTime())) return null;
  // An unknown zone falls back to UTC.
  const zoned = timeZone ? dayInZone(d, timeZone) : null;
  return zoned ?? isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));

/** Calendar date as `YYYY-MM-DD`, never shifted by a time zone. */
export function readDate(raw: unknown, ctx: ReadContext): CellResult<string> {
  if (isBlank(raw)) return BLANK;
  if (isErrorValue(raw)) return fail("cell-error", raw);
  if (raw instanceof Date) {
    const iso = dateFromDate(raw, ctx.timeZone);
    return iso ? ok(iso) : fail("not-a-date", raw);
  }
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < SERIAL_MIN || raw > SERIAL_MAX) return fail("not-a-date", raw);
    let iso = ctx.serials?.get(raw);
    if (iso === undefined) ctx.serials?.set(raw, (iso = serialToIso(raw)));
    return iso ? ok(iso) : fail("not-a-date", raw);
  }
  if (typeof raw !== "string") return fail("not-a-date", raw);
  const s = westernDigits(raw.trim());
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s,])/.exec(s);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? ok(iso) : fail("not-a-date", raw);
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) return readDate(Number(s), ctx);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:$|[T\s,])/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const localeFirst = ctx.dateOrder === "mdy" ? isoDate(y, a, b) : isoDate(y, b, a);
    const otherFirst = ctx.dateOrder === "mdy" ? isoDate(y, b, a) : isoDate(y, a, b);
    if (localeFirst) {
      const ambiguous = !ctx.dateOrderSettled && otherFirst !== null && otherFirst !== localeFirst;
      return ambiguous
        ? ok(localeFirst, {
            code: "ambiguous-date",
            found: shown(raw),
            readAs: longDate(localeFirst),
            date: localeFirst,
          })
        : ok(localeFirst);
    }
    return otherFirst ? ok(otherFirst) : fail("not-a-date", raw);
  }
  // Month and weekday names: `5-Mar-26`, `Thursday, March 5, 2026`, `5. marts 2026`, `2026年3月5日`.
  const w = wordDate(s);
  if (w) {
    const iso = isoDate(w[0], w[1], w[2]);
    return iso ? ok(iso) : fail("not-a-date", raw);
  }
  return isPlaceholder(s) ? placeholder(s) : fail("not-a-date", raw);
}

// ---------------------------------------------------------------- text-like

/** Longest text kept from one cell; the sheet itself keeps everything. */
export const MAX_TEXT = 5000;

export function readText(raw: unknown, ctx?: ReadContext): CellResult<string> {
  if (isBlank(raw)) return BLANK;
  if (isErrorValue(raw)) return fail("cell-error", raw);
  let s: string;
  if (typeof raw === "string") s = raw.trim();
  else if (typeof raw === "number") s = Number.isFinite(raw) ? String(raw) : "";
  else if (typeof raw === "boolean") s = raw ? "TRUE" : "FALSE";
  else if (raw instanceof Date) s = dateFromDate(raw, ctx?.timeZone) ?? "";
  else s = shown(raw);
  if (s.length > MAX_TEXT) return ok(s.slice(0, MAX_TEXT), { code: "too-long", found: shown(s) });
  return ok(s);
}

export function readEnum<T extends string>(raw: unknown, lookup: ReadonlyMap<string, T>): CellResult<T> {
  const t = readText(raw);
  if (t.kind !== "ok") return t;
  const v = lookup.get(enumKey(t.value));
  return v === undefined ? fail("not-an-option", raw) : ok(v);
}

export function readTags(raw: unknown): CellResult<string[]> {
  const t = readText(raw);
  if (t.kind !== "ok") return t;
  const tags = [
    ...new Set(t.value.split(/[,;]/).map((x) => x.trim().toLowerCase().replace(/\s+/g, " "))),
  ].filter((x) => x !== "");
  return tags.length === 0 ? BLANK : ok(tags, t.warning);
}

const URL_RE = /^https?:\/\/[^\s/?#@]+(?:@[^\s/?#]+)?(?::\d+)?(?:[/?#]\S*)?$/i;
const HOST_RE = /^https?:\/\/(?:[^\s/?#@]+@)?(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d+)?(?:[/?#]|$)/iu;

export function isHttpUrl(s: string): boolean {
  return (
    URL_RE.test(s) &&
    (HOST_RE.test(s) || /^https?:\/\/(localhost|\d{1,3}(\.\d{1,3}){3})(:\d+)?([/?#]|$)/i.test(s))
  );
}

export function readUrl(raw: unknown): CellResult<string> {
  const t = readText(raw);
  if (t.kind !== "ok") return t;
  return isHttpUrl(t.value) ? t : fail("not-a-url", raw);
}

// ISO 4217 codes in use (ICU's list of 2026, plus VED). A typo such as "UDS" is caught
// here: Intl would format it without complaint, as "UDS 1,234".
export const CURRENCIES: ReadonlySet<string> = new Set(
  (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN " +
    "BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL " +
    "GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF " +
    "KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR " +
    "MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG " +
    "SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD " +
    "UYU UZS VED VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL"
  ).split(" "),
);

export function readCurrency(raw: unknown): CellResult<string> {
  const t = readText(raw);
  if (t.kind !== "ok") return t;
  const code = t.value.toUpperCase();
  return CURRENCIES.has(code) ? ok(code) : fail("not-a-currency", raw);
}

export function readLocale(raw: unknown): CellResult<string> {
  const t = readText(raw);
  if (t.kind !== "ok") return t;
  try {
    const [tag] = Intl.getCanonicalLocales(t.value.replace(/_/g, "-"));
    return tag ? ok(tag) : fail("not-a-locale", raw);
  } catch {
    return fail("not-a-locale", raw);
  }
}

/** Four increasing follower counts: `10000, 100000, 500000, 1000000` (also `10k; 100k; 500k; 1m`). */
export function readThresholds(raw: unknown, ctx: ReadContext): CellResult<number[]> {
  const t = readText(raw);
  if (t.kind !== "ok") return t;
  // A comma followed by a space (or a semicolon) separates; `10,000` stays one number.
  let parts = t.value.split(/\s*;\s*|,\s+|\s+/).filter((p) => p !== "");
  if (parts.length !== 4) parts = t.value.split(/[,;]/).map((p) => p.trim());
  const nums = parts.map((p) => parseNumberText(p, ctx, true));
  const valid =
    nums.length === 4 &&
    nums.every((n): n is number => n !== null && n >= 0) &&
    nums.every((n, i) => i === 0 || (n as number) > (nums[i - 1] as number));
  return valid ? ok(nums as number[]) : fail("bad-thresholds", raw);
}

/** Handles compare as textKey does, a leading `@` ignored too. */
export function handleKey(handle: string): string {
  return textKey(handle).replace(/^@+/, "");
}
