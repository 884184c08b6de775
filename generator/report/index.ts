// present → HTML: view model, charts and translations poured into the templates of
// templates/report, in the shell the comparison shares.
import { resolve } from "node:path";
import type { Analysis } from "../../core/index.ts";
import { buildReportView, type ReportView } from "../../core/present/index.ts";
import { buildCharts, type ChartDef } from "./chart-specs.ts";
import { buildContext } from "./context.ts";
import { appendixSection } from "./sections/appendix.ts";
import { sectionKit } from "./sections/kit.ts";
import { fontStack } from "../charts/fonts.ts";
import { type ChartDrawer, drawHere } from "../charts/off-thread.ts";
import { type ResolvedLocale, resolveLocale } from "../i18n/locale.ts";
import { Translator } from "../i18n/translator.ts";
import {
  layout,
  type PageOptions,
  type PageSize,
  REPORT_TEMPLATE_DIR,
  renderPage,
  renderPages,
  slugify,
} from "./shell.ts";
import type { AppendixMode } from "./options.ts";
import { DEFAULT_THEME, type Theme } from "./theme.ts";

/** Where the creator and post tables go: their own PDF (and a collapsed part of the HTML), the report itself, or nowhere. */

export interface ReportOptions {
  /** `--locale`; else the Campaign tab's; else en. */
  locale?: string;
  theme?: Theme;
  pageSize?: PageSize;
  /** The date printed on the cover (tests pin it). */
  generated?: Date;
  /** Default "separate". */
  appendix?: AppendixMode;
  /**
   * Given the data tables' own document (appendix "separate") as soon as it is laid out, before
   * this thread waits for the charts (it has none), so its PDF can print meanwhile.
   */
  onDataDocument?: (doc: DataDocument) => void;
  /** Who draws the charts (default: this thread, vega loaded at the first one). */
  drawCharts?: ChartDrawer;
}

/** The data tables' document, with what its PDF is printed with. */
export interface DataDocument {
  html: string;
  locale: ResolvedLocale;
  info: DocumentInfo;
}

/** The PDF's document information. */
export interface DocumentInfo {
  title: string;
  author: string | null;
}

export interface RenderedReport {
  /** The HTML file. */
  html: string;
  /** What the report's PDF prints: the HTML without the data tables when they go to their own file. */
  printHtml: string;
  /** The data tables' own document (`<slug>-data.pdf`); null unless the appendix is separate. */
  dataHtml: string | null;
  info: DocumentInfo;
  slug: string;
  title: string;
  view: ReportView;
  locale: ResolvedLocale;
  charts: ChartDef[];
  /** Each chart's SVG by chart id, as inlined in the HTML. */
  svgs: Map<string, string>;
}

export async function renderReport(a: Analysis, opts: ReportOptions = {}): Promise<RenderedReport> {
  const theme = opts.theme ?? DEFAULT_THEME;
  const pageSize = opts.pageSize ?? "A4";
  const loc = resolveLocale(opts.locale, a.model.campaign.locale || undefined);
  const t = new Translator(loc.lang, loc.locale, a.model.campaign.currency);
  const view = buildReportView(a.model, a.notes, a.dataset);
  const font = fontStack(theme.font ?? undefined);

  const c = view.campaign;
  const title = `${c.name ?? t.t("report.kind")} — ${t.t("report.kind")}`;
  const generated = opts.generated ?? new Date();
  const info: DocumentInfo = { title: c.name ?? title, author: c.prepared_by };
  const base = {
    lang: loc.lang,
    dir: loc.dir,
    title,
    pageSize,
    footer: t.t("report.footer", { campaign: c.name ?? "" }),
    cover: {
      kind: t.t("report.kind"),
      name: c.name ?? "",
      brand: c.brand,
      logo: theme.logo,
      facts: [
        c.brand ? { label: t.t("report.brand"), value: c.brand, typed: true } : null,
        c.start_date || c.end_date
          ? { label: t.t("report.period"), value: `${t.date(c.start_date)} – ${t.date(c.end_date)}` }
          : null,
        c.objective ? { label: t.t("report.objective"), value: t.t(`objective.${c.objective}`) } : null,
        c.currency ? { label: t.t("report.currency"), value: c.currency } : null,
        c.prepared_by ? { label: t.t("report.prepared_by"), value: c.prepared_by, typed: true } : null,
        { label: t.t("report.generated"), value: t.date(generated.toISOString().slice(0, 10)) },
      ].filter((x) => x !== null),
    },
    author: c.prepared_by,
    contentsTitle: t.t("report.contents"),
  };
  const mode = opts.appendix ?? "separate";
  const page: PageOptions = { theme, font, pageSize, footer: base.footer, dir: loc.dir };
  const defs = buildCharts(view, { t, brand: theme.brand, font });
  const jobs = defs.map((d) => ({
    spec: d.spec,
    opts: {
      locale: loc.locale,
      currency: view.campaign.currency,
      title: d.title,
      description: d.description,
    },
  }));
  // Drawn on another thread, the charts are sent first and draw while this one lays out the data
  // tables; drawn here, they wait for that document, so that its PDF can print meanwhile.
  const elsewhere = opts.drawCharts && jobs.length > 0 ? opts.drawCharts(jobs) : null;
  elsewhere?.catch(() => {});
  // The data tables draw no chart: their own document is laid out first, with the fonts its text needs.
  let dataHtml: string | null = null;
  const early = mode === "separate" ? dataPart(appendixSection(sectionKit(view, t, new Map())), true) : null;
  if (early) {
    dataHtml = await renderPage(
      layout(resolve(REPORT_TEMPLATE_DIR, "data.hbs")),
      { ...base, title: `${c.name ?? t.t("report.kind")} — ${early.title}`, data: early },
      { ...page, cover: false },
    );
    opts.onDataDocument?.({ html: dataHtml, locale: loc, info });
  }

  const svgs = new Map<string, string>();
  // vega, vega-lite and the font metrics load only when there is a chart to draw.
  if (jobs.length > 0) {
    const drawn = await (elsewhere ?? drawHere(jobs));
    for (const [i, d] of defs.entries()) svgs.set(d.id, drawn[i]!);
  }

  const sections = buildContext(view, t, svgs);
  const ctx = { ...base, ...sections };
  const data = early ?? dataPart(sections.appendix, false);
  const report = layout(resolve(REPORT_TEMPLATE_DIR, "layout.hbs"));
  const withData = mode === "none" ? null : data;
  // The HTML file and the report's print copy share one font subset (the file's text covers both).
  const [html, printHtml] = await renderPages([
    { render: report, ctx: { ...ctx, data: withData }, o: page },
    ...(mode === "separate" ? [{ render: report, ctx: { ...ctx, data: null }, o: page }] : []),
  ]);
  return {
    html: html!,
    printHtml: printHtml ?? html!,
    dataHtml,
    info,
    slug: slugify(c.name),
    title,
    view,
    locale: loc,
    charts: defs,
    svgs,
  };
}

/** The creator and post tables, out of the appendix's context; collapsed in the HTML when they have their own PDF. */
function dataPart(a: ReturnType<typeof buildContext>["appendix"], collapsed: boolean) {
  return {
    id: "s-data",
    title: a.dataTitle,
    collapsed,
    creators: a.creators,
    posts: a.posts,
    creatorsNote: a.creatorsNote,
    postsNote: a.postsNote,
  };
}
