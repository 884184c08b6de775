// An .xlsx workbook via exceljs: each cell handed to the core as getValues() would
// (formulas by their cached result, error cells as `#DIV/0!` text, dates as Date).
import ExcelJS from "exceljs";
import type { RawTab, RawWorkbook } from "../../core/index.ts";

/** exceljs cell value → the plain value a spreadsheet's getValues() gives. */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if ("error" in o && typeof o.error === "string") return o.error;
  if ("formula" in o || "sharedFormula" in o) return plainValue(o.result);
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
  if ("text" in o) return plainValue(o.text);
  if ("result" in o) return plainValue(o.result);
  return null;
}

export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const values: unknown[][] = [];
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const cols = ws.columnCount;
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const line: unknown[] = new Array(cols).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A cell covered by a merge is empty in the file, in Google Sheets and in the .ods reader;
      // exceljs hands it the merge's value, which would repeat it (a second "bob" on every row).
      if (cell.isMerged && cell.master !== cell) return;
      if (c <= cols) line[c - 1] = plainValue(cell.value);
    });
    values.push(line);
  }
  return values;
}

export async function readXlsx(path: string): Promise<RawWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const tabs: RawTab[] = [];
  wb.eachSheet((ws) => {
    tabs.push({ name: ws.name, values: sheetValues(ws) });
  });
  return { tabs };
}
