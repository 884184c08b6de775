// Daily trend: the mean, the peak and the long tail.
import type { ReportView } from "../../../core/present/index.ts";
import { cutTable, type Kit } from "./kit.ts";

/** The Journal's dated events inside the chart's days, numbered in date order (the chart's markers). */
export function trendEvents(v: ReportView) {
  const first = v.trend.days[0]?.date;
  const last = v.trend.days[v.trend.days.length - 1]?.date;
  if (!first || !last) return [];
  return v.retrospective.journal
    .filter((j) => j.date >= first && j.date <= last)
    .map((j, i) => ({ n: i + 1, date: j.date, type: j.type, note: j.note }));
}

export function trendSection(k: Kit) {
  const { v, t, n, numCell, kpi, basis, chart, table, row, has, head, creatorCols, creatorCells } = k;
  const tr = v.trend;
  const tail = cutTable(k, t.t("trend.tail_creators"), tr.tail_creators);
  const events = trendEvents(v);
  return has("trend")
    ? {
        ...head("trend"),
        chart: chart("trend"),
        facts: [
          { label: t.t("trend.mean"), value: n(tr.mean, "money") },
          {
            label: t.t("trend.peak"),
            value: `${n(tr.peak_revenue, "money")}`,
            note: tr.peak_date ? t.date(tr.peak_date) : null,
          },
          { label: t.t("trend.below_mean"), value: n(tr.days_below_mean) },
          {
            label: t.t("trend.tail"),
            value: n(tr.tail_revenue, "money"),
            note:
              tr.tail_share !== null ? t.t("trend.tail_share", { share: n(tr.tail_share, "rate") }) : null,
          },
        ].map((f) => ({ note: null, ...f })),
        tailNote:
          tr.end_date && (tr.tail_revenue ?? 0) > 0
            ? t.t("trend.tail_note", { end: t.date(tr.end_date) })
            : null,
        tailCreators:
          tail.rows.length > 0
            ? table(
                tail.caption,
                [
                  ...creatorCols,
                  [kpi("orders"), true],
                  [kpi("revenue"), true],
                  [kpi("cost"), true],
                  [basis("roas", "creator"), true],
                ],
                tail.rows.map((cr) =>
                  row([
                    ...creatorCells(cr),
                    numCell(cr.orders),
                    numCell(cr.revenue, "money"),
                    numCell(cr.cost, "money"),
                    numCell(cr.roas, "multiple"),
                  ]),
                ),
              )
            : null,
        eventsTitle: events.length > 0 ? t.t("conclusions.chart.events_title") : null,
        events: events.map((e) => ({
          n: n(e.n),
          date: t.date(e.date),
          type: e.type ? t.t(`journal.${e.type}`) : null,
          note: e.note,
        })),
      }
    : null;
}
