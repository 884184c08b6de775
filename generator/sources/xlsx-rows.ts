// A worksheet's rows as Excel, LibreOffice and most scripts write them, read straight from the
// sheet XML instead of as scanner events: a whole <row> of plain cells checked in one match, then
// walked with no further checks, numbers and shared-string indexes parsed from the characters and
// a substring taken only for text. Other markup (a formula, rich text, a reference, attributes in
// another order or spacing) is left to the scanner, whose events move the same cursor.
import { isSpace, PLAIN_TEXT, PLAIN_VALUE } from "./xml-scan.ts";

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system counts from 1462 days later. */
const UNIX_SERIAL = 25_569;
const EPOCH_1904 = 1_462;

/** A date-formatted serial as the Date it shows, at UTC. */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_SERIAL + (date1904 ? EPOCH_1904 : 0)) * DAY_MS));
}

/** Where a sheet's reading stands; the fast path and the scanner's events both move it. */
export interface SheetCursor {
  readonly rows: unknown[][];
  /** 1-based row being read, and the column of its last cell (0 before the first). */
  rowNum: number;
  col: number;
  /** The row's values so far; stored in rows at the row's end tag. */
  line: unknown[] | undefined;
  /** The row being read is hidden (`hidden="1"`: by the user, a filter or a collapsed group). */
  rowHidden: boolean;
  /** The row being read has a value, and every one so far is struck through. */
  rowValues: boolean;
  rowStruck: boolean;
  /** 1-based rows holding a value that are marked hidden, or whose every value is struck through, in the order read. */
  readonly hidden: number[];
  readonly struck: number[];
  /** Number-format codes naming a currency of the cells holding a value, by 0-based row and column; sparse. */
  readonly formats: (string | undefined)[][];
}

/** A fresh cursor, before the first row. */
export function sheetCursor(): SheetCursor {
  return {
    rows: [],
    rowNum: 0,
    col: 0,
    line: undefined,
    rowHidden: false,
    rowValues: false,
    rowStruck: true,
    hidden: [],
    struck: [],
    formats: [],
  };
}

/** `hidden="1"` or `hidden="true"` (xsd:boolean) on a row. */
export const isHiddenFlag = (v: string | undefined): boolean => v === "1" || v === "true";

/** A row's start tag: its number (`r`, else the one after the last); a number given again adds to that row. */
export function startRow(at: SheetCursor, r: number, hidden = false): void {
  at.rowNum = r || at.rowNum + 1;
  at.col = 0;
  at.line = at.rows[at.rowNum - 1];
  at.rowHidden = hidden;
  at.rowValues = false;
  at.rowStruck = true;
}

export function endRow(at: SheetCursor): void {
  const inSheet = at.rowNum >= 1 && at.rowNum <= MAX_ROW;
  if (at.line && inSheet) at.rows[at.rowNum - 1] = at.line;
  // Only rows holding a value: hiding every unused row below the data writes a million empty ones.
  if (at.rowValues && inSheet) {
    if (at.rowHidden && at.hidden[at.hidden.length - 1] !== at.rowNum) at.hidden.push(at.rowNum);
    if (at.rowStruck && at.struck[at.struck.length - 1] !== at.rowNum) at.struck.push(at.rowNum);
  }
  at.line = undefined;
  at.rowHidden = false;
  at.rowValues = false;
}

/**
 * A cell's value into its row, at the cursor's column: blanks and cells beyond the sheet's bounds
 * are not kept. `struck`: the cell's font is struck through; `format`: its number format's code,
 * when that names a currency.
 */
export function putCell(at: SheetCursor, v: unknown, struck: boolean, format?: string): void {
  if (v === null || at.col > MAX_COL || at.rowNum < 1 || at.rowNum > MAX_ROW) return;
  at.line ??= [];
  at.line[at.col - 1] = v;
  at.rowValues = true;
  if (!struck) at.rowStruck = false;
  if (format !== undefined) (at.formats[at.rowNum - 1] ??= [])[at.col - 1] = format;
}

/** What the fast path turns a cell's text into values with. */
export interface PlainValues {
  shared: readonly (string | null)[];
  dateStyles: readonly boolean[];
  /** Cell styles whose font is struck through. */
  struckStyles: readonly boolean[];
  /** Each cell style's number-format code when it names a currency, else undefined. */
  currencyStyles: readonly (string | undefined)[];
  date1904: boolean;
  /** A plain cell the fast path does not convert itself (text, booleans, errors, ISO dates…): its value as the events give it. */
  other(type: string, style: number, text: string): unknown;
}

const SLASH = 47;
const SPACE = 32;
const MINUS = 45;
const DOT = 46;

/**
 * A cell holding a plain value, as Excel writes one: `r`, then `s` and `t` when there; empty, a
 * <v>, or an inline <is><t>, of text that reads as written. The walk below relies on each part.
 */
const CELL = `<c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,9}")?(?: t="[A-Za-z]{1,9}")?(?:/>|><v>${PLAIN_TEXT}</v></c>|><is><t(?: xml:space="preserve")?>${PLAIN_TEXT}</t></is></c>)`;
const SPACES = "[ \\t\\r\\n]*";
/** A <row> start tag of plain attributes, each after one space. */
const ROW_TAG = `<row(?: [A-Za-z0-9_:.-]{1,64}=${PLAIN_VALUE}){0,16}`;
/** A whole row of plain cells (whitespace between them is text the events would not keep). */
const ROW = new RegExp(`${ROW_TAG}(?:/>|>(?:${SPACES}${CELL})*${SPACES}</row>)`, "y");
const ROW_START = new RegExp(`${ROW_TAG}>`, "y");
const CELLS = new RegExp(`${CELL}(?:${SPACES}${CELL})*`, "y");

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * s[from, to) as `-?digits[.digits]` of at most 15 digits → the number; NaN for any other text.
 * Exactly what parseFloat gives: the digits make an integer below 2^53 and the power of ten is
 * exact, so the one division rounds once, to the double nearest the decimal.
 */
export function plainNumber(s: string, from: number, to: number): number {
  let p = from;
  const negative = s.charCodeAt(p) === MINUS;
  if (negative) p++;
  let m = 0;
  let digits = 0;
  let scale = -1;
  for (; p < to; p++) {
    const c = s.charCodeAt(p);
    if (isDigit(c)) {
      m = m * 10 + c - 48;
      digits++;
      if (scale >= 0) scale++;
    } else if (c === DOT && scale < 0) scale = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  const v = scale > 0 ? m / POW10[scale]! : m;
  return negative ? -v : v;
}

/** s[from, to) as 1 to `max` digits → their value; -1 otherwise. */
function digitsAt(s: string, from: number, to: number, max: number): number {
  if (to <= from || to - from > max) return -1;
  let n = 0;
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (!isDigit(c)) return -1;
    n = n * 10 + c - 48;
  }
  return n;
}

/** s[a, aEnd) and s[b, bEnd) hold the same characters. */
function sameText(s: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

function skipSpace(s: string, p: number): number {
  let q = p;
  while (q < s.length && isSpace(s.charCodeAt(q))) q++;
  return q;
}

/** The FastPath of a worksheet's sheetData: rows of plain cells, or a run of them in a row the scanner opened. */
export class PlainRows {
  /** Cells read by the last call. */
  cells = 0;
  /** Start and end offsets of the attribute names of the row tag being read. */
  private readonly names: number[] = [];

  constructor(
    private readonly at: SheetCursor,
    private readonly values: PlainValues,
  ) {}

  read(s: string, lt: number, parent: string, enter: (qname: string) => void): number {
    this.cells = 0;
    if (parent === "row") return this.cellRun(s, lt);
    if (parent !== "sheetData") return -1;
    let end = -1;
    for (let p = lt; p < s.length && s.charCodeAt(p) === 60 /* < */; p = skipSpace(s, end)) {
      ROW.lastIndex = p;
      if (!ROW.test(s)) return end < 0 ? this.rowStart(s, p, enter) : end;
      const rowEnd = ROW.lastIndex;
      const tagEnd = this.rowTag(s, p);
      if (tagEnd < 0) return end;
      if (s.charCodeAt(tagEnd) !== SLASH) this.walkCells(s, tagEnd + 1, rowEnd - "</row>".length);
      endRow(this.at);
      end = rowEnd;
    }
    return end;
  }

  /** A row start tag, then its plain cells; the row is left open to the scanner. */
  private rowStart(s: string, lt: number, enter: (qname: string) => void): number {
    ROW_START.lastIndex = lt;
    if (!ROW_START.test(s)) return -1;
    const tagEnd = this.rowTag(s, lt);
    if (tagEnd < 0) return -1;
    const first = skipSpace(s, tagEnd + 1);
    const end = this.cellRun(s, first);
    enter("row");
    return end < 0 ? tagEnd + 1 : end;
  }

  /** Plain cells from `lt` on: the offset after the last, or -1 when the first is not one. */
  private cellRun(s: string, lt: number): number {
    CELLS.lastIndex = lt;
    if (!CELLS.test(s)) return -1;
    const end = CELLS.lastIndex;
    this.walkCells(s, lt, end);
    return end;
  }

  /**
   * The attributes of a row start tag ROW_START matched at `lt`: the row starts, and the offset of
   * its `>` or `/>` is returned; -1 (nothing read) for an attribute given twice or an `r` that is
   * not a number, which the scanner reads.
   */
  private rowTag(s: string, lt: number): number {
    const names = this.names;
    let count = 0;
    let r = 0;
    let hidden = false;
    let p = lt + 4;
    while (s.charCodeAt(p) === SPACE) {
      const name = p + 1;
      const nameEnd = s.indexOf("=", name);
      for (let k = 0; k < count; k++)
        if (sameText(s, names[2 * k]!, names[2 * k + 1]!, name, nameEnd)) return -1;
      names[2 * count] = name;
      names[2 * count + 1] = nameEnd;
      count++;
      const close = s.indexOf('"', nameEnd + 2);
      if (nameEnd - name === 1 && s.charCodeAt(name) === 114 /* r */) {
        r = digitsAt(s, nameEnd + 2, close, 9);
        if (r < 0) return -1;
      } else if (nameEnd - name === 6 && s.startsWith("hidden", name))
        hidden = isHiddenFlag(s.slice(nameEnd + 2, close));
      p = close + 1;
    }
    startRow(this.at, r, hidden);
    return p;
  }

  /** The cells CELL matched in s[from, to), with whitespace between them. */
  private walkCells(s: string, from: number, to: number): void {
    for (let p = skipSpace(s, from); p < to; p = skipSpace(s, p)) p = this.walkCell(s, p);
  }

  /** One cell CELL matched at `lt` into the row: the offset after it. */
  private walkCell(s: string, lt: number): number {
    let p = lt + 6;
    let col = 0;
    for (let c = s.charCodeAt(p); c >= 65; c = s.charCodeAt(++p)) col = col * 26 + c - 64;
    p = s.indexOf('"', p) + 1;
    let style = 0;
    if (s.charCodeAt(p) === SPACE && s.charCodeAt(p + 1) === 115 /* s */) {
      const close = s.indexOf('"', p + 4);
      style = digitsAt(s, p + 4, close, 9);
      p = close + 1;
    }
    let typeFrom = p;
    let typeTo = p;
    if (s.charCodeAt(p) === SPACE) {
      typeFrom = p + 4;
      typeTo = s.indexOf('"', typeFrom);
      p = typeTo + 1;
    }
    this.at.col = col;
    this.cells++;
    if (s.charCodeAt(p) === SLASH) return p + 2;
    const inline = s.charCodeAt(p + 2) !== 118; /* v */
    const from = inline ? s.indexOf(">", p + 7) + 1 : p + 4;
    const to = s.indexOf("<", from);
    if (to > from)
      putCell(
        this.at,
        this.value(s, from, to, typeFrom, typeTo, style),
        this.values.struckStyles[style] === true,
        this.values.currencyStyles[style],
      );
    return to + (inline ? 13 : 8);
  }

  /** A plain cell's value from its text s[from, to). */
  private value(
    s: string,
    from: number,
    to: number,
    typeFrom: number,
    typeTo: number,
    style: number,
  ): unknown {
    const { values } = this;
    const type = typeTo === typeFrom ? 110 /* n */ : typeTo - typeFrom === 1 ? s.charCodeAt(typeFrom) : 0;
    if (type === 110) {
      const n = plainNumber(s, from, to);
      if (!Number.isNaN(n)) return values.dateStyles[style] ? serialDate(n, values.date1904) : n;
    } else if (type === 115 /* s */) {
      const i = digitsAt(s, from, to, 15);
      if (i >= 0) return values.shared[i] ?? null;
    }
    return values.other(s.slice(typeFrom, typeTo), style, s.slice(from, to));
  }
}
