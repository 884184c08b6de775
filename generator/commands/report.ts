import { UsageError } from "../errors.ts";
import { UPLOAD_OPTIONS, UPLOAD_USAGE, uploadAndSay, uploadSettings } from "../google/report-upload.ts";
import { LANGUAGES } from "../i18n/locale.ts";
import { APPENDIX_MODES, type AppendixMode } from "../report/options.ts";
import type { PageSize } from "../report/shell.ts";
import { batchMessages, reportMessages } from "../report/messages.ts";
import type { Format, WrittenReport } from "../report/write.ts";
import type { Command } from "./command.ts";

function parseFormats(raw: string, known: readonly string[]): Set<Format> {
  const out = new Set<Format>();
  for (const f of raw.split(",").map((s) => s.trim().toLowerCase())) {
    if (!known.includes(f)) throw new UsageError(reportMessages.badFormat(f));
    out.add(f as Format);
  }
  return out;
}

function parsePageSize(raw: string | undefined): PageSize {
  if (raw === undefined) return "A4";
  const v = raw.trim().toLowerCase();
  if (v === "a4") return "A4";
  if (v === "letter") return "Letter";
  throw new UsageError(reportMessages.badPageSize(raw));
}

function parseAppendix(raw: string | undefined): AppendixMode {
  if (raw === undefined) return "separate";
  const v = raw.trim().toLowerCase();
  const mode = APPENDIX_MODES.find((m) => m === v);
  if (!mode) throw new UsageError(reportMessages.badAppendix(raw));
  return mode;
}

const report: Command = {
  name: "report",
  summary: "write the post-mortem report as HTML, PDF and JSON",
  usage: `Usage: postmortem report [SOURCE...] [--out DIR] [--format html,pdf,json,pptx] [--locale TAG]
                         [--theme FILE] [--page-size A4|Letter] [--appendix MODE] [--strict]
                         [--upload [--folder ID] [--share-with a@x,b@y]] [--batch FILE]

Writes DIR/<slug>.html (self-contained), DIR/<slug>.pdf (printed by headless
Chromium), DIR/<slug>.json (the KPI model and its conclusions) and DIR/<slug>.pptx
(the slide deck: cover, brief, one slide per key chart, actions), and the creator
and post tables in DIR/<slug>-data.pdf (see --appendix). <slug> comes from the
campaign name (letters, digits and dashes only, so always inside DIR); a later
source of the same campaign name in the run or batch gets <slug>-2, -3…. A file
already there is replaced only if postmortem wrote it (else exit 2, or --force).
Without SOURCE, the bundled sample campaign. Several SOURCEs (or
several --locale tags, comma-separated) share one browser.

Options:
  --out DIR          where to write (default: out)
  --format LIST      html, pdf, json and/or pptx (default: html,pdf)
  --locale TAG       ${LANGUAGES.join(", ")} (default: the Campaign tab's, else en)
  --theme FILE       JSON {"brand": "#1F3A5F", "logo": "logo.png", "font": "Inter"}
  --page-size SIZE   A4 (default) or Letter
  --appendix MODE    the creator and post tables: separate (default: their own
                     <slug>-data.pdf, collapsed in the HTML), inline (in the
                     report) or none
  --strict           exit 1 when the workbook has any error or warning
  --force            overwrite files in DIR that postmortem did not write
${UPLOAD_USAGE}
  --batch FILE       render every SOURCE listed in FILE (one per line, # comments),
                     print a summary table, exit 1 if any failed
  --concurrency N    sources rendered at once with --batch (default 2)
  -h, --help

Exit codes: 0 done · 1 --strict and the workbook has findings · 2 usage error ·
3 no browser for the PDF (the HTML and JSON are still written) or a write failure.`,
  options: {
    out: { type: "string" },
    format: { type: "string" },
    locale: { type: "string" },
    theme: { type: "string" },
    "page-size": { type: "string" },
    appendix: { type: "string" },
    strict: { type: "boolean" },
    force: { type: "boolean" },
    ...UPLOAD_OPTIONS,
    batch: { type: "string" },
    concurrency: { type: "string" },
  },
  async run({ values, positionals }) {
    const out = (values.out as string | undefined) ?? "out";
    // The writer, the theme reader (zod) and the batch load only for this command.
    const [{ REPORT_FORMATS, writeReports }, { loadTheme }] = await Promise.all([
      import("../report/write.ts"),
      import("../report/theme.ts"),
    ]);
    const formats = parseFormats((values.format as string | undefined) ?? "html,pdf", REPORT_FORMATS);
    const pageSize = parsePageSize(values["page-size"] as string | undefined);
    const appendix = parseAppendix(values.appendix as string | undefined);
    const locales =
      values.locale === undefined ? [undefined] : (values.locale as string).split(",").map((s) => s.trim());
    const theme = await loadTheme(values.theme as string | undefined);
    const upload = await uploadSettings(values, formats);
    if (values.batch === undefined && values.concurrency !== undefined)
      throw new UsageError(batchMessages.concurrencyAlone());
    if (values.batch !== undefined) {
      if (positionals.length > 0) throw new UsageError(batchMessages.withSources());
      const job = {
        out,
        formats,
        force: values.force === true,
        pageSize,
        appendix,
        locales,
        theme,
        strict: values.strict === true,
        upload,
      };
      const { parseConcurrency, reportBatch } = await import("../report/batch.ts");
      const concurrency = parseConcurrency(values.concurrency as string | undefined);
      return reportBatch(values.batch as string, job, concurrency, writeReports);
    }
    const findings = await writeReports({
      sources: positionals,
      out,
      force: values.force === true,
      formats,
      pageSize,
      appendix,
      locales,
      theme,
      ...(upload ? { afterReport: (w: WrittenReport) => uploadAndSay(upload, w) } : {}),
    });
    // Off a terminal the progress lines stay quiet: say what was written and what was found, once.
    if (!process.stderr.isTTY) {
      for (const f of findings.files) process.stdout.write(`${reportMessages.wrote(f)}\n`);
      process.stdout.write(`${reportMessages.findings(findings.errors, findings.warnings)}\n`);
    }
    if (values.strict && findings.errors + findings.warnings > 0) {
      process.stderr.write(`postmortem: ${reportMessages.strict(findings.errors, findings.warnings)}\n`);
      return 1;
    }
    return 0;
  },
};

export default report;
