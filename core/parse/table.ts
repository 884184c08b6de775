// parse: raw grids (what getValues() returns) → typed rows + issues, one tab at a time.
import {
  type CellResult,
  type Problem,
  type ReadContext,
  isBlank,
  MAX_TEXT,
  readContext,
  readCurrency,
  readDate,
  readEnum,
  MAX_NUMBER,
  readLocale,
  readNumber,
  readRate,
  readRatio,
  readTags,
  readText,
  readThresholds,
  readUrl,
} from "./cells.ts";
import { a1, type Issue } from "../issues/issue.ts";
import { msg } from "../issues/messages.ts";
import { findKpi } from "../kpi/registry.ts";
import {
  type CampaignFields,
  type ColumnMeta,
  DEFAULT_TIER_THRESHOLDS,
  enumLookup,
  headerKey,
  type Objective,
  TABS,
  type TabDef,
  type TabKey,
} from "../schema/index.ts";

/** One tab as a spreadsheet hands it over: row 0 is the header row. */
export interface RawTab {
  name: string;
  values: unknown[][];
}

export interface RawWorkbook {
  tabs: RawTab[];
}

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

export interface Campaign {
  name: string | null;
  brand: string | null;
  start_date: string | null;
  end_date: string | null;
  currency: string;
  objective: Objective | null;
  locale: string;
  prepared_by: string | null;
  tier_thresholds: number[];
}

export class IssueList {
  readonly items: Issue[] = [];
  add(issue: Issue) {
    this.items.push(issue);
  }
}

export interface CellRef {
  tab: string;
  row: number;
  col: number;
  column: string;
}

export function cellIssue(
  severity: Issue["severity"],
  code: Issue["code"],
  ref: CellRef,
  message: string,
): Issue {
  return {
    severity,
    code,
    tab: ref.tab,
    row: ref.row,
    column: ref.column,
    cell: a1(ref.tab, ref.col, ref.row),
    message,
  };
}

export function tabIssue(
  severity: Issue["severity"],
  code: Issue["code"],
  tab: string,
  message: string,
  row: number | null = null,
): Issue {
  return { severity, code, tab, row, column: null, cell: null, message };
}

/** The sentence for a cell problem. */
export function problemMessage(p: Problem, meta: ColumnMeta, ctx: ReadContext): string {
  const col = meta.header;
  switch (p.code) {
    case "cell-error":
      return msg.cellError(col, p.found);
    case "not-a-number":
      return msg.notANumber(col, p.found);
    case "negative":
      return msg.negative(col, p.found);
    case "out-of-range":
      return msg.rateOutOfRange(col, p.found);
    case "too-large":
      return msg.tooLarge(col, p.found);
    case "percent-points":
      return msg.percentPoints(col, p.found, p.readAs);
    case "not-a-date":
      return msg.notADate(col, p.found);
    case "ambiguous-date":
      return msg.ambiguousDate(col, p.found, p.readAs, ctx.locale);
    case "not-an-option":
      return msg.notAnOption(col, p.found, meta.values ?? []);
    case "not-a-url":
      return msg.notAUrl(col, p.found);
    case "not-a-currency":
      return msg.notACurrency(p.found);
    case "not-a-locale":
      return msg.notALocale(p.found);
    case "bad-thresholds":
      return msg.badThresholds(p.found);
    case "too-long":
      return msg.tooLong(col, MAX_TEXT);
    default:
      return `${col}: ${p.code} (${p.found ?? ""})`;
  }
}

type Reader = (raw: unknown) => CellResult<unknown>;

const NUMERIC_KINDS: ReadonlySet<string> = new Set(["count", "number", "money"]);

/** Dates and options repeat down a column: read each distinct cell value once (results are immutable). */
function memo(read: Reader): Reader {
  const seen = new Map<unknown, CellResult<unknown>>();
  return (raw) => {
    if (typeof raw !== "string" && typeof raw !== "number") return read(raw);
    let r = seen.get(raw);
    if (r === undefined) {
      r = read(raw);
      if (seen.size < 10_000) seen.set(raw, r);
    }
    return r;
  };
}

function readerFor(meta: ColumnMeta, ctx: ReadContext): Reader {
  switch (meta.kind) {
    case "text":
      return (r) => readText(r);
    case "count":
      return (r) => readNumber(r, ctx, true);
    case "number":
    case "money":
      return (r) => readNumber(r, ctx, false);
    case "rate":
      return (r) => readRate(r, ctx);
    case "date":
      return memo((r) => readDate(r, ctx));
    case "enum": {
      const lookup = enumLookup(meta);
      return memo((r) => readEnum(r, lookup));
    }
    case "tags":
      return (r) => readTags(r);
    case "url":
      return (r) => readUrl(r);
    case "currency":
      return (r) => readCurrency(r);
    case "locale":
      return (r) => readLocale(r);
    case "thresholds":
      return (r) => readThresholds(r, ctx);
    case "target":
      return (r) => readNumber(r, ctx, true);
  }
}

/** Find a tab by name, case and whitespace ignored. */
export function findTab(wb: RawWorkbook, name: string): RawTab | undefined {
  const key = headerKey(name);
  return wb.tabs.find((t) => headerKey(t.name) === key);
}

function matchColumn(def: TabDef, header: unknown): ColumnMeta | undefined {
  if (typeof header !== "string" && typeof header !== "number") return undefined;
  const h = headerKey(String(header));
  if (h === "") return undefined;
  return def.columns.find((c) => headerKey(c.header) === h || headerKey(c.key) === h);
}

/** Returned by readCell when the cell has an error (the issue is already pushed). */
export const CELL_ERROR: unique symbol = Symbol("cell-error");

/** Report an error on a cell and return CELL_ERROR (a plain function: readCell runs once per cell). */
function failCell(issues: IssueList, ref: CellRef, code: Issue["code"], message: string): typeof CELL_ERROR {
  issues.add(cellIssue("error", code, ref, message));
  return CELL_ERROR;
}

/** Read one cell: its value (or the column default when blank), or CELL_ERROR after pushing the issue. */
function readCell(
  meta: ColumnMeta,
  reader: Reader,
  raw: unknown,
  tab: string,
  row: number,
  col: number,
  ctx: ReadContext,
  issues: IssueList,
): unknown {
  // Fast path for the common case of a plain numeric cell in a numeric column.
  if (typeof raw === "number" && Math.abs(raw) <= MAX_NUMBER && NUMERIC_KINDS.has(meta.kind)) {
    if (meta.min !== undefined && raw < meta.min)
      return failCell(
        issues,
        { tab, row, col, column: meta.header },
        "negative",
        msg.negative(meta.header, String(raw)),
      );
    return raw;
  }
  // Plain text needs no result object either.
  if (meta.kind === "text" && typeof raw === "string") {
    const t = raw.trim();
    if (t !== "" && t.length <= MAX_TEXT && t.charCodeAt(0) !== 35 /* # may be an error value */) return t;
  }
  const r = reader(raw);
  if (r.kind === "blank")
    return meta.required
      ? failCell(issues, { tab, row, col, column: meta.header }, "required", msg.required(meta.header))
      : meta.default;
  if (r.kind === "error")
    return failCell(
      issues,
      { tab, row, col, column: meta.header },
      r.problem.code,
      problemMessage(r.problem, meta, ctx),
    );
  if (r.warning)
    issues.add(
      cellIssue(
        "warning",
        r.warning.code,
        { tab, row, col, column: meta.header },
        problemMessage(r.warning, meta, ctx),
      ),
    );
  if (meta.min !== undefined && typeof r.value === "number" && r.value < meta.min)
    return failCell(
      issues,
      { tab, row, col, column: meta.header },
      "negative",
      msg.negative(meta.header, String(raw)),
    );
  return r.value;
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
    .map((m) => ({ meta: m, index: columns.get(m.key)!, reader: readerFor(m, ctx) }));
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
      const value = readCell(c.meta, c.reader, line[c.index], def.name, row, c.index, ctx, issues);
      if (value === CELL_ERROR) excluded = true;
      else data[c.meta.key] = value;
    }
    for (const m of absentDefaults) data[m.key] = m.default;
    result.rows.push({ row, data: data as T, excluded });
  }
  return result;
}

export interface ParsedCampaign {
  campaign: Campaign;
  found: string | null;
  /** Field key → its value cell, for cross-tab messages. */
  cells: Map<string, CellRef>;
  ctx: ReadContext;
}

/**
 * The Campaign tab: `Field`/`Value` rows. The locale is read first: it sets how the rest is read.
 * `sheetLocale` (the spreadsheet's own) reads text numbers and dates when the tab names no locale.
 */
export function parseCampaign(
  wb: RawWorkbook,
  issues: IssueList,
  timeZone?: string,
  sheetLocale = "en",
): ParsedCampaign {
  const def = TABS.campaign;
  const campaign: Campaign = {
    name: null,
    brand: null,
    start_date: null,
    end_date: null,
    currency: "USD",
    objective: null,
    locale: "en",
    prepared_by: null,
    tier_thresholds: [...DEFAULT_TIER_THRESHOLDS],
  };
  const cells = new Map<string, CellRef>();
  const raw = findTab(wb, def.name);
  if (!raw) {
    issues.add(tabIssue("error", "missing-tab", def.name, msg.missingTab(def.name)));
    return { campaign, found: null, cells, ctx: readContext(sheetLocale, timeZone) };
  }
  // Field/Value header row, or none at all: then column A holds the field labels.
  let fieldCol = 0;
  let valueCol = 1;
  let start = 0;
  const head = (raw.values[0] ?? []).map((v) => (typeof v === "string" ? headerKey(v) : ""));
  const fi = head.indexOf("field");
  const vi = head.indexOf("value");
  if (fi >= 0 && vi >= 0) {
    fieldCol = fi;
    valueCol = vi;
    start = 1;
  }
  const found = new Map<string, { raw: unknown; ref: CellRef }>();
  for (let r = start; r < raw.values.length; r++) {
    const line = raw.values[r] ?? [];
    const meta = matchColumn(def, line[fieldCol]);
    if (!meta || found.has(meta.key)) continue;
    found.set(meta.key, {
      raw: line[valueCol],
      ref: { tab: def.name, row: r + 1, col: valueCol, column: meta.header },
    });
  }
  const localeMeta = def.columns.find((m) => m.key === "locale")!;
  const localeCell = found.get("locale");
  let ctx = readContext(sheetLocale, timeZone);
  // A blank Locale cell is no locale, as when the row is absent: the spreadsheet's own reads the cells.
  if (localeCell && !isBlank(localeCell.raw)) {
    const v = readCell(
      localeMeta,
      readerFor(localeMeta, ctx),
      localeCell.raw,
      def.name,
      localeCell.ref.row,
      localeCell.ref.col,
      ctx,
      issues,
    );
    if (typeof v === "string") {
      campaign.locale = v;
      ctx = readContext(v, timeZone);
    }
  }
  const values: Record<string, unknown> = {};
  for (const meta of def.columns) {
    const cell = found.get(meta.key);
    if (!cell) {
      if (meta.required)
        issues.add(tabIssue("error", "missing-field", def.name, msg.missingField(meta.header)));
      continue;
    }
    cells.set(meta.key, cell.ref);
    if (meta.key === "locale") continue;
    const v = readCell(
      meta,
      readerFor(meta, ctx),
      cell.raw,
      def.name,
      cell.ref.row,
      cell.ref.col,
      ctx,
      issues,
    );
    if (v !== undefined && v !== CELL_ERROR) values[meta.key] = v;
  }
  Object.assign(campaign, values as Partial<CampaignFields>);
  return { campaign, found: raw.name, cells, ctx };
}

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
  const parsed = parseTable<{ kpi: string; target: string }>(wb, textDef, ctx, new IssueList());
  const tab: ParsedTab<GoalInput> = { ...parsed, def, rows: [] };
  if (!raw || !parsed.usable) {
    // Re-run for its tab-level issues with the real definition.
    parseTable(wb, def, ctx, issues);
    return tab;
  }
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
      issues.add(cellIssue("error", "unknown-kpi", kpiRef, msg.unknownKpi(String(kpiText))));
      excluded = true;
    } else if (seen.has(kpi.key)) {
      issues.add(
        cellIssue("error", "duplicate", kpiRef, msg.duplicate(kpiMeta.header, kpi.key, seen.get(kpi.key)!)),
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
  return tab;
}

export type { TabKey };
