// An OpenDocument spreadsheet (.ods): content.xml cells → the values getValues() would give,
// and, as the .xlsx reader hands them over, formulas without a stored result and links.
import { readFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import type { RawTab, RawWorkbook } from "../../core/index.ts";
import type { LinkCell, UncachedFormula, XlsxOptions } from "./xlsx.ts";

/** What the .ods reader hands over for formulas and links: as for an .xlsx. */
export type OdsOptions = XlsxOptions;

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ":@") ?? "";
const kids = (n: Node) => (n[tagOf(n)] as Node[] | undefined) ?? [];
const attr = (n: Node, a: string) => n[":@"]?.[a];

function find(nodes: Node[], tag: string): Node | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}

/** Text of a cell: its paragraphs joined by newlines; `text:s` is spaces, `text:tab` a tab. */
function textOf(nodes: Node[]): string {
  let s = "";
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "#text") s += String(n["#text"] ?? "");
    else if (tag === "text:s") s += " ".repeat(Number(attr(n, "text:c") ?? 1));
    else if (tag === "text:tab") s += "\t";
    else if (tag === "text:line-break") s += "\n";
    else if (tag === "office:annotation") continue;
    else s += textOf(kids(n));
  }
  return s;
}

/** The first `text:a` link's target among the nodes; undefined when none. */
function linkIn(nodes: Node[]): string | undefined {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "text:a") {
      const href = attr(n, "xlink:href");
      if (href) return href;
    }
    if (tag === "#text" || tag === "office:annotation") continue;
    const inner = linkIn(kids(n));
    if (inner) return inner;
  }
  return undefined;
}

/** `of:=SUM([.A1:.A3])` → `=SUM(A1:A3)`, as LibreOffice shows a formula. */
function shownFormula(formula: string): string {
  const bare = formula.replace(/^[a-z]+:(?==)/i, "");
  return (bare.startsWith("=") ? bare : `=${bare}`).replace(/\[\.?([^\]]*)\]/g, (_, ref: string) =>
    ref.replace(/:\./g, ":"),
  );
}

/** A formula cell with no stored result: no value type, or a type without its value. */
function uncached(cell: Node, type: string | undefined): boolean {
  switch (type) {
    case undefined:
      return true;
    case "float":
    case "percentage":
    case "currency":
      return attr(cell, "office:value") === undefined;
    case "date":
      return attr(cell, "office:date-value") === undefined;
    case "boolean":
      return attr(cell, "office:boolean-value") === undefined;
    default:
      return false;
  }
}

const HYPERLINK = /^=\s*HYPERLINK\s*\(/i;

function cellValue(cell: Node, opts: Required<OdsOptions>): unknown {
  const type = attr(cell, "calcext:value-type") ?? attr(cell, "office:value-type");
  const paragraphs = kids(cell).filter((k) => tagOf(k) === "text:p");
  const formula = attr(cell, "table:formula");
  if (formula !== undefined && uncached(cell, type))
    return opts.uncachedFormula === "formula"
      ? ({ formula: shownFormula(formula) } satisfies UncachedFormula)
      : null;
  const value = typedValue(cell, type, paragraphs);
  if (opts.links === "text" || value === null) return value;
  if (formula !== undefined && HYPERLINK.test(shownFormula(formula)))
    return { formula: shownFormula(formula), result: value };
  const href = linkIn(paragraphs);
  return href === undefined ? value : ({ text: value, hyperlink: href } satisfies LinkCell);
}

function typedValue(cell: Node, type: string | undefined, paragraphs: Node[]): unknown {
  const text = paragraphs.map((p) => textOf(kids(p))).join("\n");
  switch (type) {
    case "float":
    case "percentage":
    case "currency":
      return Number(attr(cell, "office:value"));
    case "date": {
      const v = attr(cell, "office:date-value") ?? "";
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(v);
      if (!m) return text;
      return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
    }
    case "boolean":
      return attr(cell, "office:boolean-value") === "true";
    case "error":
      return text || "#ERROR!";
    default:
      return text === "" ? null : text;
  }
}

/** Cap on a repeated run we materialise: trailing formatting can repeat a row a million times. */
const MAX_REPEAT = 100_000;

/** A row out of view: hidden by the user or in a collapsed group (`collapse`), or by a filter. */
const isHiddenRow = (row: Node): boolean => {
  const v = attr(row, "table:visibility");
  return v === "collapse" || v === "filter";
};

/**
 * The cell styles that strike text through (`style:text-line-through-style` other than none), with
 * those that inherit it from a parent style; `styles` are the style:style nodes of every part.
 */
function struckStyles(styles: readonly Node[]): Set<string> {
  const own = new Map<string, boolean | undefined>();
  const parent = new Map<string, string>();
  for (const st of styles) {
    const name = attr(st, "style:name");
    if (name === undefined) continue;
    const text = find(kids(st), "style:text-properties");
    const through = text && attr(text, "style:text-line-through-style");
    own.set(name, through === undefined ? undefined : through !== "none");
    const p = attr(st, "style:parent-style-name");
    if (p !== undefined) parent.set(name, p);
  }
  const out = new Set<string>();
  for (const name of own.keys()) {
    let at: string | undefined = name;
    // A style's own setting wins over its parent's; a loop of parents strikes nothing.
    for (let depth = 0; at !== undefined && depth < 16; depth++) {
      const v = own.get(at);
      if (v !== undefined) {
        if (v) out.add(name);
        break;
      }
      at = parent.get(at);
    }
  }
  return out;
}

/** Every cell style (style:style of the table-cell family) in office:styles / office:automatic-styles. */
function styleNodes(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => {
    const t = tagOf(n);
    if (t === "style:style") return attr(n, "style:family") === "table-cell" ? [n] : [];
    return t === "office:styles" || t === "office:automatic-styles" ? styleNodes(kids(n)) : [];
  });
}

/** Each column's default cell style, repeats spread out (a cell without a style of its own takes it). */
function columnStyles(table: Node): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      const t = tagOf(n);
      if (t === "table:table-column") {
        const n1 = Math.min(Number(attr(n, "table:number-columns-repeated") ?? 1), 16_384 - out.length);
        for (let i = 0; i < n1; i++) out.push(attr(n, "table:default-cell-style-name"));
      } else if (
        t === "table:table-columns" ||
        t === "table:table-column-group" ||
        t === "table:table-header-columns"
      )
        walk(kids(n));
    }
  };
  walk(kids(table));
  return out;
}

/**
 * A currency cell's currency (`office:currency`, the ISO code its value is in) as a number-format
 * pattern naming it, as RawTab.numberFormats carries formats; undefined for any other cell.
 */
function currencyFormat(cell: Node, v: unknown): string | undefined {
  const code = typeof v === "number" ? attr(cell, "office:currency") : undefined;
  return code ? `[$${code}]` : undefined;
}

/**
 * A table's grid, the 1-based rows that hold a value out of view, or only struck-through values,
 * ascending, and the currency cells' formats (sparse, indexed like the grid).
 */
function tableValues(
  table: Node,
  opts: Required<OdsOptions>,
  struck: ReadonlySet<string>,
): { values: unknown[][]; hiddenRows: number[]; struckRows: number[]; formats: (string | undefined)[][] } {
  const rows: unknown[][] = [];
  const hiddenRows: number[] = [];
  const struckRows: number[] = [];
  const formats: (string | undefined)[][] = [];
  const colStyles = struck.size > 0 ? columnStyles(table) : [];
  let pendingBlank = 0;
  const rowNodes: Node[] = [];
  const collect = (nodes: Node[]) => {
    for (const n of nodes) {
      const t = tagOf(n);
      if (t === "table:table-row") rowNodes.push(n);
      else if (t === "table:table-row-group" || t === "table:table-header-rows" || t === "table:table-rows")
        collect(kids(n));
    }
  };
  collect(kids(table));
  for (const row of rowNodes) {
    const repeat = Math.min(Number(attr(row, "table:number-rows-repeated") ?? 1), MAX_REPEAT);
    const line: unknown[] = [];
    const rowStyle = attr(row, "table:default-cell-style-name");
    let blankRun = 0;
    let allStruck = true;
    let lineFormats: (string | undefined)[] | undefined;
    for (const cell of kids(row)) {
      const t = tagOf(cell);
      if (t !== "table:table-cell" && t !== "table:covered-table-cell") continue;
      const n = Math.min(Number(attr(cell, "table:number-columns-repeated") ?? 1), 16_384);
      const v = cellValue(cell, opts);
      if (v === null) {
        blankRun += n;
        continue;
      }
      for (; blankRun > 0; blankRun--) line.push(null);
      const style = attr(cell, "table:style-name") ?? rowStyle ?? colStyles[line.length];
      if (allStruck && !(style !== undefined && struck.has(style))) allStruck = false;
      const format = currencyFormat(cell, v);
      if (format !== undefined) {
        lineFormats ??= [];
        for (let i = 0; i < n; i++) lineFormats[line.length + i] = format;
      }
      for (let i = 0; i < n; i++) line.push(v);
    }
    if (line.length === 0) {
      pendingBlank += repeat;
      continue;
    }
    for (; pendingBlank > 0; pendingBlank--) rows.push([]);
    const hidden = isHiddenRow(row);
    for (let i = 0; i < repeat; i++) {
      rows.push(i === 0 ? line : [...line]);
      if (lineFormats) formats[rows.length - 1] = lineFormats;
      if (hidden) hiddenRows.push(rows.length);
      if (allStruck) struckRows.push(rows.length);
    }
  }
  return { values: rows, hiddenRows, struckRows, formats };
}

export async function readOds(path: string, options: OdsOptions = {}): Promise<RawWorkbook> {
  const opts: Required<OdsOptions> = {
    uncachedFormula: options.uncachedFormula ?? "blank",
    links: options.links ?? "text",
  };
  const zip = await JSZip.loadAsync(await readFile(path));
  const content = zip.file("content.xml");
  if (!content) throw new Error("no content.xml");
  const doc = parser.parse(await content.async("string")) as Node[];
  const root = find(doc, "office:document-content");
  // Named styles are parsed only when one of them can strike through: most files have none.
  const named = await zip.file("styles.xml")?.async("string");
  const stylesRoot = named?.includes("text-line-through-style")
    ? find(parser.parse(named) as Node[], "office:document-styles")
    : undefined;
  const struck = struckStyles([
    ...styleNodes(stylesRoot ? kids(stylesRoot) : []),
    ...styleNodes(root ? kids(root) : []),
  ]);
  const body = root && find(kids(root), "office:body");
  const sheet = body && find(kids(body), "office:spreadsheet");
  const tabs: RawTab[] = [];
  for (const t of sheet ? kids(sheet) : []) {
    if (tagOf(t) !== "table:table") continue;
    const name = attr(t, "table:name") ?? `Sheet${tabs.length + 1}`;
    const { values, hiddenRows, struckRows, formats } = tableValues(t, opts, struck);
    const tab: RawTab = { name, values };
    if (hiddenRows.length > 0) tab.hiddenRows = hiddenRows;
    if (struckRows.length > 0) tab.struckRows = struckRows;
    if (formats.length > 0) tab.numberFormats = formats;
    tabs.push(tab);
  }
  return { tabs };
}
