// Links behind cells of URL columns. The values call gives a cell's text, so a Post URL
// that is `=HYPERLINK("https://…", "Watch")`, a link inserted on the text or a smart chip
// arrives as "Watch". Only cells of a URL column that do not already read as a URL can
// hide one, so those columns alone are asked for, and only when such a cell exists: a sheet
// of plain URLs costs no extra call. `CellData.hyperlink` covers formulas (computed URLs
// included) and whole-cell links; runs and chips cover a link on part of the text.
import type { sheets_v4 } from "@googleapis/sheets";
import { isBlank, linkCandidates, type RawTab } from "../../core/index.ts";

/** One column of one tab to ask links for: 0-based column, 1-based first and last sheet rows. */
export interface LinkRange {
  tab: RawTab;
  col: number;
  firstRow: number;
  lastRow: number;
}

/** The fields of `spreadsheets.get` that name a cell's link, and where each range starts. */
export const LINK_FIELDS =
  "sheets(properties.title,data(startRow,startColumn,rowData.values(hyperlink,textFormatRuns.format.link.uri,chipRuns.chip.richLinkProperties.uri)))";

/** URL columns holding a cell that is not a URL, each narrowed to the rows of such cells. */
export function linkRanges(tabs: readonly RawTab[]): LinkRange[] {
  return tabs.flatMap((tab) =>
    linkCandidates(tab).map(({ col, rows }) => ({
      tab,
      col,
      firstRow: (rows[0] ?? 0) + 1,
      lastRow: (rows[rows.length - 1] ?? 0) + 1,
    })),
  );
}

/** The one URL a cell links to; null when it links nowhere or to several places. */
export function cellLink(cell: sheets_v4.Schema$CellData): string | null {
  if (cell.hyperlink) return cell.hyperlink;
  const uris = new Set<string>();
  for (const run of cell.textFormatRuns ?? []) if (run.format?.link?.uri) uris.add(run.format.link.uri);
  for (const run of cell.chipRuns ?? [])
    if (run.chip?.richLinkProperties?.uri) uris.add(run.chip.richLinkProperties.uri);
  return uris.size === 1 ? ([...uris][0] ?? null) : null;
}

/** Each linked cell becomes `{text, hyperlink}`, the link shape the core reads in a URL column. */
export function applyLinks(tabs: readonly RawTab[], sheets: readonly sheets_v4.Schema$Sheet[]): void {
  for (const sheet of sheets) {
    const tab = tabs.find((t) => t.name === sheet.properties?.title);
    if (!tab) continue;
    for (const grid of sheet.data ?? []) {
      const row0 = grid.startRow ?? 0;
      const col0 = grid.startColumn ?? 0;
      (grid.rowData ?? []).forEach((rowData, i) => {
        const row = tab.values[row0 + i];
        (rowData.values ?? []).forEach((cell, j) => {
          const url = cellLink(cell);
          const text = row?.[col0 + j];
          if (row && url !== null && !isBlank(text)) row[col0 + j] = { text, hyperlink: url };
        });
      });
    }
  }
}
