// Writes compare's outputs (html, pdf, json, csv) into one folder.
import { compareCampaigns } from "../../core/compare/compare.ts";
import { rosterCsv } from "../../core/compare/csv.ts";
import type { ComparisonModel } from "../../core/compare/types.ts";
import type { KpiModel } from "../../core/index.ts";
import { ensureDir, writeOutput } from "../output.ts";
import { PdfPrinter } from "../report/engine.ts";
import { type CompareRenderOptions, renderComparison } from "./render.ts";

export const COMPARE_FORMATS = ["html", "pdf", "json", "csv"] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareOutput {
  model: ComparisonModel;
  files: string[];
  /** Milliseconds spent rendering (browser start excluded). */
  renderMs: number;
  /** Locale notes (an unknown Campaign-tab locale read as English). */
  notes: string[];
}

export async function writeComparison(
  models: KpiModel[],
  opts: CompareRenderOptions & {
    out: string;
    /** Overwrite files in `out` that are not ours. */
    force?: boolean;
    formats: CompareFormat[];
    /** Render once per locale (undefined: the Campaign tab's); overrides `locale`. */
    locales?: (string | undefined)[];
    printer?: PdfPrinter;
  },
): Promise<CompareOutput> {
  const t0 = performance.now();
  const model = compareCampaigns(models);
  await ensureDir(opts.out);
  const files: string[] = [];
  const write = async (name: string, data: string | Uint8Array) => {
    files.push(await writeOutput(opts.out, name, data, opts.force === true));
  };
  if (opts.formats.includes("json")) await write("compare.json", `${JSON.stringify(model, null, 2)}\n`);
  if (opts.formats.includes("csv"))
    await write(
      "roster.csv",
      rosterCsv(model.roster, (i) => model.campaigns[i]?.name ?? `#${i + 1}`),
    );
  let renderMs = performance.now() - t0;
  const notes: string[] = [];
  if (opts.formats.includes("html") || opts.formats.includes("pdf")) {
    // Several locales: one compare-LANG.html/.pdf each, sharing one browser.
    const locales = opts.locales ?? [opts.locale];
    let printer = opts.printer;
    let own = false;
    try {
      for (const locale of locales) {
        const t1 = performance.now();
        const r = await renderComparison(model, { ...opts, locale });
        if (r.locale.note) notes.push(r.locale.note);
        const base = locales.length > 1 ? `compare-${r.locale.lang}` : "compare";
        if (opts.formats.includes("html")) await write(`${base}.html`, r.html);
        if (opts.formats.includes("pdf")) {
          let tPrint = performance.now();
          if (!printer) {
            printer = await PdfPrinter.launch();
            own = true;
            tPrint = performance.now(); // browser start is not rendering
          }
          const pdf = await printer.print(r.html, {
            pageSize: opts.pageSize ?? "A4",
            title: r.title,
            locale: r.locale.locale,
            dir: r.locale.dir,
          });
          await write(`${base}.pdf`, pdf);
          renderMs += performance.now() - tPrint + (tPrint - t1);
        } else renderMs += performance.now() - t1;
      }
    } finally {
      if (own) await printer?.close();
    }
  }
  return { model, files, renderMs, notes };
}
