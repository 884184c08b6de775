// The Goals tab: each target read by its KPI's unit.
import { type ReadContext, readNumber, readRate, readRatio } from "./cells.ts";
import { CELL_ERROR, type Reader, readCell, readerFor } from "./cell.ts";
import { findTab, type RawWorkbook } from "./raw.ts";
import { type ParsedTab, parseTable, sayMarked } from "./table.ts";
import { a1 } from "../issues/issue.ts";
import { cellIssue, IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import { findKpi } from "../kpi/registry.ts";
import { TABS, type TabDef } from "../schema/tabs.ts";

const SHAPE_CODES: ReadonlySet<string> = new Set([
  "unknown-column",
  "duplicate-header",
  "header-currency",
  "total-row",
]);

export interface GoalInput {
  kpi: string;
  target: number;
}

/** Goals: the target is read by its KPI's unit (rates as fractions or `4%`). */
export function parseGoals(wb: RawWorkbook, ctx: ReadContext, issues: IssueList): ParsedTab<GoalInput> {
  const def = TABS.goals;
  const raw = findTab(wb, def.name);
  // Read the KPI as text and the target raw; resolve both here.
  const textDef: TabDef = {
    ...def,
    columns: def.columns.map((m) => (m.key === "target" ? { ...m, kind: "text" as const } : m)),
  };
  const scratch = new IssueList();
  const parsed = parseTable<{ kpi: string; target: string }>(wb, textDef, ctx, scratch);
  const tab: ParsedTab<GoalInput> = { ...parsed, def, rows: [] };
  if (!raw || !parsed.usable) {
    // Re-run for its tab-level issues with the real definition.
    parseTable(wb, def, ctx, issues);
    return tab;
  }
  // Findings about the header row and total rows hold whatever the target's unit.
  for (const i of scratch.items) if (SHAPE_CODES.has(i.code)) issues.add(i);
  const kpiCol = parsed.columns.get("kpi")!;
  const targetCol = parsed.columns.get("target")!;
  const targetMeta = def.columns.find((m) => m.key === "target")!;
  const kpiMeta = def.columns.find((m) => m.key === "kpi")!;
  const seen = new Map<string, string>();
  for (const pr of parsed.rows) {
    const line = raw.values[pr.row - 1] ?? [];
    const kpiRef = { tab: def.name, row: pr.row, col: kpiCol, column: kpiMeta.header };
    let excluded = false;
    const kpiText = readCell(
      kpiMeta,
      readerFor(kpiMeta, ctx),
      line[kpiCol],
      def.name,
      pr.row,
      kpiCol,
      ctx,
      issues,
    );
    const kpiErr = kpiText === CELL_ERROR;
    const kpi = typeof kpiText === "string" ? findKpi(kpiText) : undefined;
    if (kpiErr) excluded = true;
    else if (!kpi) {
      issues.add(cellIssue("error", "unknown-kpi", kpiRef, sentence.unknownKpi(String(kpiText))));
      excluded = true;
    } else if (seen.has(kpi.key)) {
      issues.add(
        cellIssue(
          "error",
          "duplicate",
          kpiRef,
          sentence.duplicate(kpiMeta.header, kpi.key, seen.get(kpi.key)!),
        ),
      );
      excluded = true;
    } else seen.set(kpi.key, a1(def.name, kpiCol, pr.row));
    const rawTarget = line[targetCol];
    const reader: Reader =
      kpi?.unit === "rate"
        ? (r) => readRate(r, ctx)
        : kpi?.unit === "change" || kpi?.unit === "multiple"
          ? (r) => readRatio(r, ctx)
          : (r) => readNumber(r, ctx, kpi?.unit === "count");
    const target = readCell(targetMeta, reader, rawTarget, def.name, pr.row, targetCol, ctx, issues);
    const tErr = target === CELL_ERROR;
    if (tErr) excluded = true;
    tab.rows.push({
      row: pr.row,
      excluded,
      data: { kpi: kpi?.key ?? String(kpiText ?? ""), target: target as number },
    });
  }
  sayMarked(tab, raw, issues);
  return tab;
}
