// Rows out of view in a Google Sheet (hidden by hand, in a collapsed group or by a filter), and
// cells formatted in a currency. The values call hands over every row alike and each cell's bare
// number, so a `spreadsheets.get` of the template tabs asks for the two row flags and each cell's
// number-format pattern alone; a row in view and a cell without a format come back as `{}`.
import type { sheets_v4 } from "@googleapis/sheets";
import { formatCurrency, type RawTab } from "../../core/index.ts";

/**
 * The fields of `spreadsheets.get` that tell whether a row is out of view and what number format
 * a cell was given, and where each range starts.
 */
export const HIDDEN_FIELDS =
  "sheets(properties.title,data(startRow,startColumn,rowMetadata(hiddenByUser,hiddenByFilter),rowData.values.userEnteredFormat.numberFormat.pattern))";

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

/**
 * Each tab's cells whose number format names a currency (`[$€]#,##0.00`), as its numberFormats
 * (sparse, indexed like its values); tabs with none get no field.
 */
export function applyFormats(tabs: readonly RawTab[], sheets: readonly sheets_v4.Schema$Sheet[]): void {
  const names = new Map<string, boolean>();
  const namesCurrency = (p: string) => {
    let yes = names.get(p);
    if (yes === undefined) names.set(p, (yes = formatCurrency(p) !== null));
    return yes;
  };
  for (const sheet of sheets) {
    const tab = tabs.find((t) => t.name === sheet.properties?.title);
    if (!tab) continue;
    const formats: (string | undefined)[][] = [];
    for (const grid of sheet.data ?? []) {
      const row0 = grid.startRow ?? 0;
      const col0 = grid.startColumn ?? 0;
      (grid.rowData ?? []).forEach((rowData, i) => {
        (rowData.values ?? []).forEach((cell, j) => {
          const pattern = cell.userEnteredFormat?.numberFormat?.pattern;
          if (pattern && namesCurrency(pattern)) (formats[row0 + i] ??= [])[col0 + j] = pattern;
        });
      });
    }
    if (formats.length > 0) tab.numberFormats = formats;
  }
}
