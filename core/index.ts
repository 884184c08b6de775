// campaign-postmortem core: pure domain code shared by the add-on and the generator.
// It imports nothing from Node, Google or the DOM, so it bundles into Apps Script.
//
//   read        source → RawWorkbook        (adapters: generator/sources, addon)
//     │           tabs of unknown[][] exactly as getValues() returns them
//   parse       grid → typed rows + issues  (cells.ts, parse.ts, schema.ts)
//     │
//   validate    cross-tab rules → Dataset   (validate.ts)
//     │           rows with an error are left out; everything else is kept
//   compute     Dataset → KpiModel          (kpis.ts, registry.ts)
//     │
//   present     report view model / sheet writes (generator/report, addon)

import { type Issue, sortIssues } from "./issues.ts";
import { computeKpis } from "./kpis.ts";
import type { KpiModel } from "./model.ts";
import type { RawWorkbook } from "./parse.ts";
import { TAB_NAMES } from "./schema.ts";
import { type Dataset, type ReadOptions, readWorkbook } from "./validate.ts";

export interface Analysis {
  model: KpiModel;
  dataset: Dataset;
  issues: Issue[];
}

/** The whole pipeline: raw tabs → findings and KPI model. Never throws on bad data. */
export function analyze(wb: RawWorkbook, opts: ReadOptions = {}): Analysis {
  const { dataset, issues } = readWorkbook(wb, opts);
  const sorted = sortIssues(issues.items, TAB_NAMES);
  return { model: computeKpis(dataset, sorted), dataset, issues: sorted };
}

export * from "./cells.ts";
export * from "./issues.ts";
export * from "./kpis.ts";
export * from "./messages.ts";
export * from "./model.ts";
export * from "./parse.ts";
export * from "./registry.ts";
export * from "./schema.ts";
export * from "./validate.ts";
export * from "./retrospective.ts";
export * from "./kpi/units.ts";
