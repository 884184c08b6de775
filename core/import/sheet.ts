// An export's grid with its header row located and its columns mapped to the kind's fields.
import { type ReadContext, readContext } from "../index.ts";
import { importMsg } from "./messages.ts";
import { isFormulaLike } from "./rules.ts";
import type { Roster } from "./attribution.ts";
import { detectKind, isVietnamese, type KindDef, kindDef, mapColumns } from "./kinds.ts";
import type { ExportKind, ImportFinding, Refusal } from "./types.ts";

/** What the mappers know about the workbook the export goes into. */
export interface ImportTarget {
  campaign: { currency: string | null; start_date: string | null };
  roster: Roster;
  /** The creator a per-account export (YouTube, TikTok Studio) belongs to, when named. */
  creator?: string | undefined;
}

export interface ExportSheet {
  file: string;
  def: KindDef;
  cols: Map<string, number>;
  /** Data rows with their 1-based row in the file. */
  rows: { row: number; line: readonly unknown[] }[];
  /** How text figures and dates are read: the export's language, not the campaign's. */
  ctx: ReadContext;
  findings: ImportFinding[];
}

/** Rows above the header that exports sometimes carry (a title, a date range). */
const HEADER_SEARCH = 5;

/** Find the header row and the kind (or check the named one); refuse what cannot be imported. */
export function openExport(file: string, grid: readonly unknown[][], as?: ExportKind): ExportSheet | Refusal {
  let headerAt = -1;
  let def: KindDef | null = null;
  for (let r = 0; r < Math.min(HEADER_SEARCH, grid.length); r++) {
    const line = grid[r] ?? [];
    const found = as ? kindDef(as) : detectKind(line);
    if (found?.required.every((f) => mapColumns(found, line).has(f))) {
      headerAt = r;
      def = found;
      break;
    }
  }
  if (!def) {
    if (!as) return { refused: importMsg.unknownKind(file) };
    const want = kindDef(as);
    const have = mapColumns(want, grid[0] ?? []);
    const missing = want.required.filter((f) => !have.has(f)).map((f) => want.columns[f]![0]!);
    return { refused: importMsg.missingColumns(file, want.label, missing) };
  }
  const header = grid[headerAt] ?? [];
  const cols = mapColumns(def, header);
  const rows: ExportSheet["rows"] = [];
  for (let r = headerAt + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    if (line.every((c) => c === null || c === undefined || String(c).trim() === "")) continue;
    for (const i of cols.values())
      if (isFormulaLike(line[i])) return { refused: importMsg.formulaLike(file, r + 1, String(line[i])) };
    rows.push({ row: r + 1, line });
  }
  if (rows.length === 0) return { refused: importMsg.noRows(file) };
  const ctx = readContext(isVietnamese(header) ? "vi" : "en");
  return { file, def, cols, rows, ctx, findings: [] };
}

/** A field's raw cell on a row (undefined when the export lacks the column). */
export const cell = (s: ExportSheet, line: readonly unknown[], field: string): unknown => {
  const i = s.cols.get(field);
  return i === undefined ? undefined : line[i];
};
