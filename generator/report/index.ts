// present → HTML: view model, charts and translations poured into the templates of
// templates/report, in the shell the comparison shares.
import { resolve } from "node:path";
import type { Analysis } from "../../core/index.ts";
import { buildReportView, type ReportView } from "../../core/present/index.ts";
import { buildCharts, type ChartDef } from "./chart-specs.ts";
import { buildContext } from "./context.ts";
import { fontStack } from "../charts/fonts.ts";
import { type ResolvedLocale, resolveLocale } from "../i18n/locale.ts";
import { Translator } from "../i18n/translator.ts";
import { layout, type PageSize, REPORT_TEMPLATE_DIR, renderPage, slugify } from "./shell.ts";
import { DEFAULT_THEME, type Theme } from "./theme.ts";

export interface ReportOptions {
  /** `--locale`; else the Campaign tab's; else en. */
  locale?: string;
  theme?: Theme;
  pageSize?: PageSize;
  /** The date printed on the cover (tests pin it). */
  generated?: Date;
}

export interface RenderedReport {
  html: string;
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

  const defs = buildCharts(view, { t, brand: theme.brand, font });
  const svgs = new Map<string, string>();
  // vega, vega-lite and the font metrics load only when there is a chart to draw.
  if (defs.length > 0) {
    const { renderChart } = await import("../charts/render.ts");
    for (const d of defs)
      svgs.set(
        d.id,
        await renderChart(d.spec, {
          locale: loc.locale,
          currency: view.campaign.currency,
          title: d.title,
          description: d.description,
        }),
      );
  }

  const c = view.campaign;
  const title = `${c.name ?? t.t("report.kind")} — ${t.t("report.kind")}`;
  const sections = buildContext(view, t, svgs);
  const generated = opts.generated ?? new Date();
  const ctx = {
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
    contentsTitle: t.t("report.contents"),
    ...sections,
  };
  const html = await renderPage(layout(resolve(REPORT_TEMPLATE_DIR, "layout.hbs")), ctx, {
    theme,
    font,
    pageSize,
    footer: ctx.footer,
    dir: loc.dir,
  });
  return { html, slug: slugify(c.name), title, view, locale: loc, charts: defs, svgs };
}
