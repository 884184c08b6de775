// Google Sheets source: the sheet's template tabs, read in one batchGet, and the links behind URL cells (generator/google/sheets.ts).
import { type RawWorkbook, type ReadOptions, spreadsheetReadOptions } from "../../core/index.ts";
import { googleMessages } from "../google/messages.ts";
import { readSpreadsheet } from "../google/sheets.ts";

/** The tabs, and the spreadsheet's time zone and locale (File → Settings) for the core to read them by. */
export async function readGoogleSheet(id: string): Promise<{ workbook: RawWorkbook; read: ReadOptions }> {
  // Progress only on a terminal: pipes and CI logs stay quiet.
  if (process.stderr.isTTY) process.stderr.write(`${googleMessages.reading(id)}\n`);
  const sheet = await readSpreadsheet(id);
  return { workbook: sheet.workbook, read: spreadsheetReadOptions(sheet.timeZone, sheet.locale) };
}
