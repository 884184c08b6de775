/** A finding about the workbook. Findings are data: collected, never thrown. */
export interface Issue {
  severity: "error" | "warning";
  code: IssueCode;
  /** Tab name as the template spells it (Creators), or as found for unknown tabs. */
  tab: string;
  /** 1-based sheet row; null for a finding about the whole tab. */
  row: number | null;
  /** Header label of the column (template spelling); null when not about one column. */
  column: string | null;
  /** A1 reference with the tab (`Creators!D7`); null when the finding has no single cell. */
  cell: string | null;
  /** The finding in English. */
  message: string;
  /** The values the message names, for saying it in another language (see IssueArgs). */
  args?: IssueArgs;
}

/** A value a finding names: text as found or as the template spells it, a count or row, or a list. */
export type IssueArg = string | number | readonly string[] | readonly number[];

/**
 * The values a finding's message names, by name: `column`, `header`, `tab`, `found` (the cell's
 * text), `suggestion`, `date`/`start`/`end` (YYYY-MM-DD), `row`, `count`… When a code has more
 * than one sentence, `form` names the one used (`unknown-column`: `plain` or `suggestion`);
 * `kept` is the column whose value was dropped while its row is kept.
 */
export type IssueArgs = Readonly<Record<string, IssueArg>>;

/** Every kind of finding, by the code the report's translations and the JSON use. */
export const ISSUE_CODES = [
  "missing-tab",
  "missing-header",
  "headers-below",
  "duplicate-header",
  "unknown-column",
  "unknown-field",
  "header-currency",
  "duplicate-tab",
  "total-row",
  "hidden-rows",
  "struck-rows",
  "uncached-formula",
  "no-currency",
  "empty-tab",
  "missing-field",
  "required",
  "cell-error",
  "not-a-number",
  "negative",
  "out-of-range",
  "too-large",
  "percent-points",
  "fractional-count",
  "not-a-date",
  "ambiguous-date",
  "ambiguous-number",
  "foreign-currency",
  "format-currency",
  "placeholder",
  "far-year",
  "not-an-option",
  "not-a-url",
  "not-a-currency",
  "not-a-locale",
  "bad-thresholds",
  "too-long",
  "duplicate",
  "unknown-creator",
  "unknown-kpi",
  "unknown-discount-code",
  "code-creator-mismatch",
  "unattributed",
  "unknown-sku",
  "unknown-owner",
  "end-before-start",
  "outside-campaign",
  "before-start",
  "period-overlap",
  "reach-above-impressions",
  "clicks-above-impressions",
  "rows-excluded",
  // Found by the add-on in its own computed columns (never by reading a file).
  "typed-in-computed",
  "duplicate-computed",
  "computed-name",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `Creators!D7`; tab names that need it are quoted as spreadsheets do. */
export function a1(tab: string, columnIndex: number, row: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(columnIndex)}${row}`;
}

const TAB_ORDER_FALLBACK = 1000;

/** Stable order for display: tab order given, then row, then column; a tab's rows-excluded summary comes after the findings it sums up. */
export function sortIssues(issues: Issue[], tabOrder: readonly string[]): Issue[] {
  const rank = (t: string) => {
    const i = tabOrder.indexOf(t);
    return i < 0 ? TAB_ORDER_FALLBACK : i;
  };
  const row = (i: Issue) => (i.code === "rows-excluded" ? Number.MAX_SAFE_INTEGER : (i.row ?? 0));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        rank(a.issue.tab) - rank(b.issue.tab) ||
        row(a.issue) - row(b.issue) ||
        cellColumn(a.issue.cell) - cellColumn(b.issue.cell) ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}

function cellColumn(cell: string | null): number {
  if (!cell) return -1;
  const m = /!([A-Z]+)\d+$/.exec(cell);
  if (!m?.[1]) return -1;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
