// A Google Sheet by URL or ID, through the Sheets API (generator/google).
import type { RawWorkbook } from "../../core/index.ts";
import { readSpreadsheet } from "../google/sheets.ts";

export async function readGoogleSheet(id: string): Promise<RawWorkbook> {
  if (process.stderr.isTTY) process.stderr.write(`Reading Google Sheet ${id}…\n`);
  return readSpreadsheet(id);
}
