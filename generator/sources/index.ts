// read: SOURCE argument → RawWorkbook. Adapters only fetch cells; the core interprets them.
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { RawWorkbook, ReadOptions } from "../../core/index.ts";
import { UsageError } from "../errors.ts";
import { guardZip } from "./guard.ts";
import { templatesPath } from "../package-root.ts";

export const SAMPLE_DIR = templatesPath("sample");

export interface LoadedSource {
  workbook: RawWorkbook;
  /** How the source is named in messages. */
  label: string;
  kind: "sample" | "csv" | "xlsx" | "ods" | "google";
  /** How the core reads the cells (the spreadsheet's time zone and locale), when the source says. */
  read?: ReadOptions;
}

const SHEETS_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;
const SHEET_ID = /^[A-Za-z0-9_-]{25,}$/;

/** A Google Sheets URL or bare spreadsheet ID → its ID; otherwise null. */
export function spreadsheetId(source: string): string | null {
  const m = SHEETS_URL.exec(source.trim());
  if (m?.[1]) return m[1];
  return SHEET_ID.test(source.trim()) ? source.trim() : null;
}

async function kindOf(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

export async function loadSource(source: string | undefined): Promise<LoadedSource> {
  // Each reader (and its parser package) loads only for its kind of source.
  if (source === undefined || source === "") {
    const { readCsvFolder } = await import("./csv.ts");
    return {
      workbook: await readCsvFolder(SAMPLE_DIR),
      label: "the bundled sample campaign",
      kind: "sample",
    };
  }
  const st = await kindOf(source);
  if (!st) {
    const id = spreadsheetId(source);
    if (id) {
      const { readGoogleSheet } = await import("./google.ts");
      return { ...(await readGoogleSheet(id)), label: `Google Sheet ${id}`, kind: "google" };
    }
    throw new UsageError(
      `Cannot read "${source}": no such file or folder, and it is not a Google Sheets URL.`,
    );
  }
  if (st.isDirectory()) {
    const { readCsvFolder } = await import("./csv.ts");
    const wb = await readCsvFolder(source);
    if (wb.tabs.length === 0)
      throw new UsageError(`The folder "${source}" holds no .csv files (one per tab, e.g. Creators.csv).`);
    return { workbook: wb, label: source, kind: "csv" };
  }
  const ext = extname(source).toLowerCase();
  // The .xlsx reader counts the bytes it inflates; the .ods one (JSZip) holds whole entries, checked first.
  if (ext === ".xlsx" || ext === ".xlsm" || ext === ".ods")
    await guardZip(source, ext, { inflate: ext === ".ods" });
  try {
    if (ext === ".xlsx" || ext === ".xlsm") {
      const { readXlsx } = await import("./xlsx.ts");
      // The core reports formulas without a stored result and reads links where a URL is expected
      // (the .ods reader below hands them over the same way).
      return {
        workbook: await readXlsx(source, { uncachedFormula: "formula", links: "link" }),
        label: source,
        kind: "xlsx",
      };
    }
    if (ext === ".ods") {
      const { readOds } = await import("./ods.ts");
      return {
        workbook: await readOds(source, { uncachedFormula: "formula", links: "link" }),
        label: source,
        kind: "ods",
      };
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `Cannot read "${source}" as a spreadsheet: the file is damaged, encrypted or not really ${ext}.`,
    );
  }
  if (ext === ".csv")
    throw new UsageError(
      `"${source}" is a single .csv file; put one .csv per tab in a folder (Creators.csv, Content.csv…) and pass the folder.`,
    );
  throw new UsageError(
    `Cannot read "${source}": use an .xlsx or .ods workbook, a folder of .csv files, or a Google Sheets URL.`,
  );
}
