// Conclusions as data: language-neutral records the report renders in every
// language and `report --format json` carries as they are.
import type { Dimension } from "../../kpi/model.ts";
import type { Unit } from "../../kpi/registry.ts";

/** The cost a ratio is computed on: the creators' own cost, or everything (fully loaded). */
export type Basis = "creator" | "total";

export interface Figure {
  key: string;
  value: number;
  unit: Unit;
  basis?: Basis;
}

/** A sheet row the finding rests on: the team's own words, or a Journal line. */
export interface Cite {
  tab: "Retrospective" | "Journal";
  row: number;
}

export type Relation = "supports" | "narrows" | "contradicts";

export interface LeverRef {
  dimension: Dimension;
  key: string;
}

export interface Finding {
  code: string;
  severity: "positive" | "neutral" | "negative";
  /** Every number the finding's sentence shows. */
  figures: Figure[];
  creators?: string[];
  /** Creators the finding would name but leaves to a recommendation that asks for a check first. */
  held_back?: string[];
  cites?: Cite[];
  /** The group the finding is about. */
  lever?: LeverRef;
  /** A second group it is compared with (the weakest lever). */
  other?: LeverRef;
  /** The KPI it is about (a goal's). */
  kpi?: string;
  /** What the data says about the cited Stop / Start / Continue / Change item. */
  relation?: Relation;
  /** For the verdict's "one thing to change": the code of the recommendation it repeats. */
  see?: string;
}

export interface LeverRecord extends LeverRef {
  /** The ratio shown beside the contribution (roas, cpa, cpe…), on creator cost. */
  metric: string;
  value: number;
  basis: Basis;
  cost_share: number;
  creators: number;
  /** revenue − cost for a revenue metric; volume × the campaign's rate − cost for a cost-per metric. */
  contribution: number;
}

export interface WhatIf {
  excluded: LeverRef | { creators: string[] };
  metric: string;
  basis: Basis;
  actual: number;
  without: number;
}

export interface Conclusions {
  version: number;
  verdict: Finding[];
  levers: { best: LeverRecord | null; worst: LeverRecord | null };
  recommendations: Finding[];
  what_if: WhatIf[];
}
