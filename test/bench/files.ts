// Synthetic campaigns written as the files a user hands the CLI: an .xlsx (shared strings,
// as Google Sheets and Excel save them) and a folder of per-tab .csv files, same cells.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { RawWorkbook } from "../../core/index.ts";

export async function writeXlsx(raw: RawWorkbook, path: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  for (const tab of raw.tabs) {
    const sheet = book.addWorksheet(tab.name);
    for (const row of tab.values) sheet.addRow(row as unknown[]).commit();
    sheet.commit();
  }
  await book.commit();
}

const field = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function writeCsvFolder(raw: RawWorkbook, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const tab of raw.tabs)
    writeFileSync(
      join(dir, `${tab.name}.csv`),
      `${tab.values.map((r) => r.map(field).join(",")).join("\n")}\n`,
    );
}
