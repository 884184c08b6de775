// Create campaign template: the missing tabs of the template (docs/template.md), every detail derived from the core's schema.
import {
  type ColumnMeta,
  headerNote,
  IssueList,
  parseCampaign,
  STANDARD_QUESTIONS,
  TAB_LIST,
  TABS,
  type TabDef,
} from "../core/index.ts";
import { kindFormat, moneyFormat, TEXT } from "./formats.ts";
import { say } from "./messages.ts";
import { SAMPLE } from "./sample.ts";
import { sampleGrid } from "./typed.ts";
import {
  ensureSize,
  findSheet,
  letter,
  readTabs,
  type Sheet,
  type Spreadsheet,
  templateSheets,
} from "./sheets.ts";

export const HEADER_BG = "#eef1f5";

/** Adds the template tabs that are missing; returns their names. Existing tabs are never touched. */
export function createTemplate(ss: Spreadsheet): string[] {
  const present = templateSheets(ss);
  const missing = TAB_LIST.filter((def) => !present.some((p) => p.def === def));
  if (missing.length === 0) return [];
  const money = campaignMoneyFormat(present);
  for (const def of missing) {
    const sheet = ss.insertSheet(def.name, ss.getNumSheets());
    if (def.layout === "form") writeForm(sheet, def);
    else writeTable(sheet, def, money);
  }
  return missing.map((d) => d.name);
}

/** Money format in the Campaign tab's currency (USD until the tab says otherwise). */
function campaignMoneyFormat(present: ReturnType<typeof templateSheets>): string {
  const campaignTab = present.filter((p) => p.def === TABS.campaign);
  const tabs = readTabs(campaignTab).map((t) => ({ name: t.sheet.getName(), values: t.values }));
  const { campaign } = parseCampaign({ tabs }, new IssueList());
  return moneyFormat(campaign.currency, campaign.locale);
}

/** Wide enough for the header and the example, within reason. */
export function widthOf(m: ColumnMeta): number {
  const chars = Math.max(m.header.length, m.example?.length ?? 0);
  return Math.min(360, Math.max(90, chars * 7 + 24));
}

function styleHeader(sheet: Sheet, cols: number) {
  sheet.getRange(1, 1, 1, cols).setFontWeight("bold").setBackground(HEADER_BG);
  sheet.setFrozenRows(1);
}

function writeTable(sheet: Sheet, def: TabDef, money: string) {
  const cols = def.columns;
  const header = sheet.getRange(1, 1, 1, cols.length);
  header.setValues([cols.map((m) => m.header)]);
  header.setNotes([cols.map(headerNote)]);
  styleHeader(sheet, cols.length);
  const lastRow = sheet.getMaxRows();
  const byFormat = new Map<string, string[]>();
  cols.forEach((m, i) => {
    const f = kindFormat(m.kind, money);
    if (f === null) return;
    const l = letter(i + 1);
    byFormat.set(f, [...(byFormat.get(f) ?? []), `${l}2:${l}${lastRow}`]);
  });
  for (const [f, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(f);
  cols.forEach((m, i) => {
    if (m.values) sheet.getRange(2, i + 1, lastRow - 1, 1).setDataValidation(dropDown(m.values));
    sheet.setColumnWidth(i + 1, widthOf(m));
  });
  if (def === TABS.retrospective) writeQuestions(sheet, def);
}

function dropDown(values: readonly string[]) {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(true)
    .setHelpText(say.enumHelp(values))
    .build();
}

function writeQuestions(sheet: Sheet, def: TabDef) {
  const keys = def.columns.map((m) => m.key);
  const rows = STANDARD_QUESTIONS.map((q) =>
    keys.map((k) => (k === "section" ? q.section : k === "item" ? q.item : "")),
  );
  sheet.getRange(2, 1, rows.length, keys.length).setValues(rows);
}

function defaultText(m: ColumnMeta): string {
  if (m.default === undefined) return "";
  return Array.isArray(m.default) ? m.default.join(", ") : String(m.default);
}

/** The Campaign tab: a Field/Value form with every field, defaults filled in, and what each means. */
function writeForm(sheet: Sheet, def: TabDef) {
  const fields = def.columns;
  const rows = [
    ["Field", "Value", "About"],
    ...fields.map((m) => [m.header, defaultText(m), `${m.description}${m.required ? " Required." : ""}`]),
  ];
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  sheet
    .getRange(2, 2, fields.length, 1)
    .setNumberFormats(fields.map((m) => [kindFormat(m.kind, TEXT) ?? TEXT]));
  sheet.getRange(2, 1, fields.length, 1).setFontWeight("bold");
  styleHeader(sheet, 3);
  fields.forEach((m, i) => {
    if (m.values) sheet.getRange(i + 2, 2).setDataValidation(dropDown(m.values));
  });
  sheet.setColumnWidth(1, 150);
  sheet.setColumnWidth(2, 280);
  sheet.setColumnWidth(3, 520);
}

/** Fill the template tabs this call adds with the sample campaign; a message instead when Creators holds data. */
export function insertSample(spreadsheet: Spreadsheet): string | null {
  const creators = templateSheets(spreadsheet).find((p) => p.def === TABS.creators);
  const rows = creators ? creators.sheet.getLastRow() - 1 : 0;
  if (creators && rows > 0) return say.sampleRefused(creators.sheet.getName(), rows);
  const added = new Set(createTemplate(spreadsheet));
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  for (const tab of SAMPLE) {
    const def = TAB_LIST.find((d) => d.name === tab.name);
    if (!def || !added.has(tab.name)) continue;
    const sheet = findSheet(spreadsheet, tab.name);
    if (!sheet) continue;
    const width = Math.max(...tab.values.map((r) => r.length));
    ensureSize(sheet, tab.values.length, width);
    const grid = sampleGrid(def, tab.values, timeZone).map((r) => [
      ...r,
      ...Array<string>(width - r.length).fill(""),
    ]);
    sheet.getRange(1, 1, grid.length, width).setValues(grid);
  }
  return null;
}
