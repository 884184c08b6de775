// One tab of an .ods's content.xml with cells written into it. Rows, cells and columns
// that repeat (`table:number-rows-repeated`, `table:number-columns-repeated`) are split
// only where a write lands; every other element is copied as it was.
import type { OutCell } from "../../core/import/index.ts";
import type { OdsStyles } from "./ods-styles.ts";
import { attrOf, type Span, spanOf, startTagEnd, TagScanner, withElementAttr } from "./ods-xml.ts";
import { escapeXml } from "../xml-text.ts";

export interface CellWrite {
  value: OutCell;
  /** A header cell: bold when it has no style of its own. */
  header: boolean;
}

/** 1-based row → 0-based column → what to write there. */
export type Writes = Map<number, Map<number, CellWrite>>;

const ROWS = "table:number-rows-repeated";
const COLS = "table:number-columns-repeated";
const isCell = (name: string) => name === "table:table-cell" || name === "table:covered-table-cell";
const ROW_CONTAINERS = new Set(["table:table-header-rows", "table:table-rows", "table:table-row-group"]);
const COLUMN_CONTAINERS = new Set([
  "table:table-header-columns",
  "table:table-columns",
  "table:table-column-group",
]);
/** Children of a table that hold no rows or columns of it. */
const SKIPPED = new Set(["table:shapes", "office:forms", "table:named-expressions", "office:dde-source"]);

interface Run extends Span {
  repeat: number;
}

/** The element the scanner is on (empty or not) as a run of `attr` copies. */
function runOf(xml: string, s: TagScanner, attr: string): Run {
  const span = s.kind === "empty" ? { start: s.start, end: s.end, tagEnd: s.end } : spanOf(s);
  const n = Number(attrOf(xml.slice(span.start, span.tagEnd), attr) ?? 1);
  return { ...span, repeat: Number.isInteger(n) && n > 1 ? n : 1 };
}

/** `n` copies of an element as one run. */
function copies(el: string, tagEnd: number, attr: string, n: number): string {
  return n === 0 ? "" : withElementAttr(el, tagEnd, attr, n > 1 ? String(n) : null);
}

/**
 * One run rewritten: the copies before each target index as a shorter run, the target as a
 * single element passed through `edit`, and the copies after it; untouched when no target.
 */
function splitRun(
  xml: string,
  run: Run,
  attr: string,
  targets: readonly number[],
  edit: (one: string, tagEnd: number, index: number) => string,
): string {
  const el = xml.slice(run.start, run.end);
  if (targets.length === 0) return el;
  const tagEnd = run.tagEnd - run.start;
  const one = copies(el, tagEnd, attr, 1);
  const oneTagEnd = startTagEnd(one);
  let out = "";
  let prev = 0;
  for (const k of targets) {
    out += copies(el, tagEnd, attr, k - prev) + edit(one, oneTagEnd, k);
    prev = k + 1;
  }
  return out + copies(el, tagEnd, attr, run.repeat - prev);
}

/** Walks sorted keys alongside runs of consecutive indexes, so a table costs one pass. */
class KeyCursor {
  private i = 0;
  constructor(private readonly keys: readonly number[]) {}

  /** The keys in [from, from + n), relative to `from` (runs are taken in order). */
  take(from: number, n: number): number[] {
    const out: number[] = [];
    while (this.i < this.keys.length && this.keys[this.i]! < from) this.i++;
    while (this.i < this.keys.length && this.keys[this.i]! < from + n) out.push(this.keys[this.i++]! - from);
    return out;
  }

  /** The keys not taken yet. */
  rest(): readonly number[] {
    return this.keys.slice(this.i);
  }
}

/** One blank element repeated over the indexes [from, to); nothing when the gap is empty. */
function gap(element: string, attr: string, from: number, to: number, fill = ""): string {
  if (to <= from) return "";
  const n = to - from > 1 ? ` ${attr}="${to - from}"` : "";
  return fill === "" ? `<${element}${n}/>` : `<${element}${n}>${fill}</${element}>`;
}

/** Cell text as paragraphs: a line break starts a paragraph; space runs and tabs as ODF spells them. */
function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const body = escapeXml(line)
        .replace(/\t/g, "<text:tab/>")
        .replace(/(^| ) +/g, (run, lead: string) => {
          const n = run.length - lead.length;
          return `${lead}<text:s${n > 1 ? ` text:c="${n}"` : ""}/>`;
        });
      return body === "" ? "<text:p/>" : `<text:p>${body}</text:p>`;
    })
    .join("");
}

/** A written cell's type attributes and text; null when it is left blank. */
function typedValue(v: OutCell): { attrs: string; text: string } | null {
  if (v === null || v === "") return null;
  if (typeof v === "object")
    return { attrs: ` office:value-type="date" office:date-value="${v.date}"`, text: paragraphs(v.date) };
  if (typeof v === "number" && Number.isFinite(v))
    return { attrs: ` office:value-type="float" office:value="${v}"`, text: paragraphs(String(v)) };
  return { attrs: ` office:value-type="string"`, text: paragraphs(String(v)) };
}

/** What a written cell keeps of the one it replaces, besides its style. */
const KEPT_ATTRS = [
  "table:content-validation-name",
  "table:number-columns-spanned",
  "table:number-rows-spanned",
];

interface TableContext {
  styles: OdsStyles;
  /** The default cell style of a 0-based column (its table:table-column's). */
  columnStyle: (col: number) => string | null;
}

/**
 * A cell with a new value. It keeps its style, drop-down and spans, and what it holds
 * besides text (a comment, an anchored shape); a date gets a style that shows a date.
 */
function writeCell(old: string | null, tagEnd: number, col: number, w: CellWrite, ctx: TableContext): string {
  const head = old === null ? "<table:table-cell/>" : old.slice(0, tagEnd);
  const element = /^<([^\s/>]+)/.exec(head)?.[1] ?? "table:table-cell";
  let style = attrOf(head, "table:style-name") ?? null;
  if (typeof w.value === "object" && w.value !== null) {
    const shown = style ?? ctx.columnStyle(col);
    const dated = ctx.styles.forDate(shown);
    if (dated !== shown) style = dated;
  }
  if (w.header && style === null) style = ctx.styles.header();
  let attrs = style === null ? "" : ` table:style-name="${escapeXml(style)}"`;
  for (const a of KEPT_ATTRS) {
    const v = attrOf(head, a);
    if (v !== undefined) attrs += ` ${a}="${escapeXml(v)}"`;
  }
  let kept = "";
  if (old !== null && !head.endsWith("/>")) {
    const s = new TagScanner(old, tagEnd, old.lastIndexOf("<"));
    while (s.next()) {
      if (s.kind === "close") continue;
      const start = s.start;
      s.skipToClose();
      if (!/^text:(p|h|list)$/.test(s.name)) kept += old.slice(start, s.end);
    }
  }
  const value = typedValue(w.value);
  if (value === null && kept === "") return `<${element}${attrs}/>`;
  return `<${element}${attrs}${value?.attrs ?? ""}>${kept}${value?.text ?? ""}</${element}>`;
}

/** A row with cells written: repeated cells split where a write lands, cells added past its end. */
function writeRow(row: string, tagEnd: number, writes: Map<number, CellWrite>, ctx: TableContext): string {
  const head = row.slice(0, tagEnd);
  const empty = head.endsWith("/>");
  const closeAt = empty ? row.length : row.lastIndexOf("<");
  const cells: Run[] = [];
  const s = new TagScanner(row, tagEnd, closeAt);
  while (s.next()) if (s.kind !== "close" && isCell(s.name)) cells.push(runOf(row, s, COLS));
  const cols = new KeyCursor([...writes.keys()].sort((a, b) => a - b));
  let out = "";
  let at = tagEnd;
  let col = 0;
  for (const c of cells) {
    out += row.slice(at, c.start);
    const first = col;
    out += splitRun(row, c, COLS, cols.take(col, c.repeat), (one, end, k) =>
      writeCell(one, end, first + k, writes.get(first + k)!, ctx),
    );
    at = c.end;
    col += c.repeat;
  }
  out += row.slice(at, closeAt);
  for (const c of cols.rest()) {
    out += gap("table:table-cell", COLS, col, c) + writeCell(null, 0, c, writes.get(c)!, ctx);
    col = c + 1;
  }
  const open = empty ? `${head.slice(0, -2).trimEnd()}>` : head;
  return `${open}${out}${empty ? "</table:table-row>" : row.slice(closeAt)}`;
}

interface TableShape {
  columns: Run[];
  rows: Run[];
  /** Where a column or a row added after the last one goes. */
  afterColumns: number;
  afterRows: number;
}

function shapeOf(xml: string, table: Span): TableShape {
  const shape: TableShape = { columns: [], rows: [], afterColumns: table.tagEnd, afterRows: -1 };
  const s = new TagScanner(xml, table.tagEnd, xml.lastIndexOf("<", table.end - 1));
  while (s.next()) {
    if (s.kind === "close") {
      if (ROW_CONTAINERS.has(s.name)) shape.afterRows = s.end;
      else if (COLUMN_CONTAINERS.has(s.name)) shape.afterColumns = s.end;
    } else if (s.name === "table:table-column") {
      const run = runOf(xml, s, COLS);
      shape.columns.push(run);
      shape.afterColumns = run.end;
    } else if (s.name === "table:table-row") {
      const run = runOf(xml, s, ROWS);
      shape.rows.push(run);
      shape.afterRows = run.end;
    } else if (SKIPPED.has(s.name)) s.skipToClose();
  }
  if (shape.afterRows < 0) shape.afterRows = shape.afterColumns;
  return shape;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The columns in `hide` collapsed, splitting runs and adding columns past the last one. */
function hideColumns(xml: string, shape: TableShape, hide: readonly number[]): Splice[] {
  const out: Splice[] = [];
  const collapse = (one: string, end: number) => withElementAttr(one, end, "table:visibility", "collapse");
  const keys = new KeyCursor(hide);
  let col = 0;
  for (const c of shape.columns) {
    const shown = attrOf(xml.slice(c.start, c.tagEnd), "table:visibility") !== "collapse";
    const run = keys.take(col, c.repeat);
    const targets = shown ? run : [];
    if (targets.length > 0)
      out.push({ start: c.start, end: c.end, text: splitRun(xml, c, COLS, targets, collapse) });
    col += c.repeat;
  }
  let text = "";
  for (const k of keys.rest()) {
    text += `${gap("table:table-column", COLS, col, k)}<table:table-column table:visibility="collapse"/>`;
    col = k + 1;
  }
  if (text !== "") out.push({ start: shape.afterColumns, end: shape.afterColumns, text });
  return out;
}

/** The rows with writes rewritten, splitting runs and adding rows past the last one. */
function writeRows(xml: string, shape: TableShape, writes: Writes, ctx: TableContext): Splice[] {
  const out: Splice[] = [];
  const keys = new KeyCursor([...writes.keys()].sort((a, b) => a - b));
  let row = 1;
  for (const r of shape.rows) {
    const first = row;
    const targets = keys.take(row, r.repeat);
    if (targets.length > 0) {
      const edit = (one: string, end: number, k: number) => writeRow(one, end, writes.get(first + k)!, ctx);
      out.push({ start: r.start, end: r.end, text: splitRun(xml, r, ROWS, targets, edit) });
    }
    row += r.repeat;
  }
  let text = "";
  for (const k of keys.rest()) {
    text += gap("table:table-row", ROWS, row, k, "<table:table-cell/>");
    text += writeRow("<table:table-row/>", 18, writes.get(k)!, ctx);
    row = k + 1;
  }
  if (text !== "") out.push({ start: shape.afterRows, end: shape.afterRows, text });
  return out;
}

/**
 * The table `xml[table]` with its cells written and `hidden` columns collapsed: the text of
 * the whole table element, every element away from the writes byte for byte as it was.
 */
export function editTable(
  xml: string,
  table: Span,
  writes: Writes,
  hidden: readonly number[],
  styles: OdsStyles,
): string {
  const shape = shapeOf(xml, table);
  const columnStyle = (col: number) => {
    let first = 0;
    for (const c of shape.columns) {
      first += c.repeat;
      if (col < first) return attrOf(xml.slice(c.start, c.tagEnd), "table:default-cell-style-name") ?? null;
    }
    return null;
  };
  const hide = [...new Set(hidden)].sort((a, b) => a - b);
  const splices = [
    ...hideColumns(xml, shape, hide),
    ...writeRows(xml, shape, writes, { styles, columnStyle }),
  ].sort((a, b) => a.start - b.start);
  let out = "";
  let at = table.start;
  for (const e of splices) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at, table.end);
}

/** A new tab holding only the writes; `tableStyle` hides it when it is the hidden table style. */
export function newTable(
  name: string,
  writes: Writes,
  hidden: readonly number[],
  tableStyle: string | null,
  styles: OdsStyles,
): string {
  const style = tableStyle === null ? "" : ` table:style-name="${escapeXml(tableStyle)}"`;
  const open = `<table:table table:name="${escapeXml(name)}"${style}>`;
  let width = 1;
  for (const r of writes.values()) for (const c of r.keys()) width = Math.max(width, c + 1);
  const xml = `${open}${gap("table:table-column", COLS, 0, width)}</table:table>`;
  return editTable(xml, { start: 0, end: xml.length, tagEnd: open.length }, writes, hidden, styles);
}
