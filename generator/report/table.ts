// The cells, tables and cards the templates lay out: text already translated and formatted.
import type { DisplayUnit } from "../../core/index.ts";
import type { Translator } from "../i18n/translator.ts";

/** The figure a numeric cell shows, kept so its column can share one rule (see alignColumns). */
export interface Figure {
  value: number | null | undefined;
  unit: DisplayUnit;
  signed: boolean;
}

export interface Cell {
  text: string;
  num: boolean;
  href: string | null;
  strong: boolean;
  /** A small tag beside the text (declined, tail…). */
  badge: string | null;
  /** Whether the badge's news is good or bad for the reader (a change, a goal): its colour. */
  tone: "good" | "bad" | null;
  dir: "ltr" | null;
  /** Text the team typed (a handle, a name, a tag): it keeps its own direction. */
  typed: boolean;
  fig: Figure | null;
}
export interface Table {
  caption: string;
  cls: string;
  columns: { label: string; num: boolean }[];
  rows: { cls: string; cells: Cell[] }[];
  /** Few rows: printed whole, never split across pages. */
  short?: boolean;
}
export interface Card {
  label: string;
  value: string;
  note: string | null;
  status: "met" | "missed" | null;
  statusLabel: string | null;
}

/** A table cell; everything but its text defaults to plain. */
export const cell = (text: string, o: Partial<Omit<Cell, "text">> = {}): Cell => ({
  text,
  num: o.num ?? false,
  href: o.href ?? null,
  strong: o.strong ?? false,
  badge: o.badge ?? null,
  tone: o.tone ?? null,
  dir: o.dir ?? null,
  typed: o.typed ?? false,
  fig: o.fig ?? null,
});

/**
 * A column whose figures are all of one unit shows them with one number of decimals
 * ($5,398.00 beside $47.50, not $5,398): each such column is formatted again with the
 * rule its most demanding value needs. Cells without a figure are left as they are.
 */
export function alignColumns(t: Translator, rows: { cells: Cell[] }[]): void {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let col = 0; col < width; col++) {
    const cells = rows.map((r) => r.cells[col]).filter((c): c is Cell => c !== undefined && c.fig !== null);
    const first = cells[0]?.fig;
    if (!first || cells.some((c) => c.fig!.unit !== first.unit || c.fig!.signed !== first.signed)) continue;
    const texts = t.column(
      cells.map((c) => c.fig!.value),
      first.unit,
      first.signed,
    );
    cells.forEach((c, i) => {
      c.text = texts[i] ?? c.text;
    });
  }
}
