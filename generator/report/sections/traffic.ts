// Traffic: sessions, visitors and orders before, during and after the campaign.
import type { Unit } from "../../../core/index.ts";
import { cell } from "../table.ts";
import { cardGrid, type Kit } from "./kit.ts";

export function trafficSection(k: Kit) {
  const { v, t, n, numCell, kpi, chart, table, row, has, head } = k;
  const tf = v.traffic;
  return has("traffic")
    ? {
        ...head("traffic"),
        chart: chart("traffic"),
        periods: tf.periods.map((p) => ({
          label: t.t(`period.${p.period}`),
          range: `${t.date(p.start_date)} – ${t.date(p.end_date)}`,
        })),
        table:
          tf.rows.length > 0
            ? table(
                t.t("traffic.table"),
                [
                  [t.t("col.metric"), false],
                  [t.t("traffic.before"), true],
                  [t.t("traffic.during"), true],
                  [t.t("traffic.after"), true],
                  [t.t("traffic.during_lift"), true],
                  [t.t("traffic.after_lift"), true],
                ],
                tf.rows.map((r) => {
                  const u: Unit = r.metric === "revenue" ? "money" : "count";
                  // A row is one metric in one unit: its three periods share one rule ($47.50,
                  // $120.00). No figure on these cells, so the columns (units mixed) keep it.
                  const daily = [r.before_daily, r.during_daily, r.after_daily];
                  const perDay = t.column(daily, u).map((text) => cell(text, { num: true }));
                  return row([
                    cell(t.t(`lift.${r.metric}`), { strong: true }),
                    ...perDay,
                    numCell(r.during_lift, "change", true),
                    numCell(r.after_lift, "change"),
                  ]);
                }),
              )
            : null,
        cards:
          tf.growth !== null
            ? cardGrid([
                { label: kpi("audience_growth"), value: n(tf.growth) },
                { label: kpi("audience_growth_rate"), value: n(tf.growth_rate, "change") },
              ])
            : null,
      }
    : null;
}
