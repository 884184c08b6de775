// Shared formulas: a filled-down formula is stored once, on its first cell
// (`<f t="shared" ref="E2:E9" si="0">HYPERLINK(…)</f>`); the other cells hold only
// `<f t="shared" si="0"/>` and mean that formula moved by their offset from it, as
// Excel moves a copied formula: relative references shift, `$` parts stay.

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// Sticky, so each is tried at one position. A reference never runs on into a name
// (`LOG10(`, `TAX2026`): the lookaheads reject a letter, digit, `_`, `.` or `(` after it.
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![0-9.A-Za-z_])/y;
const NUMBER = /\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?/y;
const NAME = /[A-Za-z_\\][A-Za-z0-9_.\\]*/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** One coordinate moved unless `$`-anchored; null when it leaves the sheet. */
function move(anchor: string, value: number, by: number, max: number): number | null {
  if (anchor === "$") return value;
  const moved = value + by;
  return moved >= 1 && moved <= max ? moved : null;
}

/** The end (exclusive) of a quoted run starting at `i`: `"a ""b"""` or `'Team''s'`, doubled quotes inside. */
function quotedEnd(s: string, i: number): number {
  const q = s[i];
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] !== q) continue;
    if (s[j + 1] === q) j++;
    else return j + 1;
  }
  return s.length;
}

/** The end (exclusive) of a bracketed run (`Table1[[#This Row],[Fee]]`, `[1]Sheet1`), nesting counted. */
function bracketEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === "[") depth++;
    else if (s[j] === "]" && --depth === 0) return j + 1;
  }
  return s.length;
}

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** A reference token at `i` moved by the offset: its text and length; null when none starts there. */
function reference(
  s: string,
  i: number,
  dRow: number,
  dCol: number,
): { text: string; length: number } | null {
  let m = at(CELL, s, i);
  if (m) {
    const col = move(m[1]!, columnNumber(m[2]!), dCol, MAX_COL);
    const row = move(m[3]!, Number(m[4]), dRow, MAX_ROW);
    const text = col === null || row === null ? "#REF!" : `${m[1]}${columnLetters(col)}${m[3]}${row}`;
    return { text, length: m[0].length };
  }
  m = at(COLUMNS, s, i);
  if (m) {
    const a = move(m[1]!, columnNumber(m[2]!), dCol, MAX_COL);
    const b = move(m[3]!, columnNumber(m[4]!), dCol, MAX_COL);
    const text = a === null || b === null ? "#REF!" : `${m[1]}${columnLetters(a)}:${m[3]}${columnLetters(b)}`;
    return { text, length: m[0].length };
  }
  m = at(ROWS, s, i);
  if (m) {
    const a = move(m[1]!, Number(m[2]), dRow, MAX_ROW);
    const b = move(m[3]!, Number(m[4]), dRow, MAX_ROW);
    return { text: a === null || b === null ? "#REF!" : `${m[1]}${a}:${m[3]}${b}`, length: m[0].length };
  }
  return null;
}

/** A formula (without its `=`) as it reads `dRow` rows and `dCol` columns away from where it was written. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    // String literals, quoted sheet names and brackets are copied whole; a reference after `'…'!` moves.
    if (ch === '"' || ch === "'" || ch === "[") {
      const end = ch === "[" ? bracketEnd(formula, i) : quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const ref = reference(formula, i, dRow, dCol);
    if (ref) {
      out += ref.text;
      i += ref.length;
      continue;
    }
    // A number or a name is copied whole, so no reference is read inside it.
    const text = (at(NUMBER, formula, i) ?? at(NAME, formula, i))?.[0] ?? ch;
    out += text;
    i += text.length;
  }
  return out;
}

const HYPERLINK_CALL = /^\s*HYPERLINK\s*\(\s*/iy;
const SAME_SHEET_CELL = /\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![A-Za-z0-9_.(!:])/y;
const JOIN = /\s*&\s*/y;
const ARG_END = /\s*[,;)]/y;

/**
 * The URL of a `HYPERLINK(…)` whose first argument joins text and cells of its own sheet
 * with `&` (`HYPERLINK("https://www.instagram.com/p/"&B2, "Watch")`, `HYPERLINK(C2)`), read
 * with `cell` (1-based row and column → its text); null for anything else (another sheet,
 * a function call), which then reads as what the cell shows.
 */
export function hyperlinkTarget(
  formula: string,
  cell: (row: number, col: number) => string | null,
): string | null {
  HYPERLINK_CALL.lastIndex = 0;
  if (!HYPERLINK_CALL.test(formula)) return null;
  let i = HYPERLINK_CALL.lastIndex;
  let url = "";
  for (;;) {
    let part: string | null = null;
    if (formula[i] === '"') {
      const end = quotedEnd(formula, i);
      part = formula.slice(i + 1, end - 1).replace(/""/g, '"');
      i = end;
    } else {
      const m = at(SAME_SHEET_CELL, formula, i);
      if (m) {
        part = cell(Number(m[2]), columnNumber(m[1]!));
        i += m[0].length;
      }
    }
    if (part === null) return null;
    url += part;
    const join = at(JOIN, formula, i);
    if (join) i += join[0].length;
    else return at(ARG_END, formula, i) ? url : null;
  }
}
