// Rows out of view in a Google Sheet: hidden by hand (or in a collapsed group) or by a filter.
// The values call hands over every row alike, so a row-metadata `spreadsheets.get` of the
// template tabs asks for the two flags alone; a row in view comes back as `{}`.
import type { sheets_v4 } from "@googleapis/sheets";
import type { RawTab } from "../../core/index.ts";

/** The fields of `spreadsheets.get` that tell whether a row is out of view, and where each range starts. */
export const HIDDEN_FIELDS =
  "sheets(properties.title,data(startRow,rowMetadata(hiddenByUser,hiddenByFilter)))";

/**
 * Each tab's rows out of view that hold values (1-based, ascending) as its hiddenRows; tabs with
 * none get no field. The flags come for every row of the grid, the unused ones hidden below the data too.
 */
export function applyHidden(tabs: readonly RawTab[], sheets: readonly sheets_v4.Schema$Sheet[]): void {
  for (const sheet of sheets) {
    const tab = tabs.find((t) => t.name === sheet.properties?.title);
    if (!tab) continue;
    const rows: number[] = [];
    for (const grid of sheet.data ?? []) {
      const row0 = grid.startRow ?? 0;
      (grid.rowMetadata ?? []).forEach((m, i) => {
        const row = row0 + i + 1;
        if ((m.hiddenByUser || m.hiddenByFilter) && row <= tab.values.length) rows.push(row);
      });
    }
    if (rows.length > 0) tab.hiddenRows = [...new Set(rows)].sort((a, b) => a - b);
  }
}
