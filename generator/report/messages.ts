// What `postmortem report` says on the terminal, as functions (tests compare against them).
export const reportMessages = {
  badFormat: (found: string) =>
    `--format "${found}" is not a report format; use html, pdf, json or pptx, comma-separated (e.g. html,pdf).`,
  badPageSize: (found: string) => `--page-size "${found}" is unknown; use A4 or Letter.`,
  badAppendix: (found: string) => `--appendix "${found}" is unknown; use separate, inline or none.`,
  reading: (label: string) => `Reading ${label}…`,
  rendering: (slug: string, locale: string) => `Rendering ${slug} (${locale})…`,
  printing: (slug: string) => `Printing ${slug}.pdf…`,
  wrote: (file: string) => `Wrote ${file}`,
  findings: (errors: number, warnings: number) =>
    `The workbook has ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}${errors + warnings > 0 ? "; run `postmortem validate` to list them" : ""}.`,
  strict: (errors: number, warnings: number) =>
    `--strict: the workbook has ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}; run \`postmortem validate\` to list them.`,
  noBrowser: (reason: string) => `${reason} The HTML and JSON were written; only the PDF is missing.`,
  sameName: (slug: string, stem: string) =>
    `An earlier campaign of this run also writes ${slug}.*, so this one is written as ${stem}.* instead.`,
  unknownLocale: (tag: string, fromFlag: boolean) =>
    fromFlag
      ? `--locale "${tag}" is an unknown locale: the report speaks en, zh-CN, vi, da and ar (region variants such as en-GB or da-DK are fine).`
      : `The Campaign tab's Locale "${tag}" is not one of the report's languages (en, zh-CN, vi, da, ar), so the report is in English; pass --locale to choose.`,
};

// `report --batch FILE`.
export const batchMessages = {
  cannotRead: (path: string) =>
    `Cannot read the batch file "${path}"; give a text file with one SOURCE per line.`,
  empty: (path: string) => `The batch file "${path}" lists no sources (one per line; # starts a comment).`,
  badConcurrency: (found: string) => `--concurrency takes a whole number from 1 to 16 (found "${found}").`,
  browserCrashed: () =>
    "The browser printing the PDF stopped twice while printing this source, so it was left out; the other sources went on.",
  unexpected: (why: string) => `something went wrong that should not have: ${why}`,
  total: (n: number, failed: number) =>
    failed === 0
      ? `${n} source${n === 1 ? "" : "s"} rendered.`
      : `${n - failed} of ${n} source${n === 1 ? "" : "s"} rendered; ${failed} failed.`,
  progress: (ok: boolean, source: string) => `${ok ? "done" : "failed"}: ${source}`,
  concurrencyAlone: () => "--concurrency goes with --batch FILE.",
  withSources: () => "--batch takes the sources from its file; pass either SOURCE arguments or --batch FILE.",
};
