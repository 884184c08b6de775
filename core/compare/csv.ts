// roster.csv: RFC 4180 quoting, and cells that a spreadsheet would read as a formula
// (starting with = + - @, tab or CR) prefixed with a quote mark.
import type { RosterRow } from "./types.ts";

/** Text a spreadsheet would take for a formula, behind a quote mark (Sheets hides it). */
export const formulaSafe = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function csvCell(v: string | number | null): string {
  if (v === null) return "";
  const s = typeof v === "string" ? formulaSafe(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(",");
}

/** roster.csv's columns, also the header row of the add-on's Roster tab. */
export const ROSTER_CSV_HEADER = [
  "platform",
  "handle",
  "name",
  "campaigns",
  "currency",
  "total_cost",
  "revenue",
  "orders",
  "roas",
  "cpa",
  "roas_by_campaign",
  "cpa_by_campaign",
  "trend",
  "verdict",
  "rule",
];

/** Money to the cent (sums of floats otherwise print 15705.900000000001). */
const money = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const round4 = (n: number | null) => (n === null ? null : Math.round(n * 10000) / 10000);
const list = (ns: (number | null)[]) => ns.map((n) => (n === null ? "" : String(round4(n)))).join("; ");

export type RosterRecord = (string | number | null)[];

/**
 * One record per creator and currency (a creator paid in two currencies gets two), in
 * ROSTER_CSV_HEADER's order: numbers as numbers, per-campaign lists as "a; b" text.
 */
export function rosterRecords(
  rows: RosterRow[],
  campaignLabel: (i: number) => string = (i) => String(i + 1),
): RosterRecord[] {
  return rows.flatMap((r) =>
    r.overall.map((o) => {
      const cs = r.campaigns.filter((c) => c.currency === o.currency);
      return [
        r.platform,
        r.handle,
        r.name,
        cs.map((c) => campaignLabel(c.campaign)).join("; "),
        o.currency,
        money(o.cost),
        money(o.revenue),
        o.orders,
        round4(o.roas),
        round4(o.cpa),
        list(cs.map((c) => c.roas)),
        list(cs.map((c) => c.cpa)),
        r.trend,
        r.verdict,
        r.rule,
      ];
    }),
  );
}

export function rosterCsv(
  rows: RosterRow[],
  campaignLabel: (i: number) => string = (i) => String(i + 1),
): string {
  const lines = [ROSTER_CSV_HEADER, ...rosterRecords(rows, campaignLabel)].map(csvLine);
  return `${lines.join("\r\n")}\r\n`;
}
