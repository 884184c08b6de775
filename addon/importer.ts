// Import pasted export: a tab holding a pasted Shopify / TikTok Shop / platform export becomes
// template rows through the CLI's own mapping and merge (core/import). The add-on only reads
// the grids (one getValues per tab) and writes the plan's edits in blocks, typed.
import { dayInZone, headerKey, type RawWorkbook, TABS } from "../core/index.ts";
import {
  type ImportFinding,
  importTarget,
  isRefusal,
  LEDGER_TAB,
  mapExport,
  type OutCell,
  planImport,
  type TabEdit,
  type TabSummary,
} from "../core/import/index.ts";
import { AMOUNT, COUNT, DATE, TEXT } from "./formats.ts";
import { say } from "./messages.ts";
import {
  ensureSize,
  findSheet,
  readTabs,
  rewriteTab,
  runsA1,
  type Sheet,
  type Spreadsheet,
  templateSheets,
} from "./sheets.ts";
import { zonedMidnight } from "./typed.ts";

/** What the import reads besides the paste: the campaign and creators to check and attribute against, and its targets. */
const READ = [TABS.campaign, TABS.creators, TABS.conversions, TABS.products, TABS.content];

export type ImportOutcome =
  | { refused: string }
  | { tab: string; summaries: TabSummary[]; findings: ImportFinding[]; changed: boolean };

interface ReadTab {
  sheet: Sheet;
  name: string;
  /** The data range's height as read: every row below it is empty, values and formulas. */
  rows: number;
  values: unknown[][];
}

/** Date cells as the day they show in the sheet's zone, so the import reads them as the sheet does. */
const daysOf = (grid: unknown[][], timeZone: string) =>
  grid.map((row) => row.map((v) => (isDate(v) ? (dayInZone(v, timeZone) ?? v) : v)));

/** A Date of any realm (Apps Script's, or a test's node:vm context). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

function readTab(sheet: Sheet, timeZone: string): ReadTab {
  const values = sheet.getDataRange().getValues();
  return { sheet, name: sheet.getName(), rows: values.length, values: daysOf(values, timeZone) };
}

/**
 * Import the export pasted into `tabName` (the active tab when null). `creator` names the
 * account a per-account export (YouTube, TikTok Studio) belongs to.
 */
export function importPasted(ss: Spreadsheet, tabName: string | null, creator?: string): ImportOutcome {
  const pasteSheet = tabName === null ? ss.getActiveSheet() : findSheet(ss, tabName);
  if (!pasteSheet) return { refused: say.importNoTab(tabName ?? "") };
  const timeZone = ss.getSpreadsheetTimeZone();
  const paste = readTab(pasteSheet, timeZone);
  const present = templateSheets(ss).filter((p) => READ.includes(p.def));
  if (present.some((p) => p.sheet === pasteSheet) || headerKey(paste.name) === headerKey(LEDGER_TAB))
    return { refused: say.importTemplateTab(paste.name) };
  const tabs = new Map<string, ReadTab>();
  for (const t of readTabs(present))
    tabs.set(headerKey(t.name), {
      sheet: t.sheet,
      name: t.name,
      rows: t.values.length,
      values: daysOf(t.values, timeZone),
    });
  const ledgerSheet = findSheet(ss, LEDGER_TAB);
  if (ledgerSheet) tabs.set(headerKey(LEDGER_TAB), readTab(ledgerSheet, timeZone));
  const wb: RawWorkbook = { tabs: [...tabs.values()].map((t) => ({ name: t.name, values: t.values })) };

  const target = importTarget(wb, creator);
  const mapped = mapExport(say.importFile(paste.name), paste.values, target);
  if (isRefusal(mapped)) return { refused: say.importRefused(mapped.refused) };
  const plan = planImport(wb, [mapped], target);
  for (const edit of plan.edits) writeEdit(ss, edit, tabs.get(headerKey(edit.tab)) ?? null, timeZone);
  return {
    tab: paste.name,
    summaries: plan.summaries,
    findings: plan.findings,
    changed: plan.edits.length > 0,
  };
}

// ---------------------------------------------------------------- writing the plan

interface Cell {
  row: number;
  /** 1-based. */
  col: number;
  value: unknown;
}

/** An import cell as Sheets stores it: numbers as numbers, dates as Dates at the zone's midnight. */
function typedValue(v: OutCell, timeZone: string): unknown {
  if (v === null) return "";
  if (typeof v === "object") {
    const [y, m, d] = v.date.split("-").map(Number);
    return zonedMidnight(y!, m!, d!, timeZone);
  }
  return v;
}

/** The ledger's number formats, by its columns (Source, Order, SKU, Date, Attribution, kind, Orders, Units, Revenue). */
const LEDGER_FORMATS = [TEXT, TEXT, TEXT, DATE, TEXT, TEXT, COUNT, COUNT, AMOUNT];

function writeEdit(ss: Spreadsheet, e: TabEdit, read: ReadTab | null, timeZone: string) {
  const sheet = read?.sheet ?? ss.insertSheet(e.tab, ss.getNumSheets());
  if (e.replace) {
    const values = e.replace.map((r) => r.map((v) => typedValue(v, timeZone)));
    const width = LEDGER_FORMATS.length;
    rewriteTab(
      sheet,
      values,
      width,
      values.map((_, r) => (r === 0 ? LEDGER_FORMATS.map(() => TEXT) : LEDGER_FORMATS)),
    );
    if (!read) {
      sheet.protect().setDescription(say.importLedgerProtection).setWarningOnly(true);
      sheet.hideSheet();
    }
    return;
  }
  const cells: Cell[] = [
    ...[...e.headers].map(([col, header]) => ({ row: 1, col: col + 1, value: header })),
    ...e.cells.map((c) => ({ row: c.row, col: c.col + 1, value: typedValue(c.value, timeZone) })),
  ];
  if (cells.length === 0) return;
  ensureSize(sheet, Math.max(...cells.map((c) => c.row)), Math.max(...cells.map((c) => c.col)));
  // Formats before values: text stays text ("0815", an 18-digit order id), dates show as dates.
  const text = cells.filter((c) => typeof c.value === "string" && c.value !== "");
  const dates = cells.filter((c) => isDate(c.value));
  if (text.length > 0) sheet.getRangeList(runsA1(text)).setNumberFormat(TEXT);
  if (dates.length > 0) sheet.getRangeList(runsA1(dates)).setNumberFormat(DATE);
  for (const b of blocks(cells, read?.rows ?? 0))
    sheet.getRange(b.row, b.col, b.values.length, b.values[0]!.length).setValues(b.values);
  for (const c of e.hidden) if (e.headers.has(c)) sheet.hideColumns(c + 1);
}

interface Block {
  row: number;
  col: number;
  values: unknown[][];
}

/**
 * The cells as few rectangles as can be written without touching a cell the plan does not
 * name: the new rows below the data range (empty there, so the gaps are written blank) as one
 * block, and on the rows above it the runs of adjacent cells, stacked where they line up.
 */
export function blocks(cells: readonly Cell[], dataRows: number): Block[] {
  const out: Block[] = [];
  const fresh = cells.filter((c) => c.row > dataRows);
  if (fresh.length > 0) {
    const row = Math.min(...fresh.map((c) => c.row));
    const col = Math.min(...fresh.map((c) => c.col));
    const rows = Math.max(...fresh.map((c) => c.row)) - row + 1;
    const cols = Math.max(...fresh.map((c) => c.col)) - col + 1;
    const values = Array.from({ length: rows }, () => Array<unknown>(cols).fill(""));
    for (const c of fresh) values[c.row - row]![c.col - col] = c.value;
    out.push({ row, col, values });
  }
  const old = cells.filter((c) => c.row <= dataRows).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Block[] = [];
  for (const c of old) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.values[0]!.length === c.col)
      last.values[0]!.push(c.value);
    else runs.push({ row: c.row, col: c.col, values: [[c.value]] });
  }
  runs.sort((a, b) => a.col - b.col || a.values[0]!.length - b.values[0]!.length || a.row - b.row);
  for (const r of runs) {
    const last = out[out.length - 1];
    const width = r.values[0]!.length;
    if (
      last &&
      last.row <= dataRows &&
      last.col === r.col &&
      last.values[0]!.length === width &&
      last.row + last.values.length === r.row
    )
      last.values.push(r.values[0]!);
    else out.push(r);
  }
  return out;
}
