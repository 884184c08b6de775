// Import tests: a campaign workbook in memory, the fixtures as the CLI reads them,
// and the plan's edits applied to the in-memory grids (as the CSV writer does).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze, type RawWorkbook } from "../../../core/index.ts";
import {
  type ExportKind,
  importTarget,
  isRefusal,
  type MappedExport,
  mapExport,
  type OutCell,
  planImport,
  type TabEdit,
} from "../../../core/import/index.ts";
import { decodeCsv, parseCsv } from "../../../generator/sources/csv.ts";

export const FIXTURES = resolve(import.meta.dirname, "../../fixtures/imports");

export const grid = (name: string): unknown[][] =>
  parseCsv(decodeCsv(readFileSync(join(FIXTURES, name))), name);

export function campaign(currency = "USD"): RawWorkbook {
  return {
    tabs: [
      {
        name: "Campaign",
        values: [
          ["Field", "Value"],
          ["Campaign name", "Import test"],
          ["Start date", "2026-03-02"],
          ["End date", "2026-03-29"],
          ["Objective", "sales"],
          ["Currency", currency],
        ],
      },
      {
        name: "Creators",
        values: [
          ["Handle", "Platform", "Followers", "Cooperation model", "Fee", "Commission rate", "Discount code"],
          ["dewydevon", "tiktok", 780000, "hybrid", 600, 0.1, "DEVON10"],
          ["@LenaGlowLab", "youtube", 185000, "fixed_fee", 1600, null, "LENA15"],
          ["kim.glow", "instagram", 48000, "gifted", null, null, "KIM15"],
        ],
      },
      { name: "Content", values: [["Creator", "Post URL", "Format", "Published", "Views", "My note"]] },
    ],
  };
}

const plain = (v: OutCell): unknown => (v !== null && typeof v === "object" ? v.date : v);

/** The edits applied to the grids, as a CSV folder would hold them afterwards. */
export function apply(wb: RawWorkbook, edits: readonly TabEdit[]): RawWorkbook {
  const tabs = wb.tabs.map((t) => ({ name: t.name, values: t.values.map((r) => [...r]) }));
  for (const e of edits) {
    let tab = tabs.find((t) => t.name.toLowerCase() === e.tab.toLowerCase());
    if (!tab) tabs.push((tab = { name: e.tab, values: [] }));
    if (e.replace) {
      tab.values = e.replace.map((r) => r.map(plain));
      continue;
    }
    const put = (row: number, col: number, v: unknown) => {
      while (tab.values.length < row) tab.values.push([]);
      const line = tab.values[row - 1]!;
      while (line.length <= col) line.push(null);
      line[col] = v;
    };
    for (const [c, h] of e.headers) put(1, c, h);
    for (const c of e.cells) put(c.row, c.col, plain(c.value));
  }
  return { tabs };
}

export function mapped(wb: RawWorkbook, file: string, as?: ExportKind, creator?: string): MappedExport {
  const m = mapExport(file, grid(file), importTarget(wb, creator), as);
  if (isRefusal(m)) throw new Error(m.refused);
  return m;
}

/** Import the fixtures into `wb`: the plan, the workbook after it, and its KPIs. */
export function importInto(wb: RawWorkbook, files: readonly string[], creator?: string) {
  const target = importTarget(wb, creator);
  const exports = files.map((f) => mapped(wb, f, undefined, creator));
  const plan = planImport(wb, exports, target);
  const after = apply(wb, plan.edits);
  return { plan, after, model: analyze(after).model, exports };
}

/** Rows of a tab as objects keyed by header (the marker column left out). */
export function rowsOf(wb: RawWorkbook, tab: string): Record<string, unknown>[] {
  const t = wb.tabs.find((x) => x.name === tab);
  if (!t) return [];
  const head = (t.values[0] ?? []).map(String);
  return t.values.slice(1).map((r) => {
    const o: Record<string, unknown> = {};
    head.forEach((h, i) => {
      if (h !== "Import key" && r[i] !== null && r[i] !== undefined && r[i] !== "") o[h] = r[i];
    });
    return o;
  });
}
