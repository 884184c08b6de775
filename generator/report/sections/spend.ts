// Spend and return: cost, revenue and the funnel.
import { cardGrid, type Kit } from "./kit.ts";

export function spendSection(k: Kit) {
  const { v, t, n, kpi, chart, has, head } = k;
  const s = v.spend;
  return has("spend")
    ? {
        ...head("spend"),
        cards: cardGrid([
          { label: kpi("total_cost"), value: t.big(s.total_cost, "money") },
          ...(s.revenue !== null ? [{ label: kpi("revenue"), value: t.big(s.revenue, "money") }] : []),
          ...(s.roas !== null ? [{ label: kpi("roas"), value: n(s.roas, "multiple") }] : []),
          ...(s.roi !== null ? [{ label: kpi("roi"), value: n(s.roi, "change") }] : []),
          ...(s.gross_profit !== null
            ? [{ label: kpi("gross_profit"), value: t.big(s.gross_profit, "money") }]
            : []),
        ]),
        costChart: chart("costs"),
        funnel: s.funnel.map((f) => ({
          label: kpi(f.key),
          value: n(f.value),
          width: `${(f.width * 100).toFixed(1)}%`,
          rate: f.rate === null ? null : n(f.rate, "rate"),
          rateLabel: f.rate === null ? null : t.t(`funnel.${f.key}`),
        })),
        funnelTitle: t.t("funnel.title"),
        funnelNote: t.t("spend.funnel_note"),
      }
    : null;
}
