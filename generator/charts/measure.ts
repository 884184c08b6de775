// Text widths as vega lays labels out, from the bundled fonts' real advances: the chart
// specs size their margins with it and the chart renderer hands it to vega. No vega here, so
// laying out a report's specs loads no chart code.
import { textWidth } from "./fonts.ts";

export type TextItem = {
  fontSize?: number | string;
  fontWeight?: string | number;
  limit?: number;
  ellipsis?: string;
  dir?: string;
};

function isBold(w: TextItem["fontWeight"]): boolean {
  if (w === undefined || w === null) return false;
  if (w === "bold" || w === "bolder") return true;
  const n = Number(w);
  return Number.isFinite(n) && n >= 600;
}

function sizeOf(item: TextItem): number {
  return item.fontSize != null ? Number(item.fontSize) || 0 : 11;
}

/** Width in px of one line of `text` as vega would draw it for `item` (truncated to item.limit like vega does). */
export function measureText(item: TextItem, text: unknown): number {
  const size = sizeOf(item);
  const line = text == null ? "" : String(text).trim();
  if (size <= 0 || !line) return 0;
  const bold = isBold(item.fontWeight);
  const raw = (s: string) => textWidth(s, size, bold);
  const limit = Number(item.limit);
  if (!(limit > 0) || raw(line) < limit) return raw(line);
  return raw(truncateText(line, limit, raw, item.ellipsis ?? "\u2026", item.dir === "rtl"));
}

/** vega-scenegraph's truncate, with our width function. */
function truncateText(
  text: string,
  limit: number,
  width: (s: string) => number,
  ellipsis: string,
  rtl: boolean,
) {
  const room = limit - width(ellipsis);
  let lo = 0;
  let hi = text.length;
  if (rtl) {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (width(text.slice(mid)) > room) lo = mid + 1;
      else hi = mid;
    }
    return ellipsis + text.slice(lo);
  }
  while (lo < hi) {
    const mid = 1 + ((lo + hi) >>> 1);
    if (width(text.slice(0, mid)) < room) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo) + ellipsis;
}
