// The KPIs tab: totals, goals vs. actuals, groups, products, team and trend, rewritten whole by Compute KPIs.
import { type Analysis, KPI_BY_KEY, TOTALS } from "../core/index.ts";
import { COUNT, RATE, TEXT, unitFormat } from "./formats.ts";
import { say } from "./messages.ts";
import { fingerprint, type Ledger } from "./ledger.ts";
import { numberedTab, rewriteTab, type Sheet, type Spreadsheet } from "./sheets.ts";

export const KPIS_TAB = "KPIs";
const WIDTH = 6;

type Cell = string | number;
const n = (v: number | null | undefined): Cell => (v === null || v === undefined ? "" : v);

/** Rows of the tab and the number format of each cell (same shape). */
export function kpiGrid(a: Analysis, money: string): { values: Cell[][]; formats: string[][] } {
  const m = a.model;
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const push = (row: Cell[], fmt: string[] = []) => {
    values.push([...row, ...Array<Cell>(WIDTH - row.length).fill("")]);
    formats.push([...fmt, ...Array<string>(WIDTH - fmt.length).fill(TEXT)].slice(0, WIDTH));
  };
  const c = m.campaign;
  push([say.kpisTabIntro(c.name, c.start_date, c.end_date, c.currency)]);
  push([]);
  push(["Totals", "Value"]);
  const totals = m.totals as unknown as Record<string, number | null>;
  for (const d of TOTALS) push([d.label, n(totals[d.key])], [TEXT, unitFormat(d.unit, money)]);
  push([]);
  push(["Goal", "Target", "Actual", "Attainment", "Met"]);
  for (const g of m.goals) {
    const d = KPI_BY_KEY.get(g.kpi);
    const f = d ? unitFormat(d.unit, money) : COUNT;
    push(
      [d?.label ?? g.kpi, g.target, n(g.actual), n(g.attainment), g.met === null ? "" : g.met ? "yes" : "no"],
      [TEXT, f, f, RATE, TEXT],
    );
  }
  for (const [name, rows] of Object.entries(m.groups)) {
    push([]);
    push([`By ${name.replace(/_/g, " ")}`, "Creators", "Posts", "Revenue", "ROAS", "Engagement rate"]);
    for (const g of rows) {
      const r = g as unknown as Record<string, number | null>;
      push(
        [g.key ?? "(none)", g.creators, g.posts, n(r.revenue), n(r.roas), n(r.er_impressions)],
        [TEXT, COUNT, COUNT, money, unitFormat("multiple", money), RATE],
      );
    }
  }
  push([]);
  push(["Product", "Orders", "Units", "Revenue", "Revenue share", "Gross profit"]);
  for (const p of m.products)
    push(
      [p.product, n(p.orders), n(p.units), n(p.revenue), n(p.revenue_share), n(p.gross_profit)],
      [TEXT, COUNT, COUNT, money, RATE, money],
    );
  push([]);
  push(["Team member", "Creators", "Posts", "Revenue", "ROAS", "Creator cost"]);
  for (const t of m.team)
    push(
      [t.member, t.creators, t.posts, n(t.revenue), n(t.roas), t.creator_cost],
      [TEXT, COUNT, COUNT, money, unitFormat("multiple", money), money],
    );
  push([]);
  push(["Trend", "Value"]);
  push(["Mean daily revenue", n(m.trend.mean_daily_revenue)], [TEXT, money]);
  push(["Peak date", m.trend.peak_date ?? ""]);
  push(["Peak revenue", n(m.trend.peak_revenue)], [TEXT, money]);
  push(["Days below mean", n(m.trend.days_below_mean)], [TEXT, COUNT]);
  return { values, formats };
}

export interface KpiTabWritten {
  /** The tab the figures went to. */
  tab: string;
  /** Fingerprint of its values as read back, for the ledger. */
  fingerprint: string;
  /** A tab left alone because someone typed in it (or it was never ours); null when none. */
  kept: string | null;
}

/** Our KPIs tab from before the ledger existed: its A1 is our intro line. */
const looksOurs = (sheet: Sheet) => {
  const a1 = sheet.getRange(1, 1).getValues()[0]?.[0];
  return typeof a1 === "string" && a1.endsWith(say.kpisTabIntroEnd);
};

/**
 * The tab to write: the one we wrote last time while it still holds exactly what
 * we wrote. One someone typed in, or a tab of theirs that happens to be called
 * KPIs, is kept as it is, and the figures go to the next free "KPIs (n)".
 */
function target(ss: Spreadsheet, ledger: Ledger | null): { sheet: Sheet; kept: string | null } {
  const owned = ledger?.kpis ?? null;
  const name = owned?.tab ?? KPIS_TAB;
  const sheet = ss.getSheetByName(name);
  if (!sheet) return { sheet: freeSheet(ss), kept: null };
  const ours = owned ? fingerprint(sheet.getDataRange().getValues()) === owned.fingerprint : looksOurs(sheet);
  return ours ? { sheet, kept: null } : { sheet: freeSheet(ss), kept: name };
}

function freeSheet(ss: Spreadsheet): Sheet {
  for (let n = 1; ; n++) {
    const name = numberedTab(KPIS_TAB, n);
    if (!ss.getSheetByName(name)) return ss.insertSheet(name, ss.getNumSheets());
  }
}

/** Rewrite the KPIs tab: one clear, one setValues, one setNumberFormats, whatever the data size. */
export function writeKpiTab(
  ss: Spreadsheet,
  a: Analysis,
  money: string,
  ledger: Ledger | null,
): KpiTabWritten {
  const { sheet, kept } = target(ss, ledger);
  const { values, formats } = kpiGrid(a, money);
  rewriteTab(sheet, values, WIDTH, formats);
  // Read back, not the grid we sent: Sheets may store a value differently from how it was given.
  return { tab: sheet.getName(), fingerprint: fingerprint(sheet.getDataRange().getValues()), kept };
}
