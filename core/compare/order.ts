import type { KpiModel } from "../kpi/model.ts";
import { handleKey } from "../parse/cells.ts";

/**
 * Chronological order by start date (ties keep the given order). When any campaign has
 * no start date the given order is kept as is: the user's order is then the only clue.
 */
export function chronological(models: readonly KpiModel[]): KpiModel[] {
  if (models.some((m) => m.campaign.start_date === null)) return [...models];
  return models
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      const x = a.m.campaign.start_date ?? "";
      const y = b.m.campaign.start_date ?? "";
      return x < y ? -1 : x > y ? 1 : a.i - b.i;
    })
    .map((e) => e.m);
}

/** Roster key: platform + handle, the handle compared as in one campaign (handleKey). */
export function creatorKey(platform: string, handle: string): string {
  return `${platform.trim().toLowerCase()}:${handleKey(handle)}`;
}
