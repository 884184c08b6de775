// Daily trend: the mean, the peak and the long tail.
import type { Kit } from "./kit.ts";

export function trendSection(k: Kit) {
  const { v, t, n, numCell, kpi, chart, table, row, has, head, creatorCols, creatorCells } = k;
  const tr = v.trend;
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
          tr.tail_creators.length > 0
            ? table(
                t.t("trend.tail_creators"),
                [
                  ...creatorCols,
                  [kpi("orders"), true],
                  [kpi("revenue"), true],
                  [kpi("cost"), true],
                  [kpi("roas"), true],
                ],
                tr.tail_creators.map((cr) =>
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
        tailCreatorsNote: tr.tail_creators.length > 0 ? t.t("trend.tail_creators_note") : null,
      }
    : null;
}
