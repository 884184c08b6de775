// What each cost-per metric divides by: the one table levers, the campaign's figures on
// creator cost and the what-ifs share.
import type { MeasuredSums } from "../../kpi/model.ts";

/** The volume a cost-per metric divides by, and its scale (CPM is per thousand). */
export const VOLUME: Readonly<Record<string, { key: keyof MeasuredSums; scale: number }>> = {
  cpm: { key: "impressions", scale: 1000 },
  cpe: { key: "engagements", scale: 1 },
  cpv: { key: "views", scale: 1 },
  cpc: { key: "clicks", scale: 1 },
  cpa: { key: "orders", scale: 1 },
  cpl: { key: "leads", scale: 1 },
};
