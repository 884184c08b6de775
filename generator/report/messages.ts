// What `postmortem report` says on the terminal, as functions (tests compare against them).
export const reportMsg = {
  badFormat: (found: string) =>
    `--format "${found}" is not a report format; use html, pdf, json or pptx, comma-separated (e.g. html,pdf).`,
  badPageSize: (found: string) => `--page-size "${found}" is unknown; use A4 or Letter.`,
  reading: (label: string) => `Reading ${label}…`,
  rendering: (slug: string, locale: string) => `Rendering ${slug} (${locale})…`,
  printing: (slug: string) => `Printing ${slug}.pdf…`,
  wrote: (file: string) => `Wrote ${file}`,
  findings: (errors: number, warnings: number) =>
    `The workbook has ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}${errors + warnings > 0 ? "; run `postmortem validate` to list them" : ""}.`,
  strict: (errors: number, warnings: number) =>
    `--strict: the workbook has ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}; run \`postmortem validate\` to list them.`,
  noBrowser: (reason: string) => `${reason} The HTML and JSON were written; only the PDF is missing.`,
  unknownLocale: (tag: string, fromFlag: boolean) =>
    fromFlag
      ? `--locale "${tag}" is an unknown locale: the report speaks en, zh-CN, vi, da and ar (region variants such as en-GB or da-DK are fine).`
      : `The Campaign tab's Locale "${tag}" is not one of the report's languages (en, zh-CN, vi, da, ar), so the report is in English; pass --locale to choose.`,
  cannotWrite: (dir: string, why: string) => `Cannot write the report into "${dir}": ${why}.`,
};
