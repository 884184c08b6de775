// The add-on's entry points: every name of PUBLIC, implemented once and exported for the build's stubs.
import {
  type Analysis,
  analyze,
  DEFAULT_TIER_THRESHOLDS,
  HEADLINE_KPIS,
  type Issue,
  KPI_BY_KEY,
  ratio,
  sortIssues,
  spreadsheetReadOptions,
  TAB_NAMES,
  TABS,
  tierOf,
} from "../core/index.ts";
import { SAMPLE } from "./sample.ts";
import { COMPUTED, COMPUTED_TABS, type ComputedTabKey } from "./columns.ts";
import {
  type ComputedState,
  computedColumnsOf,
  findComputed,
  inspectComputed,
  rowsOf,
  writeComputed,
} from "./computed.ts";
import { display, moneyFormat } from "./formats.ts";
import { type KpiTabWritten, writeKpiTab } from "./kpitab.ts";
import { applyMarks, clearMarks as clearAll } from "./marks.ts";
import { type Ledger, readLedger, writeLedger } from "./ledger.ts";
import { say, TITLE } from "./messages.ts";
import type { PUBLIC } from "./public.ts";
import { importRoster as importRosterFrom, parseLinks } from "./roster.ts";
import {
  ensureSize,
  type FoundTab,
  findSheet,
  parseCell,
  readTabs,
  splitRef,
  type Spreadsheet,
  templateSheets,
  workbookOf,
} from "./sheets.ts";
import { createTemplate as addTabs } from "./template.ts";

type Fn = (...args: never[]) => unknown;
const ss = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();

/** Set to true by `npm run addon:build -- --with-roster-import`, whose manifest adds the full spreadsheets scope. */
declare const __ROSTER_IMPORT__: boolean | undefined;
const rosterImportBuilt = () => typeof __ROSTER_IMPORT__ !== "undefined" && __ROSTER_IMPORT__ === true;

/** Errors reach the user as a plain sentence, never a stack trace. */
function guarded<T>(action: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    const reason = e instanceof Error && e.message ? `${e.message.replace(/\.?$/, ".")}` : say.unexpected;
    SpreadsheetApp.getUi().alert(TITLE, say.failed(action, reason), SpreadsheetApp.getUi().ButtonSet.OK);
    return undefined;
  }
}

function toast(text: string) {
  ss().toast(text, TITLE, 8);
}

export function onOpen(_e?: unknown) {
  // No data access here: in AuthMode.NONE only the menu may be built.
  const menu = SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(say.menu.createTemplate, "createTemplate")
    .addItem(say.menu.insertSampleData, "insertSampleData")
    .addSeparator()
    .addItem(say.menu.validate, "validate")
    .addItem(say.menu.computeKpis, "computeKpis")
    .addItem(say.menu.clearMarks, "clearMarks")
    .addSeparator()
    .addItem(say.menu.openSidebar, "openSidebar");
  if (rosterImportBuilt()) menu.addSeparator().addItem(say.menu.importRoster, "importRoster");
  menu.addToUi();
}

export function onInstall(e?: unknown) {
  onOpen(e);
}

export function createTemplate() {
  guarded(say.menu.createTemplate, () => toast(say.templateCreated(addTabs(ss()))));
}

export function insertSampleData() {
  guarded(say.menu.insertSampleData, () => {
    const refused = insertSample(ss());
    if (refused) SpreadsheetApp.getUi().alert(TITLE, refused, SpreadsheetApp.getUi().ButtonSet.OK);
    else toast(say.sampleInserted());
  });
}

/** Fill the template tabs this call adds with the sample campaign; a message instead when Creators holds data. */
export function insertSample(spreadsheet: Spreadsheet): string | null {
  const creators = templateSheets(spreadsheet).find((p) => p.def === TABS.creators);
  const rows = creators ? creators.sheet.getLastRow() - 1 : 0;
  if (creators && rows > 0) return say.sampleRefused(creators.sheet.getName(), rows);
  const added = new Set(addTabs(spreadsheet));
  for (const tab of SAMPLE) {
    if (!added.has(tab.name)) continue;
    const sheet = findSheet(spreadsheet, tab.name);
    if (!sheet) continue;
    const width = Math.max(...tab.values.map((r) => r.length));
    ensureSize(sheet, tab.values.length, width);
    const grid = tab.values.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
    sheet.getRange(1, 1, grid.length, width).setValues(grid);
  }
  return null;
}

/** What the computed columns of one tab hold, as Validate and Compute found them. */
interface ComputedFound {
  key: ComputedTabKey;
  state: ComputedState;
}

interface Run {
  tabs: FoundTab[];
  analysis: Analysis;
  computed: ComputedFound[];
  ledger: Ledger | null;
}

/**
 * One getValues per template tab; the add-on's computed columns are blanked before
 * the core reads, and what someone typed into them is added to the findings.
 */
export function readAll(spreadsheet: Spreadsheet): Run {
  const present = templateSheets(spreadsheet);
  const found = new Map(
    COMPUTED_TABS.flatMap(({ key, def }) => {
      const p = present.find((x) => x.def === def);
      return p ? [[def, { key, found: findComputed(p.sheet) }] as const] : [];
    }),
  );
  const tabs = readTabs(present, new Map([...found].map(([def, f]) => [def, computedColumnsOf(f.found)])));
  const ledger = found.size > 0 ? readLedger(spreadsheet) : null;
  const computed: ComputedFound[] = [];
  const extra: Issue[] = [];
  for (const tab of tabs) {
    const f = found.get(tab.def);
    if (!f) continue;
    const seen = inspectComputed(f.key, tab, f.found, ledger && (ledger.tabs[f.key] ?? null));
    extra.push(...seen.findings);
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

const count = (issues: readonly Issue[], s: Issue["severity"]) =>
  issues.filter((i) => i.severity === s).length;

export function runValidate(spreadsheet: Spreadsheet): Run {
  const run = readAll(spreadsheet);
  applyMarks(run.tabs, run.analysis.issues);
  return run;
}

export function validate() {
  guarded(say.menu.validate, () => {
    const { analysis } = runValidate(ss());
    toast(say.validated(count(analysis.issues, "error"), count(analysis.issues, "warning")));
    openSidebar();
  });
}

export function runCompute(spreadsheet: Spreadsheet): Run & { kpis: KpiTabWritten } {
  const run = runValidate(spreadsheet);
  const { analysis } = run;
  const money = moneyFormat(analysis.model.campaign.currency, analysis.model.campaign.locale);
  const ledger: Ledger = { kpis: null, tabs: {} };
  for (const { key, state } of run.computed) {
    const tab = run.tabs.find((t) => t.def === COMPUTED_TABS.find((c) => c.key === key)?.def);
    if (!tab) continue;
    const inputWidth = Math.max(
      0,
      ...tab.values.map((r) => {
        let w = r.length;
        while (w > 0 && (r[w - 1] === "" || r[w - 1] === null || tab.ignored.has(w))) w--;
        return w;
      }),
    );
    ledger.tabs[key] = writeComputed(
      tab.sheet,
      COMPUTED[key],
      rowsOf(key, analysis),
      { rows: tab.values.length, width: inputWidth },
      state,
      money,
    );
  }
  const kpis = writeKpiTab(spreadsheet, analysis, money, run.ledger);
  ledger.kpis = { tab: kpis.tab, fingerprint: kpis.fingerprint };
  writeLedger(spreadsheet, ledger);
  return { ...run, kpis };
}

export function computeKpis() {
  guarded(say.menu.computeKpis, () => {
    const { analysis, kpis } = runCompute(ss());
    const done = say.computed(
      analysis.model.creators.length,
      analysis.model.posts.length,
      count(analysis.issues, "error"),
    );
    toast(kpis.kept ? `${done} ${say.kpisKept(kpis.kept, kpis.tab)}` : done);
  });
}

/** Asks for the other campaigns' links, then writes the Roster tab; problems per link in one alert. */
export function importRoster() {
  guarded(say.menu.importRoster, () => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(say.rosterPromptTitle, say.rosterPrompt, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const result = importRosterFrom(
      ss(),
      parseLinks(answer.getResponseText()),
      (url) => SpreadsheetApp.openByUrl(url),
      (s) => readAll(s).analysis,
    );
    const done =
      result.tab === null
        ? say.rosterNothing
        : say.rosterWritten(result.tab, result.creators, result.campaigns);
    if (result.problems.length === 0) toast(done);
    else ui.alert(TITLE, [done, ...result.problems].join("\n\n"), ui.ButtonSet.OK);
  });
}

export function clearMarks() {
  guarded(say.menu.clearMarks, () => toast(say.cleared(clearAll(readTabs(templateSheets(ss()))))));
}

export function openSidebar() {
  guarded(say.menu.openSidebar, () => {
    const html = HtmlService.createHtmlOutputFromFile("sidebar").setTitle(TITLE);
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

/** Plain data for the sidebar; the sidebar escapes every string before showing it. */
export function sidebarData() {
  const spreadsheet = ss();
  const { analysis } = readAll(spreadsheet);
  const m = analysis.model;
  const objective = m.campaign.objective ?? "sales";
  const totals = m.totals as unknown as Record<string, number | null>;
  const headline = (HEADLINE_KPIS[objective] ?? []).map((key) => {
    const d = KPI_BY_KEY.get(key);
    return { label: d?.label ?? key, value: display(totals[key], d?.unit ?? "count", m.campaign.currency) };
  });
  const groups = new Map<string, { cell: string | null; severity: string; message: string }[]>();
  for (const i of analysis.issues) {
    const list = groups.get(i.tab) ?? [];
    list.push({ cell: i.cell, severity: i.severity, message: i.message });
    groups.set(i.tab, list);
  }
  return {
    campaign: m.campaign.name ?? "",
    objective,
    errors: count(analysis.issues, "error"),
    warnings: count(analysis.issues, "warning"),
    creators: m.creators.length,
    posts: m.posts.length,
    headline,
    goals: m.goals.map((g) => ({ kpi: KPI_BY_KEY.get(g.kpi)?.label ?? g.kpi, met: g.met })),
    findings: [...groups].map(([tab, items]) => ({ tab, items })),
    report: say.reportHow(spreadsheet.getUrl()),
  };
}

/** Select a finding's cell (called from the sidebar). */
export function selectCell(target: string) {
  const ref = splitRef(String(target));
  const at = ref && parseCell(ref.cell);
  if (!ref || !at) throw new Error(say.badTarget(String(target)));
  const sheet = findSheet(ss(), ref.tab);
  if (!sheet) throw new Error(say.noSuchTab(ref.tab));
  sheet.activate();
  sheet.getRange(at.row, at.col).activate();
}

// Custom functions: a value or a range in, a value or a column out.
type Arg = unknown;
const num = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v)
    ? v
    : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
      ? Number(v)
      : null;
const cells = (v: Arg): unknown[] => (Array.isArray(v) ? v.flat() : [v]);

function pairwise(a: Arg, b: Arg, f: (x: number | null, y: number | null) => number | string | null) {
  const out = (x: unknown, y: unknown) => f(num(x), num(y)) ?? "";
  if (!Array.isArray(a) && !Array.isArray(b)) return out(a, b);
  const xs = cells(a);
  const ys = cells(b);
  const len = Math.max(xs.length, ys.length);
  return Array.from({ length: len }, (_, i) => [
    out(xs.length === 1 ? xs[0] : xs[i], ys.length === 1 ? ys[0] : ys[i]),
  ]);
}

export const ENGAGEMENT_RATE = (engagements: Arg, impressions: Arg) =>
  pairwise(engagements, impressions, (e, i) => ratio(e, i));
export const CPM = (cost: Arg, impressions: Arg) => pairwise(cost, impressions, (c, i) => ratio(c, i, 1000));
export const CPE = (cost: Arg, engagements: Arg) => pairwise(cost, engagements, (c, e) => ratio(c, e));
export const ROAS = (revenue: Arg, cost: Arg) => pairwise(revenue, cost, (r, c) => ratio(r, c));
export const ROI = (revenue: Arg, cost: Arg) =>
  pairwise(revenue, cost, (r, c) => (r === null ? null : ratio(r - (c ?? 0), c)));

export function CREATOR_TIER(followers: Arg, thresholds?: Arg) {
  const t =
    thresholds === undefined || thresholds === ""
      ? [...DEFAULT_TIER_THRESHOLDS]
      : cells(typeof thresholds === "string" ? thresholds.split(/[,;\s]+/) : thresholds)
          .map(num)
          .filter((x): x is number => x !== null);
  if (t.length !== 4)
    throw new Error('CREATOR_TIER needs four thresholds, e.g. "10000, 100000, 500000, 1000000".');
  const one = (f: unknown) => {
    const v = num(f);
    return v === null ? "" : tierOf(v, t);
  };
  return Array.isArray(followers) ? cells(followers).map((f) => [one(f)]) : one(followers);
}

// Every PUBLIC name has an implementation here (checked by the compiler).
export const HANDLERS = {
  onOpen,
  onInstall,
  createTemplate,
  insertSampleData,
  validate,
  computeKpis,
  clearMarks,
  openSidebar,
  importRoster,
  sidebarData,
  selectCell,
  ENGAGEMENT_RATE,
  CPM,
  CPE,
  ROAS,
  ROI,
  CREATOR_TIER,
} satisfies Record<keyof typeof PUBLIC, Fn>;
