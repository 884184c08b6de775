// ComparisonModel → one self-contained HTML file, in the report's look: its CSS, fonts,
// cover/table/chart partials, chart engine and translations (KPI, platform, tier labels).
// Compare's own labels live in templates/compare/i18n, one file per report language.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import Handlebars from "handlebars";
import type { TopLevelSpec } from "vega-lite";
import { ROSTER_RULES } from "../../core/compare/rules.ts";
import type { ComparisonModel, MetricRow, RosterRow } from "../../core/compare/types.ts";
import { KPI_BY_KEY, type Unit } from "../../core/index.ts";
import { type Cell, cell, type Table } from "../report/context.ts";
import { chartConfig, fontFaceCss, fontStack, renderChart, scaleFor } from "../report/engine.ts";
import { type Messages, type ResolvedLocale, resolveLocale, Translator } from "../report/i18n.ts";
import { cssString, slugify, TEMPLATE_DIR as REPORT_DIR } from "../report/index.ts";
import { contrastOnWhite, DEFAULT_THEME, mix, type Theme } from "../report/theme.ts";
import { templatesPath } from "../package-root.ts";

export const COMPARE_DIR = templatesPath("compare");

export interface CompareRenderOptions {
  locale?: string;
  theme?: Theme;
  pageSize?: "A4" | "Letter";
  generated?: Date;
}

export interface RenderedComparison {
  html: string;
  title: string;
  slug: string;
  locale: ResolvedLocale;
}

/** The printed roster stops here (roster.csv and the JSON have every creator). */
export const ROSTER_ROWS_SHOWN = 60;

let compiled: Handlebars.TemplateDelegate | null = null;
function template(): Handlebars.TemplateDelegate {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  const partials = resolve(REPORT_DIR, "partials");
  for (const f of readdirSync(partials).filter((x) => x.endsWith(".hbs")))
    hb.registerPartial(basename(f, ".hbs"), readFileSync(resolve(partials, f), "utf8"));
  compiled = hb.compile(readFileSync(resolve(COMPARE_DIR, "layout.hbs"), "utf8"));
  return compiled;
}

const labelCache = new Map<string, Messages>();
function compareMessages(lang: string): Messages {
  const file = resolve(COMPARE_DIR, "i18n", `${lang}.json`);
  const path = existsSync(file) ? file : resolve(COMPARE_DIR, "i18n", "en.json");
  let m = labelCache.get(path);
  if (!m) {
    m = JSON.parse(readFileSync(path, "utf8")) as Messages;
    labelCache.set(path, m);
  }
  return m;
}

/** Compare's labels by dotted key, with {arg} filled in. */
function labeler(lang: string) {
  const m = compareMessages(lang);
  return (key: string, args: Record<string, string> = {}): string => {
    let cur: string | Messages | undefined = m;
    for (const p of key.split(".")) cur = typeof cur === "object" ? cur[p] : undefined;
    if (typeof cur !== "string") throw new Error(`missing compare label ${key}`);
    return cur.replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? `{${k}}`);
  };
}

/** First-strong isolate: a name or handle keeps its own direction inside a sentence (`@handle` in Arabic). */
const iso = (s: string) => `\u2068${s}\u2069`;
const unitOf = (kpi: string): Unit => KPI_BY_KEY.get(kpi)?.unit ?? "count";
const table = (
  caption: string,
  columns: { label: string; num: boolean }[],
  rows: Cell[][],
  cls = "",
): Table => ({
  caption,
  cls,
  columns,
  rows: rows.map((cells) => ({ cls: "", cells })),
});

export async function renderComparison(
  cmp: ComparisonModel,
  opts: CompareRenderOptions = {},
): Promise<RenderedComparison> {
  const theme = opts.theme ?? DEFAULT_THEME;
  const pageSize = opts.pageSize ?? "A4";
  // As the report: --locale, else the Campaign tab's (the latest campaign's), else English.
  const loc = resolveLocale(opts.locale, cmp.campaigns.at(-1)?.locale ?? undefined);
  const L = labeler(loc.lang);
  const translators = new Map<string, Translator>();
  const tr = (currency: string) => {
    let t = translators.get(currency);
    if (!t) {
      t = new Translator(loc.lang, loc.locale, currency);
      translators.set(currency, t);
    }
    return t;
  };
  const first = cmp.campaigns[0];
  const t0 = tr(first?.currency ?? "USD");
  const label = (key: string, fallback: string) => (t0.has(key) ? t0.t(key) : fallback);
  const kpiLabel = (k: string) => label(`kpi.${k}`, k);
  // Column headers and roster cells use the season part of a name ("… - Spring 2025") when
  // every campaign has one and they differ; else the full names.
  const full = cmp.campaigns.map((c, i) => c.name ?? `#${i + 1}`);
  const short = full.map((n) => n.split(/ [-–—] /).at(-1) ?? n);
  const useShort =
    short.every((x, i) => x !== full[i] && x.length <= 24) && new Set(short).size === short.length;
  const names = useShort ? short : full;
  const name = (i: number) => names[i] ?? `#${i + 1}`;
  const cur = (i: number) => cmp.campaigns[i]?.currency ?? "USD";
  const font = fontStack(theme.font ?? undefined);
  const campaignCols = cmp.campaigns.map((_, i) => ({ label: name(i), num: true }));

  const metricTable = (caption: string, rows: MetricRow[]) =>
    table(
      caption,
      [{ label: L("col.kpi"), num: false }, ...campaignCols],
      rows.map((r) => [
        cell(kpiLabel(r.key), { strong: true }),
        ...r.values.map((v, i) => {
          const t = tr(cur(i));
          const d = r.deltas[i];
          const change = d && d.rel !== null ? L("vsPrevious", { change: t.fmt(d.rel, "change") }) : null;
          return cell(t.fmt(v, unitOf(r.key)), { num: true, badge: change });
        }),
      ]),
    );

  // ---- charts
  const cfg = chartConfig({ brand: theme.brand, font });
  const costData = cmp.cost_per_result.flatMap((r) =>
    r.values.map((v, i) => ({
      metric: kpiLabel(r.key),
      campaign: name(i),
      order: i,
      value: v,
      currency: cur(i),
    })),
  );
  const costSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: cfg,
    data: { values: costData.filter((d) => d.value !== null) },
    facet: { column: { field: "metric", type: "nominal", title: null, sort: null } },
    spec: {
      width: Math.max(100, Math.floor(560 / 4)),
      height: 140,
      mark: { type: "line", point: true },
      encoding: {
        x: {
          field: "campaign",
          type: "ordinal",
          sort: { field: "order" },
          title: null,
          axis: { labelAngle: -40, labelLimit: 90 },
        },
        y: { field: "value", type: "quantitative", title: null },
        color: { field: "currency", type: "nominal", title: L("col.currency") },
      },
    },
    resolve: { scale: { y: "independent" } },
  } as unknown as TopLevelSpec;
  const shareData = cmp.breakdowns.platform.flatMap((r) =>
    r.campaigns.map((c, i) => ({
      platform: label(`platform.${r.key}`, r.key),
      campaign: name(i),
      order: i,
      share: c?.cost_share ?? 0,
    })),
  );
  const platformScale = scaleFor(
    "platform",
    cmp.breakdowns.platform.map((r) => r.key),
  );
  const shareSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: cfg,
    width: 560,
    height: Math.max(120, cmp.campaigns.length * 22),
    data: { values: shareData },
    mark: "bar",
    encoding: {
      y: { field: "campaign", type: "ordinal", sort: { field: "order" }, title: null },
      x: { field: "share", type: "quantitative", stack: "normalize", axis: { format: "%" }, title: null },
      color: {
        field: "platform",
        type: "nominal",
        title: L("col.platform"),
        // The report's platform colours, keyed by the translated names the data carries.
        scale: {
          ...platformScale,
          domain: cmp.breakdowns.platform.map((r) => label(`platform.${r.key}`, r.key)),
        },
      },
    },
  } as unknown as TopLevelSpec;
  const chart = (spec: TopLevelSpec, title: string, description: string) =>
    renderChart(spec, { locale: loc.locale, title, description });
  const costChart = await chart(costSpec, L("chart.cost"), L("chart.costDesc"));
  const shareChart = await chart(shareSpec, L("chart.share"), L("chart.shareDesc"));

  // ---- sections
  const notes = cmp.findings.map((f) =>
    f.code === "currencies_differ"
      ? L("finding.currencies_differ", { currencies: f.currencies.join(", ") })
      : L("finding.no_dates", {
          campaigns: f.campaigns.map((i) => iso(full[i] ?? `#${i + 1}`)).join(L("sep")),
        }),
  );
  const money = table(
    L("moneyTitle"),
    [
      { label: L("col.currency"), num: false },
      { label: L("col.campaigns"), num: false },
      { label: L("col.cost"), num: true },
      { label: L("col.revenue"), num: true },
      { label: L("col.roas"), num: true },
    ],
    cmp.money_by_currency.map((m) => {
      const t = tr(m.currency);
      return [
        cell(m.currency, { strong: true }),
        cell(m.campaigns.map(name).join(L("sep"))),
        cell(t.fmt(m.total_cost, "money"), { num: true }),
        cell(t.fmt(m.revenue, "money"), { num: true }),
        cell(t.fmt(m.roas, "multiple"), { num: true }),
      ];
    }),
  );
  const goals = table(
    "",
    [{ label: L("col.kpi"), num: false }, ...campaignCols],
    cmp.goals.map((g) => [
      cell(kpiLabel(g.kpi), { strong: true }),
      ...g.campaigns.map((c, i) =>
        c === null
          ? cell("–", { num: true })
          : cell(tr(cur(i)).fmt(c.attainment, "rate"), {
              num: true,
              badge: c.met === null ? null : L(c.met ? "goalMet" : "goalMissed"),
            }),
      ),
    ]),
  );
  const dims = (["platform", "tier", "cooperation_model"] as const).map((dim) =>
    table(
      L(`dim.${dim}`),
      [{ label: L("col.segment"), num: false }, ...campaignCols],
      cmp.breakdowns[dim].map((r) => [
        cell(label(`${dim}.${r.key}`, r.key), { strong: true }),
        ...r.campaigns.map((c, i) => {
          if (c === null) return cell("–", { num: true });
          const t = tr(cur(i));
          return cell(L("cellRoasCost", { roas: t.fmt(c.roas, "multiple"), cost: t.fmt(c.cost, "money") }), {
            num: true,
          });
        }),
      ]),
    ),
  );
  const keyLabel = (k: string) => {
    const [p, h] = k.split(":");
    return `${iso(`@${h}`)} (${label(`platform.${p}`, p ?? "")})`;
  };
  const changeTables: Table[] = [];
  const changeList: string[] = [];
  for (const ch of cmp.changes) {
    const head = L("changeTitle", { from: iso(name(ch.from)), to: iso(name(ch.to)) });
    const handles = (ks: string[]) => (ks.length ? ks.map(keyLabel).join(L("sep")) : L("none"));
    // Punctuation is the language's own (； in Chinese, ؛ in Arabic), so the whole line is one template.
    changeList.push(
      L("changeLine", {
        head,
        added: L("added", { n: String(ch.creators_added.length) }),
        addedList: handles(ch.creators_added),
        dropped: L("dropped", { n: String(ch.creators_dropped.length) }),
        droppedList: handles(ch.creators_dropped),
        kept: L("kept", { n: String(ch.creators_kept.length) }),
      }),
    );
    const tf = tr(cur(ch.from));
    const tt = tr(cur(ch.to));
    changeTables.push(
      table(
        `${head}${ch.same_currency ? "" : ` — ${L("differentCurrency")}`}`,
        [
          { label: L("col.segment"), num: false },
          { label: L("col.from"), num: true },
          { label: L("col.to"), num: true },
          { label: L("col.change"), num: true },
        ],
        (["platform", "tier", "cooperation_model"] as const).flatMap((dim) =>
          ch.budget[dim]
            .filter((s) => (s.from ?? 0) !== 0 || (s.to ?? 0) !== 0)
            .map((s) => [
              cell(label(`${dim}.${s.key}`, s.key)),
              cell(`${tf.fmt(s.from, "money")} (${tf.fmt(s.from_share, "rate")})`, { num: true }),
              cell(`${tt.fmt(s.to, "money")} (${tt.fmt(s.to_share, "rate")})`, { num: true }),
              cell(s.change === null ? "–" : tt.fmt(s.change, "money"), { num: true }),
            ]),
        ),
      ),
    );
  }
  const rosterCells = (r: RosterRow): Cell[] => [
    cell(`@${r.handle}`, {
      strong: true,
      badge: [r.name, label(`platform.${r.platform}`, r.platform)].filter((x) => x).join(" · "),
    }),
    cell(L(`verdict.${r.verdict}`), { strong: true }),
    cell(r.campaigns.map((c) => name(c.campaign)).join(L("sep"))),
    cell(r.overall.map((o) => tr(o.currency).fmt(o.cost, "money")).join(" + "), { num: true }),
    cell(r.overall.map((o) => tr(o.currency).fmt(o.revenue, "money")).join(" + "), { num: true }),
    cell(r.overall.map((o) => t0.fmt(o.roas, "multiple")).join(" / "), { num: true }),
    cell(r.campaigns.map((c) => t0.fmt(c.roas, "multiple")).join(" → "), { num: true }),
    cell(L(`trend.${r.trend}`)),
  ];
  const roster = table(
    "",
    [
      { label: L("col.creator"), num: false },
      { label: L("col.verdict"), num: false },
      { label: L("col.campaigns"), num: false },
      { label: L("col.cost"), num: true },
      { label: L("col.revenue"), num: true },
      { label: L("col.roas"), num: true },
      { label: L("col.roasByCampaign"), num: true },
      { label: L("col.trend"), num: false },
    ],
    cmp.roster.slice(0, ROSTER_ROWS_SHOWN).map(rosterCells),
    // Long: may break across pages (the report's "dense" tables do).
    "dense roster",
  );
  const rosterNotes =
    cmp.roster.length > ROSTER_ROWS_SHOWN
      ? [L("rosterMore", { shown: String(ROSTER_ROWS_SHOWN), total: String(cmp.roster.length) })]
      : [];
  const postCols = [
    { label: L("col.post"), num: false },
    { label: L("col.campaign"), num: false },
    { label: L("col.platform"), num: false },
    { label: L("col.format"), num: false },
    { label: L("col.er"), num: true },
    { label: L("col.clicks"), num: true },
  ];
  const postRows = (ps: ComparisonModel["content"]["by_clicks"]) =>
    ps.map((p) => [
      cell(`@${p.creator.replace(/^@/, "")}`, { href: p.url, strong: true }),
      cell(name(p.campaign)),
      cell(label(`platform.${p.platform}`, p.platform)),
      cell(label(`format.${p.format}`, p.format)),
      cell(t0.fmt(p.er_impressions, "rate"), { num: true }),
      cell(t0.fmt(p.clicks, "count"), { num: true }),
    ]);
  const R = ROSTER_RULES;
  const sections = [
    { id: "headline", notes, charts: [], tables: [metricTable("", cmp.headline), money] },
    { id: "goals", notes: [], charts: [], tables: cmp.goals.length ? [goals] : [] },
    { id: "cost", notes: [], charts: [costChart], tables: [metricTable("", cmp.cost_per_result)] },
    { id: "breakdowns", notes: [], charts: [shareChart], tables: dims },
    { id: "changes", notes: [], charts: [], tables: changeTables, list: changeList },
    { id: "roster", notes: rosterNotes, charts: [], tables: [roster] },
    {
      id: "library",
      notes: [],
      charts: [],
      tables: [
        table(L("col.er"), postCols, postRows(cmp.content.by_engagement_rate)),
        table(L("col.clicks"), postCols, postRows(cmp.content.by_clicks)),
      ],
    },
    {
      id: "method",
      notes: [],
      charts: [],
      tables: [],
      list: [
        L("rules.order"),
        L("rules.money"),
        L("rules.R1"),
        L("rules.R2", { rehire: t0.fmt(R.rehireRoas, "number") }),
        L("rules.R3", { breakEven: t0.fmt(R.breakEvenRoas, "number") }),
        L("rules.R4", { floor: t0.fmt(R.testAgainFloorRoas, "number") }),
        L("rules.R5"),
        L("rules.trend", { tol: t0.fmt(R.trendTolerance, "rate") }),
      ],
    },
  ].map((s, i) => ({
    ...s,
    number: String(i + 1).padStart(2, "0"),
    title: L(`section.${s.id}.title`),
    lead: L(`section.${s.id}.lead`),
  }));

  const brand = first?.brand ?? null;
  const title = `${brand ? `${brand} — ` : ""}${L("kind")}`;
  const last = cmp.campaigns.at(-1);
  const generated = opts.generated ?? new Date();
  const footer = L("footer", { brand: brand ?? "" });
  const ctx = {
    lang: loc.lang,
    dir: loc.dir,
    title,
    cover: {
      kind: L("kind"),
      name: cmp.campaigns.map((c, i) => c.name ?? `#${i + 1}`).join(" · "),
      brand,
      logo: theme.logo,
      facts: [
        { label: L("campaigns"), value: String(cmp.campaigns.length) },
        { label: L("period"), value: `${t0.date(first?.start_date)} – ${t0.date(last?.end_date)}` },
        { label: L("generated"), value: t0.date(generated.toISOString().slice(0, 10)) },
      ],
    },
    contentsTitle: L("contents"),
    toc: sections.map((s) => ({ id: s.id, number: s.number, title: s.title })),
    sections,
  };
  const render = template();
  const body = render({ ...ctx, css: "", fontCss: "", themeCss: "" });
  const css = readFileSync(resolve(REPORT_DIR, "report.css"), "utf8");
  const fontCss = await fontFaceCss({ text: body, weights: [400, 700] });
  // The report's page furniture: brand colours, page size, footer name and page numbers.
  const ink = contrastOnWhite(theme.brand) >= 4.5 ? theme.brand : mix(theme.brand, -0.45);
  const box = `font:8pt ${font};color:#667085`;
  const [nameBox, pageBox] =
    loc.dir === "rtl" ? ["bottom-right", "bottom-left"] : ["bottom-left", "bottom-right"];
  const themeCss = [
    `:root{--brand:${theme.brand};--brand-ink:${ink};--brand-soft:${mix(theme.brand, 0.9)};--brand-mid:${mix(theme.brand, 0.6)};--font:${font}}`,
    `@page{size:${pageSize === "Letter" ? "letter" : "A4"}}`,
    `@media print{.cover{height:${pageSize === "Letter" ? "279.4mm" : "297mm"}}}`,
    `@page{@${nameBox}{content:${cssString(footer)};${box}}@${pageBox}{content:counter(page) " / " counter(pages);${box}}}`,
    `@page:first{@${nameBox}{content:none}@${pageBox}{content:none}}`,
    // Chinese verdicts and trends ("重新议价", "上升") stay whole rather than one character a line.
    ".roster td{word-break:keep-all}",
  ].join("\n");
  const html = render({ ...ctx, css, fontCss, themeCss });
  return { html, title, slug: slugify(brand ? `${brand} comparison` : "comparison"), locale: loc };
}
