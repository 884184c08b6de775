import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { batchMsg, parseConcurrency, reportBatch } from "../batch.ts";
import type { Command } from "../cli.ts";
import { ExitError, OutputError, UsageError } from "../errors.ts";
import { gmsg } from "../google/messages.ts";
import { UPLOAD_OPTIONS, UPLOAD_USAGE, uploadRendered, uploadSettings } from "../google/report-upload.ts";
import { load } from "../pipeline.ts";
import { PdfPrinter } from "../report/engine.ts";
import { LANGUAGES } from "../report/i18n.ts";
import { type PageSize, renderReport } from "../report/index.ts";
import { reportMsg } from "../report/messages.ts";
import { loadTheme } from "../report/theme.ts";

const FORMATS = ["html", "pdf", "json"] as const;
type Format = (typeof FORMATS)[number];

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
  usage: `Usage: postmortem report [SOURCE...] [--out DIR] [--format html,pdf,json] [--locale TAG]
                         [--theme FILE] [--page-size A4|Letter] [--strict]
                         [--upload [--folder ID] [--share-with a@x,b@y]] [--batch FILE]

Writes DIR/<slug>.html (self-contained), DIR/<slug>.pdf (printed by headless
Chromium) and DIR/<slug>.json (the KPI model), where <slug> comes from the
campaign name. Without SOURCE, the bundled sample campaign. Several SOURCEs (or
several --locale tags, comma-separated) share one browser.

Options:
  --out DIR          where to write (default: out)
  --format LIST      html, pdf and/or json (default: html,pdf)
  --locale TAG       ${LANGUAGES.join(", ")} (default: the Campaign tab's, else en)
  --theme FILE       JSON {"brand": "#1F3A5F", "logo": "logo.png", "font": "Inter"}
  --page-size SIZE   A4 (default) or Letter
  --strict           exit 1 when the workbook has any error or warning
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
    const tty = process.stderr.isTTY === true;
    const progress = (line: string) => {
      if (tty) process.stderr.write(`${line}\n`);
    };
    const upload = await uploadSettings(values, formats);
    if (values.batch === undefined && values.concurrency !== undefined)
      throw new UsageError(batchMsg.concurrencyAlone());
    const concurrency = parseConcurrency(values.concurrency as string | undefined);
    try {
      await mkdir(out, { recursive: true });
    } catch (e) {
      throw new OutputError(reportMsg.cannotWrite(out, (e as Error).message));
    }
    if (values.batch !== undefined) {
      if (positionals.length > 0) throw new UsageError(batchMsg.withSources());
      const job = {
        out,
        formats,
        locales,
        theme,
        pageSize,
        strict: values.strict === true,
        upload,
        progress,
      };
      return reportBatch(values.batch as string, job, concurrency);
    }

    let printer: PdfPrinter | null = null;
    let pdfFailure: ExitError | null = null;
    let findings = { errors: 0, warnings: 0 };
    try {
      for (const source of positionals.length > 0 ? positionals : [undefined]) {
        const a = await load(source);
        progress(reportMsg.reading(a.source.label));
        findings = {
          errors: findings.errors + a.issues.filter((i) => i.severity === "error").length,
          warnings: findings.warnings + a.issues.filter((i) => i.severity === "warning").length,
        };
        for (const locale of locales) {
          const r = await renderReport(a, { ...(locale ? { locale } : {}), theme, pageSize });
          progress(reportMsg.rendering(r.slug, r.locale.locale));
          const slug = locales.length > 1 ? `${r.slug}-${r.locale.lang}` : r.slug;
          const files: Record<string, string> = {};
          const write = async (ext: string, data: string | Uint8Array) => {
            const file = join(out, `${slug}.${ext}`);
            await writeFile(file, data);
            files[ext] = file;
            progress(reportMsg.wrote(file));
          };
          if (formats.has("html")) await write("html", r.html);
          if (formats.has("json")) await write("json", `${JSON.stringify(a.model, null, 2)}\n`);
          if (formats.has("pdf") && !pdfFailure) {
            try {
              printer ??= await PdfPrinter.launch();
              progress(reportMsg.printing(slug));
              await write(
                "pdf",
                await printer.print(r.html, {
                  pageSize,
                  title: r.title,
                  locale: r.locale.locale,
                  dir: r.locale.dir,
                }),
              );
            } catch (e) {
              if (!(e instanceof ExitError)) throw e;
              // No browser: keep writing the HTML and JSON of every report, then exit 3.
              pdfFailure = e;
            }
          }
          if (upload) {
            const { links } = await uploadRendered(upload, {
              source,
              slug,
              pdf: files.pdf,
              html: files.html,
            });
            for (const l of links) process.stdout.write(`${gmsg.uploaded(l.name, l.link)}\n`);
          }
        }
      }
    } finally {
      await printer?.close();
    }
    if (pdfFailure) throw new OutputError(reportMsg.noBrowser(pdfFailure.message));
    if (values.strict && findings.errors + findings.warnings > 0) {
      process.stderr.write(`postmortem: ${reportMsg.strict(findings.errors, findings.warnings)}\n`);
      return 1;
    }
    return 0;
  },
};

export default report;
