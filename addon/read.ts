// What Validate, Compute, the sidebar and Import roster read: the template tabs, the state
// of the add-on's computed columns, the ledger, and the core's analysis of it all.
import {
  type Analysis,
  analyze,
  type Issue,
  sortIssues,
  spreadsheetReadOptions,
  TAB_NAMES,
} from "../core/index.ts";
import { COMPUTED_TABS, type ComputedTabKey } from "./columns.ts";
import {
  type ComputedState,
  computedColumnsOf,
  findComputed,
  inspectComputed,
  namedLikeComputed,
} from "./computed.ts";
import { type Ledger, readLedger } from "./ledger.ts";
import { type FoundTab, readTabs, type Spreadsheet, templateSheets, workbookOf } from "./sheets.ts";

/** What the computed columns of one tab hold, as Validate and Compute found them. */
export interface ComputedFound {
  key: ComputedTabKey;
  state: ComputedState;
}

export interface Run {
  tabs: FoundTab[];
  analysis: Analysis;
  computed: ComputedFound[];
  ledger: Ledger | null;
}

/**
 * One getValues per template tab (and one getNumberFormats per tab with money columns); the
 * add-on's computed columns are blanked before the core reads, and what someone typed into
 * them is added to the findings.
 */
export function readAll(spreadsheet: Spreadsheet): Run {
  const present = templateSheets(spreadsheet);
  const found = new Map(
    COMPUTED_TABS.flatMap(({ key, def }) => {
      const p = present.find((x) => x.def === def);
      return p ? [[def, { key, found: findComputed(p.sheet) }] as const] : [];
    }),
  );
  const ignore = new Map([...found].map(([def, f]) => [def, computedColumnsOf(f.found)] as const));
  const tabs = readTabs(present, ignore, true, true);
  const ledger = found.size > 0 ? readLedger(spreadsheet) : null;
  const computed: ComputedFound[] = [];
  const extra: Issue[] = [];
  for (const tab of tabs) {
    const f = found.get(tab.def);
    if (!f) continue;
    const seen = inspectComputed(f.key, tab, f.found, ledger && (ledger.tabs[f.key] ?? null));
    extra.push(...seen.findings, ...namedLikeComputed(f.key, tab));
    computed.push({ key: f.key, state: seen.state });
  }
  // Date cells arrive as instants of the spreadsheet's midnight: read them in its zone, or Berlin loses a day.
  const read = spreadsheetReadOptions(
    spreadsheet.getSpreadsheetTimeZone(),
    spreadsheet.getSpreadsheetLocale(),
  );
  const analysis = analyze(workbookOf(tabs), read);
  if (extra.length > 0) analysis.issues = sortIssues([...analysis.issues, ...extra], TAB_NAMES);
  return { tabs, analysis, computed, ledger };
}

export const countOf = (issues: readonly Issue[], s: Issue["severity"]) =>
  issues.filter((i) => i.severity === s).length;
