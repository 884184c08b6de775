// ComparisonModel → one self-contained HTML file in the report's shell: its CSS,
// fonts, cover/table/chart partials, chart engine and translations.
import { resolve } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import type { ComparisonModel } from "../../core/compare/index.ts";
import { fontStack } from "../charts/fonts.ts";
import { chartConfig } from "../charts/palette.ts";
import { renderChart } from "../charts/render.ts";
import { type ResolvedLocale, resolveLocale } from "../i18n/locale.ts";
import { COMPARE_TEMPLATE_DIR, layout, type PageSize, renderPage, slugify } from "../report/shell.ts";
import { DEFAULT_THEME, type Theme } from "../report/theme.ts";
import { costSpec, shareSpec } from "./chart-specs.ts";
import {
  breakdownTables,
  changes,
  findingNotes,
  goalsTable,
  libraryTables,
  methodList,
  metricTable,
  moneyTable,
  narrative,
  roster,
} from "./sections.ts";
import { type CompareText, compareText } from "./text.ts";

export interface CompareRenderOptions {
  locale?: string;
  theme?: Theme;
  pageSize?: PageSize;
  generated?: Date;
}

export interface RenderedComparison {
  html: string;
  title: string;
  slug: string;
  locale: ResolvedLocale;
}

async function sections(cmp: ComparisonModel, x: CompareText, loc: ResolvedLocale, theme: Theme) {
  const { L } = x;
  const cfg = chartConfig({ brand: theme.brand, font: fontStack(theme.font ?? undefined) });
  const chart = (spec: TopLevelSpec, title: string, description: string) =>
    renderChart(spec, { locale: loc.locale, title, description });
  const costChart = await chart(costSpec(cmp, x, cfg), L("chart.cost"), L("chart.costDesc"));
  const shareChart = await chart(shareSpec(cmp, x, cfg), L("chart.share"), L("chart.shareDesc"));
  const changed = changes(cmp, x);
  const creators = roster(cmp, x);
  const none = { notes: [], charts: [], tables: [], text: [], groups: [] };
  return [
    {
      id: "headline",
      ...none,
      text: narrative(cmp, x),
      notes: findingNotes(cmp, x),
      tables: [metricTable(x, "", cmp.headline), moneyTable(cmp, x)],
    },
    { id: "goals", ...none, tables: cmp.goals.length ? [goalsTable(cmp, x)] : [] },
    { id: "cost", ...none, charts: [costChart], tables: [metricTable(x, "", cmp.cost_per_result)] },
    { id: "breakdowns", ...none, charts: [shareChart], tables: breakdownTables(cmp, x) },
    { id: "changes", ...none, groups: changed.groups, notes: changed.kept, tables: changed.tables },
    { id: "roster", ...none, notes: creators.notes, tables: [creators.table] },
    { id: "library", ...none, tables: libraryTables(cmp, x) },
    { id: "method", ...none, list: methodList(x) },
  ].map((s, i) => ({
    ...s,
    number: String(i + 1).padStart(2, "0"),
    title: L(`section.${s.id}.title`),
    lead: L(`section.${s.id}.lead`),
  }));
}

export async function renderComparison(
  cmp: ComparisonModel,
  opts: CompareRenderOptions = {},
): Promise<RenderedComparison> {
  const theme = opts.theme ?? DEFAULT_THEME;
  // As the report: --locale, else the Campaign tab's (the latest campaign's), else English.
  const loc = resolveLocale(opts.locale, cmp.campaigns.at(-1)?.locale ?? undefined);
  const x = compareText(cmp, loc);
  const { L, t0 } = x;
  const body = await sections(cmp, x, loc, theme);
  const first = cmp.campaigns[0];
  const brand = first?.brand ?? null;
  const title = `${brand ? `${brand} — ` : ""}${L("kind")}`;
  const generated = opts.generated ?? new Date();
  const ctx = {
    lang: loc.lang,
    dir: loc.dir,
    title,
    // The cover names the comparison, and lists the campaigns one per line (any number of them).
    cover: {
      kind: L("kind"),
      name: L("coverTitle", { n: t0.fmt(cmp.campaigns.length, "count") }),
      brand,
      logo: theme.logo,
      facts: [
        ...cmp.campaigns.map((c, i) => ({
          label: c.start_date ? `${t0.date(c.start_date)} – ${t0.date(c.end_date)}` : `#${i + 1}`,
          value: x.full[i] ?? `#${i + 1}`,
          typed: true,
        })),
        { label: L("generated"), value: t0.date(generated.toISOString().slice(0, 10)) },
      ],
    },
    contentsTitle: L("contents"),
    noneLabel: L("none"),
    toc: body.map((s) => ({ id: s.id, number: s.number, title: s.title })),
    sections: body,
  };
  const html = await renderPage(layout(resolve(COMPARE_TEMPLATE_DIR, "layout.hbs")), ctx, {
    theme,
    font: fontStack(theme.font ?? undefined),
    pageSize: opts.pageSize ?? "A4",
    footer: L("footer", { brand: brand ?? "" }),
    dir: loc.dir,
    // Chinese verdicts and trends ("重新议价", "上升") stay whole rather than one character a line.
    extraCss: [
      ".roster td{word-break:keep-all}",
      // A change chip or goal mark is green when it is good news for that KPI, red when not.
      ".badge.tone-good{color:var(--met);background:var(--met-bg)}",
      ".badge.tone-bad{color:var(--missed);background:var(--missed-bg)}",
      ".tbl tr.dim td{background:var(--none-bg);font-size:7.5pt;text-transform:uppercase;letter-spacing:.04em}",
      ".handles{columns:3;column-gap:6mm;list-style:none;padding:0;margin:0 0 4mm;font-size:8pt}",
      ".handles li{break-inside:avoid;margin:0 0 .8mm}",
      ".narrative{font-size:10.5pt;line-height:1.5;margin:0 0 3mm}",
    ],
  });
  return { html, title, slug: slugify(brand ? `${brand} comparison` : "comparison"), locale: loc };
}
