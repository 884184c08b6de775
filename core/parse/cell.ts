// One cell of a known column → its value (or the column default), or an issue.
import {
  type CellResult,
  MAX_NUMBER,
  MAX_TEXT,
  plainNumberText,
  type Problem,
  type ReadContext,
  readCurrency,
  readDate,
  readEnum,
  readLocale,
  readNumber,
  readRate,
  readTags,
  readText,
  readThresholds,
  readUrl,
  shown,
} from "./cells.ts";
import { currencyCode, currencyReadings } from "./currency.ts";
import { hyperlinkFormula, isUncachedFormula, linkOf, shownValue } from "./formula.ts";
import type { Issue } from "../issues/issue.ts";
import { type CellRef, cellIssue, type IssueList } from "../issues/list.ts";
import { type Said, sentence } from "../issues/messages.ts";
import { type ColumnMeta, isFigureKind } from "../schema/columns.ts";
import { enumLookup } from "../schema/keys.ts";

/** The sentence for a cell problem. */
export function problemMessage(p: Problem, meta: ColumnMeta, ctx: ReadContext): Said {
  const col = meta.header;
  switch (p.code) {
    case "cell-error":
      return sentence.cellError(col, p.found);
    case "not-a-number":
      return sentence.notANumber(col, p.found);
    case "negative":
      return sentence.negative(col, p.found);
    case "out-of-range":
      return sentence.rateOutOfRange(col, p.found);
    case "too-large":
      return sentence.tooLarge(col, p.found);
    case "percent-points":
      return sentence.percentPoints(col, p.found, p.readAs);
    case "not-a-date":
      return sentence.notADate(col, p.found);
    case "ambiguous-date":
      return sentence.ambiguousDate(col, p.found, p.readAs, ctx.locale, p.date);
    case "ambiguous-number":
      return sentence.ambiguousNumber(col, p.found, p.readAs, p.other, ctx.locale);
    case "foreign-currency":
      return sentence.foreignCurrency(col, p.found, p.currency, ctx.currency ?? "", p.readAs, p.other);
    case "placeholder":
      return sentence.placeholderCell(col, p.found);
    case "not-an-option":
      return sentence.notAnOption(col, p.found, meta.values ?? []);
    case "not-a-url":
      return sentence.notAUrl(col, p.found);
    case "not-a-currency": {
      const readings = currencyReadings(p.found ?? "");
      return readings.length > 1
        ? sentence.ambiguousCurrency(p.found ?? "", readings)
        : sentence.notACurrency(p.found);
    }
    case "not-a-locale":
      return sentence.notALocale(p.found);
    case "bad-thresholds":
      return sentence.badThresholds(p.found);
    case "too-long":
      return sentence.tooLong(col, MAX_TEXT);
    default:
      return { message: `${col}: ${p.code} (${p.found ?? ""})`, args: { column: col, found: p.found ?? "" } };
  }
}

export type Reader = (raw: unknown) => CellResult<unknown>;

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

export function readerFor(meta: ColumnMeta, ctx: ReadContext): Reader {
  switch (meta.kind) {
    case "text":
      return (r) => readText(r);
    case "count":
      return (r) => readNumber(r, ctx, true);
    case "number":
      return (r) => readNumber(r, ctx, false);
    case "money":
      return (r) => readNumber(r, ctx, true);
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
      return (r) => readCurrencyCell(r, ctx.locale);
    case "locale":
      return (r) => readLocale(r);
    case "thresholds":
      return (r) => readThresholds(r, ctx);
    case "target":
      return (r) => readNumber(r, ctx, true);
  }
}

/** Returned by readCell when the cell has an error (the issue is already pushed). */
export const CELL_ERROR: unique symbol = Symbol("cell-error");

/** A Currency cell: an ISO code, or a symbol with one reading for the locale (`€`, `US$`, `kr.` in `da`). */
function readCurrencyCell(raw: unknown, locale: string): CellResult<unknown> {
  const r = readCurrency(raw);
  if (r.kind !== "error" || typeof raw !== "string") return r;
  const code = currencyCode(raw, locale);
  return code === null ? r : { kind: "ok", value: code };
}

/** Report an error on a cell and return CELL_ERROR (a plain function: readCell runs once per cell). */
function failCell(issues: IssueList, ref: CellRef, code: Issue["code"], message: Said): typeof CELL_ERROR {
  issues.add(cellIssue("error", code, ref, message));
  return CELL_ERROR;
}

/**
 * A cell that cannot be read: an error that costs the row, or, in a descriptive
 * column, a warning and a blank cell (the row is kept).
 */
function unreadable(
  issues: IssueList,
  meta: ColumnMeta,
  ref: CellRef,
  code: Issue["code"],
  message: Said,
): typeof CELL_ERROR | undefined {
  if (!meta.descriptive) return failCell(issues, ref, code, message);
  issues.add(cellIssue("warning", code, ref, sentence.keptWithout(message, meta.header)));
  return undefined;
}

/** Formula and hyperlink cells → the value to read: a link's URL in a URL column, else what the cell shows. */
function cellValue(meta: ColumnMeta, raw: object | string): unknown {
  if (meta.kind === "url") {
    const link = linkOf(raw);
    if (link !== null) return link;
  }
  return shownValue(raw);
}

/** Read one cell: its value (or the column default when blank), or CELL_ERROR after pushing the issue. */
export function readCell(
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
  if (typeof raw === "number" && Math.abs(raw) <= MAX_NUMBER && isFigureKind(meta.kind))
    return checkFigure(meta, raw, raw, tab, row, col, issues);
  // Plain number text (CSV, the Sheets API) likewise; anything else goes through the full reader.
  if (typeof raw === "string" && isFigureKind(meta.kind)) {
    const n = plainNumberText(raw, ctx);
    if (n !== null) return checkFigure(meta, n, raw, tab, row, col, issues);
  }
  // Plain text needs no result object either.
  if (meta.kind === "text" && typeof raw === "string") {
    const t = raw.trim();
    if (t !== "" && t.length <= MAX_TEXT && t.charCodeAt(0) !== 35 /* # may be an error value */) return t;
  }
  if ((typeof raw === "object" && raw !== null && !(raw instanceof Date)) || typeof raw === "string") {
    raw = cellValue(meta, raw);
    if (isUncachedFormula(raw) && !hyperlinkFormula(raw.formula))
      return unreadable(
        issues,
        meta,
        { tab, row, col, column: meta.header },
        "uncached-formula",
        sentence.uncachedFormula(meta.header, raw.formula),
      );
  }
  const r = reader(raw);
  if (r.kind === "blank")
    return meta.required
      ? failCell(issues, { tab, row, col, column: meta.header }, "required", sentence.required(meta.header))
      : meta.default;
  if (r.kind === "error" && r.problem.code === "placeholder") {
    const ref = { tab, row, col, column: meta.header };
    if (meta.required)
      return failCell(issues, ref, "required", sentence.placeholderRequired(meta.header, r.problem.found));
    // Not measured: blank. Reported once for the column when the table's column pass saw it.
    if (!ctx.placeholdersReported)
      issues.add(cellIssue("warning", "placeholder", ref, problemMessage(r.problem, meta, ctx)));
    return meta.default;
  }
  if (r.kind === "error")
    return unreadable(
      issues,
      meta,
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
  if (typeof r.value === "number") return checkFigure(meta, r.value, raw, tab, row, col, issues);
  return r.value;
}

/**
 * A figure as read: below the column's minimum it is an error; a count that is not whole
 * (`8.5` orders, an average pasted into Views) is kept as typed, with a warning on its cell.
 * `raw` is the cell as typed, turned into text only for a finding (most cells have none).
 */
function checkFigure(
  meta: ColumnMeta,
  n: number,
  raw: unknown,
  tab: string,
  row: number,
  col: number,
  issues: IssueList,
): number | typeof CELL_ERROR {
  if (meta.min !== undefined && n < meta.min)
    return failCell(
      issues,
      { tab, row, col, column: meta.header },
      "negative",
      sentence.negative(meta.header, String(raw)),
    );
  if (meta.kind === "count" && !Number.isInteger(n))
    issues.add(
      cellIssue(
        "warning",
        "fractional-count",
        { tab, row, col, column: meta.header },
        sentence.fractionalCount(meta.header, shown(String(raw)), String(n)),
      ),
    );
  return n;
}
