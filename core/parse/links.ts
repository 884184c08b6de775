// Which cells of a tab may hide a link: the cells of a URL column that do not read as a URL.
// A HYPERLINK formula or a linked text shows its label ("Watch"), so a source that can ask
// for the link behind a cell (the Sheets API, the add-on) asks for these cells only.
import { isBlank, readUrl } from "./cells.ts";
import { matchHeader } from "./headers.ts";
import type { RawTab } from "./raw.ts";
import { headerKey } from "../schema/keys.ts";
import { TAB_LIST } from "../schema/tabs.ts";

/** A URL column (0-based) and its data rows (0-based grid rows) that do not read as a URL. */
export interface LinkCandidates {
  col: number;
  rows: number[];
}

export function linkCandidates(tab: RawTab): LinkCandidates[] {
  const def = TAB_LIST.find((d) => headerKey(d.name) === headerKey(tab.name));
  const header = tab.values[0];
  if (!def || !header) return [];
  const out: LinkCandidates[] = [];
  header.forEach((h, col) => {
    if (matchHeader(def, h)?.meta.kind !== "url") return;
    const rows: number[] = [];
    for (let r = 1; r < tab.values.length; r++) {
      const v = tab.values[r]?.[col];
      if (!isBlank(v) && readUrl(v).kind !== "ok") rows.push(r);
    }
    if (rows.length > 0) out.push({ col, rows });
  });
  return out;
}
