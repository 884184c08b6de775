// Values as Sheets stores them. A string written with setValues is read like typed input in the
// spreadsheet's locale ("2.5" is 2 May in a German sheet), so the add-on writes numbers as
// numbers and dates as Dates, never text that Sheets would have to interpret.
import { type ColumnMeta, headerKey, type Kind, type TabDef } from "../core/index.ts";

/** The instant of midnight of a calendar day in `timeZone`: what Sheets stores for a date cell. */
export function zonedMidnight(y: number, m: number, d: number, timeZone: string): Date {
  const utc = Date.UTC(y, m - 1, d);
  let zone: Intl.DateTimeFormat;
  try {
    zone = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
  } catch {
    return new Date(utc);
  }
  const offset = (t: number) => {
    const parts = zone.formatToParts(t);
    const get = (k: string) => Number(parts.find((p) => p.type === k)?.value);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - t;
  };
  // Twice: the offset at midnight may differ from the offset at 00:00 UTC on days the clocks change.
  return new Date(utc - offset(utc - offset(utc)));
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC: ReadonlySet<Kind> = new Set(["count", "number", "money", "rate", "target"]);

/**
 * A cell of the shipped sample (CSV text, "." decimals, ISO dates) as the value to write:
 * a number, a Date at midnight in `timeZone`, or the text itself.
 */
export function sampleCell(text: string, kind: Kind | undefined, timeZone: string): unknown {
  if (kind === undefined || text === "") return text;
  if (NUMERIC.has(kind) && PLAIN_NUMBER.test(text)) return Number(text);
  const iso = kind === "date" ? ISO_DATE.exec(text) : null;
  if (iso) return zonedMidnight(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone);
  return text;
}

const metaOf = (def: TabDef, header: unknown): ColumnMeta | undefined => {
  const h = headerKey(String(header));
  return def.columns.find((c) => headerKey(c.header) === h || headerKey(c.key) === h);
};

/** A sample tab's rows as values to write: by column for tables, by field (column A) for the form. */
export function sampleGrid(def: TabDef, rows: readonly (readonly string[])[], timeZone: string): unknown[][] {
  const head = rows[0] ?? [];
  const kinds = head.map((h) => metaOf(def, h)?.kind);
  return rows.map((row, r) =>
    row.map((text, c) => {
      if (r === 0) return text;
      const kind = def.layout === "form" ? (c === 1 ? metaOf(def, row[0])?.kind : undefined) : kinds[c];
      return sampleCell(text, kind, timeZone);
    }),
  );
}
