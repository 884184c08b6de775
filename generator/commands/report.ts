import { batchMsg, parseConcurrency, reportBatch } from "../batch.ts";
import type { Command } from "../cli.ts";
import { ExitError, OutputError, UsageError } from "../errors.ts";
import { UPLOAD_OPTIONS, UPLOAD_USAGE, uploadAndSay, uploadSettings } from "../google/report-upload.ts";
import { checkOverwrite, ensureDir, inside, safeStem, writeOutput } from "../output.ts";
import { load } from "../pipeline.ts";
import { type PdfOptions, PdfPrinter } from "../report/engine.ts";
import { LANGUAGES } from "../report/i18n.ts";
import { type PageSize, renderReport } from "../report/index.ts";
import { reportMsg } from "../report/messages.ts";
import { loadTheme, type Theme } from "../report/theme.ts";
import { buildDeck } from "../slides/deck.ts";

const FORMATS = ["html", "pdf", "json", "pptx"] as const;
export type Format = (typeof FORMATS)[number];

function parseFormats(raw: string): Set<Format> {
  const out = new Set<Format>();
  for (const f of raw.split(",").map((s) => s.trim().toLowerCase())) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(reportMsg.badFormat(f));
    out.add(f as Format);
  }
  return out;
}

function parsePageSize(raw: string | undefined): PageSize {
  if (raw === undefined) return "A4";
  const v = raw.trim().toLowerCase();
  if (v === "a4") return "A4";
  if (v === "letter") return "Letter";
  throw new UsageError(reportMsg.badPageSize(raw));
}

const report: Command = {
  name: "report",
  summary: "write the post-mortem report as HTML, PDF and JSON",
  usage: `Usage: postmortem report [SOURCE...] [--out DIR] [--format html,pdf,json,pptx] [--locale TAG]
                         [--theme FILE] [--page-size A4|Letter] [--strict]
                         [--upload [--folder ID] [--share-with a@x,b@y]] [--batch FILE]

Writes DIR/<slug>.html (self-contained), DIR/<slug>.pdf (printed by headless
Chromium), DIR/<slug>.json (the KPI model) and DIR/<slug>.pptx (the slide deck:
cover, brief, one slide per key chart, actions), where <slug> comes from the
campaign name (letters, digits and dashes only, so always inside DIR). A file
already there is replaced only if postmortem wrote it (else exit 2, or --force).
Without SOURCE, the bundled sample campaign. Several SOURCEs (or
several --locale tags, comma-separated) share one browser.

Options:
  --out DIR          where to write (default: out)
  --format LIST      html, pdf, json and/or pptx (default: html,pdf)
  --locale TAG       ${LANGUAGES.join(", ")} (default: the Campaign tab's, else en)
  --theme FILE       JSON {"brand": "#1F3A5F", "logo": "logo.png", "font": "Inter"}
  --page-size SIZE   A4 (default) or Letter
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
    strict: { type: "boolean" },
    force: { type: "boolean" },
    ...UPLOAD_OPTIONS,
    batch: { type: "string" },
    concurrency: { type: "string" },
  },
  async run({ values, positionals }) {
    const out = (values.out as string | undefined) ?? "out";
    const formats = parseFormats((values.format as string | undefined) ?? "html,pdf");
    const pageSize = parsePageSize(values["page-size"] as string | undefined);
    const locales =
      values.locale === undefined ? [undefined] : (values.locale as string).split(",").map((s) => s.trim());
    const theme = await loadTheme(values.theme as string | undefined);
    const upload = await uploadSettings(values, formats);
    if (values.batch === undefined && values.concurrency !== undefined)
      throw new UsageError(batchMsg.concurrencyAlone());
    if (values.batch !== undefined) {
      if (positionals.length > 0) throw new UsageError(batchMsg.withSources());
      const job = {
        out,
        formats,
        force: values.force === true,
        pageSize,
        locales,
        theme,
        strict: values.strict === true,
        upload,
      };
      const concurrency = parseConcurrency(values.concurrency as string | undefined);
      return reportBatch(values.batch as string, job, concurrency, writeReports);
    }
    const findings = await writeReports({
      sources: positionals,
      out,
      force: values.force === true,
      formats,
      pageSize,
      locales,
      theme,
      ...(upload ? { afterReport: (w: WrittenReport) => uploadAndSay(upload, w) } : {}),
    });
    // Off a terminal the progress lines stay quiet: say what was written and what was found, once.
    if (!process.stderr.isTTY) {
      for (const f of findings.files) process.stdout.write(`${reportMsg.wrote(f)}\n`);
      process.stdout.write(`${reportMsg.findings(findings.errors, findings.warnings)}\n`);
    }
    if (values.strict && findings.errors + findings.warnings > 0) {
      process.stderr.write(`postmortem: ${reportMsg.strict(findings.errors, findings.warnings)}\n`);
      return 1;
    }
    return 0;
  },
};

/** What every report of a run is written with, whichever its source. */
export interface ReportSettings {
  out: string;
  /** --force: overwrite files in `out` that are not ours. */
  force?: boolean;
  formats: ReadonlySet<Format>;
  pageSize: PageSize;
  /** `--locale` tags; `[undefined]` for the campaign's own. */
  locales: (string | undefined)[];
  theme: Theme;
}

export interface WriteOptions extends ReportSettings {
  sources: string[];
  /** Progress lines (stderr on a terminal). */
  progress?: (line: string) => void;
  /** Starts the one browser the batch shares (tests pass one that fails). */
  launch?: () => Promise<Printer>;
  /** Called after each report (source × locale) is written, e.g. to upload it to Drive. */
  afterReport?: (written: WrittenReport) => Promise<void>;
}

export interface WrittenReport {
  source: string | undefined;
  slug: string;
  /** Written files by extension (html, pdf, json). */
  files: Record<string, string>;
}

interface Printer {
  print(html: string, opts: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Writes every report of the batch; a missing browser stops only the PDFs, and
 * is thrown (exit 3) once the HTML and JSON are all written.
 */
export async function writeReports(
  o: WriteOptions,
): Promise<{ errors: number; warnings: number; files: string[] }> {
  const progress =
    o.progress ??
    ((line: string) => {
      if (process.stderr.isTTY) process.stderr.write(`${line}\n`);
    });
  const launch = o.launch ?? (() => PdfPrinter.launch());
  await ensureDir(o.out);
  let printer: Printer | null = null;
  let pdfFailure: ExitError | null = null;
  const files: string[] = [];
  let errors = 0;
  let warnings = 0;
  try {
    for (const source of o.sources.length > 0 ? o.sources : [undefined]) {
      progress(reportMsg.reading(source ?? "the bundled sample campaign"));
      const a = await load(source);
      errors += a.issues.filter((i) => i.severity === "error").length;
      warnings += a.issues.filter((i) => i.severity === "warning").length;
      for (const locale of o.locales) {
        const r = await renderReport(a, {
          ...(locale ? { locale } : {}),
          theme: o.theme,
          pageSize: o.pageSize,
        });
        const slug = safeStem(o.locales.length > 1 ? `${r.slug}-${r.locale.lang}` : r.slug);
        if (r.locale.note) process.stderr.write(`postmortem: ${r.locale.note}\n`);
        progress(reportMsg.rendering(slug, r.locale.locale));
        const written: Record<string, string> = {};
        const write = async (ext: string, data: string | Uint8Array) => {
          const file = await writeOutput(o.out, `${slug}.${ext}`, data, o.force === true);
          files.push(file);
          written[ext] = file;
          progress(reportMsg.wrote(file));
        };
        // Refuse before writing any of this report's files, not halfway through.
        for (const f of o.formats) await checkOverwrite(inside(o.out, `${slug}.${f}`), o.force === true);
        if (o.formats.has("html")) await write("html", r.html);
        if (o.formats.has("json")) await write("json", `${JSON.stringify(a.model, null, 2)}\n`);
        if (o.formats.has("pptx")) await write("pptx", await buildDeck(r, o.theme));
        if (o.formats.has("pdf") && !pdfFailure) {
          try {
            printer ??= await launch();
            progress(reportMsg.printing(slug));
            const pdf = await printer.print(r.html, {
              pageSize: o.pageSize,
              title: r.title,
              locale: r.locale.locale,
              dir: r.locale.dir,
            });
            await write("pdf", pdf);
          } catch (e) {
            if (!(e instanceof ExitError) || e instanceof UsageError) throw e;
            pdfFailure = e;
          }
        }
        await o.afterReport?.({ source, slug, files: written });
      }
    }
  } finally {
    await printer?.close();
  }
  if (pdfFailure) throw new OutputError(reportMsg.noBrowser(pdfFailure.message));
  return { errors, warnings, files };
}

export default report;
