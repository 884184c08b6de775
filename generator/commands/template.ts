import { access, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Command } from "./command.ts";
import { UsageError } from "../errors.ts";
import { SAMPLE_DIR } from "../sources/index.ts";

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const template: Command = {
  name: "template",
  summary: "write the campaign template as an .xlsx workbook (--sample: filled with the sample)",
  usage: `Usage: postmortem template [--out FILE.xlsx] [--sample] [--force]

Writes the standard campaign template for Excel, LibreOffice or an upload to
Google Drive: every tab with its headers, number formats, drop-downs, header
notes and the standard retrospective questions.

Options:
  --out FILE.xlsx   where to write it (default campaign.xlsx)
  --sample          fill it with the bundled sample campaign
  --force           overwrite FILE.xlsx if it exists
  -h, --help`,
  options: { out: { type: "string" }, sample: { type: "boolean" }, force: { type: "boolean" } },
  async run({ values, positionals }) {
    if (positionals.length > 0)
      throw new UsageError(`template takes no SOURCE (found "${positionals[0]}"); use --out FILE.xlsx.`);
    const out = (values.out as string | undefined) ?? "campaign.xlsx";
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (found "${out}").`);
    if (!values.force && (await exists(out)))
      throw new UsageError(`${out} already exists; pass --force to overwrite it or choose another --out.`);
    // Written beside the target and renamed, so a crash never leaves half a workbook.
    const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    // exceljs (the writer) loads only here: other commands never pay for it.
    const [{ writeTemplate }, { readCsvFolder }] = await Promise.all([
      import("../xlsx/template.ts"),
      import("../sources/csv.ts"),
    ]);
    try {
      await writeTemplate(tmp, values.sample ? await readCsvFolder(SAMPLE_DIR) : undefined);
      await rename(tmp, out);
    } finally {
      await rm(tmp, { force: true });
    }
    process.stdout.write(
      `Wrote ${out}${values.sample ? " (filled with the sample campaign)" : ""}; fill it in, then run \`postmortem report ${out}\`.\n`,
    );
    return 0;
  },
};

export default template;
