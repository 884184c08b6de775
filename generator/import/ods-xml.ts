// Just enough XML to edit an OpenDocument part in place: a scanner that finds each tag's
// offsets in one pass, and helpers that rewrite one start tag, so every byte between the
// edited elements is carried over as it was.
import { escapeXml, unescapeXml } from "../xml-text.ts";

export type TagKind = "open" | "close" | "empty";

// A start/end/empty tag (attribute values may hold `>`), or markup that holds no element.
const TAG =
  /<(?:(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|!--[\s\S]*?-->|\?[\s\S]*?\?>|!\[CDATA\[[\s\S]*?\]\]>|!DOCTYPE[^>]*>)/y;

/** Walks the tags of `xml[from, to)` in order; malformed markup throws. */
export class TagScanner {
  kind: TagKind = "open";
  name = "";
  /** Offset of the tag's `<` and just after its `>`. */
  start = 0;
  end = 0;
  private pos: number;

  constructor(
    private readonly xml: string,
    from = 0,
    private readonly to = xml.length,
  ) {
    this.pos = from;
  }

  next(): boolean {
    for (;;) {
      const lt = this.xml.indexOf("<", this.pos);
      if (lt < 0 || lt >= this.to) return false;
      TAG.lastIndex = lt;
      const m = TAG.exec(this.xml);
      if (!m) throw new Error(`malformed XML at offset ${lt}`);
      this.pos = TAG.lastIndex;
      if (m[2] === undefined) continue;
      this.name = m[2];
      this.start = lt;
      this.end = this.pos;
      this.kind = m[1] ? "close" : m[4] ? "empty" : "open";
      return true;
    }
  }

  /** After an open tag: moves to its matching close tag (same name, nesting counted). */
  skipToClose(): void {
    if (this.kind !== "open") return;
    const name = this.name;
    let depth = 1;
    while (this.next()) {
      if (this.name !== name) continue;
      if (this.kind === "open") depth++;
      else if (this.kind === "close" && --depth === 0) return;
    }
    throw new Error(`unclosed <${name}>`);
  }
}

/** An element's extent in its part, and its start tag's end. */
export interface Span {
  start: number;
  end: number;
  tagEnd: number;
}

/** The element whose tag the scanner is on, as a span (the scanner left on its close). */
export function spanOf(s: TagScanner): Span {
  const start = s.start;
  const tagEnd = s.end;
  s.skipToClose();
  return { start, end: s.end, tagEnd };
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A start tag's attributes in order, values as written (escaped). */
export function attrsOf(tag: string): [string, string][] {
  const head = tag.replace(/^<[^\s/>]+/, "");
  return [...head.matchAll(ATTR)].map((m) => [m[1]!, m[2] ?? m[3] ?? ""]);
}

/** One attribute's value, unescaped; undefined when absent. */
export function attrOf(tag: string, name: string): string | undefined {
  if (!tag.includes(name)) return undefined;
  const found = attrsOf(tag).find(([k]) => k === name);
  return found ? unescapeXml(found[1]) : undefined;
}

/** A start tag with `name` set to `value` (escaped here), or removed when value is null. */
export function withAttr(tag: string, name: string, value: string | null): string {
  const element = /^<([^\s/>]+)/.exec(tag)?.[1] ?? "";
  const empty = /\/\s*>$/.test(tag);
  const attrs = attrsOf(tag);
  const at = attrs.findIndex(([k]) => k === name);
  if (value === null) {
    if (at >= 0) attrs.splice(at, 1);
  } else if (at >= 0) attrs[at] = [name, escapeXml(value)];
  else attrs.push([name, escapeXml(value)]);
  return `<${element}${attrs.map(([k, v]) => ` ${k}="${v}"`).join("")}${empty ? "/>" : ">"}`;
}

/** Where the start tag at the beginning of `xml` ends. */
export function startTagEnd(xml: string): number {
  const s = new TagScanner(xml);
  if (!s.next()) throw new Error("no start tag");
  return s.end;
}

/** An element's text with its start tag's `name` attribute changed. */
export function withElementAttr(xml: string, tagEnd: number, name: string, value: string | null): string {
  return withAttr(xml.slice(0, tagEnd), name, value) + xml.slice(tagEnd);
}
