// What `postmortem import` says on the terminal (one sentence each).
import { SKIP_LABEL, type SkipReason, type TabSummary } from "../../core/import/index.ts";

const mb = (n: number) => `${Math.round(n / 1_000_000)} MB`;

export const importMessages = {
  noFiles: () => "import needs at least one export file: postmortem import FILE... --into WORKBOOK.",
  noInto: () => "import needs --into WORKBOOK: the .xlsx or .ods workbook or CSV folder to import into.",
  badKind: (kind: string, kinds: readonly string[]) =>
    `--as must be one of ${kinds.join(", ")} (found "${kind}").`,
  intoUnknown: (path: string) =>
    `--into must be an .xlsx or .ods workbook or a folder of per-tab .csv files (found "${path}").`,
  intoMissing: (path: string) =>
    `Cannot import into "${path}": no such workbook or folder (make one with \`postmortem template\`).`,
  exportMissing: (file: string) => `Cannot read "${file}": no such file.`,
  exportKind: (file: string) => `Cannot read "${file}": an export is a .csv or .xlsx file.`,
  exportTooBig: (file: string, max: number) =>
    `Cannot read "${file}": an export over ${mb(max)} is more than one campaign's orders or posts.`,
  refusedAll: (n: number) =>
    `Nothing was imported: ${n === 1 ? "the file above was" : `${n} files above were`} refused.`,
  wrote: (path: string) => `Wrote ${path}.`,
  nothingToChange: (path: string) => `${path} already holds these exports; nothing to change.`,
  dryRun: (path: string) => `Dry run: nothing was written to ${path}.`,
};

/** `Conversions: 4 added, 1 updated, 2 unchanged; skipped 3 (2 refunded, 1 voided)` */
export function summaryLine(s: TabSummary, dry: boolean): string {
  const verb = dry ? "to add" : "added";
  const parts = [
    `${s.added} ${verb}`,
    `${s.updated} ${dry ? "to update" : "updated"}`,
    `${s.unchanged} unchanged`,
  ];
  const skipped = Object.entries(s.skipped) as [SkipReason, number][];
  const total = skipped.reduce((a, [, n]) => a + n, 0);
  const why = skipped.map(([k, n]) => `${n} ${SKIP_LABEL[k]}`).join(", ");
  return `${s.tab}: ${parts.join(", ")}${total > 0 ? `; skipped ${total} (${why})` : ""}`;
}
