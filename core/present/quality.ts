// The summary's data-quality line: how many rows the figures leave out and the money on them.
import type { KpiModel } from "../kpi/model.ts";
import type { CampaignNotes } from "../kpi/notes.ts";
import type { DataQuality } from "./types.ts";

export function dataQuality(m: KpiModel, notes: CampaignNotes): DataQuality {
  const errors = m.issues.filter((i) => i.severity === "error");
  const left = notes.left_out;
  // Without the rows themselves, the rows an error named (data rows, not headers) are the ones left out.
  const rows =
    left?.rows ?? new Set(errors.filter((i) => (i.row ?? 0) > 1).map((i) => `${i.tab}!${i.row}`)).size;
  return {
    errors: errors.length,
    warnings: m.issues.length - errors.length,
    rows_left_out: rows,
    cost_left_out: left ? left.cost : null,
    revenue_left_out: left ? left.revenue : null,
  };
}
