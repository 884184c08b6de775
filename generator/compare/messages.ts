// compare's user-facing CLI messages.
export const compareMessages = {
  tooFew: (n: number) =>
    `compare needs at least two campaigns; got ${n}. Name two or more SOURCEs (workbooks, CSV folders or Sheets URLs).`,
  badFormat: (f: string) => `Unknown format "${f}". Formats: html, pdf, json, csv.`,
  badPageSize: (s: string) => `Unknown page size "${s}". Use A4 or Letter.`,
  reading: (source: string) => `Reading ${source}…`,
  wrote: (files: string[]) => `Wrote ${files.join(", ")}`,
  findings: (errors: number, warnings: number) =>
    `The workbooks have ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} in all${errors + warnings > 0 ? "; run `postmortem validate` on each to list them" : ""}.`,
  sameCampaign: (name: string, times: number) =>
    `${name} was given ${times} times (the same name, dates and totals), so it is compared once.`,
  errorsLeftOut: (source: string, errors: number) =>
    `${source}: ${errors} row error${errors === 1 ? "" : "s"} left out of the figures — run \`postmortem validate ${source}\` to list them.`,
};
