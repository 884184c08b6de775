// Creator cost against revenue: every creator a point, the break-even diagonal
// (revenue = cost), the rehire line (the campaign's ROAS on creator cost) and the
// outliers labelled by handle.
import type { TopLevelSpec } from "vega-lite";
import type { ReportView } from "../../core/present/index.ts";
import { scaleFor } from "../charts/palette.ts";
import type { Translator } from "../i18n/translator.ts";

interface Ctx {
  t: Translator;
  brand: string;
  font: string;
}
type Base = (c: Ctx, title: string, description: string) => object;

/** Creators named on the chart: the top sellers and the biggest losses. */
const LABELLED = 3;

export function scatterChart(v: ReportView, c: Ctx, base: Base) {
  const { t } = c;
  const campaign = v.totals.roas_creator;
  const cs = v.creators.counted.filter((cr) => cr.cost > 0 && cr.revenue !== null);
  if (campaign === null || cs.length < 3) return [];
  const byRevenue = [...cs].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0)).slice(0, LABELLED);
  const byLoss = [...cs]
    .sort((a, b) => (a.revenue ?? 0) - a.cost - ((b.revenue ?? 0) - b.cost))
    .slice(0, LABELLED)
    .filter((cr) => (cr.revenue ?? 0) < cr.cost);
  const named = new Set([...byRevenue, ...byLoss].map((cr) => cr.handle));
  const points = cs.map((cr) => ({
    cost: cr.cost,
    revenue: cr.revenue ?? 0,
    key: cr.cooperation_model,
    model: t.t(`cooperation_model.${cr.cooperation_model}`),
    label: named.has(cr.handle) ? `@${cr.handle.replace(/^@/, "")}` : "",
  }));
  const max = Math.max(...points.map((p) => Math.max(p.cost, p.revenue / campaign)));
  const x = {
    field: "cost",
    type: "quantitative",
    title: t.t("conclusions.chart.cost_axis"),
    axis: { format: "$,.0f" },
  };
  const y = { field: "revenue", type: "quantitative", title: t.t("kpi.revenue"), axis: { format: "$,.0f" } };
  // The two lines are told apart in a legend of their own, not by labels on the plot, where
  // a long label (Danish, Vietnamese) would run into the handles of the top sellers.
  const breakEven = t.t("conclusions.chart.break_even");
  const rehireLine = t.t("conclusions.chart.rehire_line", { value: t.fmt(campaign, "multiple") });
  const lines = {
    data: {
      values: [
        { cost: 0, revenue: 0, line: breakEven },
        { cost: max, revenue: max, line: breakEven },
        { cost: 0, revenue: 0, line: rehireLine },
        { cost: max, revenue: max * campaign, line: rehireLine },
      ],
    },
    mark: { type: "line", color: "#374151", strokeWidth: 1 },
    encoding: {
      x,
      y,
      strokeDash: {
        field: "line",
        type: "nominal",
        scale: {
          domain: [breakEven, rehireLine],
          range: [
            [4, 3],
            [1, 0],
          ],
        },
        legend: { orient: "bottom", title: null, direction: "horizontal", symbolStrokeColor: "#374151" },
      },
    },
  };
  const above = cs.filter((cr) => (cr.revenue ?? 0) > cr.cost).length;
  const rehire = cs.filter((cr) => cr.roas !== null && cr.roas > campaign).length;
  const title = t.t("conclusions.chart.scatter_title");
  const description = t.plural("conclusions.chart.scatter_finding", cs.length, {
    above: t.fmt(above, "count"),
    total: t.fmt(cs.length, "count"),
    rehire: t.fmt(rehire, "count"),
    campaign: t.fmt(campaign, "multiple"),
  });
  const keys = [...new Set(points.map((p) => p.key))];
  const color = scaleFor("cooperation_model", keys);
  const spec = {
    ...base(c, title, description),
    width: 560,
    height: 270,
    layer: [
      lines,
      {
        data: { values: points },
        layer: [
          {
            mark: { type: "point", filled: true, size: 50, opacity: 0.85 },
            encoding: {
              x,
              y,
              color: {
                field: "model",
                type: "nominal",
                scale: { domain: keys.map((k) => t.t(`cooperation_model.${k}`)), range: color.range },
                legend: { orient: "top", title: null, direction: "horizontal" },
              },
            },
          },
          {
            mark: { type: "text", align: "left", dx: 6, dy: -4, fontSize: 10, color: "#111827" },
            encoding: { x, y, text: { field: "label", type: "nominal" } },
          },
        ],
      },
    ],
  } as TopLevelSpec;
  return [{ id: "scatter", title, description, spec }];
}
