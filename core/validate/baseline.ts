// Baseline periods: each at most once, ending on or after its start, never overlapping another.
import { leaveOut } from "./context.ts";
import type { ParsedTab } from "../parse/table.ts";
import { a1 } from "../issues/issue.ts";
import type { IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import type { BaselineRow } from "../schema/tabs.ts";

export function checkBaseline(baseline: ParsedTab<BaselineRow>, issues: IssueList): void {
  const tab = baseline as ParsedTab<unknown>;
  const seen: { period: string; start: string; end: string; cell: string }[] = [];
  for (const r of baseline.rows) {
    if (r.excluded) continue;
    const d = r.data;
    const dup = seen.find((p) => p.period === d.period);
    if (dup) {
      leaveOut(issues, tab, r, "period", "duplicate", sentence.duplicate("Period", d.period, dup.cell));
      continue;
    }
    if (d.end_date < d.start_date) {
      leaveOut(
        issues,
        tab,
        r,
        "end_date",
        "end-before-start",
        sentence.endBeforeStart(d.end_date, d.start_date),
      );
      continue;
    }
    const overlap = seen.find((p) => d.start_date <= p.end && p.start <= d.end_date);
    if (overlap) {
      leaveOut(
        issues,
        tab,
        r,
        "start_date",
        "period-overlap",
        sentence.periodOverlap(d.period, overlap.period),
      );
      continue;
    }
    const cell = a1(baseline.def.name, baseline.columns.get("period") ?? 0, r.row);
    seen.push({ period: d.period, start: d.start_date, end: d.end_date, cell });
  }
}
