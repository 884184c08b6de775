// Years far from the campaign: a typo such as 2062 for 2026 moves a figure
// to another period without any other rule noticing.
import { addDays } from "../parse/cells.ts";
import type { ParsedCampaign } from "../parse/campaign.ts";
import type { ParsedTab } from "../parse/table.ts";
import type { ParsedTables } from "../parse/workbook.ts";
import { cellIssue, type IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";

/** How far from the campaign dates a date may lie before its year is questioned. */
const FAR_DAYS = 2 * 365;

/**
 * An end date more than two years after the start, and any table date more
 * than two years outside the campaign, are warned on their cell. Cells that
 * another rule already warns about (a post outside the campaign, a sale
 * before the start) are left to that rule.
 */
export function checkFarDates({ campaign, cells }: ParsedCampaign, t: ParsedTables, issues: IssueList): void {
  const { start_date: start, end_date: end } = campaign;
  const endCell = cells.get("end_date");
  if (start && end && endCell && end > addDays(start, FAR_DAYS))
    issues.add(cellIssue("warning", "far-year", endCell, sentence.farEndDate(end, start)));
  const from = start ?? end;
  const to = end ?? start;
  if (!from || !to) return;
  const low = addDays(from, -FAR_DAYS);
  const high = addDays(to, FAR_DAYS);
  for (const tab of Object.values(t) as ParsedTab<Record<string, unknown>>[]) {
    if (tab === (t.content as unknown)) continue;
    for (const meta of tab.def.columns) {
      const col = tab.columns.get(meta.key);
      if (meta.kind !== "date" || col === undefined) continue;
      const conversions = tab === (t.conversions as unknown);
      for (const r of tab.rows) {
        const d = r.data[meta.key];
        if (typeof d !== "string" || (d >= low && d <= high) || (conversions && start && d < start)) continue;
        const ref = { tab: tab.def.name, row: r.row, col, column: meta.header };
        issues.add(cellIssue("warning", "far-year", ref, sentence.farYear(meta.header, d, from, to)));
      }
    }
  }
}
