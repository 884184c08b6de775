// Validate and Compute KPIs on a spreadsheet, without the UI around them (menu.ts adds it).
import { COMPUTED, COMPUTED_TABS } from "./columns.ts";
import { rowsOf, writeComputed } from "./computed.ts";
import { moneyFormat } from "./formats.ts";
import { type KpiTabWritten, writeKpiTab } from "./kpitab.ts";
import { type Ledger, writeLedger } from "./ledger.ts";
import { applyMarks } from "./marks.ts";
import { type Run, readAll } from "./read.ts";
import type { FoundTab, Spreadsheet } from "./sheets.ts";

export function runValidate(spreadsheet: Spreadsheet): Run {
  const run = readAll(spreadsheet);
  applyMarks(run.tabs, run.analysis.issues);
  return run;
}

/** Columns up to the last one holding input on some row: blanks and the add-on's own columns do not count. */
function inputWidth(tab: FoundTab): number {
  return Math.max(
    0,
    ...tab.values.map((r) => {
      let w = r.length;
      while (w > 0 && (r[w - 1] === "" || r[w - 1] === null || tab.ignored.has(w))) w--;
      return w;
    }),
  );
}

export function runCompute(spreadsheet: Spreadsheet): Run & { kpis: KpiTabWritten } {
  const run = runValidate(spreadsheet);
  const { analysis } = run;
  const money = moneyFormat(analysis.model.campaign.currency, analysis.model.campaign.locale);
  const ledger: Ledger = { kpis: null, tabs: {} };
  for (const { key, state } of run.computed) {
    const tab = run.tabs.find((t) => t.def === COMPUTED_TABS.find((c) => c.key === key)?.def);
    if (!tab) continue;
    ledger.tabs[key] = writeComputed(
      tab.sheet,
      COMPUTED[key],
      rowsOf(key, analysis),
      { rows: tab.values.length, width: inputWidth(tab) },
      state,
      money,
    );
  }
  const kpis = writeKpiTab(spreadsheet, analysis, money, run.ledger);
  ledger.kpis = { tab: kpis.tab, fingerprint: kpis.fingerprint };
  writeLedger(spreadsheet, ledger);
  return { ...run, kpis };
}
