// campaign-postmortem core: pure domain code shared by the add-on and the generator.
// It imports nothing from Node, Google or the DOM, so it bundles into Apps Script.
//
//   read        source → RawWorkbook          (adapters: generator/sources, addon)
//     │           tabs of unknown[][] exactly as getValues() returns them
//   parse       grid → typed rows + issues    (parse/, by the columns of schema/)
//     │
//   validate    cross-tab rules → Dataset     (validate/; findings in issues/)
//     │           rows with an error are left out; everything else is kept
//   compute     Dataset → KpiModel + notes    (kpi/: registry, objective profiles)
//     │
//   present     report view model             (present/; compare/ across campaigns)
//                 sheet writes and rendering stay in the adapters

import { type Issue, sortIssues } from "./issues/issue.ts";
import { computeKpis } from "./kpi/compute.ts";
import type { KpiModel } from "./kpi/model.ts";
import { type CampaignNotes, computeNotes } from "./kpi/notes.ts";
import type { RawWorkbook } from "./parse/raw.ts";
import type { ReadOptions } from "./parse/workbook.ts";
import { TAB_NAMES } from "./schema/tabs.ts";
import { buildDataset } from "./validate/build.ts";
import type { Dataset } from "./validate/dataset.ts";

export interface Analysis {
  model: KpiModel;
  /** What the report shows beyond the figures (not part of the JSON model). */
  notes: CampaignNotes;
  dataset: Dataset;
  issues: Issue[];
}

/** The whole pipeline: raw tabs → findings and KPI model. Never throws on bad data. */
export function analyze(wb: RawWorkbook, opts: ReadOptions = {}): Analysis {
  const { dataset, issues } = buildDataset(wb, opts);
  const sorted = sortIssues(issues.items, TAB_NAMES);
  return { model: computeKpis(dataset, sorted), notes: computeNotes(dataset), dataset, issues: sorted };
}

export * from "./issues/index.ts";
export * from "./kpi/index.ts";
export * from "./parse/index.ts";
export * from "./schema/index.ts";
export * from "./validate/index.ts";
