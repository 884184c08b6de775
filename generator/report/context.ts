// View model → template context: every string translated and every figure
// formatted here, so templates only lay out text they are given.
import type { ReportView } from "../../core/present/index.ts";
import type { Translator } from "../i18n/translator.ts";
import { summarySection } from "./sections/summary.ts";
import { goalsSection } from "./sections/goals.ts";
import { spendSection } from "./sections/spend.ts";
import { creatorsSection } from "./sections/creators.ts";
import { productsSection } from "./sections/products.ts";
import { trendSection } from "./sections/trend.ts";
import { contentSection } from "./sections/content.ts";
import { trafficSection } from "./sections/traffic.ts";
import { teamSection } from "./sections/team.ts";
import { retrospectiveSection } from "./sections/retrospective.ts";
import { recommendationsSection } from "./sections/recommendations.ts";
import { appendixSection } from "./sections/appendix.ts";
import { sectionKit } from "./sections/kit.ts";

export function buildContext(v: ReportView, t: Translator, charts: Map<string, string>) {
  const k = sectionKit(v, t, charts);
  return {
    toc: k.toc,
    summary: summarySection(k),
    goals: goalsSection(k),
    spend: spendSection(k),
    creators: creatorsSection(k),
    products: productsSection(k),
    trend: trendSection(k),
    content: contentSection(k),
    traffic: trafficSection(k),
    team: teamSection(k),
    retrospective: retrospectiveSection(k),
    recommendations: recommendationsSection(k),
    appendix: appendixSection(k),
  };
}
