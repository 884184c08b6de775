// The report write service: every source × locale rendered, then written as HTML,
// JSON and PDF (one browser shared by the whole run).
import { ExitError, OutputError, UsageError } from "../errors.ts";
import { checkOverwrite, ensureDir, inside, safeStem, writeOutput } from "../output/files.ts";
import { type PdfOptions, PdfPrinter } from "../pdf/browser.ts";
import { resolveLocale } from "../i18n/locale.ts";
import { ChartThread } from "../charts/off-thread.ts";
import { load } from "../pipeline.ts";
import { type DataDocument, renderReport } from "./index.ts";
import type { AppendixMode } from "./options.ts";
import type { PageSize } from "./shell.ts";
import { reportMessages } from "./messages.ts";
import { ReportStems, type StemClaim } from "./stems.ts";
import type { Theme } from "./theme.ts";

export const REPORT_FORMATS = ["html", "pdf", "json", "pptx"] as const;
export type Format = (typeof REPORT_FORMATS)[number];

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
  /** Where the creator and post tables go (default: their own `<slug>-data.pdf`). */
  appendix?: AppendixMode;
}

export interface WriteOptions extends ReportSettings {
  sources: string[];
  /** Progress lines (stderr on a terminal). */
  progress?: (line: string) => void;
  /** Starts the one browser the batch shares (tests pass one that fails). */
  launch?: () => Promise<Printer>;
  /** Called after each report (source × locale) is written, e.g. to upload it to Drive. */
  afterReport?: (written: WrittenReport) => Promise<void>;
  /** Picks each source's file stem; a batch passes one shared by all its sources. Default: unique within this call. */
  stems?: StemClaim;
  /**
   * Charts drawn on a worker thread of this call's own (default), or on this thread: a batch
   * renders sources side by side on one thread, where a worker per source would load vega each time.
   */
  chartThread?: boolean;
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
  const launch = o.launch ?? (() => PdfPrinter.launch(undefined, { pages: 1 }));
  const own = new ReportStems();
  let index = 0;
  const claimIn = (i: number): StemClaim =>
    o.stems ?? (async (base, suffixes) => own.claim(String(i), base, suffixes));
  await ensureDir(o.out);
  // Chromium starts now, while the sources are read and the HTML renders (a second of CPU
  // on another core), not after; a launch failure surfaces only when the first PDF is due.
  const launching = o.formats.has("pdf") ? launch() : null;
  launching?.catch(() => {});
  // Likewise the chart worker, which loads vega while the first source is read.
  const charts = o.chartThread === false ? null : ChartThread.start();
  let printer: Printer | null = null;
  let pdfFailure: ExitError | null = null;
  const files: string[] = [];
  let errors = 0;
  let warnings = 0;
  try {
    for (const source of o.sources.length > 0 ? o.sources : [undefined]) {
      progress(reportMessages.reading(source ?? "the bundled sample campaign"));
      const claim = claimIn(index++);
      const a = await load(source);
      errors += a.issues.filter((i) => i.severity === "error").length;
      warnings += a.issues.filter((i) => i.severity === "warning").length;
      // Several locales: one file per language, `<stem>-<lang>`.
      const suffixes =
        o.locales.length > 1
          ? o.locales.map((l) => `-${resolveLocale(l, a.model.campaign.locale || undefined).lang}`)
          : [];
      let stem: string | undefined;
      for (const [li, locale] of o.locales.entries()) {
        // The data tables' PDF prints while the report's charts are drawn: the browser is idle then.
        const early: { dataPdf?: Promise<Uint8Array> } = {};
        const printData = (d: DataDocument) => {
          early.dataPdf = (printer ? Promise.resolve(printer) : (launching ?? launch())).then((p) =>
            p.print(d.html, {
              pageSize: o.pageSize,
              locale: d.locale.locale,
              dir: d.locale.dir,
              info: d.info,
            }),
          );
          // Awaited (and its failure handled) where the PDFs are written.
          early.dataPdf.catch(() => {});
        };
        const r = await renderReport(a, {
          ...(locale ? { locale } : {}),
          theme: o.theme,
          pageSize: o.pageSize,
          ...(o.appendix ? { appendix: o.appendix } : {}),
          ...(o.formats.has("pdf") && !pdfFailure ? { onDataDocument: printData } : {}),
          ...(charts ? { drawCharts: charts.draw } : {}),
        });
        if (stem === undefined) {
          stem = await claim(r.slug, suffixes);
          if (stem !== r.slug) process.stderr.write(`postmortem: ${reportMessages.sameName(r.slug, stem)}\n`);
        }
        const slug = safeStem(`${stem}${suffixes[li] ?? ""}`);
        if (r.locale.note) process.stderr.write(`postmortem: ${r.locale.note}\n`);
        progress(reportMessages.rendering(slug, r.locale.locale));
        const written: Record<string, string> = {};
        const write = async (ext: string, data: string | Uint8Array, name = `${slug}.${ext}`) => {
          const file = await writeOutput(o.out, name, data, o.force === true);
          files.push(file);
          written[ext] = file;
          progress(reportMessages.wrote(file));
        };
        // Refuse before writing any of this report's files, not halfway through.
        const pdfData = o.formats.has("pdf") && r.dataHtml !== null;
        for (const f of o.formats) await checkOverwrite(inside(o.out, `${slug}.${f}`), o.force === true);
        if (pdfData) await checkOverwrite(inside(o.out, `${slug}-data.pdf`), o.force === true);
        if (o.formats.has("html")) await write("html", r.html);
        // The KPI model and the conclusions the report's sentences were rendered from.
        const json = { ...a.model, conclusions: r.view.conclusions };
        if (o.formats.has("json")) await write("json", `${JSON.stringify(json, null, 2)}\n`);
        if (o.formats.has("pptx")) {
          const { buildDeck } = await import("../slides/deck.ts");
          await write("pptx", await buildDeck(r, o.theme));
        }
        if (o.formats.has("pdf") && !pdfFailure) {
          try {
            printer ??= await (launching ?? launch());
            progress(reportMessages.printing(slug));
            const print = { pageSize: o.pageSize, locale: r.locale.locale, dir: r.locale.dir, info: r.info };
            await write("pdf", await printer.print(r.printHtml, { ...print, title: r.title }));
            if (r.dataHtml !== null) {
              const data = await (early.dataPdf ?? printer.print(r.dataHtml, print));
              await write("data.pdf", data, `${slug}-data.pdf`);
            }
          } catch (e) {
            if (!(e instanceof ExitError) || e instanceof UsageError) throw e;
            pdfFailure = e;
          }
        }
        await o.afterReport?.({ source, slug, files: written });
      }
    }
  } finally {
    // The browser launched early is closed even when no report reached its PDF.
    const started = printer ?? (await launching?.catch(() => null));
    await Promise.all([started?.close(), charts?.close()]);
  }
  if (pdfFailure) throw new OutputError(reportMessages.noBrowser(pdfFailure.message));
  return { errors, warnings, files };
}
