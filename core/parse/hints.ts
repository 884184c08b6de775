// A figure column read as a whole before its cells: what its other cells say
// about the decimal mark and the day/month order, and its placeholders, so a
// column is read one way and reported once rather than cell by cell.
import type { ReadContext } from "./cells.ts";
import { isPlaceholder } from "./numbers.ts";
import { a1 } from "../issues/issue.ts";
import { type CellRef, cellIssue, type IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import { type ColumnMeta, isFigureKind } from "../schema/columns.ts";

/** Columns whose cells the pass reads for separators, date order and placeholders. */
const scanned = (meta: ColumnMeta) => isFigureKind(meta.kind) || meta.kind === "rate" || meta.kind === "date";
const NUMERIC_DATE = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})(?:$|[T\s,])/;

/** What one cell says about the decimal mark: none, `.` or `,` is the decimal mark, or `16,000`-like (either). */
const Mark = { None: 0, Dot: 1, Comma: 2, Either: 3 } as const;
type Mark = (typeof Mark)[keyof typeof Mark];

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The separators between digits of `s`; which one is the decimal mark, if the cell alone says so. */
function markOf(s: string): Mark {
  let dots = 0;
  let commas = 0;
  let last = 0;
  let before = 0;
  let after = 0;
  let run = 0;
  let lead = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      if (run === 0 && dots + commas === 0) lead = c;
      run++;
      continue;
    }
    if ((c === 46 || c === 44) && run > 0 && isDigit(s.charCodeAt(i + 1))) {
      if (dots + commas === 0) before = run;
      if (c === 46) dots++;
      else commas++;
      last = c;
      run = 0;
      continue;
    }
    if (dots + commas > 0 && run > 0) break;
    run = 0;
  }
  after = run;
  if (dots + commas === 0) return Mark.None;
  if (dots > 0 && commas > 0) return last === 46 ? Mark.Dot : Mark.Comma;
  const mark = dots > 0 ? Mark.Dot : Mark.Comma;
  const other = dots > 0 ? Mark.Comma : Mark.Dot;
  if (dots + commas > 1) return other;
  if (after !== 3 || before > 3 || lead === 48) return mark;
  return Mark.Either;
}

interface Scan {
  dot: CellRef | null;
  comma: CellRef | null;
  ambiguous: number;
  dayFirst: CellRef | null;
  monthFirst: CellRef | null;
  ambiguousDates: number;
  placeholders: number;
  placeholder: CellRef | null;
  found: string;
  examples: Map<CellRef, string>;
}

function scanColumn(tab: string, meta: ColumnMeta, values: unknown[][], col: number, ctx: ReadContext): Scan {
  const scan: Scan = {
    dot: null,
    comma: null,
    ambiguous: 0,
    dayFirst: null,
    monthFirst: null,
    ambiguousDates: 0,
    placeholders: 0,
    placeholder: null,
    found: "",
    examples: new Map(),
  };
  const numeric = isFigureKind(meta.kind);
  const date = meta.kind === "date";
  const ref = (r: number, v: string): CellRef => {
    const c = { tab, row: r + 1, col, column: meta.header };
    scan.examples.set(c, v.trim());
    return c;
  };
  for (let r = 1; r < values.length; r++) {
    const v = values[r]?.[col];
    // Numbers and ISO dates (`2026-03-04`) say nothing here: skip them without a regex.
    if (typeof v !== "string" || (isDigit(v.charCodeAt(0)) && v.charCodeAt(4) === 45)) continue;
    if (isPlaceholder(v)) {
      if (scan.placeholders++ === 0) {
        scan.placeholder = ref(r, v);
        scan.found = v.trim();
      }
      continue;
    }
    if (numeric) {
      const m = markOf(v);
      if (m === Mark.Dot) scan.dot ??= ref(r, v);
      else if (m === Mark.Comma) scan.comma ??= ref(r, v);
      else if (m === Mark.Either && v.includes(ctx.decimal)) scan.ambiguous++;
    } else if (date) {
      const d = NUMERIC_DATE.exec(v);
      if (!d) continue;
      const a = Number(d[1]);
      const b = Number(d[2]);
      if (a > 12 && b <= 12) scan.dayFirst ??= ref(r, v);
      else if (b > 12 && a <= 12) scan.monthFirst ??= ref(r, v);
      else if (a !== b && a <= 12) scan.ambiguousDates++;
    }
  }
  return scan;
}

/**
 * The context to read one figure column with: the column's own cells settle
 * the decimal mark or the day/month order when they agree, and its
 * placeholders are reported once. Findings about the whole column are added here.
 */
export function columnContext(
  tab: string,
  meta: ColumnMeta,
  values: unknown[][],
  col: number,
  ctx: ReadContext,
  issues: IssueList,
): ReadContext {
  if (!scanned(meta)) return ctx;
  const scan = scanColumn(tab, meta, values, col, ctx);
  let out = ctx;
  if (scan.placeholders > 0 && !meta.required && scan.placeholder) {
    issues.add(
      cellIssue(
        "warning",
        "placeholder",
        scan.placeholder,
        sentence.placeholderColumn(meta.header, scan.placeholders, scan.found, cellName(scan.placeholder)),
      ),
    );
    out = { ...out, placeholdersReported: true };
  }
  const settled = scan.dot && !scan.comma ? scan.dot : scan.comma && !scan.dot ? scan.comma : null;
  if (settled) {
    const decimal = settled === scan.dot ? "." : ",";
    if (decimal !== ctx.decimal && scan.ambiguous > 0)
      issues.add(
        cellIssue(
          "warning",
          "ambiguous-number",
          header(tab, meta, col),
          sentence.decimalSettled(meta.header, decimal, cellName(settled), scan.examples.get(settled) ?? ""),
        ),
      );
    out = { ...out, decimal, decimalSettled: true };
  }
  const order =
    scan.dayFirst && !scan.monthFirst
      ? scan.dayFirst
      : scan.monthFirst && !scan.dayFirst
        ? scan.monthFirst
        : null;
  if (order && scan.ambiguousDates > 0) {
    const dateOrder = order === scan.dayFirst ? "dmy" : "mdy";
    issues.add(
      cellIssue(
        "warning",
        "ambiguous-date",
        header(tab, meta, col),
        sentence.dateOrderSettled(meta.header, dateOrder, cellName(order), scan.examples.get(order) ?? ""),
      ),
    );
    out = { ...out, dateOrder, dateOrderSettled: true };
  }
  return out;
}

const header = (tab: string, meta: ColumnMeta, col: number): CellRef => ({
  tab,
  row: 1,
  col,
  column: meta.header,
});

const cellName = (ref: CellRef): string => a1(ref.tab, ref.col, ref.row);
