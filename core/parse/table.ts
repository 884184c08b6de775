// A table tab: header row 1 matched to the schema's columns, then one record per non-blank row.
import { isBlank, type ReadContext } from "./cells.ts";
import { CELL_ERROR, readCell, readerFor } from "./cell.ts";
import { columnContext } from "./hints.ts";
import { isWrittenHeader, matchHeader, suggestColumn } from "./headers.ts";
import { type FormatCurrency, formatCurrency, formatCurrencyName } from "./number-format.ts";
import { findTab, type RawTab, type RawWorkbook } from "./raw.ts";
import { recordMaker } from "./record.ts";
import { a1, columnLetter } from "../issues/issue.ts";
import { cellIssue, type IssueList, tabIssue } from "../issues/list.ts";
import { type Said, sentence } from "../issues/messages.ts";
import { tookPart } from "../kpi/status.ts";
import { type ColumnMeta, isFigureKind } from "../schema/columns.ts";
import type { TabDef } from "../schema/tabs.ts";
import { isTotalCell, mentionsTotal } from "../schema/words.ts";

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

export interface TableOptions {
  /** The campaign currency, for headers that name one (`Fee ($)`); null when the Campaign tab gives none. */
  currency?: string | null;
  /**
   * Fields the checks fill in on each record later (its sheet row, a resolved key), in the order
   * they do: made with the record, undefined until filled, so it keeps one shape throughout.
   */
  later?: readonly string[];
}

export function matchColumn(def: TabDef, header: unknown): ColumnMeta | undefined {
  return matchHeader(def, header)?.meta;
}

const headerText = (h: unknown) => String(h).normalize("NFKC").trim();

/** Row 1 → column key → sheet column; every header not read is reported once. */
function readHeader(
  def: TabDef,
  header: readonly unknown[],
  opts: TableOptions,
  issues: IssueList,
): Map<string, number> {
  const columns = new Map<string, number>();
  const ref = (c: number, column: string) => ({ tab: def.name, row: 1, col: c, column });
  for (let c = 0; c < header.length; c++) {
    const h = header[c];
    if (isBlank(h)) continue;
    const match = matchHeader(def, h);
    if (!match) {
      if (isWrittenHeader(def, h)) continue;
      const suggestion = typeof h === "string" ? suggestColumn(def, h)?.header : undefined;
      const cell = a1(def.name, c, 1);
      issues.add(
        cellIssue(
          "warning",
          "unknown-column",
          ref(c, headerText(h)),
          sentence.unknownColumn(headerText(h), cell, suggestion),
        ),
      );
      continue;
    }
    const { meta } = match;
    const first = columns.get(meta.key);
    if (first !== undefined) {
      issues.add(
        cellIssue(
          "warning",
          "duplicate-header",
          ref(c, meta.header),
          sentence.duplicateHeader(
            meta.header,
            columnLetter(first),
            columnLetter(c),
            headerText(header[first]),
            headerText(h),
          ),
        ),
      );
      continue;
    }
    columns.set(meta.key, c);
    const currency = opts.currency ?? null;
    if (match.currencies.length > 0 && (currency === null || !match.currencies.includes(currency)))
      issues.add(
        cellIssue(
          "warning",
          "header-currency",
          ref(c, meta.header),
          sentence.headerCurrency(headerText(h), meta.header, currency),
        ),
      );
  }
  return columns;
}

/** Rows a title, a subtitle and a few notes above the headers take at most. */
const TITLE_ROWS_MAX = 10;

/**
 * When row 1 lacks a required header and a row below it (within the rows a title above the
 * headers may take) names more of the tab's columns, at least two: that row (1-based) and
 * the required headers it still lacks. Else null: row 1 is the header row.
 */
function headerRowBelow(
  def: TabDef,
  values: readonly (readonly unknown[])[],
): { row: number; missing: string[] } | null {
  const keysOf = (line: readonly unknown[] | undefined) =>
    new Set((line ?? []).map((h) => matchHeader(def, h)?.meta.key).filter((k) => k !== undefined));
  const lacking = (keys: ReadonlySet<string>) =>
    def.columns.filter((m) => m.required && !keys.has(m.key)).map((m) => m.header);
  const first = keysOf(values[0]);
  if (lacking(first).length === 0) return null;
  let best: { row: number; keys: Set<string> } | null = null;
  for (let r = 1; r < Math.min(values.length, TITLE_ROWS_MAX + 1); r++) {
    const keys = keysOf(values[r]);
    if (keys.size >= 2 && keys.size > first.size && keys.size > (best?.keys.size ?? 0))
      best = { row: r + 1, keys };
  }
  return best && { row: best.row, missing: lacking(best.keys) };
}

interface ReadColumn {
  meta: ColumnMeta;
  index: number;
}

/** The cell that says a row is a total: its first column or a required (key) column. */
function totalCell(line: readonly unknown[], cols: readonly ReadColumn[]): number | null {
  if (isTotalCell(line[0])) return 0;
  for (const c of cols) if (c.meta.required && isTotalCell(line[c.index])) return c.index;
  return null;
}

/**
 * The last row is a total when its figures are the sums of the rows above it, and
 * either its key cell mentions a total (`Total costs`) or two figures or more agree.
 */
function isSumRow<T>(rows: readonly ParsedRow<T>[], line: readonly unknown[], cols: readonly ReadColumn[]) {
  const last = rows[rows.length - 1];
  // The rows above the last one without errors, visited in place (no copy of a 100k-row list).
  const aboveEnd = rows.length - 1;
  let above = 0;
  for (let i = 0; i < aboveEnd && above < 2; i++) if (!rows[i]!.excluded) above++;
  if (!last || last.excluded || above < 2) return false;
  let matched = 0;
  for (const c of cols) {
    if (!isFigureKind(c.meta.kind)) continue;
    const v = (last.data as Record<string, unknown>)[c.meta.key];
    if (typeof v !== "number" || isBlank(line[c.index])) continue;
    let sum = 0;
    for (let i = 0; i < aboveEnd; i++) {
      const r = rows[i]!;
      if (r.excluded) continue;
      const x = (r.data as Record<string, unknown>)[c.meta.key];
      if (typeof x === "number") sum += x;
    }
    if (Math.abs(sum - v) > 1e-9 * Math.max(1, Math.abs(sum))) return false;
    if (v !== 0) matched++;
  }
  if (matched === 0) return false;
  const keys = cols.filter((c) => c.meta.required && !isFigureKind(c.meta.kind));
  return matched >= 2 || keys.some((c) => mentionsTotal(line[c.index]));
}

/** A table tab: header row 1, one record per non-blank row. */
export function parseTable<T>(
  wb: RawWorkbook,
  def: TabDef,
  ctx: ReadContext,
  issues: IssueList,
  opts: TableOptions = {},
): ParsedTab<T> {
  const raw = findTab(wb, def.name);
  const result: ParsedTab<T> = { def, found: raw?.name ?? null, usable: false, columns: new Map(), rows: [] };
  if (!raw) {
    if (def.required) issues.add(tabIssue("error", "missing-tab", def.name, sentence.missingTab(def.name)));
    return result;
  }
  // A title above the headers is said as such, not as every row-1 cell being an unknown column.
  const below = headerRowBelow(def, raw.values);
  if (below !== null) {
    const said = sentence.headersBelow(def.name, below.row, below.missing);
    issues.add(tabIssue("error", "headers-below", def.name, said, below.row));
    return result;
  }
  const columns = readHeader(def, raw.values[0] ?? [], opts, issues);
  result.columns = columns;
  const missing = def.columns.filter((m) => m.required && !columns.has(m.key)).map((m) => m.header);
  if (missing.length > 0) {
    issues.add(tabIssue("error", "missing-header", def.name, sentence.missingHeaders(def.name, missing), 1));
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
  const later = (opts.later ?? []).filter((k) => !columns.has(k) && !absentDefaults.some((m) => m.key === k));
  // Every key of every row, in the same order (an unreadable cell's as undefined), the checks'
  // fields included: one hidden class for all rows, never changed after. (Fields added to 300k
  // records once they were in the old generation cost more than the checks that added them.)
  const make = recordMaker([...cols.map((c) => c.meta.key), ...absentDefaults.map((m) => m.key), ...later]);
  const values: unknown[] = [
    ...cols.map(() => undefined),
    ...absentDefaults.map((m) => m.default),
    ...later.map(() => undefined),
  ];
  let lastLine: readonly unknown[] = [];
  const firstRead = issues.items.length;
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
    const total = totalCell(line, cols);
    if (total !== null) {
      const column =
        cols.find((c) => c.index === total)?.meta.header ?? headerText(raw.values[0]?.[total] ?? "");
      const ref = { tab: def.name, row, col: total, column };
      issues.add(
        cellIssue("warning", "total-row", ref, sentence.totalRow(def.name, row, headerText(line[total]))),
      );
      continue;
    }
    let excluded = false;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!;
      const value = readCell(c.meta, c.reader, line[c.index], def.name, row, c.index, c.ctx, issues);
      if (value === CELL_ERROR) excluded = true;
      values[i] = value === CELL_ERROR ? undefined : value;
    }
    const data = make(values);
    result.rows.push({ row, data: data as T, excluded });
    lastLine = line;
  }
  dropSumRow(result, lastLine, cols, issues);
  sayMarked(result, raw, issues);
  sayFormatCurrency(result, raw, cols, ctx, issues, firstRead);
  return result;
}

/**
 * One warning per money column whose cells' number format shows another currency than the
 * campaign's: the sheet shows €16,000, the reader hands over 16000 and it is counted as the
 * campaign currency. Blank cells, rows with errors and cells whose own text named a currency
 * (said already, from `since` on in `issues`) are not named.
 */
function sayFormatCurrency<T>(
  result: ParsedTab<T>,
  raw: RawTab,
  cols: readonly ReadColumn[],
  ctx: ReadContext,
  issues: IssueList,
  since: number,
): void {
  const formats = raw.numberFormats;
  const campaign = ctx.currency;
  if (!formats || !campaign) return;
  const money = cols.filter((c) => c.meta.kind === "money");
  if (money.length === 0) return;
  const textSaid = new Set<string>();
  for (let i = since; i < issues.items.length; i++) {
    const it = issues.items[i]!;
    if (it.code === "foreign-currency") textSaid.add(`${it.row}:${it.column}`);
  }
  // A sheet has few distinct formats: each pattern is read once.
  const read = new Map<string, FormatCurrency | null>();
  for (const c of money) {
    const rows: number[] = [];
    const names: string[] = [];
    for (const r of result.rows) {
      const pattern = formats[r.row - 1]?.[c.index];
      if (!pattern || !counted(r) || isBlank(raw.values[r.row - 1]?.[c.index])) continue;
      let f = read.get(pattern);
      if (f === undefined) read.set(pattern, (f = formatCurrency(pattern)));
      if (f === null || f.codes.includes(campaign) || textSaid.has(`${r.row}:${c.meta.header}`)) continue;
      rows.push(r.row);
      const name = formatCurrencyName(f, ctx.locale);
      if (!names.includes(name)) names.push(name);
    }
    if (rows.length === 0) continue;
    const ref = { tab: result.def.name, row: rows[0]!, col: c.index, column: c.meta.header };
    const said = sentence.formatCurrency(c.meta.header, ref.tab, rows, names, campaign);
    issues.add(cellIssue("warning", "format-currency", ref, said));
  }
}

/**
 * One warning for each way `raw` marks rows of `result` as if left out (hidden, struck through)
 * while they are counted: blank rows, totals and rows with errors are not. It names the first
 * such row's cell of the tab's first column read.
 */
export function sayMarked<T>(result: ParsedTab<T>, raw: RawTab, issues: IssueList): void {
  sayRows(result, raw.hiddenRows, "hidden-rows", sentence.hiddenRows, issues);
  sayRows(result, raw.struckRows, "struck-rows", sentence.struckRows, issues);
}

/** A row the figures count: no error, and not a declined creator (in no total already). */
function counted<T>(r: ParsedRow<T>): boolean {
  const status = (r.data as { status?: unknown }).status;
  return !r.excluded && (typeof status !== "string" || tookPart(status));
}

function sayRows<T>(
  result: ParsedTab<T>,
  marked: readonly number[] | undefined,
  code: "hidden-rows" | "struck-rows",
  say: (tab: string, rows: readonly number[], status?: string) => Said,
  issues: IssueList,
): void {
  if (!marked || marked.length === 0) return;
  const out = new Set(marked);
  const rows = result.rows.filter((r) => out.has(r.row) && counted(r)).map((r) => r.row);
  if (rows.length === 0) return;
  const def = result.def;
  // The value of a Status column that leaves a row out of the totals, when the tab has one.
  const status = def.columns.find((m) => m.key === "status")?.values?.find((v) => !tookPart(v));
  const first = def.columns.find((m) => result.columns.has(m.key));
  const col = first ? result.columns.get(first.key)! : 0;
  const ref = { tab: def.name, row: rows[0]!, col, column: first?.header ?? "" };
  issues.add(cellIssue("warning", code, ref, say(def.name, rows, status)));
}

/** A last row holding the sums of the rows above is a total: left out, with a warning. */
function dropSumRow<T>(
  result: ParsedTab<T>,
  line: readonly unknown[],
  cols: readonly ReadColumn[],
  issues: IssueList,
): void {
  if (!isSumRow(result.rows, line, cols)) return;
  const last = result.rows.pop()!;
  const first = cols[0];
  const ref = {
    tab: result.def.name,
    row: last.row,
    col: first?.index ?? 0,
    column: first?.meta.header ?? "",
  };
  issues.add(cellIssue("warning", "total-row", ref, sentence.totalRow(result.def.name, last.row, null)));
}
