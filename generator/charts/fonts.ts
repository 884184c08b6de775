// Bundled Noto fonts: @font-face CSS with only the subsets a report's text needs,
// and text widths from the real metrics (for chart layout in Node).
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import type { Font } from "opentype.js";

const require = createRequire(import.meta.url);
// The CJS build: opentype.js's "module" build has no default export. Loaded at the first
// measurement: an HTML page without charts, or a PDF's header, never parses a font.
let opentypeModule: typeof import("opentype.js") | undefined;
const opentype = () => (opentypeModule ??= require("opentype.js") as typeof import("opentype.js"));

export const REPORT_FONT_FAMILY = "Noto Sans";
export const ARABIC_FONT_FAMILY = "Noto Sans Arabic";
export const CJK_FONT_FAMILY = "Noto Sans SC";
/** Fallback order: the order of `font-family` in REPORT_FONT_STACK, which the subset choice mirrors. */
export const FONT_FAMILIES = [REPORT_FONT_FAMILY, ARABIC_FONT_FAMILY, CJK_FONT_FAMILY] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type FontWeight = 400 | 500 | 600 | 700;

/** CSS font-family list; a theme font goes first, the bundled fonts cover what it lacks. */
export function fontStack(primary: string = REPORT_FONT_FAMILY): string {
  const names = [primary, ...FONT_FAMILIES.filter((f) => f !== primary)];
  return [...names.map((n) => `"${n.replace(/["\\]/g, "")}"`), "sans-serif"].join(", ");
}
export const REPORT_FONT_STACK = fontStack();

const PACKAGES: Record<FontFamily, string> = {
  "Noto Sans": "@fontsource/noto-sans",
  "Noto Sans Arabic": "@fontsource/noto-sans-arabic",
  "Noto Sans SC": "@fontsource/noto-sans-sc",
};

export interface FontSubset {
  family: FontFamily;
  /** fontsource subset name: "latin", "vietnamese", "arabic", "57" (SC slices are numbered). */
  name: string;
  unicodeRange: string;
  ranges: Array<[number, number]>;
}

const subsetCache = new Map<FontFamily, FontSubset[]>();

function subsetsOf(family: FontFamily): FontSubset[] {
  let subsets = subsetCache.get(family);
  if (!subsets) {
    const file = require.resolve(`${PACKAGES[family]}/unicode.json`);
    const json = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    subsets = Object.entries(json).map(([key, unicodeRange]) => ({
      family,
      name: key.replace(/^\[(\d+)\]$/, "$1"),
      unicodeRange,
      ranges: parseUnicodeRange(unicodeRange),
    }));
    subsetCache.set(family, subsets);
  }
  return subsets;
}

function parseUnicodeRange(css: string): Array<[number, number]> {
  return css.split(",").map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(lo ?? "", 16);
    return [start, hi ? Number.parseInt(hi, 16) : start];
  });
}

export function fontFile(subset: FontSubset, weight: FontWeight, ext: "woff" | "woff2"): string {
  const pkg = PACKAGES[subset.family];
  const id = pkg.slice(pkg.indexOf("/") + 1);
  return require.resolve(`${pkg}/files/${id}-${subset.name}-${weight}-normal.${ext}`);
}

const fontCache = new Map<string, Font | null>();

/**
 * A WOFF file as the plain font (SFNT) it wraps: each table inflated by Node's zlib. opentype.js
 * would inflate them itself in JavaScript, several times slower: the fonts a report measures
 * with parsed in a third of the time. Same tables, so the same font.
 */
export function woffToSfnt(woff: Buffer): ArrayBuffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF file");
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    return {
      tag: woff.readUInt32BE(at),
      offset: woff.readUInt32BE(at + 4),
      packed: woff.readUInt32BE(at + 8),
      length: woff.readUInt32BE(at + 12),
      checksum: woff.readUInt32BE(at + 16),
    };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const font = new ArrayBuffer(tables.reduce((n, t) => n + padded(t.length), 12 + 16 * count));
  const out = Buffer.from(font);
  // The SFNT header: its flavor, then the binary-search fields of the table directory.
  const log2 = Math.floor(Math.log2(count));
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(2 ** log2 * 16, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(count * 16 - 2 ** log2 * 16, 10);
  let at = 12 + 16 * count;
  for (const [i, t] of tables.entries()) {
    const raw = woff.subarray(t.offset, t.offset + t.packed);
    const data = t.packed < t.length ? inflateSync(raw) : raw;
    if (data.length !== t.length) throw new Error("WOFF table of the wrong length");
    const entry = 12 + 16 * i;
    out.writeUInt32BE(t.tag, entry);
    out.writeUInt32BE(t.checksum, entry + 4);
    out.writeUInt32BE(at, entry + 8);
    out.writeUInt32BE(t.length, entry + 12);
    data.copy(out, at);
    at += padded(t.length);
  }
  return font;
}

function loadFont(subset: FontSubset, weight: FontWeight): Font | null {
  const file = fontFile(subset, weight, "woff");
  let font = fontCache.get(file);
  if (font === undefined) {
    try {
      font = opentype().parse(woffToSfnt(readFileSync(file)));
    } catch {
      font = null;
    }
    fontCache.set(file, font);
  }
  return font;
}

function inRanges(ranges: Array<[number, number]>, cp: number): boolean {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

const resolved = new Map<string, Map<number, FontSubset | null>>();

/** The subset that renders `cp`: first family (in order) whose unicode-range covers it and whose font has the glyph, as a browser would pick. */
function subsetFor(cp: number, families: readonly FontFamily[]): FontSubset | null {
  const key = families.join("|");
  let byCp = resolved.get(key);
  if (!byCp) resolved.set(key, (byCp = new Map()));
  let hit = byCp.get(cp);
  if (hit !== undefined) return hit;
  hit = null;
  const ch = String.fromCodePoint(cp);
  search: for (const family of families) {
    for (const subset of subsetsOf(family)) {
      if (!inRanges(subset.ranges, cp)) continue;
      // unicode-range is a claim; the glyph may still be missing, then the browser falls through too.
      if ((loadFont(subset, 400)?.charToGlyphIndex(ch) ?? 0) > 0) {
        hit = subset;
        break search;
      }
    }
  }
  byCp.set(cp, hit);
  return hit;
}

const IGNORED = /[\p{Cc}\p{Cf}]/u;

/**
 * The bundled family that has the glyph for `ch`: `prefer` when it has it (so a space or a
 * digit stays in the run it is in), else the first in fallback order; null when none has it.
 */
export function familyFor(ch: string, prefer: FontFamily | null = null): FontFamily | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (prefer && subsetFor(cp, [prefer])) return prefer;
  return subsetFor(cp, FONT_FAMILIES)?.family ?? null;
}

/** The font subsets that `text` needs, in CSS order; Noto Sans latin is always in (digits, punctuation). */
export function fontSubsetsFor(text: string, families: readonly FontFamily[] = FONT_FAMILIES): FontSubset[] {
  const needed = new Set<FontSubset>();
  const latin = families.includes(REPORT_FONT_FAMILY)
    ? subsetsOf(REPORT_FONT_FAMILY).find((s) => s.name === "latin")
    : undefined;
  if (latin) needed.add(latin);
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (seen.has(cp) || IGNORED.test(ch)) continue;
    seen.add(cp);
    const subset = subsetFor(cp, families);
    if (subset) needed.add(subset);
  }
  return families.flatMap((f) => subsetsOf(f).filter((s) => needed.has(s)));
}

const base64Cache = new Map<string, Promise<string>>();

function base64Of(file: string): Promise<string> {
  let data = base64Cache.get(file);
  if (!data) {
    data = readFile(file).then((b) => b.toString("base64"));
    base64Cache.set(file, data);
  }
  return data;
}

/**
 * @font-face rules with the woff2 files inlined as data: URIs, limited to the
 * subsets whose unicode-range the characters of `text` fall in. Pass the whole
 * report (HTML included: markup adds only ASCII) so every glyph is covered.
 */
export async function fontFaceCss(opts: {
  text: string;
  families?: string[];
  weights?: FontWeight[];
}): Promise<string> {
  const families = (opts.families ?? [...FONT_FAMILIES]).filter((f): f is FontFamily =>
    (FONT_FAMILIES as readonly string[]).includes(f),
  );
  const weights = opts.weights ?? [400, 700];
  const rules: string[] = [];
  for (const subset of fontSubsetsFor(opts.text, families)) {
    for (const weight of weights) {
      const data = await base64Of(fontFile(subset, weight, "woff2"));
      rules.push(
        `/* ${subset.family} ${subset.name} ${weight} */\n` +
          `@font-face{font-family:"${subset.family}";font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${subset.unicodeRange}}`,
      );
    }
  }
  return rules.join("\n");
}

const widthCache = new Map<string, number>();

/** Advance width in px of `text` set in the report font (with the Arabic/SC fallbacks), as the browser lays it out give or take kerning. */
export function textWidth(text: string, fontSizePx: number, bold = false): number {
  if (!text || fontSizePx <= 0) return 0;
  const key = (bold ? "b" : "r") + text;
  let unit = widthCache.get(key);
  if (unit === undefined) {
    unit = unitWidth(text, bold ? 700 : 400);
    if (widthCache.size > 20_000) widthCache.clear();
    widthCache.set(key, unit);
  }
  return unit * fontSizePx;
}

function unitWidth(text: string, weight: FontWeight): number {
  let total = 0;
  let run = "";
  let runSubset: FontSubset | null = null;
  const flush = () => {
    if (run && runSubset) total += runWidth(run, runSubset, weight);
    run = "";
  };
  for (const ch of text) {
    if (IGNORED.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const subset = subsetFor(cp, FONT_FAMILIES);
    if (!subset) {
      // No bundled glyph (emoji…): the browser's fallback font, roughly.
      flush();
      total += cp >= 0x1100 ? 1 : 0.6;
      continue;
    }
    if (subset !== runSubset) flush();
    runSubset = subset;
    run += ch;
  }
  flush();
  return total;
}

function runWidth(run: string, subset: FontSubset, weight: FontWeight): number {
  const font = loadFont(subset, weight) ?? loadFont(subset, 400);
  if (!font) return [...run].length * 0.6;
  if (subset.family !== ARABIC_FONT_FAMILY) {
    try {
      return font.getAdvanceWidth(run, 1, { kerning: true });
    } catch {}
  }
  // opentype.js 1.3 cannot apply Noto Sans Arabic's contextual lookups (it throws), and isolated
  // letters are far wider than joined ones (ب 993 units alone, 269 at a word's start): take
  // the joined forms' advances from the font's Presentation Forms-B glyphs instead.
  let units = 0;
  for (const ch of subset.family === ARABIC_FONT_FAMILY ? arabicForms(run) : run) {
    const glyph =
      font.charToGlyphIndex(ch) > 0 ? font.charToGlyph(ch) : font.charToGlyph(ch.normalize("NFKC"));
    units += glyph.advanceWidth ?? 0;
  }
  return units / font.unitsPerEm;
}

// ------------------------------------------------------------------ Arabic joining

type Forms = { isol: string; fina: string; init?: string; medi?: string };
let formTable: Map<string, Forms> | undefined;

/** Letter (or lam-alef pair) → its Presentation Forms-B characters, read off Unicode's own decompositions. */
function forms(): Map<string, Forms> {
  if (formTable) return formTable;
  const groups = new Map<string, string[]>();
  for (let cp = 0xfe80; cp <= 0xfefc; cp++) {
    const ch = String.fromCodePoint(cp);
    const base = ch.normalize("NFKC");
    if (base === ch) continue;
    groups.set(base, [...(groups.get(base) ?? []), ch]);
  }
  formTable = new Map();
  // Each letter's forms are consecutive: isolated, final[, initial, medial].
  for (const [base, g] of groups) {
    const [isol, fina, init, medi] = g;
    if (isol && fina) formTable.set(base, { isol, fina, ...(init && medi ? { init, medi } : {}) });
  }
  return formTable;
}

const TRANSPARENT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/;
const LAM = "\u0644";
const ALEFS = "\u0622\u0623\u0625\u0627";

/** `run` with each Arabic letter replaced by the form it takes in context (and lam-alef by its ligature). */
export function arabicForms(run: string): string[] {
  const table = forms();
  const chars = [...run];
  // Letters with all four forms join on both sides (dual-joining); tatweel joins too.
  const joinsForward = (c: string | undefined) => c === "\u0640" || (c !== undefined && !!table.get(c)?.init);
  const joinsBack = (c: string | undefined) => c === "\u0640" || (c !== undefined && table.has(c));
  const out: string[] = [];
  let prevJoins = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (TRANSPARENT.test(c)) {
      out.push(c);
      continue;
    }
    let j = i + 1;
    while (j < chars.length && TRANSPARENT.test(chars[j]!)) j++;
    const next = chars[j];
    if (c === LAM && next !== undefined && ALEFS.includes(next)) {
      const lig = table.get(c + next);
      if (lig) {
        out.push(prevJoins ? lig.fina : lig.isol);
        i = j;
        prevJoins = false; // alef never joins forward
        continue;
      }
    }
    const f = table.get(c);
    if (!f) {
      out.push(c);
      prevJoins = c === "\u0640";
      continue;
    }
    const forward = !!f.init && joinsBack(next);
    out.push(prevJoins ? (forward ? f.medi! : f.fina) : forward ? f.init! : f.isol);
    prevJoins = forward && joinsForward(c);
  }
  return out;
}
