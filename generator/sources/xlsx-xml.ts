// The small parts of an .xlsx around its sheets — relationships, workbook, styles,
// shared strings — each read with the streaming XML scanner straight from its zip entry.
import { formatCurrency } from "../../core/index.ts";
import { PLAIN_TEXT, scanChunks } from "./xml-scan.ts";
import { entryStream, type ZipEntry, type ZipFile } from "./zip.ts";

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  /** Element opened; `name` without its namespace prefix (`x:c` → `c`). */
  open(name: string, attrs: Attrs): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Streams one zip entry through the XML scanner; malformed XML throws. */
export async function parseXml(zip: ZipFile, entry: ZipEntry, h: XmlHandlers): Promise<void> {
  await parseChunks(await entryStream(zip, entry), h);
}

/** Streams XML given in chunks (a zip entry's, or one string) through the scanner. */
export async function parseChunks(
  chunks: AsyncIterable<unknown> | Iterable<unknown>,
  h: XmlHandlers,
): Promise<void> {
  const { close, text } = h;
  await scanChunks(chunks, {
    open(tag) {
      const attrs: Attrs = {};
      for (let i = 0; i < tag.count; i++) attrs[tag.names[i]!] = tag.values[i]!;
      h.open(tag.name, attrs);
    },
    close: close ?? (() => {}),
    text: text ?? (() => {}),
  });
}

/** A part's path from a relationship target, relative to the part that names it. */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Relation {
  /** Part path inside the zip. */
  target: string;
  /** Relationship type URI; compare by its last segment (transitional and strict OOXML differ before it). */
  type: string;
}

export async function relations(
  zip: ZipFile,
  rels: ZipEntry | undefined,
  of: string,
): Promise<Map<string, Relation>> {
  const out = new Map<string, Relation>();
  if (!rels) return out;
  await parseXml(zip, rels, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      out.set(a.Id, { target: resolvePart(of, a.Target), type: a.Type ?? "" });
    },
  });
  return out;
}

/** A part's external relationships (hyperlink targets): id → URL. */
export async function externalTargets(
  zip: ZipFile,
  rels: ZipEntry | undefined,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!rels) return out;
  await parseXml(zip, rels, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode === "External") out.set(a.Id, a.Target);
    },
  });
  return out;
}

export const isType = (r: Relation, kind: string): boolean => r.type.endsWith(`/${kind}`);

export interface Book {
  /** Serial 0 is 1904-01-01 instead of 1899-12-30 (Mac Excel's old default). */
  date1904: boolean;
  sheets: { name: string; rid: string }[];
}

export async function readBook(zip: ZipFile, entry: ZipEntry): Promise<Book> {
  const book: Book = { date1904: false, sheets: [] };
  await parseXml(zip, entry, {
    open(name, a) {
      if (name === "workbookPr") book.date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "sheet") {
        const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        book.sheets.push({ name: a.name ?? `Sheet${book.sheets.length + 1}`, rid });
      }
    },
  });
  return book;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the East-Asian ones). */
const BUILT_IN_DATES: readonly [number, number][] = [
  [14, 22],
  [27, 36],
  [45, 47],
  [50, 58],
];

/** A format code shows a date or time when, outside quotes, brackets and escapes, it has a date or time token. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "");
  return /[ymdhsb]/i.test(bare);
}

export function isDateFormat(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  if (code !== undefined) return isDateFormatCode(code);
  return BUILT_IN_DATES.some(([lo, hi]) => id >= lo && id <= hi);
}

/** What a cell style (a cell's `s`, an index into cellXfs) tells the reader. */
export interface CellStyles {
  /** Whether the style shows a date. */
  dates: boolean[];
  /** Whether its font is struck through. */
  struck: boolean[];
  /** Its number-format code when that names a currency (`[$€-407]#,##0`), else undefined. */
  currency: (string | undefined)[];
}

/** styles.xml → for each cell style index, whether it shows a date and whether its font is struck through. */
export async function readCellStyles(zip: ZipFile, entry: ZipEntry | undefined): Promise<CellStyles> {
  if (!entry) return { dates: [], struck: [], currency: [] };
  const custom = new Map<number, string>();
  const xfs: { numFmtId: number; fontId: number }[] = [];
  const fonts: boolean[] = [];
  let inXfs = false;
  let inFonts = false;
  await parseXml(zip, entry, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "fonts") inFonts = true;
      else if (name === "font" && inFonts) fonts.push(false);
      // <strike/> is on; val="0" or "false" turns it off.
      else if (name === "strike" && inFonts && fonts.length > 0)
        fonts[fonts.length - 1] = a.val === undefined || a.val === "1" || a.val === "true";
      else if (name === "cellXfs") inXfs = true;
      else if (name === "xf" && inXfs)
        xfs.push({ numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0) });
    },
    close(name) {
      if (name === "cellXfs") inXfs = false;
      else if (name === "fonts") inFonts = false;
    },
  });
  // Built-in currency formats (ids 5–8) show the system's currency, which the file does not name.
  const currency = new Map<number, string | undefined>();
  for (const [id, code] of custom) currency.set(id, formatCurrency(code) === null ? undefined : code);
  return {
    dates: xfs.map((x) => isDateFormat(x.numFmtId, custom)),
    struck: xfs.map((x) => fonts[x.fontId] === true),
    currency: xfs.map((x) => currency.get(x.numFmtId)),
  };
}

/** A shared string of plain text (most of them, as Excel writes them): read in one match. */
const PLAIN_STRING = new RegExp(`<si><t(?: xml:space="preserve")?>(${PLAIN_TEXT})</t></si>`, "y");

/** sharedStrings.xml → each string's text (rich-text runs joined, phonetic guides left out). */
export async function readSharedStrings(
  zip: ZipFile,
  entry: ZipEntry | undefined,
): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  if (!entry) return out;
  let buf = "";
  let seen = false;
  let inText = false;
  let phonetic = 0;
  await scanChunks(await entryStream(zip, entry), {
    open({ name }) {
      if (name === "si") {
        buf = "";
        seen = false;
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = seen = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") out.push(seen ? buf : null);
    },
    text(t) {
      if (inText) buf += t;
    },
    fast(s, lt, parent) {
      if (parent !== "sst") return -1;
      let end = -1;
      PLAIN_STRING.lastIndex = lt;
      for (let m = PLAIN_STRING.exec(s); m !== null; m = PLAIN_STRING.exec(s)) {
        out.push(m[1]!);
        end = PLAIN_STRING.lastIndex;
      }
      return end;
    },
  });
  return out;
}
