// What the sidebar asks for through google.script.run: its data, and selecting a finding's cell.
import { type Analysis, HEADLINE_KPIS, KPI_BY_KEY } from "../core/index.ts";
import { display } from "./formats.ts";
import { say, TITLE } from "./messages.ts";
import { countOf, readAll } from "./read.ts";
import { activeSpreadsheet, findSheet, parseCell, type Spreadsheet, splitRef } from "./sheets.ts";

export type SidebarData = ReturnType<typeof sidebarOf>;

/** The sidebar lists this many findings per tab: every one is marked on its cell anyway. */
export const SIDEBAR_FINDINGS_PER_TAB = 100;

/** Plain data for the sidebar from what an action read; the sidebar escapes every string before showing it. */
export function sidebarOf(spreadsheet: Spreadsheet, analysis: Analysis) {
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
    errors: countOf(analysis.issues, "error"),
    warnings: countOf(analysis.issues, "warning"),
    creators: m.creators.length,
    posts: m.posts.length,
    headline,
    goals: m.goals.map((g) => ({ kpi: KPI_BY_KEY.get(g.kpi)?.label ?? g.kpi, met: g.met })),
    findings: [...groups].map(([tab, items]) => ({
      tab,
      items: items.slice(0, SIDEBAR_FINDINGS_PER_TAB),
      more:
        items.length > SIDEBAR_FINDINGS_PER_TAB
          ? say.moreFindings(items.length - SIDEBAR_FINDINGS_PER_TAB)
          : null,
    })),
    report: say.reportHow(spreadsheet.getUrl()),
  };
}

/** The sidebar's Refresh: one read of the workbook. */
export function sidebarData(): SidebarData {
  const spreadsheet = activeSpreadsheet();
  return sidebarOf(spreadsheet, readAll(spreadsheet).analysis);
}

/** Where sidebar.html takes the data of the action that opened it. */
export const DATA_SLOT = '<script type="application/json" id="data">null</script>';

/**
 * Show (or replace) the sidebar with `data` in it, so it needs no second read of the workbook.
 * JSON inside a script element: "<" escaped so no text of the user's can close the element.
 */
export function showSidebar(data: SidebarData) {
  const page = HtmlService.createHtmlOutputFromFile("sidebar").getContent();
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const html = HtmlService.createHtmlOutput(page.replace(DATA_SLOT, () => DATA_SLOT.replace("null", json)));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(TITLE));
}

/** Select a finding's cell. */
export function selectCell(target: string) {
  const ref = splitRef(String(target));
  const at = ref && parseCell(ref.cell);
  if (!ref || !at) throw new Error(say.badTarget(String(target)));
  const sheet = findSheet(activeSpreadsheet(), ref.tab);
  if (!sheet) throw new Error(say.noSuchTab(ref.tab));
  sheet.activate();
  sheet.getRange(at.row, at.col).activate();
}
