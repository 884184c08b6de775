// Spend and return: cost, revenue and the funnel.
import { cardGrid, type Kit } from "./kit.ts";

export function spendSection(k: Kit) {
  const { v, t, n, kpi, basis, chart, has, head } = k;
  const s = v.spend;
  return has("spend")
    ? {
        ...head("spend"),
        cards: cardGrid([
          { label: kpi("total_cost"), value: t.big(s.total_cost, "money") },
          ...(s.revenue !== null ? [{ label: kpi("revenue"), value: t.big(s.revenue, "money") }] : []),
          ...(s.roas !== null ? [{ label: basis("roas"), value: n(s.roas, "multiple") }] : []),
          ...(s.roas_creator !== null
            ? [{ label: kpi("roas_creator"), value: n(s.roas_creator, "multiple") }]
            : []),
          ...(s.roi !== null ? [{ label: basis("roi"), value: n(s.roi, "change") }] : []),
          ...(s.gross_profit !== null
            ? [{ label: kpi("gross_profit"), value: t.big(s.gross_profit, "money") }]
            : []),
          ...(s.contribution !== null
            ? [{ label: kpi("contribution"), value: t.big(s.contribution, "money") }]
            : []),
          ...(s.roi_gross !== null && s.contribution !== null
            ? [{ label: kpi("roi_gross"), value: n(s.roi_gross, "change") }]
            : []),
          ...(s.poas !== null ? [{ label: kpi("poas"), value: n(s.poas, "multiple") }] : []),
        ]),
        costChart: chart("costs"),
        funnel: s.funnel.map((f) => ({
          label: kpi(f.key),
          value: n(f.value),
          width: `${(f.width * 100).toFixed(1)}%`,
          rate: f.rate === null ? null : n(f.rate, "rate"),
          // Named after the KPI the rate is: click-through rate, conversion rate.
          rateLabel: f.rate === null || f.rateKpi === null ? null : t.inSentence(kpi(f.rateKpi)),
        })),
        beside: s.engagement
          ? {
              title: t.t("conclusions.funnel_beside"),
              text: t.t("conclusions.funnel_engagements", {
                engagements: n(s.engagement.engagements),
                er: n(s.engagement.er_impressions, "rate"),
              }),
            }
          : null,
        funnelTitle: t.t("funnel.title"),
        funnelNote: t.t("spend.funnel_note"),
      }
    : null;
}
