// An export file → its grid, through the same readers and size guards as a workbook source.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { detectKind } from "../../core/import/index.ts";
import { UsageError } from "../errors.ts";
import { decodeCsv, parseCsv } from "../sources/csv.ts";
import { guardCsvLines, guardZip, MAX_CSV_BYTES } from "../sources/guard.ts";
import { readXlsx } from "../sources/xlsx.ts";
import { importMessages } from "./messages.ts";

/** The export's rows: a .csv (any encoding, BOM or not) or the first tab of an .xlsx that looks like an export. */
export async function readExport(file: string): Promise<unknown[][]> {
  const st = await stat(file).catch(() => null);
  if (!st?.isFile()) throw new UsageError(importMessages.exportMissing(file));
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    if (st.size > MAX_CSV_BYTES) throw new UsageError(importMessages.exportTooBig(file, MAX_CSV_BYTES));
    const text = decodeCsv(await readFile(file));
    guardCsvLines(file, text);
    return parseCsv(text, file);
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    await guardZip(file, ext);
    const wb = await readXlsx(file).catch(() => {
      throw new UsageError(
        `Cannot read "${file}" as a spreadsheet: the file is damaged, encrypted or not really ${ext}.`,
      );
    });
    const tabs = wb.tabs;
    const fit = tabs.find((t) => t.values.slice(0, 5).some((r) => detectKind(r) !== null)) ?? tabs[0];
    return fit?.values ?? [];
  }
  throw new UsageError(importMessages.exportKind(file));
}
