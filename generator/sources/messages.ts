// What the CLI says when a source file cannot be read safely (one sentence each).
const mb = (n: number) => `${Math.round(n / 1_000_000)} MB`;

export const sourceMessages = {
  tooBig: (file: string, size: number, max: number) =>
    `Cannot read "${file}": it is ${mb(size)}, over the ${mb(max)} limit for a campaign workbook.`,
  encrypted: (file: string) =>
    `Cannot read "${file}": it is password-protected (or an old .xls); save it in Excel or LibreOffice without a password as .xlsx and try again.`,
  notZip: (file: string, ext: string) =>
    `Cannot read "${file}" as a spreadsheet: the file is damaged, truncated or not really ${ext}.`,
  unpacksTooBig: (file: string, max: number) =>
    `Cannot read "${file}": the file is too large once unpacked (over ${mb(max)}), so it is refused as a possible zip bomb.`,
  csvTooBig: (file: string, max: number) =>
    `Cannot read "${file}": a .csv tab over ${mb(max)} is more than a campaign workbook holds.`,
  csvTabTwice: (dir: string, tab: string, files: readonly string[]) =>
    `The folder "${dir}" holds ${files.length} files for the ${tab} tab (${files.map((f) => `"${f}"`).join(", ")}); keep one campaign per folder, or name the one to use ${tab}.csv.`,
  csvTabNamedTwice: (dir: string, tab: string, files: readonly string[]) =>
    `The folder "${dir}" holds ${files.length} files named for the ${tab} tab (${files.map((f) => `"${f}"`).join(", ")}); delete or rename all but one.`,
  csvQuoteNotClosed: (file: string, line: number) =>
    `Cannot read "${file}": the quote (") that opens a cell on line ${line} is never closed, so the rest of the file would be one cell. Close it or delete it, then save again.`,
  csvLineTooLong: (file: string, max: number) =>
    `Cannot read "${file}": one line is longer than ${mb(max)}, so it is not a tab of the campaign template.`,
};
