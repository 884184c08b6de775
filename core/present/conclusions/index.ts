// Conclusions: the verdict, the levers, the recommendations and the what-ifs as
// language-neutral findings, computed by rules a reviewer can check.
import type { KpiModel } from "../../kpi/model.ts";
import type { CampaignNotes } from "../../kpi/notes.ts";
import { leverMetric } from "../../kpi/profiles.ts";
import type { Dataset } from "../../validate/dataset.ts";
import type { GoalView } from "../types.ts";
import { groupLevers, rankLevers } from "./levers.ts";
import { recommendationFindings } from "./recommend.ts";
import { CONCLUSIONS_VERSION } from "./rules.ts";
import type { Conclusions } from "./types.ts";
import { verdictFindings } from "./verdict.ts";
import { whatIfs } from "./whatif.ts";

export { campaignOnCreatorCost } from "./figures.ts";
export { type GroupLever, groupLevers, isMaterial, rankLevers } from "./levers.ts";
export * from "./rules.ts";
export type * from "./types.ts";
export { mentioned, mentions, namesCreator, relationTo } from "./words.ts";
export { totalsWithout, whatIfs } from "./whatif.ts";
export { topLine, type ZeroCreator, zeroSales } from "./zero.ts";

/**
 * The campaign's conclusions. With the dataset, what-ifs are recomputed by the KPI code
 * on the subset; without it there are none (never an estimate).
 */
export function conclude(m: KpiModel, notes: CampaignNotes, goals: GoalView[], ds?: Dataset): Conclusions {
  const metric = leverMetric(m.campaign.objective, m);
  const levers = rankLevers(groupLevers(m, metric));
  const recommendations = recommendationFindings(m, notes, metric, levers);
  const what_if = whatIfs(m, ds, levers.worst);
  return {
    version: CONCLUSIONS_VERSION,
    verdict: verdictFindings(m, ds, goals, levers, what_if, recommendations),
    levers,
    recommendations,
    what_if,
  };
}
