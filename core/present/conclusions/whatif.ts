// What-ifs: the same KPI code run again on the campaign without some creators
// (their posts and sales go with them; other costs and team time stay).
import { computeKpis } from "../../kpi/compute.ts";
import type { Totals } from "../../kpi/model.ts";
import type { Dataset } from "../../validate/dataset.ts";

/** The campaign's totals had these creators (by handle, as the model prints them) not taken part. */
export function totalsWithout(ds: Dataset, handles: readonly string[]): Totals {
  const out = new Set(handles.map((h) => h.replace(/^@/, "").toLowerCase()));
  const keys = new Set(
    ds.creators.filter((c) => out.has(c.handle.replace(/^@/, "").toLowerCase())).map((c) => c.key),
  );
  const subset: Dataset = {
    ...ds,
    creators: ds.creators.filter((c) => !keys.has(c.key)),
    posts: ds.posts.filter((p) => !keys.has(p.creatorKey)),
    conversions: ds.conversions.filter((r) => r.creatorKey === null || !keys.has(r.creatorKey)),
  };
  return computeKpis(subset, []).totals;
}
