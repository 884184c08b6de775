// The comparison's Vega-Lite specs: cost per result across campaigns, and each
// campaign's spend by platform.
import type { TopLevelSpec } from "vega-lite";
import type { ComparisonModel } from "../../core/compare/index.ts";
import { type chartConfig, scaleFor } from "../charts/palette.ts";
import type { CompareText } from "./text.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** Cost per result, one small line chart per metric, coloured by currency. */
export function costSpec(cmp: ComparisonModel, x: CompareText, cfg: ReturnType<typeof chartConfig>) {
  const data = cmp.cost_per_result.flatMap((r) =>
    r.values.map((v, i) => ({
      metric: x.kpiLabel(r.key),
      campaign: x.name(i),
      order: i,
      value: v,
      currency: x.cur(i),
    })),
  );
  return {
    $schema: SCHEMA,
    config: cfg,
    data: { values: data.filter((d) => d.value !== null) },
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
        color: { field: "currency", type: "nominal", title: x.L("col.currency") },
      },
    },
    resolve: { scale: { y: "independent" } },
  } as unknown as TopLevelSpec;
}

/** Each campaign's cost split by platform, in the report's platform colours. */
export function shareSpec(cmp: ComparisonModel, x: CompareText, cfg: ReturnType<typeof chartConfig>) {
  const platform = (key: string) => x.label(`platform.${key}`, key);
  const data = cmp.breakdowns.platform.flatMap((r) =>
    r.campaigns.map((c, i) => ({
      platform: platform(r.key),
      campaign: x.name(i),
      order: i,
      share: c?.cost_share ?? 0,
    })),
  );
  const platformScale = scaleFor(
    "platform",
    cmp.breakdowns.platform.map((r) => r.key),
  );
  return {
    $schema: SCHEMA,
    config: cfg,
    width: 560,
    height: Math.max(120, cmp.campaigns.length * 22),
    data: { values: data },
    mark: "bar",
    encoding: {
      y: { field: "campaign", type: "ordinal", sort: { field: "order" }, title: null },
      x: { field: "share", type: "quantitative", stack: "normalize", axis: { format: "%" }, title: null },
      color: {
        field: "platform",
        type: "nominal",
        title: x.L("col.platform"),
        // Keyed by the translated names the data carries.
        scale: { ...platformScale, domain: cmp.breakdowns.platform.map((r) => platform(r.key)) },
      },
    },
  } as unknown as TopLevelSpec;
}
