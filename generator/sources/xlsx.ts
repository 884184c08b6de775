// An .xlsx workbook, each cell handed to the core as getValues() would (formulas by
// their cached result, error cells as `#DIV/0!` text, dates as Date). Sheets are
// streamed from the zip and only cells holding a value are kept, so data validations,
// conditional formats and styled empty rows cost nothing however much they cover.
import { hyperlinkFormula, isFormula, type RawTab, type RawWorkbook, shownValue } from "../../core/index.ts";
import {
  externalTargets,
  isType,
  readBook,
  readCellStyles,
  readSharedStrings,
  relations,
  relsPath,
} from "./xlsx-xml.ts";
import { UsageError } from "../errors.ts";
import { MAX_UNPACKED_BYTES, unpacksPastLimit } from "./guard.ts";
import { sourceMessages } from "./messages.ts";
import { hyperlinkTarget, shiftFormula } from "./xlsx-formula.ts";
import { endRow, isHiddenFlag, PlainRows, putCell, serialDate, sheetCursor, startRow } from "./xlsx-rows.ts";
import { scanChunks } from "./xml-scan.ts";
import { entryStream, UnpackedTooBig, type ZipFile, zipEntries } from "./zip.ts";

/** A formula cell the file stores without a result (scripts such as openpyxl write these). */
export interface UncachedFormula {
  formula: string;
}

/** A link: a hyperlink cell or a `=HYPERLINK(…)` formula, with the text the cell shows. */
export interface LinkCell {
  text: unknown;
  hyperlink: string;
}

export interface XlsxOptions {
  /** A formula with no stored result: blank (null), or its formula as an UncachedFormula. */
  uncachedFormula?: "blank" | "formula";
  /** Hyperlink cells and `=HYPERLINK("url", …)` formulas: their shown text, or a LinkCell / `{formula, result}`. */
  links?: "text" | "link";
}

interface SheetContext {
  shared: readonly (string | null)[];
  dateStyles: readonly boolean[];
  struckStyles: readonly boolean[];
  currencyStyles: readonly (string | undefined)[];
  date1904: boolean;
  uncachedFormula: "blank" | "formula";
  links: "text" | "link";
}

export { serialDate };

/** 1-based column of an A1 reference (`AB12` → 28); 0 when it has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + c - 96;
  }
  return n;
}

function rowOf(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : 0;
}

/** `t="d"` cells hold an ISO 8601 date; one without a zone is a wall time, taken at UTC as date cells are. */
function isoCell(text: string): Date | string {
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const d = new Date(zoned);
  return Number.isNaN(d.getTime()) ? text : d;
}

interface Cell {
  type: string;
  style: number;
  text: string;
  formula: string;
  /** `<f t="shared|array">`: a formula even when its text is on another cell. */
  formulaKind: string;
  sharedIndex: string;
}

/** A shared formula's first cell: its text and where it stands (1-based). */
interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

/** A number cell's value: a Date when its style shows a date. */
function numberValue(c: Cell, ctx: SheetContext): number | Date {
  const n = Number.parseFloat(c.text);
  return ctx.dateStyles[c.style] ? serialDate(n, ctx.date1904) : n;
}

function cellValue(c: Cell, ctx: SheetContext): unknown {
  if (c.formula !== "" || c.formulaKind !== "") {
    if (c.text === "") {
      if (ctx.uncachedFormula === "blank") return null;
      return { formula: `=${c.formula}` } satisfies UncachedFormula;
    }
    const result =
      c.type === "str" || c.type === "e"
        ? c.text
        : c.type === "b"
          ? Number.parseInt(c.text, 10) !== 0
          : numberValue(c, ctx);
    if (ctx.links === "link" && HYPERLINK.test(c.formula)) return { formula: `=${c.formula}`, result };
    return result;
  }
  if (c.text === "") return null;
  switch (c.type) {
    case "s":
      return ctx.shared[Number.parseInt(c.text, 10)] ?? null;
    case "str":
    case "inlineStr":
    case "e":
      return c.text;
    case "b":
      return Number.parseInt(c.text, 10) !== 0;
    case "d":
      return isoCell(c.text);
    default:
      return numberValue(c, ctx);
  }
}

const HYPERLINK = /^\s*HYPERLINK\s*\(/i;

/** Hyperlinked cells (`<hyperlink ref r:id>`, the URL in the sheet's relationships) → LinkCell. */
function applyLinks(rows: unknown[][], links: readonly [string, string][]): void {
  for (const [ref, url] of links) {
    const [from = "", to = from] = ref.split(":");
    for (let r = rowOf(from); r <= Math.min(rowOf(to), rows.length); r++)
      for (let c = columnOf(from); c <= columnOf(to); c++) {
        const row = rows[r - 1];
        const v = row?.[c - 1];
        if (row && v !== undefined && v !== null && typeof v !== "object")
          row[c - 1] = { text: v, hyperlink: url };
      }
  }
}

/** A cell's text for a formula that joins it into a URL; null when it is not text or a number. */
function textAt(rows: readonly unknown[][], row: number, col: number): string | null {
  const v = shownValue(rows[row - 1]?.[col - 1]);
  if (v === undefined || v === null) return "";
  return typeof v === "string" || typeof v === "number" ? String(v) : null;
}

/**
 * `=HYPERLINK("https://…/"&B2, "Watch")` (a filled-down link, most often) → a LinkCell with the
 * URL its cells make, so the copies of one formula each give their own. A literal URL is left
 * to the core; one without a stored result stays a formula to be reported.
 */
function resolveHyperlinks(rows: unknown[][]): void {
  for (const row of rows) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (!isFormula(v) || v.result === undefined || hyperlinkFormula(v.formula)) continue;
      const url = hyperlinkTarget(v.formula.slice(1), (r, col) => textAt(rows, r, col));
      if (url !== null) row[c] = { text: v.result, hyperlink: url } satisfies LinkCell;
    }
  }
}

/** Cells covered by a merge read blank, as in Google Sheets and the .ods reader; the top-left keeps the value. */
function blankMerged(rows: unknown[][], merges: string[]): void {
  for (const ref of merges) {
    const [from = "", to = from] = ref.split(":");
    const c1 = columnOf(from);
    const r1 = rowOf(from);
    const c2 = columnOf(to);
    const r2 = Math.min(rowOf(to), rows.length);
    for (let r = r1; r <= r2; r++) {
      const row = rows[r - 1];
      if (!row) continue;
      const last = Math.min(c2, row.length);
      for (let c = r === r1 ? c1 + 1 : c1; c <= last; c++) row[c - 1] = undefined;
    }
  }
}

/** Sparse rows → the grid: holes read null, rows end at their last value, blank rows are [], trailing ones dropped. */
function toGrid(rows: unknown[][]): unknown[][] {
  let height = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    let n = row.length;
    while (n > 0 && (row[n - 1] === undefined || row[n - 1] === null)) n--;
    row.length = n;
    for (let c = 0; c < n; c++) if (row[c] === undefined) row[c] = null;
    if (n > 0) height = r + 1;
  }
  const grid: unknown[][] = new Array(height);
  for (let r = 0; r < height; r++) grid[r] = rows[r] ?? [];
  return grid;
}

const NONE = 0;
const VALUE = 1;
const FORMULA = 2;

/** A worksheet's grid, and its rows holding a value that the file marks hidden or whose every value is struck through, ascending. */
export interface SheetRead {
  values: unknown[][];
  hiddenRows: number[];
  struckRows: number[];
  /** The number formats naming a currency of cells holding a value, as RawTab.numberFormats; sparse. */
  numberFormats: (string | undefined)[][];
}

/** One worksheet's XML, streamed: only `<c>` elements holding a value are kept. */
async function readSheet(
  chunks: AsyncIterable<unknown> | Iterable<unknown>,
  ctx: SheetContext,
  targets: ReadonlyMap<string, string>,
): Promise<SheetRead> {
  const at = sheetCursor();
  const merges: string[] = [];
  const links: [string, string][] = [];
  const sharedFormulas = new Map<string, SharedFormula>();
  const cell: Cell = { type: "", style: 0, text: "", formula: "", formulaKind: "", sharedIndex: "" };
  const startCell = (type: string, style: number) => {
    cell.type = type;
    cell.style = style;
    cell.text = cell.formula = cell.formulaKind = cell.sharedIndex = "";
  };
  const plain = new PlainRows(at, {
    ...ctx,
    other(type, style, text) {
      startCell(type, style);
      cell.text = text;
      return cellValue(cell, ctx);
    },
  });
  let inData = false;
  /** A formula cell was read: only then can a cell hold a `=HYPERLINK(…)` to resolve. */
  let formulas = false;
  let capture = NONE;
  let phonetic = 0;
  await scanChunks(chunks, {
    open(tag) {
      const name = tag.name;
      if (name === "mergeCell") {
        const ref = tag.get("ref");
        if (ref) merges.push(ref);
        return;
      }
      if (name === "hyperlink") {
        const ref = tag.get("ref");
        const url = targets.get(tag.get("r:id") ?? "");
        if (ref && url) links.push([ref, url]);
        return;
      }
      if (name === "sheetData") inData = true;
      if (!inData) return;
      if (name === "c") {
        const r = tag.get("r");
        const s = tag.get("s");
        at.col = (r && columnOf(r)) || at.col + 1;
        startCell(tag.get("t") ?? "", s ? Number.parseInt(s, 10) : 0);
      } else if (name === "v") capture = VALUE;
      else if (name === "t") capture = phonetic === 0 ? VALUE : NONE;
      else if (name === "f") {
        capture = FORMULA;
        cell.formulaKind = tag.get("t") ?? "";
        cell.sharedIndex = tag.get("si") ?? "";
      } else if (name === "rPh") phonetic++;
      else if (name === "row") {
        const r = tag.get("r");
        startRow(at, r ? Number.parseInt(r, 10) : 0, isHiddenFlag(tag.get("hidden")));
      }
    },
    close(name) {
      if (!inData) return;
      if (name === "v" || name === "t") capture = NONE;
      else if (name === "f") {
        capture = NONE;
        if (cell.formulaKind !== "shared") return;
        if (cell.formula !== "")
          sharedFormulas.set(cell.sharedIndex, { formula: cell.formula, row: at.rowNum, col: at.col });
        else {
          const first = sharedFormulas.get(cell.sharedIndex);
          if (first) cell.formula = shiftFormula(first.formula, at.rowNum - first.row, at.col - first.col);
        }
      } else if (name === "rPh") phonetic--;
      else if (name === "c") {
        formulas ||= cell.formula !== "" || cell.formulaKind !== "";
        putCell(
          at,
          cellValue(cell, ctx),
          ctx.struckStyles[cell.style] === true,
          ctx.currencyStyles[cell.style],
        );
      } else if (name === "row") endRow(at);
      else if (name === "sheetData") inData = false;
    },
    text(t) {
      if (capture === VALUE) cell.text += t;
      else if (capture === FORMULA) cell.formula += t;
    },
    fast(s, lt, parent, enter) {
      if (!inData) return -1;
      const end = plain.read(s, lt, parent, enter);
      // The events read the next cell from an empty one, as after a cell they read.
      if (plain.cells > 0) startCell("", 0);
      return end;
    },
  });
  const { rows } = at;
  blankMerged(rows, merges);
  if (ctx.links === "link") {
    if (formulas) resolveHyperlinks(rows);
    applyLinks(rows, links);
  }
  // Rows come in order in a well-formed sheet; a file that repeats or reorders them is sorted.
  const ascending = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
  return {
    values: toGrid(rows),
    hiddenRows: ascending(at.hidden),
    struckRows: ascending(at.struck),
    numberFormats: at.formats,
  };
}

export async function readXlsx(path: string, opts: XlsxOptions = {}): Promise<RawWorkbook> {
  try {
    return await readZip({ path, unpackBudget: MAX_UNPACKED_BYTES }, opts);
  } catch (e) {
    // A zip bomb is refused as one, also when the reading failed before it reached the bomb.
    if (e instanceof UnpackedTooBig || (!(e instanceof UsageError) && (await unpacksPastLimit(path))))
      throw new UsageError(sourceMessages.unpacksTooBig(path, MAX_UNPACKED_BYTES));
    throw e;
  }
}

async function readZip(zip: ZipFile, opts: XlsxOptions): Promise<RawWorkbook> {
  const entries = await zipEntries(zip.path);
  if (!entries) throw new Error("not a zip file");
  const lower = new Map([...entries].map(([k, e]) => [k.toLowerCase(), e]));
  const part = (name: string) => entries.get(name) ?? lower.get(name.toLowerCase());

  const root = await relations(zip, part("_rels/.rels"), "");
  const bookPath = [...root.values()].find((r) => isType(r, "officeDocument"))?.target ?? "xl/workbook.xml";
  const bookEntry = part(bookPath);
  if (!bookEntry) throw new Error("no workbook part");
  const book = await readBook(zip, bookEntry);
  const rels = await relations(zip, part(relsPath(bookPath)), bookPath);
  const related = (kind: string, fallback: string) =>
    part([...rels.values()].find((r) => isType(r, kind))?.target ?? fallback);
  const dir = bookPath.slice(0, bookPath.lastIndexOf("/") + 1);
  const styles = await readCellStyles(zip, related("styles", `${dir}styles.xml`));
  const ctx: SheetContext = {
    shared: await readSharedStrings(zip, related("sharedStrings", `${dir}sharedStrings.xml`)),
    dateStyles: styles.dates,
    struckStyles: styles.struck,
    currencyStyles: styles.currency,
    date1904: book.date1904,
    uncachedFormula: opts.uncachedFormula ?? "blank",
    links: opts.links ?? "text",
  };
  const tabs: RawTab[] = [];
  for (const sheet of book.sheets) {
    const rel = rels.get(sheet.rid);
    // Chart sheets and macro sheets hold no cells.
    if (!rel || !isType(rel, "worksheet")) continue;
    const entry = part(rel.target);
    if (!entry) continue;
    const targets =
      ctx.links === "link"
        ? await externalTargets(zip, part(relsPath(rel.target)))
        : new Map<string, string>();
    const read = await readSheet(await entryStream(zip, entry), ctx, targets);
    const tab: RawTab = { name: sheet.name, values: read.values };
    if (read.hiddenRows.length > 0) tab.hiddenRows = read.hiddenRows;
    if (read.struckRows.length > 0) tab.struckRows = read.struckRows;
    if (read.numberFormats.length > 0) tab.numberFormats = read.numberFormats;
    tabs.push(tab);
  }
  return { tabs };
}

/**
 * One worksheet's XML (what a sheet part holds, inline strings only; one string or pieces of it) → its grid, read as
 * readXlsx reads a sheet: for tests that make many sheets without writing a file each time.
 */
export async function readSheetXml(
  xml: string | readonly string[],
  opts: XlsxOptions = {},
): Promise<unknown[][]> {
  return (await readSheetXmlTab(xml, opts)).values;
}

/**
 * As readSheetXml, with the rows the XML marks hidden or struck through (`struckStyles`: the cell
 * styles that strike) and the currency formats of its cells (`currencyStyles`: each style's code).
 */
export function readSheetXmlTab(
  xml: string | readonly string[],
  opts: XlsxOptions & {
    struckStyles?: readonly boolean[];
    currencyStyles?: readonly (string | undefined)[];
  } = {},
): Promise<SheetRead> {
  const ctx: SheetContext = {
    shared: [],
    dateStyles: [],
    struckStyles: opts.struckStyles ?? [],
    currencyStyles: opts.currencyStyles ?? [],
    date1904: false,
    uncachedFormula: opts.uncachedFormula ?? "blank",
    links: opts.links ?? "text",
  };
  return readSheet(typeof xml === "string" ? [xml] : xml, ctx, new Map());
}
