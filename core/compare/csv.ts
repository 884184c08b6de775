// roster.csv: RFC 4180 quoting, and cells that a spreadsheet would read as a formula
// (starting with = + - @, tab or CR) prefixed with a quote mark.
import type { RosterRow } from "./types.ts";

export function csvCell(v: string | number | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(",");
}

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
const fmt = (n: number | null) => (n === null ? "" : String(Math.round(n * 10000) / 10000));

/** One line per creator and currency (a creator paid in two currencies gets two lines). */
export function rosterCsv(
  rows: RosterRow[],
  campaignLabel: (i: number) => string = (i) => String(i + 1),
): string {
  const lines = [csvLine(ROSTER_CSV_HEADER)];
  for (const r of rows)
    for (const o of r.overall) {
      const cs = r.campaigns.filter((c) => c.currency === o.currency);
      lines.push(
        csvLine([
          r.platform,
          r.handle,
          r.name,
          cs.map((c) => campaignLabel(c.campaign)).join("; "),
          o.currency,
          money(o.cost),
          money(o.revenue),
          o.orders,
          fmt(o.roas),
          fmt(o.cpa),
          cs.map((c) => fmt(c.roas)).join("; "),
          cs.map((c) => fmt(c.cpa)).join("; "),
          r.trend,
          r.verdict,
          r.rule,
        ]),
      );
    }
  return `${lines.join("\r\n")}\r\n`;
}
