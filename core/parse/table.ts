// A table tab: header row 1 matched to the schema's columns, then one record per non-blank row.
import { isBlank, type ReadContext } from "./cells.ts";
import { CELL_ERROR, readCell, readerFor } from "./cell.ts";
import { columnContext } from "./hints.ts";
import { findTab, type RawWorkbook } from "./raw.ts";
import { a1 } from "../issues/issue.ts";
import { cellIssue, type IssueList, tabIssue } from "../issues/list.ts";
import { msg } from "../issues/messages.ts";
import type { ColumnMeta } from "../schema/columns.ts";
import { headerKey } from "../schema/keys.ts";
import type { TabDef } from "../schema/tabs.ts";

export interface ParsedRow<T> {
  /** 1-based sheet row. */
  row: number;
  data: T;
  /** True when a cell of the row has an error: the row is left out of the KPIs. */
  excluded: boolean;
}

export interface ParsedTab<T> {
  def: TabDef;
  /** Name of the tab as found in the workbook; null when absent. */
  found: string | null;
  /** Usable: present with its required headers. */
  usable: boolean;
  /** Column key → 0-based column index in the sheet. */
  columns: Map<string, number>;
  rows: ParsedRow<T>[];
}

export function matchColumn(def: TabDef, header: unknown): ColumnMeta | undefined {
  if (typeof header !== "string" && typeof header !== "number") return undefined;
  const h = headerKey(String(header));
  if (h === "") return undefined;
  return def.columns.find((c) => headerKey(c.header) === h || headerKey(c.key) === h);
}

/** A table tab: header row 1, one record per non-blank row. */
export function parseTable<T>(
  wb: RawWorkbook,
  def: TabDef,
  ctx: ReadContext,
  issues: IssueList,
): ParsedTab<T> {
  const raw = findTab(wb, def.name);
  const columns = new Map<string, number>();
  const result: ParsedTab<T> = { def, found: raw?.name ?? null, usable: false, columns, rows: [] };
  if (!raw) {
    if (def.required) issues.add(tabIssue("error", "missing-tab", def.name, msg.missingTab(def.name)));
    return result;
  }
  const header = raw.values[0] ?? [];
  for (let c = 0; c < header.length; c++) {
    const meta = matchColumn(def, header[c]);
    if (!meta) continue;
    const first = columns.get(meta.key);
    if (first !== undefined) {
      issues.add({
        ...cellIssue(
          "warning",
          "duplicate-header",
          { tab: def.name, row: 1, col: c, column: meta.header },
          "",
        ),
        message: msg.duplicateHeader(
          meta.header,
          a1(def.name, first, 1).split("!")[1]!.replace(/\d+$/, ""),
          a1(def.name, c, 1).split("!")[1]!.replace(/\d+$/, ""),
        ),
      });
      continue;
    }
    columns.set(meta.key, c);
  }
  const missing = def.columns.filter((m) => m.required && !columns.has(m.key)).map((m) => m.header);
  if (missing.length > 0) {
    issues.add(tabIssue("error", "missing-header", def.name, msg.missingHeaders(def.name, missing), 1));
    return result;
  }
  result.usable = true;
  const cols = def.columns
    .filter((m) => columns.has(m.key))
    .map((m) => {
      const index = columns.get(m.key)!;
      const cctx = columnContext(def.name, m, raw.values, index, ctx, issues);
      return { meta: m, index, reader: readerFor(m, cctx), ctx: cctx };
    });
  const absentDefaults = def.columns.filter((m) => !columns.has(m.key) && m.default !== undefined);
  for (let r = 1; r < raw.values.length; r++) {
    const line = raw.values[r];
    if (!line) continue;
    let blank = true;
    for (const c of cols) {
      if (!isBlank(line[c.index])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const row = r + 1;
    // Same keys in the same order for every row: one hidden class, fast on 100k rows.
    const data: Record<string, unknown> = {};
    for (const c of cols) data[c.meta.key] = undefined;
    let excluded = false;
    for (const c of cols) {
      const value = readCell(c.meta, c.reader, line[c.index], def.name, row, c.index, c.ctx, issues);
      if (value === CELL_ERROR) excluded = true;
      else data[c.meta.key] = value;
    }
    for (const m of absentDefaults) data[m.key] = m.default;
    result.rows.push({ row, data: data as T, excluded });
  }
  return result;
}
