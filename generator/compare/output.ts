// Writes compare's outputs (html, pdf, json, csv) into one folder.
import { type ComparisonModel, compareCampaigns, rosterCsv } from "../../core/compare/index.ts";
import type { KpiModel } from "../../core/index.ts";
import { checkOverwrite, ensureDir, inside, writeOutput } from "../output/files.ts";
import { PdfPrinter } from "../pdf/browser.ts";
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
  const has = (f: CompareFormat) => opts.formats.includes(f);
  // Render every locale first (cheap): the file names depend on the languages found.
  const locales = opts.locales ?? [opts.locale];
  const renders =
    has("html") || has("pdf")
      ? await Promise.all(locales.map((locale) => renderComparison(model, { ...opts, locale })))
      : [];
  const notes = renders.flatMap((r) => (r.locale.note ? [r.locale.note] : []));
  const base = (r: (typeof renders)[number]) => (locales.length > 1 ? `compare-${r.locale.lang}` : "compare");
  const planned = [
    ...(has("json") ? ["compare.json"] : []),
    ...(has("csv") ? ["roster.csv"] : []),
    ...renders.flatMap((r) => (["html", "pdf"] as const).filter(has).map((f) => `${base(r)}.${f}`)),
  ];
  // Refuse before writing any file, not halfway through.
  for (const name of planned) await checkOverwrite(inside(opts.out, name), opts.force === true);
  let renderMs = performance.now() - t0;

  const files: string[] = [];
  const write = async (name: string, data: string | Uint8Array) => {
    files.push(await writeOutput(opts.out, name, data, opts.force === true));
  };
  if (has("json")) await write("compare.json", `${JSON.stringify(model, null, 2)}\n`);
  if (has("csv"))
    await write(
      "roster.csv",
      rosterCsv(model.roster, (i) => model.campaigns[i]?.name ?? `#${i + 1}`),
    );
  let printer = opts.printer;
  let own = false;
  try {
    for (const r of renders) {
      if (has("html")) await write(`${base(r)}.html`, r.html);
      if (!has("pdf")) continue;
      if (!printer) {
        printer = await PdfPrinter.launch();
        own = true;
      }
      const tPrint = performance.now(); // browser start is not rendering
      const pdf = await printer.print(r.html, {
        pageSize: opts.pageSize ?? "A4",
        title: r.title,
        locale: r.locale.locale,
        dir: r.locale.dir,
      });
      await write(`${base(r)}.pdf`, pdf);
      renderMs += performance.now() - tPrint;
    }
  } finally {
    if (own) await printer?.close();
  }
  return { model, files, renderMs, notes };
}
