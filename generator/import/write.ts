// The import's edits → the workbook on disk, written beside it and renamed into place,
// so a crash never leaves half a workbook. Only the edited cells and tabs change.
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import ExcelJS from "exceljs";
import { headerKey } from "../../core/index.ts";
import { LEDGER_TAB, type OutCell, type TabEdit } from "../../core/import/index.ts";
import { writeAtomic } from "../output/files.ts";
import { decodeCsv, parseCsv, tabNames } from "../sources/csv.ts";
import { odsWithEdits } from "./ods-write.ts";

const tmpOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

const isDate = (v: OutCell): v is { date: string } => v !== null && typeof v === "object";

function excelValue(v: OutCell): ExcelJS.CellValue {
  if (isDate(v)) {
    const [y, m, d] = v.date.split("-").map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  return v;
}

/** An .xlsx workbook through exceljs: other tabs, styles and unknown columns are carried over as exceljs reads them. */
export async function writeXlsxEdits(path: string, edits: readonly TabEdit[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const e of edits) {
    let ws = wb.worksheets.find((w) => headerKey(w.name) === headerKey(e.tab));
    if (e.replace && ws) {
      wb.removeWorksheet(ws.id);
      ws = undefined;
    }
    ws ??= wb.addWorksheet(e.tab, e.tab === LEDGER_TAB ? { state: "hidden" } : {});
    if (e.replace) {
      for (const r of e.replace) ws.addRow(r.map(excelValue));
      ws.getRow(1).font = { bold: true };
      continue;
    }
    for (const [c, h] of e.headers) {
      const cell = ws.getCell(1, c + 1);
      cell.value = h;
      cell.font = { bold: true };
    }
    for (const c of e.hidden) ws.getColumn(c + 1).hidden = true;
    for (const { row, col, value } of e.cells) {
      const cell = ws.getCell(row, col + 1);
      cell.value = excelValue(value);
      if (isDate(value) && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = "yyyy-mm-dd";
    }
  }
  const tmp = tmpOf(path);
  try {
    await wb.xlsx.writeFile(tmp);
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** An .ods workbook: its content.xml edited in place, every other part of the package as it was. */
export async function writeOdsEdits(path: string, edits: readonly TabEdit[]): Promise<void> {
  await writeAtomic(path, await odsWithEdits(path, edits));
}

// ---------------------------------------------------------------- CSV folders

function csvText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (isDate(v as OutCell)) return (v as { date: string }).date;
  return String(v);
}

function csvLine(cells: readonly unknown[], delimiter: string): string {
  return cells
    .map((c) => {
      const s = csvText(c);
      return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delimiter);
}

/** The delimiter the file's header line uses (the reader's rule). */
const delimiterOf = (text: string) => {
  const first = text.replace(/^\uFEFF/, "").split("\n")[0] ?? "";
  const counts = [",", ";", "\t"]
    .map((d) => [d, first.split(d).length - 1] as const)
    .sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
};

function applyEdit(grid: unknown[][], e: TabEdit): unknown[][] {
  if (e.replace) return e.replace.map((r) => [...r]);
  const out = grid.map((r) => [...r]);
  const put = (row: number, col: number, v: unknown) => {
    while (out.length < row) out.push([]);
    const line = out[row - 1]!;
    while (line.length <= col) line.push("");
    line[col] = v;
  };
  for (const [c, h] of e.headers) put(1, c, h);
  for (const { row, col, value } of e.cells) put(row, col, value);
  return out;
}

/**
 * A folder of per-tab .csv files: each edited tab's file rewritten with its own delimiter,
 * line ending and BOM (as UTF-8), new tabs as `<Tab>.csv`. The files are all written first,
 * then renamed, so a failure leaves every tab as it was. CSV has no hidden columns: the
 * import's marker column is visible.
 */
export async function writeCsvEdits(dir: string, edits: readonly TabEdit[]): Promise<void> {
  const files = (await readdir(dir)).filter((f) => extname(f).toLowerCase() === ".csv").sort();
  const names = tabNames(dir, files);
  const fileOf = (tab: string) => files.find((f) => headerKey(names.get(f) ?? "") === headerKey(tab));
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const e of edits) {
      const existing = fileOf(e.tab);
      const path = join(dir, existing ?? `${e.tab}.csv`);
      const text = existing ? decodeCsv(await readFile(path)) : "";
      const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
      const eol = text.includes("\r\n") ? "\r\n" : "\n";
      const delimiter = existing ? delimiterOf(text) : ",";
      const grid = applyEdit(existing ? parseCsv(text, path) : [], e);
      const body = grid.map((r) => csvLine(r, delimiter)).join(eol);
      const tmp = tmpOf(path);
      await writeFile(tmp, `${bom}${body}${eol}`, "utf8");
      staged.push({ tmp, path });
    }
    for (const s of staged) await rename(s.tmp, s.path);
  } finally {
    for (const s of staged) await rm(s.tmp, { force: true });
  }
}
