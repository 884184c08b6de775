// What each objective puts first: the headline figures, the leaderboard's ranking,
// the metric levers are compared on and the cost per result budget shifts are argued on.
import type { Totals } from "./model.ts";
import type { Objective } from "../schema/enums.ts";

/** A KPI, or another one when the total it rests on was not measured. */
export type KpiChoice = string | { kpi: string; needs: keyof Totals; otherwise: string };

export interface ObjectiveProfile {
  /** The executive summary's lead figures. */
  headline: readonly string[];
  /** Ranks the leaderboard: a per-creator figure. */
  mainKpi: KpiChoice;
  /** Compares tiers, platforms and cooperation models. */
  leverMetric: KpiChoice;
  /** The cost per result budget shifts are argued on. */
  costMetric: KpiChoice;
}

export const OBJECTIVE_PROFILES: Readonly<Record<Objective, ObjectiveProfile>> = {
  awareness: {
    headline: ["content_pieces", "impressions", "reach", "cpm"],
    mainKpi: "impressions",
    leverMetric: "cpm",
    costMetric: "cpm",
  },
  engagement: {
    headline: ["engagements", "er_impressions", "cpe"],
    mainKpi: "engagements",
    leverMetric: "cpe",
    costMetric: "cpe",
  },
  traffic: {
    headline: ["clicks", "ctr", "cpc", "sessions_lift"],
    mainKpi: "clicks",
    leverMetric: "cpc",
    costMetric: "cpc",
  },
  leads: {
    headline: ["leads", "cpl", "conversion_rate"],
    mainKpi: "leads",
    leverMetric: "cpl",
    costMetric: "cpl",
  },
  sales: {
    headline: ["revenue", "orders", "roas", "roi", "aov", "cpa"],
    mainKpi: { kpi: "revenue", needs: "revenue", otherwise: "engagements" },
    leverMetric: { kpi: "roas", needs: "revenue", otherwise: "cpe" },
    costMetric: { kpi: "cpa", needs: "orders", otherwise: "cpe" },
  },
  audience: {
    headline: ["audience_growth", "audience_growth_rate", "er_followers"],
    mainKpi: "engagements",
    leverMetric: "er_followers",
    costMetric: "cpe",
  },
};

/** A campaign that names no objective is read as a sales campaign. */
export const profileOf = (objective: Objective | null): ObjectiveProfile =>
  OBJECTIVE_PROFILES[objective ?? "sales"];

export function chosenKpi(choice: KpiChoice, totals: Totals): string {
  if (typeof choice === "string") return choice;
  return totals[choice.needs] !== null ? choice.kpi : choice.otherwise;
}

/** The headline KPIs per objective. */
export const HEADLINE_KPIS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(OBJECTIVE_PROFILES).map(([objective, p]) => [objective, p.headline]),
);

export const mainKpi = (objective: Objective | null, m: { totals: Totals }): string =>
  chosenKpi(profileOf(objective).mainKpi, m.totals);
export const leverMetric = (objective: Objective | null, m: { totals: Totals }): string =>
  chosenKpi(profileOf(objective).leverMetric, m.totals);
export const costMetric = (objective: Objective | null, m: { totals: Totals }): string =>
  chosenKpi(profileOf(objective).costMetric, m.totals);
