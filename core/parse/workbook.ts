// Every tab of the template parsed: typed rows, each marked when a cell has an error.
import { type ParsedCampaign, parseCampaign } from "./campaign.ts";
import { type GoalInput, parseGoals } from "./goals.ts";
import { findTab, findTabs, type RawWorkbook } from "./raw.ts";
import { type ParsedTab, parseTable } from "./table.ts";
import { type IssueList, tabIssue } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import {
  type BaselineRow,
  type ContentRow,
  type ConversionRow,
  type CostRow,
  type CreatorRow,
  type JournalRow,
  type ProductRow,
  type RetrospectiveRow,
  TAB_LIST,
  TABS,
  type TeamRow,
} from "../schema/tabs.ts";

export interface ReadOptions {
  /** Zone in which Date cells are read (the spreadsheet's); UTC when absent. */
  timeZone?: string;
  /** Locale (BCP 47) in which text numbers and dates are read when the Campaign tab names none: the spreadsheet's. */
  sheetLocale?: string;
}

/** ReadOptions from a spreadsheet's settings as Google spells them (time zone, locale "de_DE"). */
export function spreadsheetReadOptions(
  timeZone: string | null | undefined,
  locale: string | null | undefined,
): ReadOptions {
  const read: ReadOptions = {};
  if (timeZone) read.timeZone = timeZone;
  // Google spells locales "de_DE"; BCP 47 (and Intl) wants "de-DE".
  if (locale) read.sheetLocale = locale.replace(/_/g, "-");
  return read;
}

/** The table tabs, in template order. */
export interface ParsedTables {
  goals: ParsedTab<GoalInput>;
  creators: ParsedTab<CreatorRow>;
  content: ParsedTab<ContentRow>;
  conversions: ParsedTab<ConversionRow>;
  products: ParsedTab<ProductRow>;
  costs: ParsedTab<CostRow>;
  team: ParsedTab<TeamRow>;
  baseline: ParsedTab<BaselineRow>;
  retrospective: ParsedTab<RetrospectiveRow>;
  journal: ParsedTab<JournalRow>;
}

export interface ParsedWorkbook extends ParsedCampaign {
  tables: ParsedTables;
}

/** Two tabs named like one template tab (`Creators`, `creators `): an error naming all of them. */
function checkDuplicateTabs(wb: RawWorkbook, issues: IssueList): void {
  for (const def of TAB_LIST) {
    const all = findTabs(wb, def.name);
    if (all.length < 2) continue;
    const used = findTab(wb, def.name)!.name;
    const names = all.map((t) => t.name);
    issues.add(tabIssue("error", "duplicate-tab", def.name, sentence.duplicateTab(def.name, names, used)));
  }
}

/**
 * Parse the Campaign tab first (its locale sets how every other cell is read), then the tables.
 * `later`: per tab, the fields the checks will fill in on its records (see TableOptions).
 */
export function parseWorkbook(
  wb: RawWorkbook,
  opts: ReadOptions,
  issues: IssueList,
  later: Partial<Record<keyof ParsedTables, readonly string[]>> = {},
): ParsedWorkbook {
  checkDuplicateTabs(wb, issues);
  const campaign = parseCampaign(wb, issues, opts.timeZone, opts.sheetLocale);
  const ctx = campaign.ctx;
  // Amounts are read against the campaign currency: another currency is warned.
  ctx.currency = campaign.campaign.currency || null;
  const currency = campaign.campaign.currency;
  const table = <K extends Exclude<keyof ParsedTables, "goals">>(key: K) =>
    parseTable(wb, TABS[key], ctx, issues, { currency, later: later[key] ?? [] }) as ParsedTables[K];
  const tables: ParsedTables = {
    goals: parseGoals(wb, ctx, issues),
    creators: table("creators"),
    content: table("content"),
    conversions: table("conversions"),
    products: table("products"),
    costs: table("costs"),
    team: table("team"),
    baseline: table("baseline"),
    retrospective: table("retrospective"),
    journal: table("journal"),
  };
  return { ...campaign, tables };
}
