// The Dataset: the rows the KPIs may use, references resolved. Rows with an error are left out.
import type { Campaign } from "../parse/campaign.ts";
import type { GoalInput } from "../parse/goals.ts";
import type { ParsedTab } from "../parse/table.ts";
import type { ParsedWorkbook } from "../parse/workbook.ts";
import type { LeftOut } from "./left-out.ts";
import type { Platform } from "../schema/enums.ts";
import type {
  BaselineRow,
  ContentRow,
  ConversionRow,
  CostRow,
  CreatorRow,
  JournalRow,
  ProductRow,
  RetrospectiveRow,
  TabKey,
  TeamRow,
} from "../schema/tabs.ts";

export interface Creator extends CreatorRow {
  row: number;
  key: string;
}
export interface Post extends ContentRow {
  row: number;
  platform: Platform;
  /** Matched creator's key; the creator may itself be excluded. */
  creatorKey: string;
}
export interface Conversion extends ConversionRow {
  row: number;
  /** Resolved creator's key, or null when unattributed. */
  creatorKey: string | null;
}
export type Rows<T> = (T & { row: number })[];

/**
 * The fields the checks fill in on each tab's kept records, in the order they do; every other
 * tab's records get their `row`. The parse makes them with each record (see TableOptions.later).
 */
export const FILLED_LATER = {
  creators: ["key", "row"],
  content: ["row", "platform", "creatorKey"],
  conversions: ["row", "creatorKey"],
  products: ["row"],
  costs: ["row"],
  team: ["row"],
  baseline: ["row"],
  retrospective: ["row"],
  journal: ["row"],
} as const satisfies {
  creators: readonly (keyof Creator)[];
  content: readonly (keyof Post)[];
  conversions: readonly (keyof Conversion)[];
  [tab: string]: readonly string[];
};

export interface Dataset {
  campaign: Campaign;
  goals: Rows<GoalInput>;
  /** Creators without errors, declined included. */
  creators: Creator[];
  posts: Post[];
  conversions: Conversion[];
  products: Rows<ProductRow>;
  costs: Rows<CostRow>;
  team: Rows<TeamRow>;
  baseline: Rows<BaselineRow>;
  retrospective: Rows<RetrospectiveRow>;
  journal: Rows<JournalRow>;
  /** Which tabs were found with their required headers. */
  usable: Record<TabKey, boolean>;
  /** Which columns each tab has (keys), for "not measured" vs. "zero". */
  columns: Record<TabKey, ReadonlySet<string>>;
  /** What the rows with errors carry; absent when the dataset was not read from a workbook. */
  left_out?: LeftOut;
}

/** The rows the KPIs may use, each carrying its sheet row (the parsed object is reused, not copied). */
const keep = <T>(tab: ParsedTab<T>): Rows<T> =>
  tab.rows
    .filter((r) => !r.excluded)
    .map((r) => Object.assign(r.data as object, { row: r.row }) as T & { row: number });

/** The Dataset of a parsed and checked workbook; posts, conversions and creators come resolved. */
export function assembleDataset(
  p: ParsedWorkbook,
  resolved: { creators: Creator[]; posts: Post[]; conversions: Conversion[] },
): Dataset {
  const usable = { campaign: p.cells.size > 0 } as Record<TabKey, boolean>;
  const columns = { campaign: new Set(p.cells.keys()) as ReadonlySet<string> } as Record<
    TabKey,
    ReadonlySet<string>
  >;
  for (const [k, t] of Object.entries(p.tables) as [TabKey, ParsedTab<unknown>][]) {
    usable[k] = t.usable;
    columns[k] = new Set(t.columns.keys());
  }
  const t = p.tables;
  return {
    campaign: p.campaign,
    goals: keep(t.goals),
    creators: resolved.creators,
    posts: resolved.posts,
    conversions: resolved.conversions,
    products: keep(t.products),
    costs: keep(t.costs),
    team: keep(t.team),
    baseline: keep(t.baseline),
    retrospective: keep(t.retrospective),
    journal: keep(t.journal),
    usable,
    columns,
  };
}
