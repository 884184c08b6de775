// Vega-Lite specs built from the view model. Values shown on marks are formatted
// here with Intl (labels field), so charts speak the report's locale.
import type { TopLevelSpec } from "vega-lite";
import type { DisplayUnit } from "../../core/index.ts";
import type { Dimension, ReportView } from "../../core/present/index.ts";
import { better, kpiLabelKey, leverName, rowValue } from "../../core/present/index.ts";
import { vegaLocale } from "../charts/locale.ts";
import { chartConfig, scaleFor, textOn } from "../charts/palette.ts";
import { measureText } from "../charts/measure.ts";
import { productTableRows } from "./sections/products.ts";
import { valueOfRow } from "./sections/kit.ts";
import { trendEvents } from "./sections/trend.ts";
import { scatterChart } from "./scatter-spec.ts";
import type { Translator } from "../i18n/translator.ts";
import { unitOf } from "../units.ts";

export interface ChartDef {
  id: string;
  title: string;
  /** The text alternative: the chart's main finding. */
  description: string;
  spec: TopLevelSpec;
}

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
const FULL = 600;
const GREY = "#9CA3AF";

interface Ctx {
  t: Translator;
  brand: string;
  font: string;
}

export function base(
  c: Ctx,
  title: string,
  description: string,
): Pick<TopLevelSpec, "$schema" | "config" | "description"> & {
  title: string;
} {
  const cfg = chartConfig({ brand: c.brand, font: c.font }) as Record<string, unknown>;
  return {
    $schema: SCHEMA,
    title,
    description,
    config: {
      ...cfg,
      locale: vegaLocale(c.t.locale, c.t.currency),
      axis: { ...(cfg.axis as object), labelFontSize: 11, titleFontSize: 11 },
      legend: { labelFontSize: 11, labelLimit: 320 },
      // Right-to-left reports read a chart's title from the right.
      title: {
        ...(cfg.title as object),
        fontSize: 14,
        fontWeight: "bold",
        offset: 10,
        anchor: c.t.lang === "ar" ? "end" : "start",
      },
      padding: { left: 4, right: 12, top: 6, bottom: 4 },
    } as TopLevelSpec["config"],
  };
}

/** A short day-and-month axis label in the locale's order. */
function dayMonthFormat(locale: string): string {
  if (locale.startsWith("zh")) return "%-m月%-d日";
  const order = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" })
    .formatToParts(Date.UTC(2026, 2, 9))
    .map((p) => p.type);
  return order.indexOf("month") < order.indexOf("day") ? "%b %-d" : "%-d %b";
}

/** Horizontal bars with their formatted values at the end; categories keep the given order. */
function hbars(
  c: Ctx,
  id: string,
  title: string,
  description: string,
  rows: { key: string; label: string; value: number; text: string }[],
  opts: {
    width?: number;
    color?: { domain: string[]; range: string[] };
    rule?: { value: number; label: string };
  } = {},
): ChartDef {
  const width = opts.width ?? FULL;
  const plot = width - 160;
  const placed = placeLabels(rows, plot, opts);
  const y = {
    field: "label",
    type: "nominal",
    sort: null,
    title: null,
    axis: { labelLimit: 240, ticks: false, domain: false, labelPadding: 6, labelFontSize: 12 },
  };
  const layers: unknown[] = [
    {
      mark: { type: "bar", cornerRadiusEnd: 2, height: { band: 0.7 } },
      encoding: {
        y,
        x: { field: "value", type: "quantitative", axis: null, scale: placed.scale },
        ...(opts.color
          ? { color: { field: "key", type: "nominal", scale: opts.color, legend: null } }
          : { color: { value: c.brand } }),
      },
    },
    {
      transform: [{ filter: "datum.pos !== 'inside'" }],
      mark: { type: "text", align: "left", dx: 4, fontSize: LABEL_SIZE, color: "#1F2937" },
      encoding: { y, x: { field: "lx", type: "quantitative" }, text: { field: "text", type: "nominal" } },
    },
    {
      transform: [{ filter: "datum.pos === 'inside'" }],
      mark: { type: "text", align: "right", dx: -4, fontSize: LABEL_SIZE },
      encoding: {
        y,
        x: { field: "value", type: "quantitative" },
        text: { field: "text", type: "nominal" },
        color: { field: "tc", type: "nominal", scale: null },
      },
    },
  ];
  if (opts.rule)
    layers.push({
      data: { values: [{ v: opts.rule.value, label: opts.rule.label }] },
      layer: [
        {
          mark: { type: "rule", strokeDash: [4, 3], color: "#374151" },
          encoding: { x: { field: "v", type: "quantitative" } },
        },
        {
          mark: {
            type: "text",
            align: "left",
            dx: 3,
            dy: -4,
            baseline: "bottom",
            fontSize: 10,
            color: "#374151",
          },
          encoding: {
            x: { field: "v", type: "quantitative" },
            y: { value: 0 },
            text: { field: "label", type: "nominal" },
          },
        },
      ],
    });
  const spec = {
    ...base(c, title, description),
    width: width - 160,
    height: { step: BAR_STEP },
    data: { values: placed.rows },
    layer: layers,
  } as TopLevelSpec;
  return { id, title, description, spec };
}

const LABEL_SIZE = 12;
/** Pixels per bar: room for a 12 px label, compact enough that a chart of ten bars takes a quarter page. */
const BAR_STEP = 20;

/**
 * Where each bar's value label goes so a reference line (break-even, the campaign's
 * figure) never strikes through it: after the bar's end as usual; inside the bar's end
 * when the line would cross it and the bar has room; else just past the line. The x
 * scale is fixed ([0, max]) so the pixel positions worked out here are the drawn ones.
 */
function placeLabels(
  rows: { key: string; label: string; value: number; text: string }[],
  plot: number,
  opts: { color?: { domain: string[]; range: string[] }; rule?: { value: number } },
) {
  const rule = opts.rule;
  if (!rule) return { scale: { zero: true }, rows: rows.map((r) => ({ ...r, lx: r.value, pos: "end" })) };
  const max = Math.max(rule.value, ...rows.map((r) => r.value)) || 1;
  const px = (v: number) => (v / max) * plot;
  const colour = (key: string) => opts.color?.range[opts.color.domain.indexOf(key)] ?? "#4B5563";
  const GAP = 4;
  return {
    scale: { zero: true, nice: false, domain: [0, max] },
    rows: rows.map((r) => {
      const w = measureText({ fontSize: LABEL_SIZE }, r.text);
      const start = px(r.value) + GAP;
      const crosses = px(rule.value) >= start - 2 && px(rule.value) <= start + w + 2;
      if (!crosses) return { ...r, lx: r.value, pos: "end" };
      if (px(r.value) >= w + 2 * GAP) return { ...r, lx: r.value, pos: "inside", tc: textOn(colour(r.key)) };
      return { ...r, lx: rule.value, pos: "past" };
    }),
  };
}

/**
 * A chart's figures in one unit with one number of decimals, the rule of the most demanding
 * (as a table column is formatted). `inTable` are the figures of the table column that shows
 * the same figures, so the chart prints each one exactly as its table does.
 */
export function chartFigures(
  t: Translator,
  values: readonly (number | null | undefined)[],
  unit: DisplayUnit,
  inTable: readonly (number | null | undefined)[] = [],
): string[] {
  return t.column([...values, ...inTable], unit).slice(0, values.length);
}

const has = (v: ReportView, id: string) => v.sections.includes(id as ReportView["sections"][number]);

/** Where the money went. */
function costsCharts(v: ReportView, c: Ctx): ChartDef[] {
  const { t } = c;
  const out: ChartDef[] = [];
  if (has(v, "spend") && v.spend.costs.length > 0 && v.spend.largest) {
    const l = v.spend.largest;
    out.push(
      hbars(
        c,
        "costs",
        t.t("chart.costs.title"),
        t.t("chart.costs.finding", {
          item: t.t(`cost.${l.key}`),
          amount: t.fmt(l.amount, "money"),
          share: t.fmt(l.share, "rate"),
        }),
        costRows(c, v.spend.costs),
      ),
    );
  }
  return out;
}

function costRows(c: Ctx, costs: ReportView["spend"]["costs"]) {
  const amounts = chartFigures(
    c.t,
    costs.map((i) => i.amount),
    "money",
  );
  const shares = chartFigures(
    c.t,
    costs.map((i) => i.share),
    "rate",
  );
  return costs.map((i, n) => ({
    key: i.key,
    label: c.t.t(`cost.${i.key}`),
    value: i.amount,
    text: `${amounts[n]} · ${shares[n]}`,
  }));
}

/** The lever metric by tier and deal type, and converting share by platform. */
function creatorCharts(v: ReportView, c: Ctx): ChartDef[] {
  const { t } = c;
  const out: ChartDef[] = [];
  if (has(v, "creators")) {
    const metric = v.leverMetric;
    const unit = unitOf(metric);
    // Groups are on creator cost, so the campaign line beside them is too.
    const campaignValue = metric === "roas" ? v.totals.roas_creator : rowValue(v.totals, metric);
    const metricLabel = t.t(kpiLabelKey(metric, "creator"));
    for (const dim of ["tier", "cooperation_model"] as Dimension[]) {
      const rows = v.creators.groups[dim].filter(
        (g) => g.key !== null && typeof g[metric as "roas"] === "number",
      );
      const best = v.creators.best[dim];
      if (rows.length < 2 || !best) continue;
      const bestName = t.argText(leverName(best));
      // The best is the best group large enough to judge: a small test may have a longer bar.
      const judged = rows.some((g) => better(metric, g[metric as "roas"] as number, best.value))
        ? "_judged"
        : "";
      const finding =
        metric === "roas"
          ? t.t(`chart.${dim}.finding_roas${judged}`, {
              name: bestName,
              value: t.fmt(best.value, "money"),
              one: t.fmt(1, "money"),
            })
          : t.t(`chart.${dim}.finding${judged}`, {
              name: bestName,
              kpi: t.inSentence(metricLabel),
              value: t.fmt(best.value, unit),
            });
      const rule =
        metric === "roas"
          ? dim === "cooperation_model"
            ? { value: 1, label: t.t("chart.break_even") }
            : campaignValue !== null
              ? {
                  value: campaignValue,
                  label: t.t("conclusions.chart.campaign", { value: t.fmt(campaignValue, unit) }),
                }
              : undefined
          : undefined;
      const values = rows.map((g) => g[metric as "roas"] as number);
      const texts = chartFigures(
        t,
        values,
        unit,
        v.creators.groups[dim].filter((g) => g.key !== null).map((g) => valueOfRow(g, metric)),
      );
      out.push(
        hbars(
          c,
          `${dim}_${metric}`,
          t.t(`chart.${dim}.title`, { kpi: metricLabel }),
          finding,
          rows.map((g, n) => ({
            key: g.key!,
            label: t.t(`${dim}.${g.key}`),
            value: values[n]!,
            text: texts[n]!,
          })),
          {
            width: FULL,
            color: scaleFor(
              dim,
              rows.map((g) => g.key!),
            ),
            ...(rule ? { rule } : {}),
          },
        ),
      );
    }
    const plat = v.creators.groups.platform.filter((g) => g.key !== null && g.converting_share !== null);
    if (plat.length >= 2 && v.creators.converting_share !== null && v.totals.orders !== null) {
      const top = [...plat].sort(
        (a, b) => b.converting_share! - a.converting_share! || b.creators - a.creators,
      )[0]!;
      const shares = chartFigures(
        t,
        plat.map((g) => g.converting_share),
        "rate",
        v.creators.groups.platform.filter((g) => g.key !== null).map((g) => g.converting_share),
      );
      out.push(
        hbars(
          c,
          "platform_share",
          t.t("chart.platform.title"),
          t.t("chart.platform.finding", {
            name: t.t(`platform.${top.key}`),
            share: t.fmt(top.converting_share, "rate"),
            campaign: t.fmt(v.creators.converting_share, "rate"),
          }),
          plat.map((g, n) => ({
            key: g.key!,
            label: t.t(`platform.${g.key}`),
            value: g.converting_share!,
            text: `${shares[n]} (${t.fmt(g.converting_creators, "count")}/${t.fmt(g.creators, "count")})`,
          })),
          {
            color: scaleFor(
              "platform",
              plat.map((g) => g.key!),
            ),
          },
        ),
      );
    }
  }
  return out;
}

/** Revenue by product. */
function productsCharts(v: ReportView, c: Ctx): ChartDef[] {
  const { t } = c;
  const out: ChartDef[] = [];
  if (has(v, "products") && v.products.top) {
    const top = v.products.top;
    const rows = v.products.rows.filter((p) => (p.revenue ?? 0) > 0).slice(0, 12);
    const table = productTableRows(v.products.rows).map((r) => r.figures);
    const revenue = chartFigures(
      t,
      rows.map((p) => p.revenue),
      "money",
      table.map((r) => r.revenue),
    );
    const shares = chartFigures(
      t,
      rows.map((p) => p.revenue_share),
      "rate",
      table.map((r) => r.revenue_share),
    );
    if (rows.length > 0)
      out.push(
        hbars(
          c,
          "products",
          t.t("chart.products.title"),
          t.t("chart.products.finding", {
            product: top.product,
            revenue: t.fmt(top.revenue, "money"),
            share: t.fmt(top.revenue_share, "rate"),
          }),
          rows.map((p, n) => ({
            key: p.product,
            label: p.product,
            value: p.revenue ?? 0,
            text: `${revenue[n]} · ${shares[n]}`,
          })),
        ),
      );
  }
  return out;
}

/** Engagement rate by format. */
function formatsCharts(v: ReportView, c: Ctx): ChartDef[] {
  const { t } = c;
  const out: ChartDef[] = [];
  if (has(v, "content") && v.content.best_format && v.content.by_format.length >= 2) {
    const rows = [...v.content.by_format]
      .filter((r) => r.er_impressions !== null)
      .sort((a, b) => b.er_impressions! - a.er_impressions!);
    const ers = chartFigures(
      t,
      rows.map((r) => r.er_impressions),
      "rate",
      v.content.by_format.map((r) => r.er_impressions),
    );
    const best = v.content.best_format;
    out.push(
      hbars(
        c,
        "formats",
        t.t("chart.formats.title"),
        t.plural("chart.formats.finding", best.posts, {
          format: t.t(`format.${best.key}`),
          er: t.fmt(best.er_impressions, "rate"),
          posts: t.fmt(best.posts, "count"),
        }),
        rows.map((r, n) => ({
          key: r.key,
          label: t.t(`format.${r.key}`),
          value: r.er_impressions!,
          text: `${ers[n]} · ${t.plural("chart.formats.posts", r.posts)}`,
        })),
      ),
    );
  }
  return out;
}

/** Daily traffic before, during and after. */
function trafficCharts(v: ReportView, c: Ctx): ChartDef[] {
  const { t } = c;
  const out: ChartDef[] = [];
  if (has(v, "traffic")) {
    const rows = v.traffic.rows.filter((r) => r.before_daily !== null && r.during_daily !== null);
    const s = rows.find((r) => r.metric === "sessions") ?? rows[0];
    if (s) {
      const periods = (["before", "during", "after"] as const).filter((p) => s[`${p}_daily`] !== null);
      const daily = chartFigures(
        t,
        periods.map((p) => s[`${p}_daily`]),
        s.metric === "revenue" ? "money" : "count",
      );
      out.push(
        hbars(
          c,
          "traffic",
          t.t("chart.traffic.title", { metric: t.t(`lift.${s.metric}`) }),
          t.t("chart.traffic.finding", {
            metric: t.t(`lift.${s.metric}`),
            before: t.fmt(s.before_daily, "count"),
            during: t.fmt(s.during_daily, "count"),
            lift: t.fmt(s.during_lift, "change"),
          }),
          periods.map((p, n) => ({
            key: p,
            label: t.t(`period.${p}`),
            value: s[`${p}_daily`]!,
            text: daily[n]!,
          })),
          { color: { domain: ["before", "during", "after"], range: [GREY, c.brand, "#6B9AC4"] } },
        ),
      );
    }
  }
  return out;
}

export function buildCharts(v: ReportView, c: Ctx): ChartDef[] {
  return [
    ...costsCharts(v, c),
    ...creatorCharts(v, c),
    ...(has(v, "creators") && v.totals.roas_creator !== null ? scatterChart(v, c, base) : []),
    ...productsCharts(v, c),
    ...(has(v, "trend") && v.trend.days.length > 0 ? [trendChart(v, c)] : []),
    ...formatsCharts(v, c),
    ...trafficCharts(v, c),
  ];
}

const TREND_HEIGHT = 170;
/** The trend's plot width. */
const PLOT = FULL - 70;
/** Headroom above the peak for its label and the Journal's numbered markers. */
const TREND_HEADROOM = 1.3;
/** Where a Journal marker's line starts, below its number. */
const MARKER_TOP = 12;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The pieces of a marker line at `x` (from MARKER_TOP to the plot's foot) that stay clear of
 * the labels' boxes, so no dotted line strikes through the peak or mean label. Pixels.
 */
export function markerSegments(x: number, boxes: readonly Box[]): { y: number; y2: number }[] {
  const GAP = 2;
  const cuts = boxes
    .filter((b) => x >= b.x0 - GAP && x <= b.x1 + GAP)
    .map((b) => [b.y0 - GAP, b.y1 + GAP] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: { y: number; y2: number }[] = [];
  let top = MARKER_TOP;
  for (const [y0, y1] of cuts) {
    if (y0 > top) out.push({ y: top, y2: Math.min(y0, TREND_HEIGHT) });
    top = Math.max(top, y1);
  }
  if (top < TREND_HEIGHT) out.push({ y: top, y2: TREND_HEIGHT });
  return out;
}

/** A day's place in the trend (its band), by date; the days run one a band. */
function dayIndex(v: ReportView, date: string): number {
  return v.trend.days.findIndex((d) => d.date === date);
}

/**
 * Where the peak and mean labels are drawn, in the plot's pixels: the peak's starts 8 px after
 * the middle of its day's band and sits 10 px above the bar; the mean's ends at the plot's right edge, 6 px
 * above its line (each box a 10 px line of text around its baseline).
 */
function labelBoxes(v: ReportView, yMax: number, peakLabel: string, meanLabel: string): Box[] {
  const step = PLOT / v.trend.days.length;
  const yOf = (value: number) => TREND_HEIGHT * (1 - value / yMax);
  const line = (baseline: number) => ({ y0: baseline - 10, y1: baseline + 3 });
  const boxes: Box[] = [];
  const peak = v.trend.peak_date ? dayIndex(v, v.trend.peak_date) : -1;
  if (peak >= 0 && v.trend.peak_revenue !== null) {
    const x0 = (peak + 0.5) * step + 8;
    boxes.push({
      x0,
      x1: x0 + measureText({ fontSize: 10 }, peakLabel),
      ...line(yOf(v.trend.peak_revenue) - 7),
    });
  }
  if (v.trend.mean !== null) {
    const w = measureText({ fontSize: 10, fontWeight: "bold" }, meanLabel);
    boxes.push({ x0: PLOT - w, x1: PLOT, ...line(yOf(v.trend.mean) - 3) });
  }
  return boxes;
}

function trendChart(v: ReportView, c: Ctx): ChartDef {
  const { t } = c;
  const days = v.trend.days.map((d) => ({
    date: d.date,
    revenue: d.revenue,
    posts: d.posts,
    phase: t.t(`chart.trend.${d.phase}`),
    peak: d.date === v.trend.peak_date ? 1 : 0,
  }));
  const during = t.t("chart.trend.during");
  const tail = t.t("chart.trend.tail");
  const peakLabel = t.t("chart.trend.peak", {
    date: t.dateShort(v.trend.peak_date ?? ""),
    revenue: t.fmt(v.trend.peak_revenue, "money"),
  });
  const description = t.t(v.trend.tail_revenue ? "chart.trend.finding_tail" : "chart.trend.finding", {
    date: t.date(v.trend.peak_date),
    peak: t.fmt(v.trend.peak_revenue, "money"),
    mean: t.fmt(v.trend.mean, "money"),
    tail: t.fmt(v.trend.tail_revenue, "money"),
    share: t.fmt(v.trend.tail_share, "rate"),
  });
  const title = t.t("chart.trend.title");
  const events = trendEvents(v);
  const x = {
    field: "date",
    type: "temporal",
    timeUnit: "utcyearmonthdate",
    title: null,
    axis: { format: dayMonthFormat(t.locale), labelAngle: 0, tickCount: 8, grid: false },
  };
  const yMax = events.length > 0 && v.trend.peak_revenue ? v.trend.peak_revenue * TREND_HEADROOM : null;
  const meanLabel = t.t("chart.trend.mean", { value: t.fmt(v.trend.mean, "money") });
  const markers = events.flatMap((e) =>
    markerSegments(
      (dayIndex(v, e.date) + 0.5) * (PLOT / v.trend.days.length),
      yMax === null ? [] : labelBoxes(v, yMax, peakLabel, meanLabel),
    ).map((seg) => ({ date: e.date, ...seg })),
  );
  const revenueLayers: unknown[] = [
    {
      mark: { type: "bar", width: { band: 0.8 } },
      encoding: {
        x,
        y: {
          field: "revenue",
          type: "quantitative",
          title: t.t("kpi.revenue"),
          axis: { format: "$,.0f", tickCount: 5 },
          // A fixed domain, so the label boxes worked out below are where the labels are drawn.
          ...(yMax !== null ? { scale: { domain: [0, yMax], nice: false } } : {}),
        },
        color: {
          field: "phase",
          type: "nominal",
          scale: { domain: [during, tail], range: [c.brand, GREY] },
          legend: { orient: "top", title: null, direction: "horizontal" },
        },
      },
    },
  ];
  // The Journal's dated events as numbered markers along the top of the revenue chart.
  if (events.length > 0)
    revenueLayers.push({
      layer: [
        {
          data: { values: markers },
          mark: { type: "rule", color: "#6B7280", strokeDash: [2, 3], opacity: 0.6 },
          encoding: {
            x: { ...x, bandPosition: 0.5 },
            y: { field: "y", type: "quantitative", scale: null },
            y2: { field: "y2" },
          },
        },
        {
          data: { values: events.map((e) => ({ date: e.date, n: String(e.n) })) },
          mark: { type: "text", fontSize: 9, fontWeight: "bold", color: "#111827", baseline: "top", dy: 1 },
          encoding: {
            x: { ...x, bandPosition: 0.5 },
            y: { value: 0 },
            text: { field: "n", type: "nominal" },
          },
        },
      ],
    });
  if (v.trend.mean !== null)
    revenueLayers.push({
      data: {
        values: [{ mean: v.trend.mean, label: meanLabel }],
      },
      layer: [
        {
          mark: { type: "rule", strokeDash: [5, 3], color: "#B45309", strokeWidth: 1.5 },
          encoding: { y: { field: "mean", type: "quantitative" } },
        },
        {
          mark: { type: "text", align: "right", dy: -6, fontSize: 10, color: "#92400E", fontWeight: "bold" },
          encoding: {
            y: { field: "mean", type: "quantitative" },
            x: { value: PLOT },
            text: { field: "label", type: "nominal" },
          },
        },
      ],
    });
  if (v.trend.peak_date)
    revenueLayers.push({
      transform: [{ filter: "datum.peak == 1" }],
      layer: [
        {
          mark: {
            type: "point",
            filled: true,
            size: 60,
            color: "#B45309",
            shape: "triangle-down",
            yOffset: -8,
          },
          encoding: { x: { ...x, bandPosition: 0.5 }, y: { field: "revenue", type: "quantitative" } },
        },
        {
          mark: { type: "text", align: "left", dx: 8, dy: -10, fontSize: 10, color: "#111827" },
          encoding: {
            x: { ...x, bandPosition: 0.5 },
            y: { field: "revenue", type: "quantitative" },
            text: { value: peakLabel },
          },
        },
      ],
    });
  const spec = {
    ...base(c, title, description),
    data: { values: days },
    vconcat: [
      { width: PLOT, height: TREND_HEIGHT, layer: revenueLayers },
      {
        width: PLOT,
        height: 40,
        mark: { type: "bar", color: "#6B7280", width: { band: 0.8 } },
        encoding: {
          x,
          y: {
            field: "posts",
            type: "quantitative",
            title: t.t("chart.trend.posts"),
            axis: { tickCount: 2, format: "d" },
          },
        },
      },
    ],
    spacing: 8,
  } as TopLevelSpec;
  return { id: "trend", title, description, spec };
}
