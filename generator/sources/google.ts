// Google Sheets source: the sheet's template tabs, read in one batchGet (generator/google/sheets.ts).
import type { RawWorkbook } from "../../core/index.ts";
import { readSpreadsheet } from "../google/sheets.ts";

export async function readGoogleSheet(id: string): Promise<RawWorkbook> {
  return (await readSpreadsheet(id)).workbook;
}
