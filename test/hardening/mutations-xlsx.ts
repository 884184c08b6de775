// Mutations read through the .xlsx reader: the Content tab written as sheet XML the way
// Excel saves a filled-down formula (the formula on its first cell, each copy naming only
// its index), then read back as the CLI reads a workbook.
import { columnLetter } from "../../core/index.ts";
import { readSheetXml } from "../../generator/sources/xlsx.ts";
import type { Tabs } from "./arbitraries.ts";
import type { Mutation } from "./mutations.ts";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A plain value as a cell; null when it has no plain form (then the mutation does not apply). */
function valueXml(ref: string, v: unknown): string | null {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  return null;
}

/** A grid as sheet XML; `own(row, col)` (0-based) gives a cell's XML where it has its own. */
function sheetXml(
  grid: readonly unknown[][],
  own: (r: number, c: number) => string | undefined,
): string | null {
  let rows = "";
  for (let r = 0; r < grid.length; r++) {
    let cells = "";
    const line = grid[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const xml = own(r, c) ?? valueXml(`${columnLetter(c)}${r + 1}`, line[c]);
      if (xml === null) return null;
      cells += xml;
    }
    rows += `<row r="${r + 1}">${cells}</row>`;
  }
  return `<sheetData>${rows}</sheetData>`;
}

const readBack = (xml: string) => readSheetXml(xml, { uncachedFormula: "formula", links: "link" });

/** Data rows (0-based grid rows) of `col` holding a value `keep` takes. */
const rowsWith = (grid: readonly unknown[][], col: number, keep: (v: unknown) => boolean) =>
  grid.flatMap((line, r) => (r > 0 && keep(line[col]) ? [r] : []));

export const XLSX_MUTATIONS: Mutation[] = [
  {
    name: 'Post URL filled down as =HYPERLINK(cell, "Watch"), a shared formula in an .xlsx',
    async apply(tabs: Tabs) {
      const grid = tabs.Content?.map((line) => [...line]);
      const col = grid?.[0]?.indexOf("Post URL") ?? -1;
      if (!grid || col < 0) return null;
      const linked = rowsWith(grid, col, (v) => typeof v === "string" && v !== "");
      const first = linked[0];
      if (first === undefined) return null;
      // The URLs move to a column of their own at the right; Post URL shows "Watch".
      const source = Math.max(...grid.map((line) => line.length));
      grid[0]![source] = "Link source";
      for (const r of linked) grid[r]![source] = grid[r]![col];
      const ref = (r: number) => `${columnLetter(col)}${r + 1}`;
      const range = `${ref(first)}:${ref(linked[linked.length - 1]!)}`;
      const xml = sheetXml(grid, (r, c) => {
        if (c !== col || !linked.includes(r)) return undefined;
        const f =
          r === first
            ? `<f t="shared" ref="${range}" si="0">HYPERLINK(${columnLetter(source)}${r + 1},"Watch")</f>`
            : '<f t="shared" si="0"/>';
        return `<c r="${ref(r)}" t="str">${f}<v>Watch</v></c>`;
      });
      if (xml === null) return null;
      tabs.Content = await readBack(xml);
      return { tab: "Content", col, row: null };
    },
  },
  {
    name: "a Content figure filled down as a shared formula, one copy saved without its result",
    async apply(tabs: Tabs, pick: number) {
      const grid = tabs.Content;
      const header = grid?.[0] ?? [];
      const figures = ["Impressions", "Reach", "Likes", "Clicks"]
        .map((h) => header.indexOf(h))
        .filter((c) => c >= 0);
      const col = figures[pick % Math.max(1, figures.length)];
      if (!grid || col === undefined) return null;
      const rows = rowsWith(grid, col, (v) => typeof v === "number");
      const first = rows[0];
      if (first === undefined) return null;
      const uncached = rows[pick % rows.length]!;
      const ref = (r: number) => `${columnLetter(col)}${r + 1}`;
      const range = `${ref(first)}:${ref(rows[rows.length - 1]!)}`;
      const xml = sheetXml(grid, (r, c) => {
        if (c !== col || !rows.includes(r)) return undefined;
        const f =
          r === first
            ? `<f t="shared" ref="${range}" si="0">ROUND(${ref(r)}*1,0)</f>`
            : '<f t="shared" si="0"/>';
        return `<c r="${ref(r)}">${f}${r === uncached ? "" : `<v>${grid[r]![c]}</v>`}</c>`;
      });
      if (xml === null) return null;
      tabs.Content = await readBack(xml);
      return { tab: "Content", col, row: uncached + 1 };
    },
  },
];
