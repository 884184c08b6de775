// Google Sheets source: the sheet's template tabs, read in one batchGet (generator/google/sheets.ts).
import type { RawWorkbook } from "../../core/index.ts";
import { gmsg } from "../google/messages.ts";
import { readSpreadsheet } from "../google/sheets.ts";

export async function readGoogleSheet(id: string): Promise<RawWorkbook> {
  // Progress only on a terminal (cli.md): pipes and CI logs stay quiet.
  if (process.stderr.isTTY) process.stderr.write(`${gmsg.reading(id)}\n`);
  return (await readSpreadsheet(id)).workbook;
}
