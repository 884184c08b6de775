// Cell reading: one value as `getValues()` (or an .xlsx, or the Sheets API)
// hands it over → a typed value, or a problem.
import type { IssueCode } from "../issues/issue.ts";
import { enumKey } from "../schema/keys.ts";

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
}

export interface Problem {
  code: IssueCode;
  /** The cell's value, shortened for messages. */
  found?: string;
  /** What the value was read as, for warnings ("4 March 2026"). */
  readAs?: string;
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
  return { locale, decimal, dateOrder, timeZone, serials: new Map() };
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
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

function westernDigits(s: string): string {
  return (
    s
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
 * Number text → number, or null when it is not a number.
 * Accepts thousands separators, a currency symbol or ISO code around the
 * figure, `(12)` for negatives, and (counts only) k/m/b suffixes.
 */
export function parseNumberText(text: string, ctx: ReadContext, allowSuffix: boolean): number | null {
  let s = westernDigits(text.trim());
  if (s === "") return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // Currency: symbols anywhere at the edges, ISO codes or `kr`/`kr.` before or after.
  s = s
    .replace(/^\p{Sc}+\s*/u, "")
    .replace(/\s*\p{Sc}+$/u, "")
    .replace(/^[A-Za-z]{2,3}\.?\s*(?=[-+\d.,(])/, "")
    .replace(/(?<=[\d.,])\s*[A-Za-z]{2,3}\.?$/, "")
    .replace(/^\p{Sc}+\s*/u, "");
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) s = s.slice(1).trim();
  s = s.replace(/^\p{Sc}+\s*/u, "");
  let factor = 1;
  const suffix = /^(.*\d)\s*([kKmMbB])$/.exec(s);
  if (suffix?.[1] && suffix[2]) {
    if (!allowSuffix) return null;
    factor = SUFFIX[suffix[2].toLowerCase()] ?? 1;
    s = suffix[1];
  }
  s = s.replace(SPACES, "");
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s)) return finite(Number(s) * factor, negative);
  if (!/^(\d|[.,]\d)[\d.,]*$/.test(s)) return null;
  const plain = plainDecimal(s, ctx.decimal);
  if (plain === null) return null;
  return finite(Number(plain) * factor, negative);
}

function finite(n: number, negative: boolean): number | null {
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
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
  let n: number | null = null;
  if (typeof raw === "number") n = Number.isFinite(raw) ? raw : null;
  else if (typeof raw === "string") n = parseNumberText(raw, ctx, allowSuffix);
  if (n === null) return fail("not-a-number", raw, ctx);
  return Math.abs(n) > MAX_NUMBER ? fail("too-large", raw) : ok(n);
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

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

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

function dateFromDate(d: Date, timeZone: string | undefined): string | null {
  if (Number.isNaN(d.getTime())) return null;
  if (timeZone) {
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
      // Unknown zone: fall through to UTC.
    }
  }
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
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
      const ambiguous = otherFirst !== null && otherFirst !== localeFirst;
      return ambiguous
        ? ok(localeFirst, { code: "ambiguous-date", found: shown(raw), readAs: longDate(localeFirst) })
        : ok(localeFirst);
    }
    return otherFirst ? ok(otherFirst) : fail("not-a-date", raw);
  }
  // `4 March 2026`, `March 4, 2026`, `4. mar. 2026`
  m = /^(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const iso = isoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
    return iso ? ok(iso) : fail("not-a-date", raw);
  }
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const iso = isoDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
    return iso ? ok(iso) : fail("not-a-date", raw);
  }
  return fail("not-a-date", raw);
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
const CURRENCIES: ReadonlySet<string> = new Set(
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

/** Handles match case-insensitively with a leading `@` ignored. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@+/, "").toLowerCase();
}
