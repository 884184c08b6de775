// The add-on menu and its handlers: each one runs its action and tells the user how it went.
import { reportHtml, reportText, runDiagnostics } from "./diagnostics.ts";
import { clearMarks as clearAll } from "./marks.ts";
import { say, TITLE } from "./messages.ts";
import type { MenuHandler } from "./public.ts";
import { importPasted } from "./importer.ts";
import { countOf, readAll } from "./read.ts";
import { importRoster as importRosterFrom, parseLinks } from "./roster.ts";
import { runCompute, runValidate } from "./run.ts";
import { showSidebar, sidebarOf } from "./sidebar.ts";
import { findSheet, activeSpreadsheet as ss, readTabs, templateSheets } from "./sheets.ts";
import { createTemplate as addTabs, insertSample } from "./template.ts";

/** Set to true by `npm run addon:build -- --with-roster-import`, whose manifest adds the full spreadsheets scope. */
declare const __ROSTER_IMPORT__: boolean | undefined;
const rosterImportBuilt = () => typeof __ROSTER_IMPORT__ !== "undefined" && __ROSTER_IMPORT__ === true;

/** The menu top to bottom, each item named by its handler; null is a separator. */
const MENU: readonly (MenuHandler | null)[] = [
  "createTemplate",
  "insertSampleData",
  "importPastedExport",
  null,
  "validate",
  "computeKpis",
  "clearMarks",
  null,
  "openSidebar",
  "diagnostics",
];
const ROSTER_MENU: readonly (MenuHandler | null)[] = [null, "importRoster"];

/** Errors reach the user as a plain sentence, never a stack trace. */
function guarded<T>(handler: MenuHandler, run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    const reason = e instanceof Error && e.message ? `${e.message.replace(/\.?$/, ".")}` : say.unexpected;
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, say.failed(say.menu[handler], reason), ui.ButtonSet.OK);
    return undefined;
  }
}

function toast(text: string) {
  ss().toast(text, TITLE, 8);
}

export function onOpen(_e?: unknown) {
  // No data access here: in AuthMode.NONE only the menu may be built.
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of rosterImportBuilt() ? [...MENU, ...ROSTER_MENU] : MENU)
    if (item === null) menu.addSeparator();
    else menu.addItem(say.menu[item], item);
  menu.addToUi();
}

export function onInstall(e?: unknown) {
  onOpen(e);
}

export function createTemplate() {
  guarded("createTemplate", () => toast(say.templateCreated(addTabs(ss()))));
}

export function insertSampleData() {
  guarded("insertSampleData", () => {
    const refused = insertSample(ss());
    if (refused) SpreadsheetApp.getUi().alert(TITLE, refused, SpreadsheetApp.getUi().ButtonSet.OK);
    else toast(say.sampleInserted());
  });
}

/** How long Validate and Compute wait for a collaborator's run to finish before giving up. */
const LOCK_WAIT_MS = 10_000;

/** Run `action` holding the document lock, so two collaborators' runs never interleave their writes. */
function locked<T>(action: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) throw new Error(say.busy);
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}

export function validate() {
  guarded("validate", () => {
    const spreadsheet = ss();
    const { analysis } = locked(() => runValidate(spreadsheet));
    toast(say.validated(countOf(analysis.issues, "error"), countOf(analysis.issues, "warning")));
    showSidebar(sidebarOf(spreadsheet, analysis));
  });
}

export function computeKpis() {
  guarded("computeKpis", () => {
    const spreadsheet = ss();
    const { analysis, kpis } = locked(() => runCompute(spreadsheet));
    const done = say.computed(
      analysis.model.creators.length,
      analysis.model.posts.length,
      countOf(analysis.issues, "error"),
    );
    toast(kpis.kept ? `${done} ${say.kpisKept(kpis.kept, kpis.tab)}` : done);
    showSidebar(sidebarOf(spreadsheet, analysis));
  });
}

/** "Sheet5" or "Sheet5, @anna": a tab that exists is taken whole, else the text after the last comma is a creator. */
export function parseImportAnswer(
  text: string,
  exists: (tab: string) => boolean,
): { tab: string | null; creator?: string } {
  const t = text.trim();
  if (t === "") return { tab: null };
  const comma = t.lastIndexOf(",");
  if (exists(t) || comma < 0) return { tab: t };
  const tab = t.slice(0, comma).trim();
  const creator = t.slice(comma + 1).trim();
  return { tab: tab === "" ? null : tab, ...(creator ? { creator } : {}) };
}

/** Asks which tab holds the paste, imports it under the document lock, and says what changed. */
export function importPastedExport() {
  guarded("importPastedExport", () => {
    const ui = SpreadsheetApp.getUi();
    const spreadsheet = ss();
    const active = spreadsheet.getActiveSheet().getName();
    const answer = ui.prompt(say.importPromptTitle, say.importPrompt(active), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const { tab, creator } = parseImportAnswer(
      answer.getResponseText(),
      (name) => findSheet(spreadsheet, name) !== null,
    );
    const out = locked(() => importPasted(spreadsheet, tab, creator));
    const text =
      "refused" in out ? out.refused : say.importSummary(out.tab, out.summaries, out.findings, out.changed);
    ui.alert(TITLE, text, ui.ButtonSet.OK);
  });
}

/** Asks for the other campaigns' links, then writes the Roster tab; problems per link in one alert. */
export function importRoster() {
  guarded("importRoster", () => {
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
  guarded("clearMarks", () => toast(say.cleared(clearAll(readTabs(templateSheets(ss()))))));
}

export function openSidebar() {
  guarded("openSidebar", () => {
    const spreadsheet = ss();
    showSidebar(sidebarOf(spreadsheet, readAll(spreadsheet).analysis));
  });
}

/** The self-test, shown as plain lines in a dialog that offers to copy them. */
export function diagnostics() {
  guarded("diagnostics", () => {
    const text = reportText(runDiagnostics(ss()));
    const html = HtmlService.createHtmlOutput(reportHtml(text)).setWidth(560).setHeight(420);
    SpreadsheetApp.getUi().showModalDialog(html, say.diag.header(TITLE));
  });
}
