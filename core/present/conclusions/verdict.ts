// The verdict as findings: goals, the result (with profit), the levers, the what-if
// and the one thing to change.
import type { KpiModel } from "../../kpi/model.ts";
import { ratio } from "../../kpi/registry.ts";
import type { Dataset } from "../../validate/dataset.ts";
import type { GoalView } from "../types.ts";
import { fig, unitOfKpi } from "./figures.ts";
import type { Finding, LeverRecord, WhatIf } from "./types.ts";
import { whatIfFinding } from "./whatif.ts";

function goalsFinding(goals: GoalView[]): Finding {
  const judged = goals.filter((g) => g.met !== null);
  if (judged.length === 0) return { code: "no_goals", severity: "neutral", figures: [] };
  const met = judged.filter((g) => g.met).length;
  const rated = judged.filter((g) => g.attainment !== null).sort((a, b) => b.attainment! - a.attainment!);
  const missed = judged.filter((g) => !g.met);
  const total = fig("total", judged.length, "count");
  if (missed.length === 0) {
    const best = rated[0];
    return best
      ? {
          code: "goals_all",
          severity: "positive",
          kpi: best.kpi,
          figures: [total, fig("best_att", best.attainment!, "rate")],
        }
      : { code: "goals_all_plain", severity: "positive", figures: [total] };
  }
  // The furthest short: the lowest share of target, or a missed goal that has none.
  const short = rated.filter((g) => !g.met);
  const worst = short[short.length - 1] ?? missed[0]!;
  const unit = unitOfKpi(worst.kpi);
  const code = met === 0 ? "goals_none" : "goals_some";
  return {
    code: worst.attainment === null ? `${code}_plain` : code,
    severity: "negative",
    kpi: worst.kpi,
    figures: [
      fig("met", met, "count"),
      total,
      fig("worst_actual", worst.actual ?? 0, unit, "total"),
      fig("worst_target", worst.target, unit, "total"),
      ...(worst.attainment === null ? [] : [fig("worst_att", worst.attainment, "rate")]),
    ],
  };
}

/** The objective's result on total cost; for sales also the profit after cost of goods. */
function resultFinding(m: KpiModel): Finding | null {
  const t = m.totals;
  const cost = fig("cost", t.total_cost, "money", "total");
  const o = m.campaign.objective ?? "sales";
  const f = (figures: Finding["figures"], code = `result_${o}`): Finding => ({
    code,
    severity: "neutral",
    figures: [cost, ...figures],
  });
  switch (o) {
    case "awareness":
      return t.impressions !== null && t.cpm !== null
        ? f([fig("impressions", t.impressions, "count"), fig("cpm", t.cpm, "money", "total")])
        : null;
    case "engagement":
      return t.engagements !== null && t.cpe !== null && t.er_impressions !== null
        ? f([
            fig("engagements", t.engagements, "count"),
            fig("cpe", t.cpe, "money", "total"),
            fig("er", t.er_impressions, "rate"),
          ])
        : null;
    case "traffic":
      return t.clicks !== null && t.cpc !== null && t.ctr !== null
        ? f([
            fig("clicks", t.clicks, "count"),
            fig("cpc", t.cpc, "money", "total"),
            fig("ctr", t.ctr, "rate"),
          ])
        : null;
    case "leads":
      return t.leads !== null && t.cpl !== null
        ? f([fig("leads", t.leads, "count"), fig("cpl", t.cpl, "money", "total")])
        : null;
    case "audience":
      return m.audience.growth !== null && m.audience.growth_rate !== null
        ? f([fig("growth", m.audience.growth, "count"), fig("rate", m.audience.growth_rate, "change")])
        : null;
    default: {
      if (t.revenue === null || t.roas === null || t.roi === null) return null;
      const sales = [
        fig("revenue", t.revenue, "money"),
        fig("roas", t.roas, "multiple", "total"),
        fig("roi", t.roi, "change", "total"),
      ];
      if (t.gross_profit === null || t.contribution === null || t.poas === null) return f(sales);
      return f(
        [
          ...sales,
          fig("gross_profit", t.gross_profit, "money"),
          fig("contribution", t.contribution, "money", "total"),
          fig("roi_gross", ratio(t.contribution, t.total_cost) ?? 0, "change", "total"),
        ],
        "result_sales_profit",
      );
    }
  }
}

function leversFinding(l: { best: LeverRecord | null; worst: LeverRecord | null }): Finding | null {
  const { best, worst } = l;
  if (!best || !worst) return null;
  const unit = unitOfKpi(best.metric);
  return {
    // When even the weakest lever made money, "weakest" would read as a loss.
    code: best.metric !== "roas" ? "levers_cost" : worst.contribution > 0 ? "levers_paid" : "levers",
    severity: "neutral",
    kpi: best.metric,
    lever: { dimension: best.dimension, key: best.key },
    other: { dimension: worst.dimension, key: worst.key },
    figures: [
      fig("best_contribution", best.contribution, "money", "creator"),
      fig("best_value", best.value, unit, "creator"),
      fig("worst_contribution", worst.contribution, "money", "creator"),
      fig("worst_value", worst.value, unit, "creator"),
    ],
  };
}

export function verdictFindings(
  m: KpiModel,
  ds: Dataset | undefined,
  goals: GoalView[],
  levers: { best: LeverRecord | null; worst: LeverRecord | null },
  wi: WhatIf[],
  recs: Finding[],
): Finding[] {
  const out: (Finding | null)[] = [
    goalsFinding(goals),
    resultFinding(m),
    leversFinding(levers),
    whatIfFinding(m, ds, wi, goals),
  ];
  const first = recs[0];
  if (first) out.push({ code: "change", severity: "neutral", figures: [], see: first.code });
  else if (m.totals.tail_share !== null && m.totals.tail_share > 0 && m.totals.tail_revenue !== null)
    out.push({
      code: "tail",
      severity: "positive",
      figures: [fig("revenue", m.totals.tail_revenue, "money"), fig("share", m.totals.tail_share, "rate")],
    });
  return out.filter((f): f is Finding => f !== null);
}
