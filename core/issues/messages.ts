// Every sentence the core says to a user, in one place. Tests compare against
// these functions; the report's translations key off the same issue codes.

const q = (s: string | undefined) => `"${s ?? ""}"`;
const list = (xs: readonly string[]) => xs.join(", ");

export const msg = {
  missingTab: (tab: string) =>
    `The ${tab} tab is missing; add it (the add-on's "Create campaign template" does).`,
  missingHeaders: (tab: string, headers: readonly string[]) =>
    headers.length === 1
      ? `The ${tab} tab has no "${headers[0]}" column in row 1, so its rows cannot be read.`
      : `The ${tab} tab lacks the columns ${list(headers.map((h) => `"${h}"`))} in row 1, so its rows cannot be read.`,
  duplicateHeader: (
    header: string,
    used: string,
    ignored: string,
    usedText?: string,
    ignoredText?: string,
  ) =>
    usedText === undefined || ignoredText === undefined || usedText === ignoredText
      ? `"${header}" appears twice in the header row; column ${used} is used and column ${ignored} is ignored.`
      : `${q(usedText)} (column ${used}) and ${q(ignoredText)} (column ${ignored}) both name the ${header} column; column ${used} is used and column ${ignored} is ignored.`,
  unknownColumn: (header: string, cell: string, suggestion: string | undefined) =>
    suggestion === undefined
      ? `Column ${q(header)} in ${cell} is not a column of this tab and is ignored.`
      : `Column ${q(header)} in ${cell} is ignored — did you mean ${suggestion}?`,
  unknownField: (field: string, cell: string, suggestion: string | undefined) =>
    suggestion === undefined
      ? `Field ${q(field)} in ${cell} is not a field of the Campaign tab and is ignored.`
      : `Field ${q(field)} in ${cell} is ignored — did you mean ${suggestion}?`,
  headerCurrency: (header: string, column: string, campaignCurrency: string | null) =>
    campaignCurrency === null
      ? `${q(header)} names a currency, but the Campaign tab gives none; ${column} is read as plain amounts.`
      : `${q(header)} names a currency other than the campaign's ${campaignCurrency}; ${column} is read as ${campaignCurrency} all the same. Convert the amounts or fix the Currency.`,
  duplicateTab: (tab: string, names: readonly string[], used: string) =>
    `${names.length} tabs are named like ${tab} (${list(names.map((n) => q(n)))}); only ${q(used)} is read. Rename or delete the others.`,
  keptWithout: (problem: string, column: string) => `${problem} The row is kept, without its ${column}.`,
  totalRow: (tab: string, row: number, found: string | null) =>
    found === null
      ? `Row ${row} of ${tab} holds the sums of the rows above it, so it is taken as a total row and left out.`
      : `Row ${row} of ${tab} says ${q(found)}, so it is taken as a total row and left out.`,
  uncachedFormula: (column: string, formula: string) =>
    `${column} holds the formula ${q(formula)} with no stored result (the file was written by a program that never calculated it); open the file in Excel, LibreOffice or Google Sheets and save it, then read it again.`,
  ambiguousCurrency: (found: string, readings: readonly string[]) =>
    `Currency ${q(found)} can mean ${list(readings)}; type the three-letter code.`,
  noCurrency: () =>
    "The Campaign tab gives no Currency, so amounts are shown without a currency sign; add the three-letter code (USD, EUR…) of the workbook's money.",
  emptyTab: (tab: string) => `The ${tab} tab has no data rows.`,
  missingField: (field: string) =>
    `The Campaign tab needs a "${field}"; add a row with it in the Field column.`,
  required: (column: string) => `${column} is required; this cell is empty.`,
  cellError: (column: string, found: string | undefined) =>
    `${column} holds the spreadsheet error ${found ?? ""}; fix the formula or type the value.`,
  notANumber: (column: string, found: string | undefined) => `${column} must be a number; found ${q(found)}.`,
  negative: (column: string, found: string | undefined) => `${column} cannot be negative; found ${q(found)}.`,
  tooLarge: (column: string, found: string | undefined) =>
    `${column} is too large to be a campaign figure; found ${q(found)}.`,
  rateOutOfRange: (column: string, found: string | undefined) =>
    `${column} must be a rate between 0 and 1 (or 0% to 100%); found ${q(found)}.`,
  percentPoints: (column: string, found: string | undefined, readAs: string | undefined) =>
    `${column} ${q(found)} was read as ${readAs ?? "a percentage"}; type it as a fraction (0.035) or with % to be explicit.`,
  notADate: (column: string, found: string | undefined) =>
    `${column} must be a date (for example 2026-03-01); found ${q(found)}.`,
  ambiguousDate: (column: string, found: string | undefined, readAs: string | undefined, locale: string) =>
    `${column} ${q(found)} was read as ${readAs ?? "a date"} (the day/month order of locale ${locale}); type 2026-03-01 style dates to be sure.`,
  ambiguousNumber: (
    column: string,
    found: string | undefined,
    readAs: string | undefined,
    other: string | undefined,
    locale: string,
  ) =>
    `${column} ${q(found)} was read as ${readAs ?? ""} (the decimal mark of locale ${locale}); it could also mean ${other ?? ""}. Type ${readAs ?? ""} or ${other ?? ""} without the separator to be sure.`,
  decimalSettled: (column: string, mark: string, cell: string, example: string) =>
    `${column} is read with ${q(mark)} as the decimal mark, as ${cell} (${q(example)}) shows; values such as 16${mark === "." ? "," : "."}000 in this column are read as thousands.`,
  foreignCurrency: (
    column: string,
    found: string | undefined,
    currency: string | undefined,
    campaignCurrency: string,
    readAs: string | undefined,
    other: string | undefined,
  ) =>
    `${column} ${q(found)} is in ${currency || "another currency"}, not the campaign currency ${campaignCurrency}; it is counted as ${readAs ?? ""} ${campaignCurrency}${other ? ` (or ${other}, read with the other decimal mark)` : ""}. Convert it to ${campaignCurrency}.`,
  placeholderColumn: (column: string, count: number, found: string, cell: string) =>
    count === 1
      ? `${column} holds the placeholder ${q(found)} in ${cell}; it is read as not measured (blank) and its row is kept.`
      : `${column} holds ${count} placeholders such as ${q(found)} (first in ${cell}); they are read as not measured (blank) and their rows are kept.`,
  placeholderCell: (column: string, found: string | undefined) =>
    `${column} ${q(found)} is read as not measured (blank); the row is kept.`,
  placeholderRequired: (column: string, found: string | undefined) =>
    `${column} is required; ${q(found)} says it is not known, so the row is left out.`,
  dateOrderSettled: (column: string, order: "mdy" | "dmy", cell: string, example: string) =>
    `${column}: dates such as 03/04/2026 are read ${order === "dmy" ? "day first (4 March 2026)" : "month first (March 4, 2026)"}, as ${cell} (${q(example)}) shows; type 2026-03-04 style dates to be sure.`,
  farYear: (column: string, date: string, start: string, end: string) =>
    `${column} ${date} is more than two years from the campaign dates (${start} to ${end}); check the year.`,
  farEndDate: (end: string, start: string) =>
    `End date ${end} is more than two years after the start date ${start}; check the year.`,
  notAnOption: (column: string, found: string | undefined, values: readonly string[]) =>
    `${column} must be one of ${list(values)}; found ${q(found)}.`,
  notAUrl: (column: string, found: string | undefined) =>
    `${column} must be a web address starting with http:// or https://; found ${q(found)}.`,
  notACurrency: (found: string | undefined) =>
    `Currency must be a three-letter ISO code such as USD or EUR; found ${q(found)}.`,
  notALocale: (found: string | undefined) =>
    `Locale must be a language tag such as en, da, vi, zh-CN or ar; found ${q(found)}.`,
  badThresholds: (found: string | undefined) =>
    `Tier thresholds must be four increasing follower counts, such as "10000, 100000, 500000, 1000000"; found ${q(found)}.`,
  tooLong: (column: string, max: number) =>
    `${column} is longer than ${max} characters; only the first ${max} are used.`,
  duplicate: (column: string, value: string, firstCell: string) =>
    `${column} ${q(value)} is already used in ${firstCell}; each must be unique.`,
  unknownCreatorInContent: (handle: string) =>
    `Creator ${q(handle)} is not on the Creators tab; add the creator there or fix the handle.`,
  unknownCreatorInConversions: (handle: string) =>
    `Creator ${q(handle)} is not on the Creators tab; the row counts as unattributed.`,
  unknownKpi: (found: string) =>
    `KPI ${q(found)} is not a known KPI key (such as revenue, roas, cpa, er_impressions).`,
  unknownDiscountCode: (code: string) =>
    `Discount code ${q(code)} belongs to no creator. The row counts as unattributed.`,
  codeCreatorMismatch: (code: string, codeOwner: string, creator: string) =>
    `Discount code ${q(code)} belongs to ${codeOwner}, but the row names ${creator}; fix one of them.`,
  unattributed: () =>
    `This conversion row names no creator and no known discount code; it counts as unattributed.`,
  unknownSku: (sku: string) => `SKU ${q(sku)} is not on the Products tab; it is reported as its own product.`,
  unknownOwner: (owner: string) => `Owner ${q(owner)} is not on the Team tab.`,
  endBeforeStart: (end: string, start: string) => `End date ${end} is before the start date ${start}.`,
  outsideCampaign: (date: string, start: string, end: string) =>
    `Published ${date} is outside the campaign (${start} to ${end}).`,
  beforeStart: (date: string, start: string) => `Date ${date} is before the campaign started (${start}).`,
  periodOverlap: (period: string, other: string) => `The ${period} period overlaps the ${other} period.`,
  reachAboveImpressions: () => `Reach is higher than impressions; check both figures.`,
  clicksAboveImpressions: () => `Clicks are higher than impressions; check both figures.`,
  typedInComputed: (label: string, found: string) =>
    `${q(found)} was typed into ${label}, a column Compute KPIs fills in; it is kept, and this cell is no longer updated. Move the value to a column of your own and clear this cell.`,
  computedName: (header: string, cell: string, description: string | undefined) =>
    `Column ${q(header)} in ${cell} has the name of a column Compute KPIs fills in${description ? ` (${description})` : ""}, so its values are not read. They are kept as typed, and Compute KPIs writes its own ${header} in a column of its own; rename this column (for example ${q(`${header} (mine)`)}) to tell the two apart.`,
  duplicateComputed: (label: string, first: string) =>
    `This column is a second copy of the computed column ${label}; Compute KPIs updates column ${first} only. Delete this copy when you no longer need it.`,
  rowsExcluded: (tab: string, rows: readonly number[]) =>
    rows.length === 1
      ? `Row ${rows[0]} of ${tab} has an error and is left out of the KPIs.`
      : `${rows.length} rows of ${tab} have errors and are left out of the KPIs (rows ${abbreviate(rows)}).`,
};

function abbreviate(rows: readonly number[]): string {
  return rows.length <= 12 ? rows.join(", ") : `${rows.slice(0, 10).join(", ")} and ${rows.length - 10} more`;
}
