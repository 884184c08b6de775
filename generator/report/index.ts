// present → HTML: view model, charts and translations poured into the Handlebars
// templates of templates/report. One self-contained file: CSS, fonts, logo and
// chart SVGs inlined, so it needs no network and prints as it shows.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { Analysis } from "../../core/index.ts";
import { buildReportView, type ReportView } from "../../core/present/index.ts";
import { buildCharts, type ChartDef } from "./charts.ts";
import { buildContext } from "./context.ts";
import { fontFaceCss, fontStack, renderChart } from "./engine.ts";
import { type ResolvedLocale, resolveLocale, Translator } from "./i18n.ts";
import { contrastOnWhite, DEFAULT_THEME, mix, type Theme } from "./theme.ts";

export const TEMPLATE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../templates/report");

export type PageSize = "A4" | "Letter";

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

let compiled: Handlebars.TemplateDelegate | null = null;
let hb: typeof Handlebars | null = null;

/** An isolated Handlebars with the report's partials; templates only lay out what the context gives. */
function templates(): Handlebars.TemplateDelegate {
  if (compiled) return compiled;
  hb = Handlebars.create();
  const partials = resolve(TEMPLATE_DIR, "partials");
  for (const f of readdirSync(partials).filter((x) => x.endsWith(".hbs")))
    hb.registerPartial(basename(f, ".hbs"), readFileSync(resolve(partials, f), "utf8"));
  compiled = hb.compile(readFileSync(resolve(TEMPLATE_DIR, "layout.hbs"), "utf8"), {
    strict: false,
    noEscape: false,
  });
  return compiled;
}

/** `Daybreak Serum Launch - Spring 2026` → `daybreak-serum-launch-spring-2026`. */
export function slugify(name: string | null): string {
  const s = (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return s || "campaign";
}

/** A CSS string literal; every non-alphanumeric character escaped, so user text cannot end the rule or the <style>. */
export function cssString(s: string): string {
  return `"${[...s].map((ch) => (/^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join("")}"`;
}

function themeCss(
  theme: Theme,
  font: string,
  pageSize: PageSize,
  footer: string,
  dir: "ltr" | "rtl",
): string {
  const [nameBox, pageBox] =
    dir === "rtl" ? ["bottom-right", "bottom-left"] : ["bottom-left", "bottom-right"];
  const box = `font:8pt ${font};color:#667085`;
  const brand = theme.brand;
  // A pale brand colour cannot carry white text or thin lines: darken its text use.
  const ink = contrastOnWhite(brand) >= 4.5 ? brand : mix(brand, -0.45);
  return [
    `:root{--brand:${brand};--brand-ink:${ink};--brand-soft:${mix(brand, 0.9)};--brand-mid:${mix(brand, 0.6)};--font:${font}}`,
    `@page{size:${pageSize === "Letter" ? "letter" : "A4"}}`,
    `@media print{.cover{height:${pageSize === "Letter" ? "279.4mm" : "297mm"}}}`,
    // The campaign's name on every page but the cover, so a printed page says what it belongs to.
    `@page{@${nameBox}{content:${cssString(footer)};${box}}@${pageBox}{content:counter(page) " / " counter(pages);${box}}}`,
    `@page:first{@${nameBox}{content:none}@${pageBox}{content:none}}`,
  ].join("\n");
}

export async function renderReport(a: Analysis, opts: ReportOptions = {}): Promise<RenderedReport> {
  const theme = opts.theme ?? DEFAULT_THEME;
  const pageSize = opts.pageSize ?? "A4";
  const loc = resolveLocale(opts.locale, a.model.campaign.locale || undefined);
  const t = new Translator(loc.lang, loc.locale, a.model.campaign.currency);
  const view = buildReportView(a.model, a.dataset);
  const font = fontStack(theme.font ?? undefined);

  const defs = buildCharts(view, { t, brand: theme.brand, font });
  const svgs = new Map<string, string>();
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
        c.brand ? { label: t.t("report.brand"), value: c.brand } : null,
        c.start_date || c.end_date
          ? { label: t.t("report.period"), value: `${t.date(c.start_date)} – ${t.date(c.end_date)}` }
          : null,
        c.objective ? { label: t.t("report.objective"), value: t.t(`objective.${c.objective}`) } : null,
        { label: t.t("report.currency"), value: c.currency },
        c.prepared_by ? { label: t.t("report.prepared_by"), value: c.prepared_by } : null,
        { label: t.t("report.generated"), value: t.date(generated.toISOString().slice(0, 10)) },
      ].filter((x) => x !== null),
    },
    contentsTitle: t.t("report.contents"),
    ...sections,
  };
  const render = templates();
  const body = render({ ...ctx, css: "", fontCss: "", themeCss: "" });
  const css = readFileSync(resolve(TEMPLATE_DIR, "report.css"), "utf8");
  const fontCss = await fontFaceCss({ text: body, weights: [400, 700] });
  const html = render({
    ...ctx,
    css,
    fontCss,
    themeCss: themeCss(theme, font, pageSize, ctx.footer, loc.dir),
  });
  return { html, slug: slugify(c.name), title, view, locale: loc, charts: defs, svgs };
}
