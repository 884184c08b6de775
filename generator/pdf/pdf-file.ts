// Just enough of the PDF file format to read what Chromium printed (its pages and the
// page each link target landed on) and to set its document information. Chromium's
// PDFs (Skia) have a classic cross-reference table and plain-text dictionaries; a file
// that is not like that is left as it is.

/** The document information written into the PDF's Info dictionary. */
export interface PdfInfo {
  title?: string | null;
  author?: string | null;
  creator?: string | null;
  producer?: string | null;
}

/** Objects first … first + count − 1, their entries `ENTRY_WIDTH` bytes apart from `at`. */
interface Subsection {
  first: number;
  count: number;
  at: number;
}

interface XrefFile {
  bytes: Uint8Array;
  text: string;
  /**
   * Where object offsets are found, newest first: subsections read an entry only when it is
   * asked for (a report's PDF has thousands, a lookup needs a few dozen); a subsection whose
   * entries are not all the standard width is read whole into a map.
   */
  lookups: Array<Subsection | Map<number, number>>;
  trailer: string;
  startxref: number;
}

/** Every entry of a standard cross-reference table: "oooooooooo ggggg n" and a two-byte end of line. */
const ENTRY_WIDTH = 20;
const ENTRY = /(\d{10}) (\d{5}) ([nf])[ \t\r\n]{2}/y;

function entryAt(text: string, at: number): RegExpExecArray | null {
  ENTRY.lastIndex = at;
  return ENTRY.exec(text);
}

/** The byte offset of object `num` ("n" entries only; the newest entry wins), if the file has one. */
function offsetOf(f: XrefFile, num: number): number | undefined {
  for (const l of f.lookups) {
    if (l instanceof Map) {
      const at = l.get(num);
      if (at !== undefined) return at;
      continue;
    }
    const i = num - l.first;
    if (i < 0 || i >= l.count) continue;
    const m = entryAt(f.text, l.at + i * ENTRY_WIDTH);
    if (m?.[3] === "n") return Number(m[1]);
  }
  return undefined;
}

// Node's own latin1: one character per byte, byte for byte (TextDecoder's "latin1" is windows-1252,
// which maps 0x80–0x9F elsewhere, and is several times slower on a PDF of hundreds of KB).
const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");

/** Whether `count` entries from `at` are all of the standard width (their first and last are where they would be). */
function fixedWidth(text: string, at: number, count: number): boolean {
  const end = at + count * ENTRY_WIDTH;
  return (
    count === 0 ||
    (entryAt(text, at) !== null &&
      entryAt(text, end - ENTRY_WIDTH) !== null &&
      /^\s*(?:\d|trailer)/.test(text.slice(end, end + 16)))
  );
}

/** One cross-reference section at `at`: its subsections (onto `lookups`) and its trailer. */
function readSection(text: string, at: number, lookups: XrefFile["lookups"]): string | null {
  if (!text.startsWith("xref", at)) return null;
  const head = /\s*(?:(\d+) (\d+)[ \t]*\r?\n|(trailer))/y;
  const loose = /\s*(\d{10}) (\d{5}) ([nf])[ \t]*\r?\n?/y;
  head.lastIndex = at + 4;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    if (m[3]) {
      const end = text.indexOf("startxref", head.lastIndex);
      return end < 0 ? null : text.slice(head.lastIndex, end);
    }
    const first = Number(m[1]);
    const count = Number(m[2]);
    if (fixedWidth(text, head.lastIndex, count)) {
      lookups.push({ first, count, at: head.lastIndex });
      head.lastIndex += count * ENTRY_WIDTH;
      continue;
    }
    const offsets = new Map<number, number>();
    loose.lastIndex = head.lastIndex;
    for (let i = 0; i < count; i++) {
      const e = loose.exec(text);
      if (!e) return null;
      if (e[3] === "n" && !offsets.has(first + i)) offsets.set(first + i, Number(e[1]));
    }
    lookups.push(offsets);
    head.lastIndex = loose.lastIndex;
  }
  return null;
}

/** The file's cross-reference tables (updates followed through /Prev) and newest trailer; null when it has none we can read (xref streams). */
function readXref(bytes: Uint8Array): XrefFile | null {
  const text = latin1(bytes);
  const sx = text.lastIndexOf("startxref");
  if (sx < 0) return null;
  const startxref = Number(/^startxref\s+(\d+)/.exec(text.slice(sx))?.[1]);
  if (!Number.isInteger(startxref)) return null;
  const lookups: XrefFile["lookups"] = [];
  const trailer = readSection(text, startxref, lookups);
  if (trailer === null) return null;
  const seen = new Set([startxref]);
  for (let prev = ref0(trailer, "Prev"); prev !== null && !seen.has(prev); ) {
    seen.add(prev);
    const older = readSection(text, prev, lookups);
    prev = older === null ? null : ref0(older, "Prev");
  }
  return { bytes, text, lookups, trailer, startxref };
}

const ref0 = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** An object's text up to its stream or its end. */
function objectText(f: XrefFile, num: number): string | null {
  const at = offsetOf(f, num);
  if (at === undefined) return null;
  const end = f.text.indexOf("endobj", at);
  const body = f.text.slice(at, end < 0 ? undefined : end);
  const stream = body.indexOf("stream");
  return stream < 0 ? body : body.slice(0, stream);
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** Page objects in page order (the page tree walked depth first). */
function pageObjects(f: XrefFile): number[] {
  const root = ref(f.trailer, "Root");
  const pages = root === null ? null : ref(objectText(f, root) ?? "", "Pages");
  const out: number[] = [];
  const walk = (num: number, depth: number) => {
    const o = objectText(f, num) ?? "";
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o);
    if (!kids || depth > 32) {
      out.push(num);
      return;
    }
    for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
  };
  if (pages !== null) walk(pages, 0);
  return out;
}

/** `#2D` escapes in a PDF name. */
const pdfName = (s: string) =>
  s.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * The 1-based page each named destination (an element id that a link points to) is on,
 * read from the catalog's /Dests dictionary; empty when the file has none.
 */
export function destinationPages(bytes: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  const f = readXref(bytes);
  if (!f) return out;
  const root = ref(f.trailer, "Root");
  const dests = root === null ? null : ref(objectText(f, root) ?? "", "Dests");
  if (dests === null) return out;
  const index = new Map(pageObjects(f).map((num, i) => [num, i + 1]));
  for (const m of (objectText(f, dests) ?? "").matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = index.get(Number(m[2]));
    if (page !== undefined) out.set(pdfName(m[1]!), page);
  }
  return out;
}

/** A PDF text string: UTF-16BE with its byte-order mark, as hex, so any script and any character is safe. */
function pdfString(s: string): string {
  let hex = "FEFF";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/** An entry's value in a dictionary's text when it is a string (literal, with escapes and nested brackets, or hex). */
function oldEntry(dict: string, key: string): string | null {
  const m = new RegExp(`/${key}\\s*([(<])`).exec(dict);
  if (!m) return null;
  const start = m.index + m[0].length - 1;
  if (m[1] === "<") {
    const end = dict.indexOf(">", start);
    return end < 0 ? null : dict.slice(start, end + 1);
  }
  let depth = 0;
  for (let i = start; i < dict.length; i++) {
    const ch = dict[i];
    if (ch === "\\") i++;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return dict.slice(start, i + 1);
  }
  return null;
}

const INFO_KEYS = { title: "Title", author: "Author", creator: "Creator", producer: "Producer" } as const;

/**
 * The PDF with its document information replaced (an incremental update appended, so
 * nothing already written moves); the dates Chromium set are kept. Unchanged when the
 * file is not one we can read.
 */
export function withInfo(bytes: Uint8Array, info: PdfInfo): Uint8Array {
  const f = readXref(bytes);
  if (!f) return bytes;
  const root = ref(f.trailer, "Root");
  const size = Number(/\/Size\s+(\d+)/.exec(f.trailer)?.[1]);
  if (root === null || !Number.isInteger(size)) return bytes;
  const oldInfo = ref(f.trailer, "Info");
  const old = oldInfo === null ? "" : (objectText(f, oldInfo) ?? "");
  const entries: string[] = [];
  for (const key of [...Object.values(INFO_KEYS), "CreationDate", "ModDate"]) {
    const k = (Object.keys(INFO_KEYS) as (keyof PdfInfo)[]).find((x) => INFO_KEYS[x] === key);
    const v = k ? info[k] : undefined;
    const kept = v ? null : oldEntry(old, key);
    if (v) entries.push(`/${key} ${pdfString(v)}`);
    else if (kept !== null) entries.push(`/${key} ${kept}`);
  }
  const num = oldInfo ?? size;
  const newSize = Math.max(size, num + 1);
  const sep = bytes[bytes.length - 1] === 0x0a ? "" : "\n";
  const objAt = bytes.length + sep.length;
  const obj = `${num} 0 obj\n<<${entries.join("\n")}>>\nendobj\n`;
  const xrefAt = objAt + obj.length;
  const xref =
    `xref\n0 1\n0000000000 65535 f \n${num} 1\n${String(objAt).padStart(10, "0")} 00000 n \n` +
    `trailer\n<</Size ${newSize}\n/Root ${root} 0 R\n/Info ${num} 0 R\n/Prev ${f.startxref}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  // Byte for byte: kept entries are the file's own bytes (read as latin1), ours are ASCII.
  const tail = Uint8Array.from(sep + obj + xref, (ch) => ch.charCodeAt(0));
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
}
