// Every sentence the core says to a user, in one place. Each `sentence` returns the
// English text and the values it names (its args), so a report can say the same in
// another language by the issue's code; `msg` is the text alone. Tests compare against
// these functions.
import type { IssueArg, IssueArgs } from "./issue.ts";

/** A finding's sentence: the English text, and the values it names for other languages. */
export interface Said {
  message: string;
  args: IssueArgs;
}

const q = (s: string | undefined) => `"${s ?? ""}"`;
const list = (xs: readonly string[]) => xs.join(", ");

/** The sentence and its args, those left undefined dropped. */
function said(message: string, args: Record<string, IssueArg | undefined>): Said {
  const out: Record<string, IssueArg> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined) out[k] = v;
  return { message, args: out };
}

export const sentence = {
  missingTab: (tab: string) =>
    said(`The ${tab} tab is missing; add it (the add-on's "Create campaign template" does).`, { tab }),
  missingHeaders: (tab: string, headers: readonly string[]) =>
    said(
      headers.length === 1
        ? `The ${tab} tab has no "${headers[0]}" column in row 1, so its rows cannot be read.`
        : `The ${tab} tab lacks the columns ${list(headers.map((h) => `"${h}"`))} in row 1, so its rows cannot be read.`,
      { tab, headers, count: headers.length },
    ),
  /** The headers are in `row`, below a title (`missing`: the required ones that row lacks too). */
  headersBelow: (tab: string, row: number, missing: readonly string[]) => {
    const above = row === 2 ? "the row above them" : `the ${row - 1} rows above them`;
    const lacks = missing.length > 0 ? `, and lack ${list(missing.map((h) => `"${h}"`))},` : ",";
    const fix = missing.length > 0 ? `delete ${above} and add the missing columns` : `delete ${above}`;
    return said(
      `The ${tab} tab's headers are in row ${row}, not row 1${lacks} so its rows cannot be read; ${fix}.`,
      {
        tab,
        row,
        count: row - 1,
        form: missing.length > 0 ? "missing" : "plain",
        headers: missing.length > 0 ? [...missing] : undefined,
      },
    );
  },
  duplicateHeader: (
    header: string,
    used: string,
    ignored: string,
    usedText?: string,
    ignoredText?: string,
  ) =>
    usedText === undefined || ignoredText === undefined || usedText === ignoredText
      ? said(
          `"${header}" appears twice in the header row; column ${used} is used and column ${ignored} is ignored.`,
          { form: "same", header, used, ignored },
        )
      : said(
          `${q(usedText)} (column ${used}) and ${q(ignoredText)} (column ${ignored}) both name the ${header} column; column ${used} is used and column ${ignored} is ignored.`,
          { form: "spelled", header, used, ignored, usedText, ignoredText },
        ),
  unknownColumn: (header: string, cell: string, suggestion: string | undefined) =>
    suggestion === undefined
      ? said(`Column ${q(header)} in ${cell} is not a column of this tab and is ignored.`, {
          form: "plain",
          header,
          cell,
        })
      : said(`Column ${q(header)} in ${cell} is ignored — did you mean ${suggestion}?`, {
          form: "suggestion",
          header,
          cell,
          suggestion,
        }),
  unknownField: (field: string, cell: string, suggestion: string | undefined) =>
    suggestion === undefined
      ? said(`Field ${q(field)} in ${cell} is not a field of the Campaign tab and is ignored.`, {
          form: "plain",
          field,
          cell,
        })
      : said(`Field ${q(field)} in ${cell} is ignored — did you mean ${suggestion}?`, {
          form: "suggestion",
          field,
          cell,
          suggestion,
        }),
  headerCurrency: (header: string, column: string, campaignCurrency: string | null) =>
    campaignCurrency === null
      ? said(
          `${q(header)} names a currency, but the Campaign tab gives none; ${column} is read as plain amounts.`,
          { form: "none", header, column },
        )
      : said(
          `${q(header)} names a currency other than the campaign's ${campaignCurrency}; ${column} is read as ${campaignCurrency} all the same. Convert the amounts or fix the Currency.`,
          { form: "differs", header, column, currency: campaignCurrency },
        ),
  duplicateTab: (tab: string, names: readonly string[], used: string) =>
    said(
      `${names.length} tabs are named like ${tab} (${list(names.map((n) => q(n)))}); only ${q(used)} is read. Rename or delete the others.`,
      { tab, names, used, count: names.length },
    ),
  /** A cell problem in a column the KPIs do not need: the row stays, without the value. */
  keptWithout: (problem: Said, column: string) =>
    said(`${problem.message} The row is kept, without its ${column}.`, { ...problem.args, kept: column }),
  totalRow: (tab: string, row: number, found: string | null) =>
    found === null
      ? said(
          `Row ${row} of ${tab} holds the sums of the rows above it, so it is taken as a total row and left out.`,
          { form: "sums", tab, row },
        )
      : said(`Row ${row} of ${tab} says ${q(found)}, so it is taken as a total row and left out.`, {
          form: "says",
          tab,
          row,
          found,
        }),
  uncachedFormula: (column: string, formula: string) =>
    said(
      `${column} holds the formula ${q(formula)} with no stored result (the file was written by a program that never calculated it); open the file in Excel, LibreOffice or Google Sheets and save it, then read it again.`,
      { column, formula },
    ),
  ambiguousCurrency: (found: string, readings: readonly string[]) =>
    said(`Currency ${q(found)} can mean ${list(readings)}; type the three-letter code.`, {
      form: "ambiguous",
      found,
      readings,
    }),
  noCurrency: () =>
    said(
      "The Campaign tab gives no Currency, so amounts are shown without a currency sign; add the three-letter code (USD, EUR…) of the workbook's money.",
      {},
    ),
  emptyTab: (tab: string) => said(`The ${tab} tab has no data rows.`, { tab }),
  missingField: (field: string) =>
    said(`The Campaign tab needs a "${field}"; add a row with it in the Field column.`, { field }),
  required: (column: string) => said(`${column} is required; this cell is empty.`, { form: "blank", column }),
  cellError: (column: string, found: string | undefined) =>
    said(`${column} holds the spreadsheet error ${found ?? ""}; fix the formula or type the value.`, {
      column,
      found: found ?? "",
    }),
  notANumber: (column: string, found: string | undefined) =>
    said(`${column} must be a number; found ${q(found)}.`, { column, found: found ?? "" }),
  negative: (column: string, found: string | undefined) =>
    said(`${column} cannot be negative; found ${q(found)}.`, { column, found: found ?? "" }),
  tooLarge: (column: string, found: string | undefined) =>
    said(`${column} is too large to be a campaign figure; found ${q(found)}.`, {
      column,
      found: found ?? "",
    }),
  rateOutOfRange: (column: string, found: string | undefined) =>
    said(`${column} must be a rate between 0 and 1 (or 0% to 100%); found ${q(found)}.`, {
      column,
      found: found ?? "",
    }),
  fractionalCount: (column: string, found: string, readAs: string) =>
    said(`${column} ${q(found)} is not a whole number; it is counted as ${readAs}. Check the cell.`, {
      column,
      found,
      readAs,
    }),
  percentPoints: (column: string, found: string | undefined, readAs: string | undefined) =>
    said(
      `${column} ${q(found)} was read as ${readAs ?? "a percentage"}; type it as a fraction (0.035) or with % to be explicit.`,
      { column, found: found ?? "", readAs },
    ),
  notADate: (column: string, found: string | undefined) =>
    said(`${column} must be a date (for example 2026-03-01); found ${q(found)}.`, {
      column,
      found: found ?? "",
    }),
  /** `date` is the reading as YYYY-MM-DD, `readAs` the same spelled out. */
  ambiguousDate: (
    column: string,
    found: string | undefined,
    readAs: string | undefined,
    locale: string,
    date?: string,
  ) =>
    said(
      `${column} ${q(found)} was read as ${readAs ?? "a date"} (the day/month order of locale ${locale}); type 2026-03-01 style dates to be sure.`,
      { form: "cell", column, found: found ?? "", date, locale },
    ),
  ambiguousNumber: (
    column: string,
    found: string | undefined,
    readAs: string | undefined,
    other: string | undefined,
    locale: string,
  ) =>
    said(
      `${column} ${q(found)} was read as ${readAs ?? ""} (the decimal mark of locale ${locale}); it could also mean ${other ?? ""}. Type ${readAs ?? ""} or ${other ?? ""} without the separator to be sure.`,
      { form: "cell", column, found: found ?? "", readAs: readAs ?? "", other: other ?? "", locale },
    ),
  decimalSettled: (column: string, mark: string, cell: string, example: string) =>
    said(
      `${column} is read with ${q(mark)} as the decimal mark, as ${cell} (${q(example)}) shows; values such as 16${mark === "." ? "," : "."}000 in this column are read as thousands.`,
      { form: "column", column, mark, cell, example, thousands: `16${mark === "." ? "," : "."}000` },
    ),
  foreignCurrency: (
    column: string,
    found: string | undefined,
    currency: string | undefined,
    campaignCurrency: string,
    readAs: string | undefined,
    other: string | undefined,
  ) =>
    said(
      `${column} ${q(found)} is in ${currency || "another currency"}, not the campaign currency ${campaignCurrency}; it is counted as ${readAs ?? ""} ${campaignCurrency}${other ? ` (or ${other}, read with the other decimal mark)` : ""}. Convert it to ${campaignCurrency}.`,
      {
        form: other ? "either" : "plain",
        column,
        found: found ?? "",
        currency: currency || "?",
        campaignCurrency,
        readAs: readAs ?? "",
        other: other || undefined,
      },
    ),
  /**
   * Money cells whose number format shows another currency than the campaign's (`currencies`,
   * as the formats name them), read as their numbers: `rows` holds each cell's row, ascending.
   */
  formatCurrency: (
    column: string,
    tab: string,
    rows: readonly number[],
    currencies: readonly string[],
    campaignCurrency: string,
  ) => {
    const one = rows.length === 1;
    const spans = rowSpans(rows);
    const shown = listed(currencies);
    return said(
      one
        ? `${column} in row ${rows[0]} of ${tab} is formatted in ${shown}, not the campaign currency ${campaignCurrency}, but it is counted as ${campaignCurrency}. Convert the amount to ${campaignCurrency} or change the cell's format.`
        : `${rows.length} ${column} cells of ${tab} are formatted in ${shown}, not the campaign currency ${campaignCurrency} (rows ${listed(spans)}), but they are counted as ${campaignCurrency}. Convert the amounts to ${campaignCurrency} or change the cells' format.`,
      { column, tab, rows: spans, count: rows.length, currencies: [...currencies], campaignCurrency },
    );
  },
  placeholderColumn: (column: string, count: number, found: string, cell: string) =>
    said(
      count === 1
        ? `${column} holds the placeholder ${q(found)} in ${cell}; it is read as not measured (blank) and its row is kept.`
        : `${column} holds ${count} placeholders such as ${q(found)} (first in ${cell}); they are read as not measured (blank) and their rows are kept.`,
      { form: "column", column, count, found, cell },
    ),
  placeholderCell: (column: string, found: string | undefined) =>
    said(`${column} ${q(found)} is read as not measured (blank); the row is kept.`, {
      form: "cell",
      column,
      found: found ?? "",
    }),
  placeholderRequired: (column: string, found: string | undefined) =>
    said(`${column} is required; ${q(found)} says it is not known, so the row is left out.`, {
      form: "placeholder",
      column,
      found: found ?? "",
    }),
  dateOrderSettled: (column: string, order: "mdy" | "dmy", cell: string, example: string) =>
    said(
      `${column}: dates such as 03/04/2026 are read ${order === "dmy" ? "day first (3 April 2026)" : "month first (March 4, 2026)"}, as ${cell} (${q(example)}) shows; type 2026-03-04 style dates to be sure.`,
      { form: `column-${order}`, column, cell, example },
    ),
  farYear: (column: string, date: string, start: string, end: string) =>
    said(
      `${column} ${date} is more than two years from the campaign dates (${start} to ${end}); check the year.`,
      { form: "date", column, date, start, end },
    ),
  farEndDate: (end: string, start: string) =>
    said(`End date ${end} is more than two years after the start date ${start}; check the year.`, {
      form: "end-date",
      end,
      start,
    }),
  notAnOption: (column: string, found: string | undefined, values: readonly string[]) =>
    said(`${column} must be one of ${list(values)}; found ${q(found)}.`, {
      column,
      found: found ?? "",
      values,
    }),
  notAUrl: (column: string, found: string | undefined) =>
    said(`${column} must be a web address starting with http:// or https://; found ${q(found)}.`, {
      column,
      found: found ?? "",
    }),
  notACurrency: (found: string | undefined) =>
    said(`Currency must be a three-letter ISO code such as USD or EUR; found ${q(found)}.`, {
      form: "invalid",
      found: found ?? "",
    }),
  notALocale: (found: string | undefined) =>
    said(`Locale must be a language tag such as en, da, vi, zh-CN or ar; found ${q(found)}.`, {
      found: found ?? "",
    }),
  badThresholds: (found: string | undefined) =>
    said(
      `Tier thresholds must be four increasing follower counts, such as "10000, 100000, 500000, 1000000"; found ${q(found)}.`,
      { found: found ?? "" },
    ),
  tooLong: (column: string, max: number) =>
    said(`${column} is longer than ${max} characters; only the first ${max} are used.`, { column, max }),
  duplicate: (column: string, value: string, firstCell: string) =>
    said(`${column} ${q(value)} is already used in ${firstCell}; each must be unique.`, {
      column,
      value,
      cell: firstCell,
    }),
  /** `tabRead`: false when the Creators tab itself cannot be read, which is then the cause. */
  unknownCreatorInContent: (handle: string, tabRead = true) =>
    tabRead
      ? said(`Creator ${q(handle)} is not on the Creators tab; add the creator there or fix the handle.`, {
          form: "content",
          handle,
        })
      : said(
          `Creator ${q(handle)} cannot be matched while the Creators tab cannot be read; fix that tab first.`,
          { form: "content-unread", handle },
        ),
  unknownCreatorInConversions: (handle: string, tabRead = true) =>
    tabRead
      ? said(`Creator ${q(handle)} is not on the Creators tab; the row counts as unattributed.`, {
          form: "conversions",
          handle,
        })
      : said(
          `Creator ${q(handle)} cannot be matched while the Creators tab cannot be read; the row counts as unattributed until that tab is fixed.`,
          { form: "conversions-unread", handle },
        ),
  unknownKpi: (found: string) =>
    said(`KPI ${q(found)} is not a known KPI key (such as revenue, roas, cpa, er_impressions).`, { found }),
  unknownDiscountCode: (code: string) =>
    said(`Discount code ${q(code)} belongs to no creator. The row counts as unattributed.`, { code }),
  codeCreatorMismatch: (code: string, codeOwner: string, creator: string) =>
    said(`Discount code ${q(code)} belongs to ${codeOwner}, but the row names ${creator}; fix one of them.`, {
      code,
      owner: codeOwner,
      creator,
    }),
  unattributed: () =>
    said("This conversion row names no creator and no known discount code; it counts as unattributed.", {}),
  unknownSku: (sku: string) =>
    said(`SKU ${q(sku)} is not on the Products tab; it is reported as its own product.`, { sku }),
  unknownOwner: (owner: string) => said(`Owner ${q(owner)} is not on the Team tab.`, { owner }),
  endBeforeStart: (end: string, start: string) =>
    said(`End date ${end} is before the start date ${start}.`, { end, start }),
  outsideCampaign: (date: string, start: string, end: string) =>
    said(`Published ${date} is outside the campaign (${start} to ${end}).`, { date, start, end }),
  beforeStart: (date: string, start: string) =>
    said(`Date ${date} is before the campaign started (${start}).`, { date, start }),
  periodOverlap: (period: string, other: string) =>
    said(`The ${period} period overlaps the ${other} period.`, { period, other }),
  reachAboveImpressions: () => said("Reach is higher than impressions; check both figures.", {}),
  clicksAboveImpressions: () => said("Clicks are higher than impressions; check both figures.", {}),
  typedInComputed: (label: string, found: string) =>
    said(
      `${q(found)} was typed into ${label}, a column Compute KPIs fills in; it is kept, and this cell is no longer updated. Move the value to a column of your own and clear this cell.`,
      { column: label, found },
    ),
  computedName: (header: string, cell: string, description: string | undefined) =>
    said(
      `Column ${q(header)} in ${cell} has the name of a column Compute KPIs fills in${description ? ` (${description})` : ""}, so its values are not read. They are kept as typed, and Compute KPIs writes its own ${header} in a column of its own; rename this column (for example ${q(`${header} (mine)`)}) to tell the two apart.`,
      description
        ? { form: "described", column: header, cell, description }
        : { form: "plain", column: header, cell },
    ),
  duplicateComputed: (label: string, first: string) =>
    said(
      `This column is a second copy of the computed column ${label}; Compute KPIs updates column ${first} only. Delete this copy when you no longer need it.`,
      { column: label, first },
    ),
  /**
   * Data rows out of view in the sheet, counted all the same. `status`: the value of the tab's
   * Status column that leaves a row out of the totals, when it has one.
   */
  hiddenRows: (tab: string, rows: readonly number[], status?: string) =>
    countedRows(
      ["is hidden or filtered out of view", "are hidden or filtered out of view"],
      tab,
      rows,
      status,
    ),
  /** Data rows struck through in the sheet, counted all the same; `status` as for hiddenRows. */
  struckRows: (tab: string, rows: readonly number[], status?: string) =>
    countedRows(["is struck through", "are struck through"], tab, rows, status),
  rowsExcluded: (tab: string, rows: readonly number[]) =>
    said(
      rows.length === 1
        ? `Row ${rows[0]} of ${tab} has an error and is left out of the KPIs.`
        : `${rows.length} rows of ${tab} have errors and are left out of the KPIs (rows ${abbreviate(rows)}).`,
      { tab, rows, count: rows.length },
    ),
};

/** Rows marked as if left out that are counted all the same: what they are (one, several), and the ways out. */
function countedRows(
  [isWhat, areWhat]: readonly [string, string],
  tab: string,
  rows: readonly number[],
  status: string | undefined,
): Said {
  const spans = rowSpans(rows);
  const one = rows.length === 1;
  const fix = one ? "delete the row" : "delete the rows";
  const orStatus = status === undefined ? "" : ` or set ${one ? "its" : "their"} Status to ${status}`;
  return said(
    one
      ? `Row ${rows[0]} of ${tab} ${isWhat}, but it is still counted in the KPIs; to leave it out, ${fix}${orStatus}.`
      : `${rows.length} rows of ${tab} ${areWhat} (rows ${listed(spans)}), but they are still counted in the KPIs; to leave them out, ${fix}${orStatus}.`,
    { form: status === undefined ? "plain" : "status", tab, rows: spans, count: rows.length, status },
  );
}

/** A list longer than this is said as its first LIST_SHOWN items and how many more, here and in the report. */
export const LIST_MAX = 12;
export const LIST_SHOWN = 10;

/** Ascending rows as runs: [5, 9, 12, 13, 14] → ["5", "9", "12–14"]. */
export function rowSpans(rows: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    out.push(j === i ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return out;
}

/** Items as `a, b and c`; past LIST_MAX, the first LIST_SHOWN and how many more (as the report lists them). */
function listed(items: readonly string[]): string {
  const shown =
    items.length > LIST_MAX ? [...items.slice(0, LIST_SHOWN), `${items.length - LIST_SHOWN} more`] : items;
  return shown.length <= 1
    ? (shown[0] ?? "")
    : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

function abbreviate(rows: readonly number[]): string {
  return rows.length <= LIST_MAX
    ? rows.join(", ")
    : `${rows.slice(0, LIST_SHOWN).join(", ")} and ${rows.length - LIST_SHOWN} more`;
}

type Texts<T> = { [K in keyof T]: T[K] extends (...a: infer A) => Said ? (...a: A) => string : never };

/** The English sentences as text. */
export const msg = Object.fromEntries(
  Object.entries(sentence).map(([k, f]) => [
    k,
    (...a: never[]) => (f as (...x: never[]) => Said)(...a).message,
  ]),
) as Texts<typeof sentence>;
