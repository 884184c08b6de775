// parse + validate: a raw workbook → every finding as data, and the Dataset the KPIs may use.
import { cachedKeys } from "./context.ts";
import { checkBaseline } from "./baseline.ts";
import { checkFarDates } from "./dates.ts";
import { checkOwners, indexCreators, keptCreators } from "./creators.ts";
import { resolveConversions } from "./conversions.ts";
import { resolvePosts } from "./content.ts";
import { assembleDataset, type Dataset, FILLED_LATER } from "./dataset.ts";
import { leftOut } from "./left-out.ts";
import { checkUnique } from "./unique.ts";
import type { ParsedCampaign } from "../parse/campaign.ts";
import type { RawWorkbook } from "../parse/raw.ts";
import type { ParsedTab } from "../parse/table.ts";
import { type ParsedTables, parseWorkbook, type ReadOptions } from "../parse/workbook.ts";
import { cellIssue, IssueList, tabIssue } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";

/** An end date before the start date is an error on the end date, which is then unknown. */
function checkCampaignDates({ campaign, cells }: ParsedCampaign, issues: IssueList): void {
  if (!campaign.start_date || !campaign.end_date || campaign.end_date >= campaign.start_date) return;
  const message = sentence.endBeforeStart(campaign.end_date, campaign.start_date);
  issues.add(cellIssue("error", "end-before-start", cells.get("end_date")!, message));
  campaign.end_date = null;
}

function checkNotEmpty(t: ParsedTables, issues: IssueList): void {
  for (const tab of [t.creators, t.content] as ParsedTab<unknown>[])
    if (tab.usable && tab.rows.length === 0)
      issues.add(tabIssue("warning", "empty-tab", tab.def.name, sentence.emptyTab(tab.def.name)));
}

/** One summary per tab of the rows left out of the KPIs. */
function summarizeExcluded(t: ParsedTables, issues: IssueList): void {
  for (const tab of Object.values(t) as ParsedTab<unknown>[]) {
    const rows = tab.rows.filter((r) => r.excluded).map((r) => r.row);
    if (rows.length > 0)
      issues.add(
        tabIssue("warning", "rows-excluded", tab.def.name, sentence.rowsExcluded(tab.def.name, rows)),
      );
  }
}

/** Parse every tab, apply the cross-tab rules, and keep the rows without errors. Never throws on bad data. */
export function buildDataset(
  wb: RawWorkbook,
  opts: ReadOptions = {},
): { dataset: Dataset; issues: IssueList } {
  const issues = new IssueList();
  const keys = cachedKeys();
  const parsed = parseWorkbook(wb, opts, issues, FILLED_LATER);
  const t = parsed.tables;
  checkCampaignDates(parsed, issues);
  checkFarDates(parsed, t, issues);
  checkNotEmpty(t, issues);
  checkUnique(t, keys, issues);
  const creators = indexCreators(t.creators, keys);
  checkOwners(t, keys, issues);
  const posts = resolvePosts(t.content, creators, parsed.campaign, issues);
  const conversions = resolveConversions(t, creators, parsed.campaign, keys, issues);
  checkBaseline(t.baseline, issues);
  summarizeExcluded(t, issues);
  const dataset = assembleDataset(parsed, { creators: keptCreators(t.creators), posts, conversions });
  dataset.left_out = leftOut(t);
  return { dataset, issues };
}
