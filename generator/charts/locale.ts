// d3-format / d3-time-format locale definitions derived from Intl, so chart axes
// format numbers, currency and dates exactly as the report's text does.

export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  percent?: string;
  minus?: string;
  nan?: string;
  numerals?: string[];
}

export interface TimeLocale {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: string[];
  shortDays: string[];
  months: string[];
  shortMonths: string[];
}

const part = (parts: Intl.NumberFormatPart[], type: string) => parts.find((p) => p.type === type)?.value;

/** Number locale for `locale`; `currency` (ISO 4217) sets d3's "$" prefix/suffix (none without one). */
export function numberLocale(locale: string, currency: string | null = null): NumberLocale {
  const plain = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(-1234567.5);
  const intGroups = plain.filter((p) => p.type === "integer").map((p) => p.value.length);
  // "1,234,567" → [1,3,3]: d3 wants sizes from the right, repeating the last.
  const grouping = intGroups.length > 1 ? intGroups.slice(1).reverse() : [3];
  // Intl may wrap the sign in bidi marks (ar: LRM + "-"); keep them so a number reads left to right inside Arabic text.
  const signIdx = plain.findIndex((p) => p.type === "minusSign");
  const before = plain
    .slice(0, signIdx)
    .map((p) => p.value)
    .join("");
  const minus = `${before}${part(plain, "minusSign") ?? "-"}`;

  const cur = currency
    ? new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(1234.5)
    : new Intl.NumberFormat(locale).formatToParts(1234.5);
  const firstNum = cur.findIndex((p) => p.type === "integer");
  const lastNum =
    cur.length - 1 - [...cur].reverse().findIndex((p) => p.type === "fraction" || p.type === "integer");
  // A leading RLM (ar) only sets the paragraph direction for Intl; d3 puts the sign before the prefix, where it would split "-" from the digits.
  const prefix = cur
    .slice(0, firstNum)
    .map((p) => p.value)
    .join("")
    .replace(/^\u200f+/, "");
  const suffix = cur
    .slice(lastNum + 1)
    .map((p) => p.value)
    .join("");

  const pct = new Intl.NumberFormat(locale, { style: "percent" }).formatToParts(0.25);
  const pIdx = pct.findIndex((p) => p.type === "integer");
  const percent = pct
    .slice(pIdx + 1)
    .map((p) => p.value)
    .join("");

  const digits = new Intl.NumberFormat(locale, { useGrouping: false }).format(1234567890);
  const numerals = [..."0123456789"].map((d) => [...digits][(Number(d) + 9) % 10]!);
  const def: NumberLocale = {
    decimal: part(plain, "decimal") ?? ".",
    thousands: part(plain, "group") ?? ",",
    grouping,
    currency: [prefix, suffix],
    percent: percent || "%",
    minus,
    nan: part(new Intl.NumberFormat(locale).formatToParts(Number.NaN), "nan") ?? "NaN",
  };
  // Only when the locale does not use ASCII digits (d3 maps 0–9 through this list).
  if (numerals.join("") !== "0123456789") def.numerals = numerals;
  return def;
}

/** Time locale for `locale`: month/day names and the date order Intl uses. */
export function timeLocale(locale: string): TimeLocale {
  const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m, d, h));
  const name = (opts: Intl.DateTimeFormatOptions, dates: Date[]) => {
    const f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" });
    return dates.map((d) => f.format(d));
  };
  const months = Array.from({ length: 12 }, (_, m) => utc(2001, m, 15));
  // 2001-01-07 was a Sunday; d3 lists days from Sunday.
  const week = Array.from({ length: 7 }, (_, d) => utc(2001, 0, 7 + d));
  const periods = name({ hour: "numeric", hour12: true }, [utc(2001, 0, 1, 9), utc(2001, 0, 1, 21)]).map(
    (s) => s.replace(/[\d\s\u200e\u200f]+/g, "") || "",
  );
  return {
    dateTime: `${datePattern(locale)} ${timePattern(locale)}`,
    date: datePattern(locale),
    time: timePattern(locale),
    periods: [periods[0] || "AM", periods[1] || "PM"],
    days: name({ weekday: "long" }, week),
    shortDays: name({ weekday: "short" }, week),
    months: name({ month: "long" }, months),
    // Standalone short month names (as axis ticks show them).
    shortMonths: name({ month: "short" }, months),
  };
}

function datePattern(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    timeZone: "UTC",
  }).formatToParts(new Date(Date.UTC(2001, 1, 3)));
  return parts
    .map((p) =>
      p.type === "year"
        ? "%Y"
        : p.type === "month"
          ? p.value.length === 2
            ? "%m"
            : "%-m"
          : p.type === "day"
            ? p.value.length === 2
              ? "%d"
              : "%-d"
            : p.value.replace(/%/g, "%%"),
    )
    .join("");
}

function timePattern(locale: string): string {
  const fmt = new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    second: "2-digit",
    timeZone: "UTC",
  });
  const h12 = fmt.resolvedOptions().hour12 === true;
  const parts = fmt.formatToParts(new Date(Date.UTC(2001, 1, 3, 4, 5, 6)));
  return parts
    .map((p) =>
      p.type === "hour"
        ? `%${p.value.length === 2 ? "" : "-"}${h12 ? "I" : "H"}`
        : p.type === "minute"
          ? "%M"
          : p.type === "second"
            ? "%S"
            : p.type === "dayPeriod"
              ? "%p"
              : p.value.replace(/%/g, "%%"),
    )
    .join("");
}

const localeCache = new Map<string, { number: object; time: object }>();

/** vega's `locale` view option for a report locale and currency. */
export function vegaLocale(locale: string, currency: string | null = null): { number: object; time: object } {
  const key = `${locale}|${currency}`;
  let def = localeCache.get(key);
  if (!def) {
    def = { number: numberLocale(locale, currency), time: timeLocale(locale) };
    localeCache.set(key, def);
  }
  return def;
}
