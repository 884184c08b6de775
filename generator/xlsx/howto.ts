// The template's first tab: what each tab is for and how to type into it. The
// readers skip it (it is not a template tab), so it never reaches the report.
import type ExcelJS from "exceljs";
import { TAB_LIST } from "../../core/index.ts";

export const HOWTO_TAB = "How to fill";

/** The rules of typing, one line each; the tab list follows them. */
export const HOWTO_RULES: readonly [string, string][] = [
  [
    "Required columns",
    "Headers in orange are required; the others may stay empty. Each header's note (hover over it) says what the column holds, with an example.",
  ],
  [
    "Drop-downs",
    'Pick a value from the list (e.g. "Fixed fee", "Short video"). Typing it works too, in any case.',
  ],
  ["Dates", "Type dates as dates (2026-03-02, or your spreadsheet's own date format), not as text."],
  [
    "Numbers",
    "Type plain numbers: 1500 or 1,500 for a count, 24.50 for money (no currency sign needed), 3.5% or 0.035 for a rate.",
  ],
  ["Rows", "One row per record, no blank rows in between, no merged cells; keep the header row as it is."],
  ["Extra columns", "Columns of your own after the template's are kept and ignored by the report."],
  ["Then", "Run `postmortem validate FILE.xlsx` to check the workbook, then `postmortem report FILE.xlsx`."],
];

/** Adds the "How to fill" tab, printed like the others (landscape, one page wide). */
export function addHowToTab(wb: ExcelJS.Workbook, font: string, requiredFill: string): void {
  const ws = wb.addWorksheet(HOWTO_TAB);
  ws.columns = [
    { header: "", width: 26, style: { font: { name: font }, alignment: { vertical: "top" } } },
    {
      header: "",
      width: 100,
      style: { font: { name: font }, alignment: { vertical: "top", wrapText: true } },
    },
  ];
  const title = ws.getCell("A1");
  title.value = "How to fill this workbook";
  title.font = { name: font, bold: true, size: 14 };
  let r = 3;
  for (const [what, how] of HOWTO_RULES) {
    ws.getCell(r, 1).value = what;
    ws.getCell(r, 1).font = { name: font, bold: true };
    ws.getCell(r, 2).value = how;
    r++;
  }
  ws.getCell(3, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: requiredFill } };
  r++;
  ws.getCell(r, 1).value = "Tab";
  ws.getCell(r, 2).value = "What it is for";
  for (const c of [ws.getCell(r, 1), ws.getCell(r, 2)]) c.font = { name: font, bold: true };
  r++;
  for (const def of TAB_LIST) {
    ws.getCell(r, 1).value = def.required ? `${def.name} (required)` : def.name;
    ws.getCell(r, 2).value = def.description;
    r++;
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}
