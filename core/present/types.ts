// The report's view model: every figure the report shows, computed from the
// KPI model and the campaign's notes, still unformatted and language-neutral.
// The generator only translates, formats and lays it out.
import type { Issue, IssueArgs } from "../issues/issue.ts";
import type {
  CampaignInfo,
  CreatorKpis,
  Dimension,
  GoalResult,
  GroupRow,
  LiftMetric,
  LiftRow,
  PostKpis,
  ProductKpis,
  TeamKpis,
  Totals,
} from "../kpi/model.ts";
import type { JournalNote, RetroNote } from "../kpi/notes.ts";
import type { Unit } from "../kpi/registry.ts";
import type { Objective } from "../schema/enums.ts";
import type { GroupLever } from "./conclusions/levers.ts";
import type { Conclusions, Finding } from "./conclusions/types.ts";

type N = number | null;

/** A value inside a sentence; the generator formats or translates it. */
export type Arg =
  | { kind: Unit; value: number }
  | { kind: "date"; value: string }
  /** Text the user typed (handles, names): shown as is, escaped. */
  | { kind: "text"; value: string }
  /** A translation key, e.g. `tier.micro`. */
  | { kind: "label"; key: string }
  | { kind: "list"; items: Arg[]; more: number }
  | { kind: "msg"; msg: Msg };

/** A translatable sentence: a key of the translation files and its arguments. */
export interface Msg {
  key: string;
  args: Record<string, Arg>;
  /** The argument whose number picks the label's plural form, when it has them (else `count`). */
  plural?: string;
}

export const SECTION_IDS = [
  "summary",
  "goals",
  "spend",
  "creators",
  "products",
  "trend",
  "content",
  "traffic",
  "team",
  "retrospective",
  "recommendations",
  "appendix",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Omitted {
  id: SectionId;
  /** The tabs whose absence or emptiness left the section out. */
  tabs: string[];
}

export interface Headline {
  kpi: string;
  unit: Unit;
  value: number;
  target: N;
  met: boolean | null;
}

export interface GoalView extends GoalResult {
  unit: Unit;
  lowerIsBetter: boolean;
  /** Bar length, 0..1 of the bar's full width (attainment capped at 150%). */
  bar: number;
  /** Where 100% sits on the same bar. */
  mark: number;
}

export interface CostItem {
  /** fee, product, shipping, commission, labor, or `other.<category>`. */
  key: string;
  amount: number;
  share: N;
}

export interface FunnelStep {
  key: "impressions" | "clicks" | "orders";
  value: number;
  /** Rate from the previous step; null on the first. */
  rate: N;
  /** The KPI that rate is (ctr = clicks / impressions, conversion_rate = orders / clicks). */
  rateKpi: "ctr" | "conversion_rate" | null;
  /** Bar width relative to the first step, 0..1 on a square-root scale so small steps stay visible. */
  width: number;
}

export interface Lever {
  dimension: Dimension;
  key: string;
  metric: string;
  value: number;
}

export interface Persona {
  tag: string;
  converting: number;
  converting_share: N;
  non_converting: number;
  non_converting_share: N;
  /** converting_share − non_converting_share. */
  difference: number;
}

export interface ContentRow {
  key: string;
  posts: number;
  impressions: N;
  views: N;
  likes: N;
  comments: N;
  shares: N;
  saves: N;
  engagements: N;
  clicks: N;
  er_impressions: N;
  ctr: N;
}

export interface PostView extends PostKpis {
  /** The post's URL when it is http(s), for a link; otherwise null (shown as text). */
  href: string | null;
}

export interface DayView {
  date: string;
  revenue: number;
  orders: number;
  posts: number;
  /** `during` inside start..end, `tail` after the end date. */
  phase: "during" | "tail";
}

export interface TrafficRow extends LiftRow {
  metric: LiftMetric;
}

export type { Dimension } from "../kpi/model.ts";
export { DIMENSIONS } from "../kpi/model.ts";

export type RetroItem = Omit<RetroNote, "section" | "row">;
export type JournalItem = JournalNote;

/** Findings with the same severity, code and message, one row for all their cells. */
export interface IssueGroup {
  severity: Issue["severity"];
  code: string;
  message: string;
  /** The values the message names, for saying it in the report's language. */
  args: IssueArgs;
  /** The tab and column the finding is about (the same for every finding of the group). */
  tab: string;
  column: string | null;
  /** `Creators!D7` references (or the tab, for a finding without a cell), in workbook order. */
  cells: string[];
  /** How many other sentences of the same kind this group stands for (their cells are in `cells`); 0 when none. */
  others: number;
}

export interface Recommendation {
  id: string;
  action: Msg;
  detail: Msg;
  /** The team's Stop / Start / Continue / Change item on the same lever, and what the data says about it. */
  words?: Msg;
  /** The Journal or Retrospective line that names the creator. */
  note?: Msg;
  finding: Finding;
}

export interface ReportView {
  campaign: CampaignInfo;
  totals: Totals;
  objective: Objective | null;
  /** The leaderboard's ranking KPI, from the objective. */
  mainKpi: string;
  /** The KPI levers are compared on (roas, cpa, cpe…). */
  leverMetric: string;
  sections: SectionId[];
  omitted: Omitted[];
  summary: {
    headline: Headline[];
    verdict: Msg[];
    goalsMet: number;
    goalsTotal: number;
  };
  goals: GoalView[];
  spend: {
    costs: CostItem[];
    total_cost: number;
    revenue: N;
    roas: N;
    roi: N;
    gross_profit: N;
    cpa: N;
    roas_creator: N;
    contribution: N;
    poas: N;
    /** contribution / total cost: ROI after cost of goods. */
    roi_gross: N;
    funnel: FunnelStep[];
    /** Beside the funnel: engagements and their rate on impressions. */
    engagement: { engagements: number; er_impressions: N } | null;
    /** The largest cost item, for the chart's finding. */
    largest: CostItem | null;
  };
  creators: {
    total: number;
    converting: number;
    converting_share: N;
    groups: Record<Dimension, GroupRow[]>;
    /** The best material group of each dimension on the lever metric. */
    best: Partial<Record<Dimension, Lever>>;
    /** Cooperation models that returned less than they cost. */
    unpaid_models: GroupRow[];
    /** Every group of tier, platform and deal type below break-even on creator cost. */
    unpaid: GroupLever[];
    /** The creators who took part (the scatter of cost and revenue). */
    counted: CreatorKpis[];
    /** Every group with a cost, material or a small test. */
    group_levers: GroupLever[];
    personas: Persona[];
    leaderboard: CreatorKpis[];
    zero_converters: CreatorKpis[];
    zero_cost: number;
    levers: { best: Lever | null; worst: Lever | null };
  };
  products: {
    /** The PRODUCTS_SHOWN products with the most revenue (all of them when one more would be left). */
    rows: ProductKpis[];
    /** The products not in `rows`, summed; null when every product is shown. */
    others:
      | ({ count: number } & Pick<
          ProductKpis,
          "orders" | "units" | "revenue" | "revenue_share" | "gross_profit"
        >)
      | null;
    top: ProductKpis | null;
    unit_costs: boolean;
  };
  trend: {
    days: DayView[];
    mean: N;
    peak_date: string | null;
    peak_revenue: N;
    days_below_mean: N;
    end_date: string | null;
    tail_revenue: N;
    tail_share: N;
    tail_creators: CreatorKpis[];
    max_posts_day: { date: string; posts: number } | null;
  };
  content: {
    by_platform: ContentRow[];
    by_format: ContentRow[];
    top_engagements: PostView[];
    top_clicks: PostView[];
    best_format: ContentRow | null;
  };
  traffic: {
    rows: TrafficRow[];
    periods: { period: string; start_date: string; end_date: string }[];
    growth: N;
    growth_rate: N;
  };
  team: TeamKpis[];
  retrospective: {
    answers: { section: string; items: RetroItem[] }[];
    grid: { section: string; items: RetroItem[] }[];
    learning: { section: string; items: RetroItem[] }[];
    journal: JournalItem[];
  };
  recommendations: Recommendation[];
  conclusions: Conclusions;
  appendix: {
    errors: number;
    warnings: number;
    issues: Issue[];
    issue_groups: IssueGroup[];
    creators: CreatorKpis[];
    creators_total: number;
    posts: PostView[];
    posts_total: number;
    tier_thresholds: number[];
  };
  /** The summary's data-quality line. */
  data_quality: DataQuality;
}

/** What the figures leave out: rows with errors, and the money on them (null when not counted). */
export interface DataQuality {
  errors: number;
  warnings: number;
  rows_left_out: number;
  cost_left_out: N;
  revenue_left_out: N;
}
