// The cells, tables and cards the templates lay out: text already translated and formatted.
export interface Cell {
  text: string;
  num: boolean;
  href: string | null;
  strong: boolean;
  /** A small tag beside the text (declined, tail…). */
  badge: string | null;
  dir: "ltr" | null;
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
  dir: o.dir ?? null,
});
