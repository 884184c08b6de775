// The KPIs tab: totals, goals vs. actuals, groups, products, team and trend, rewritten whole by Compute KPIs.
import { type Analysis, KPI_BY_KEY, TOTALS } from "../core/index.ts";
import { COUNT, RATE, TEXT, unitFormat } from "./formats.ts";
import { say } from "./messages.ts";
import { ensureSize, type Spreadsheet } from "./sheets.ts";

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

/** Rewrite the KPIs tab: one clear, one setValues, one setNumberFormats, whatever the data size. */
export function writeKpiTab(ss: Spreadsheet, a: Analysis, money: string) {
  const sheet = ss.getSheetByName(KPIS_TAB) ?? ss.insertSheet(KPIS_TAB, ss.getNumSheets());
  const { values, formats } = kpiGrid(a, money);
  sheet.clearContents();
  ensureSize(sheet, values.length, WIDTH);
  const range = sheet.getRange(1, 1, values.length, WIDTH);
  range.setNumberFormats(formats);
  range.setValues(values);
}
