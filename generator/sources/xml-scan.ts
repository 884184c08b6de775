// A streaming XML tokenizer for the parts of an .xlsx: fed decoded chunks, it reports start
// tags, end tags and text in order. It checks what a damaged part breaks (tag nesting, one
// root, attribute syntax, entity and character references, characters XML forbids in text,
// attribute values and tags) so a damaged file is refused, never read in part. No DTD: a
// DOCTYPE is skipped, an entity it would define is undefined.
import { StringDecoder } from "node:string_decoder";
import { XML_ENTITIES } from "../xml-text.ts";

/** A start tag; reused from tag to tag, so read what you need during the `open` call. */
export class StartTag {
  /** Name without its namespace prefix (`x:c` → `c`). */
  name = "";
  count = 0;
  readonly names: string[] = [];
  readonly values: string[] = [];

  /** An attribute's value by its name as written (`r`, `r:id`), entities decoded. */
  get(attr: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === attr) return this.values[i];
    return undefined;
  }
}

export interface XmlEvents {
  open(tag: StartTag): void;
  /** `name` without its namespace prefix. */
  close(name: string): void;
  /** Text inside the root element, in one or more pieces (entities decoded, CR LF → LF). */
  text(text: string): void;
  /** Common markup read by hand instead of as events (tried inside the root element only). */
  fast?: FastPath;
}

/**
 * A reader of common markup, tried at each start tag inside the root element before the
 * scanner reads it: `parent` is the local name of the element it stands in. It returns the
 * offset after what it read, or -1 to leave the markup to the scanner. It reads whole elements,
 * spelling out every character it accepts (no reference, CR or markup it does not name), except
 * that it may stop inside one whose start tag it read: it calls `enter` with that tag's name
 * and the scanner reads on inside the element, then reports its `close`.
 */
export type FastPath = (s: string, lt: number, parent: string, enter: (qname: string) => void) => number;

const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const CR = 13;

/** Characters XML 1.0 forbids in a document (tab, LF and CR aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
/** What makes text need a closer look than a slice: a reference, a CR or a forbidden character. */
const SPECIAL_TEXT_CHARS = "\\u0000-\\u0008\\u000b-\\u001f&\\ufffe\\uffff";
const SPECIAL_TEXT = new RegExp(`[${SPECIAL_TEXT_CHARS}]`);

/** For fast paths, as regular-expression source: text up to the next markup that reads as written (tab and LF may stand in it). */
export const PLAIN_TEXT = `[^<${SPECIAL_TEXT_CHARS}]*`;
/** For fast paths: a quoted attribute value that reads as written (no reference, tab, line end or forbidden character). */
export const PLAIN_VALUE = '"[^"<&\\u0000-\\u001f\\ufffe\\uffff]*"';

export const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Text as XML reads it: references decoded, CR LF and CR → LF; a forbidden character throws. */
function readText(raw: string): string {
  if (!SPECIAL_TEXT.test(raw)) return raw;
  if (CONTROL.test(raw)) fail("a character XML forbids");
  const t = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return t.includes("&") ? decodeEntities(t) : t;
}

/** An attribute value as XML reads it: each literal tab, LF, CR or CR LF is one space, then references decoded. */
function readValue(raw: string): string {
  let special = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 32 || c === AMP || c >= 0xfffe) special = true;
  }
  if (!special) return raw;
  if (CONTROL.test(raw)) fail("a character XML forbids");
  const t = raw.replace(/\r\n|[\t\n\r]/g, " ");
  return t.includes("&") ? decodeEntities(t) : t;
}

function fail(what: string): never {
  throw new Error(`malformed XML: ${what}`);
}

const isChar = (code: number): boolean =>
  code === 9 ||
  code === 10 ||
  code === 13 ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** `&amp;`, `&#233;`, `&#xE9;` → their characters; any other reference is an error. */
function decodeEntities(t: string): string {
  let out = "";
  let from = 0;
  for (let amp = t.indexOf("&"); amp >= 0; amp = t.indexOf("&", from)) {
    const semi = t.indexOf(";", amp);
    if (semi < 0) fail("unterminated entity reference");
    const ref = t.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = ref.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) fail(`bad character reference &${ref};`);
      const code = Number.parseInt(digits, hex ? 16 : 10);
      if (!isChar(code)) fail(`character reference &${ref}; names no allowed character`);
      ch = String.fromCodePoint(code);
    } else ch = XML_ENTITIES[ref];
    if (ch === undefined) fail(`undefined entity &${ref};`);
    out += t.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + t.slice(from);
}

const localName = (qname: string): string => {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
};

/** Feed decoded chunks with write(), then call end(); malformed XML throws. */
export class XmlScanner {
  private readonly tag = new StartTag();
  /** Open elements, `depth` of them: qualified names, and local names for the close events. */
  private readonly qnames: string[] = [];
  private readonly locals: string[] = [];
  private depth = 0;
  private rootSeen = false;
  /** Where the last start tag found the next `<`; -1 when not known or none. */
  private next = -1;
  /** Unscanned input: a token cut by the chunk's end. */
  private pending = "";
  /** Chunks held back until there is as much new input as pending (so a huge token is rescanned O(log n) times). */
  private held: string[] = [];
  private heldLength = 0;

  constructor(private readonly on: XmlEvents) {}

  /** An element whose start tag a fast path read: open until its end tag. */
  private readonly enter = (qname: string): void => {
    this.qnames[this.depth] = qname;
    this.locals[this.depth] = localName(qname);
    this.depth++;
  };

  write(chunk: string): void {
    if (chunk === "") return;
    let input = chunk;
    if (this.pending.length > chunk.length || this.held.length > 0) {
      this.held.push(chunk);
      this.heldLength += chunk.length;
      if (this.heldLength < this.pending.length) return;
      input = this.held.join("");
      this.held = [];
      this.heldLength = 0;
    }
    const s = this.pending + input;
    this.pending = "";
    this.scan(s, false);
  }

  end(): void {
    const s = this.pending + this.held.join("");
    this.held = [];
    this.pending = "";
    this.scan(s, true);
    if (this.depth > 0) fail(`unclosed <${this.qnames[this.depth - 1]}>`);
    if (!this.rootSeen) fail("no root element");
  }

  private scan(s: string, last: boolean): void {
    let i = 0;
    let lt = s.indexOf("<");
    while (lt >= 0) {
      if (lt > i) this.text(s.slice(i, lt));
      this.next = -1;
      const end = this.markup(s, lt);
      if (end < 0) {
        if (last) fail("unexpected end of input");
        this.pending = s.slice(lt);
        return;
      }
      i = end;
      lt = this.next >= end ? this.next : s.indexOf("<", end);
    }
    this.tail(s, i, last);
  }

  /** Text up to the end of the input; a reference or CR cut by the chunk's end waits for the rest. */
  private tail(s: string, i: number, last: boolean): void {
    let stop = s.length;
    if (!last) {
      const amp = s.slice(i).lastIndexOf("&");
      if (amp >= 0 && s.indexOf(";", i + amp) < 0) stop = i + amp;
      else if (s.charCodeAt(stop - 1) === CR) stop--;
    }
    if (stop > i) this.text(s.slice(i, stop));
    this.pending = s.slice(stop);
  }

  private text(raw: string): void {
    const t = readText(raw);
    if (this.depth > 0) this.on.text(t);
    else if (!/^[ \t\r\n]*$/.test(t)) fail("text outside the root element");
  }

  /** A tag that reaches `limit` (the next `<`): cut by the input's end (-1), or malformed. */
  private cut(limit: number, n: number): number {
    if (limit < n) fail("< inside a tag");
    return -1;
  }

  /** The markup starting at `lt`: the offset after it, or -1 when the input ends inside it. */
  private markup(s: string, lt: number): number {
    const c = s.charCodeAt(lt + 1);
    if (c === SLASH) return this.endTag(s, lt);
    if (c === 63 /* ? */) {
      const e = s.indexOf("?>", lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    if (c === 33 /* ! */) return this.special(s, lt);
    if (Number.isNaN(c)) return -1;
    const fast = this.on.fast;
    if (fast !== undefined && this.depth > 0) {
      const end = fast(s, lt, this.locals[this.depth - 1]!, this.enter);
      if (end > lt) return end;
    }
    // No tag holds a `<`: the next one bounds this one.
    this.next = s.indexOf("<", lt + 1);
    return this.startTag(s, lt, this.next < 0 ? s.length : this.next);
  }

  /** A `<` before the `>` makes the name differ from the open element's. */
  private endTag(s: string, lt: number): number {
    const gt = s.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    if (this.depth === 0) fail("end tag outside the root element");
    const depth = this.depth - 1;
    const qname = this.qnames[depth]!;
    let p = lt + 2 + qname.length;
    if (!s.startsWith(qname, lt + 2)) p = -1;
    while (p >= 0 && p < gt && isSpace(s.charCodeAt(p))) p++;
    if (p !== gt) fail(`</${s.slice(lt + 2, gt).trim()}> closes <${qname}>`);
    this.depth = depth;
    this.on.close(this.locals[depth]!);
    return gt + 1;
  }

  /** Comments, CDATA sections and a DOCTYPE. */
  private special(s: string, lt: number): number {
    const head = s.slice(lt, lt + 9);
    if (head.startsWith("<!--")) {
      const e = s.indexOf("-->", lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (head === "<![CDATA[") {
      const e = s.indexOf("]]>", lt + 9);
      if (e < 0) return -1;
      if (this.depth === 0) fail("CDATA outside the root element");
      const t = s.slice(lt + 9, e);
      if (CONTROL.test(t)) fail("a character XML forbids");
      this.on.text(t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t);
      return e + 3;
    }
    if (head === "<!DOCTYPE") {
      if (this.rootSeen) fail("DOCTYPE after the root element");
      // Skips an internal subset in brackets, with any quoted `]` or `>` in it.
      let depth = 0;
      for (let p = lt + 9; p < s.length; p++) {
        const c = s.charCodeAt(p);
        if (c === QUOT || c === APOS) {
          p = s.indexOf(String.fromCharCode(c), p + 1);
          if (p < 0) return -1;
        } else if (c === 91 /* [ */) depth++;
        else if (c === 93 /* ] */) depth--;
        else if (c === GT && depth <= 0) return p + 1;
      }
      return -1;
    }
    if ("<![CDATA[".startsWith(head) || "<!DOCTYPE".startsWith(head) || head === "<!-") return -1;
    return fail("markup not understood");
  }

  private startTag(s: string, lt: number, limit: number): number {
    const n = s.length;
    let p = lt + 1;
    for (; p < limit; p++) {
      const c = s.charCodeAt(p);
      if (c <= 32 || c === GT || c === SLASH) break;
      if (c === EQ || c === QUOT || c === APOS || c === AMP) fail("bad element name");
    }
    if (p >= limit) return this.cut(limit, n);
    if (p === lt + 1) fail("element without a name");
    const qname = s.slice(lt + 1, p);
    const tag = this.tag;
    tag.count = 0;
    let empty = false;
    for (;;) {
      const before = p;
      while (p < limit && isSpace(s.charCodeAt(p))) p++;
      if (p >= limit) return this.cut(limit, n);
      const c = s.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        if (p + 1 >= limit) return this.cut(limit, n);
        if (s.charCodeAt(p + 1) !== GT) fail(`stray / in <${qname}>`);
        p += 2;
        empty = true;
        break;
      }
      if (p === before) fail(`no space before an attribute of <${qname}>`);
      p = this.attribute(s, p, limit, qname);
      if (p < 0) return -1;
    }
    if (this.depth === 0) {
      if (this.rootSeen) fail("a second root element");
      this.rootSeen = true;
    }
    const name = localName(qname);
    tag.name = name;
    this.on.open(tag);
    if (empty) this.on.close(name);
    else {
      this.qnames[this.depth] = qname;
      this.locals[this.depth] = name;
      this.depth++;
    }
    return p;
  }

  /** One `name="value"` at `start`: the offset after it, or -1 when the input ends inside it. */
  private attribute(s: string, start: number, limit: number, element: string): number {
    const n = s.length;
    let p = start;
    for (; p < limit; p++) {
      const c = s.charCodeAt(p);
      if (c === EQ || c <= 32) break;
      if (c === GT || c === SLASH || c === QUOT || c === APOS || c === AMP)
        fail(`bad attribute in <${element}>`);
    }
    if (p >= limit) return this.cut(limit, n);
    const name = s.slice(start, p);
    while (p < limit && isSpace(s.charCodeAt(p))) p++;
    if (p >= limit) return this.cut(limit, n);
    if (s.charCodeAt(p) !== EQ) fail(`attribute ${name} of <${element}> has no value`);
    p++;
    while (p < limit && isSpace(s.charCodeAt(p))) p++;
    if (p >= limit) return this.cut(limit, n);
    const q = s.charCodeAt(p);
    if (q !== QUOT && q !== APOS) fail(`attribute ${name} of <${element}> is not quoted`);
    const close = s.indexOf(q === QUOT ? '"' : "'", p + 1);
    if (close < 0 || close > limit) return this.cut(limit, n);
    const value = readValue(s.slice(p + 1, close));
    const tag = this.tag;
    for (let k = 0; k < tag.count; k++)
      if (tag.names[k] === name) fail(`attribute ${name} twice in <${element}>`);
    tag.names[tag.count] = name;
    tag.values[tag.count] = value;
    tag.count++;
    return close + 1;
  }
}

/**
 * Bytes decoded at a time: the strings stay small enough for V8's young generation (a large
 * string is a large object, freed only by a full collection), however big the chunks read.
 */
const DECODE_BYTES = 32 * 1024;
const LT_BYTE = 0x3c;

/** Scans XML given in chunks (a zip entry's bytes, or strings); a leading BOM is skipped. */
export async function scanChunks(
  chunks: AsyncIterable<unknown> | Iterable<unknown>,
  on: XmlEvents,
): Promise<void> {
  const scanner = new XmlScanner(on);
  const decoder = new StringDecoder("utf8");
  let start = true;
  const feed = (text: string) => {
    let s = text;
    if (start && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      start = false;
    }
    scanner.write(s);
  };
  // Bytes are decoded up to the last `<` (a byte no UTF-8 sequence holds), the rest with the next
  // ones: the strings end between tokens and are scanned as decoded, not joined to a cut token
  // (V8 reads a joined string's characters through an indirection, at twice the cost).
  let carry: Buffer | undefined;
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      if (carry) feed(decoder.write(carry));
      carry = undefined;
      feed(chunk);
      continue;
    }
    const bytes = chunk as Buffer;
    for (let at = 0; at < bytes.length; at += DECODE_BYTES) {
      const piece = bytes.subarray(at, at + DECODE_BYTES);
      const data = carry ? Buffer.concat([carry, piece]) : piece;
      const cut = data.lastIndexOf(LT_BYTE);
      carry = cut > 0 ? data.subarray(cut) : undefined;
      feed(decoder.write(cut > 0 ? data.subarray(0, cut) : data));
    }
  }
  if (carry) feed(decoder.write(carry));
  feed(decoder.end());
  scanner.end();
}
