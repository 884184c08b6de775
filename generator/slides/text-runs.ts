// resvg shapes a <text> with one font and lays out one direction: a label that mixes
// Arabic (or Chinese) with Latin figures, "المتوسط 6,709 US$", comes out as boxes. So
// before rasterising, each such label becomes one <text> per run of one bundled family,
// placed side by side in reading order (right to left for an Arabic label), each run
// naming its family so its weight is found too.
import {
  ARABIC_FONT_FAMILY,
  CJK_FONT_FAMILY,
  type FontFamily,
  familyFor,
  REPORT_FONT_FAMILY,
  textWidth,
} from "../charts/fonts.ts";
import { escapeXml, unescapeXml } from "../xml-text.ts";

interface Run {
  family: FontFamily;
  text: string;
  /** Right to left (Arabic), left to right, or neither (spaces and punctuation between runs). */
  dir: "rtl" | "ltr" | null;
}

/** Bidi controls: the order is worked out here, each run is one direction. */
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * The text's runs of one family, in logical order: the family that draws each character, as
 * the report's font stack picks it; the spaces and punctuation at the ends of a left-to-right
 * run split off, as their direction is the one around them.
 */
export function fontRuns(text: string): Run[] {
  const byFamily: { family: FontFamily; text: string; ltr: boolean }[] = [];
  // Inside a left-to-right isolate (how the report sets a figure in an Arabic label) all is one direction.
  let ltrDepth = 0;
  for (const ch of text) {
    if (ch === "\u2066") ltrDepth++;
    else if (ch === "\u2069" && ltrDepth > 0) ltrDepth--;
    if (CONTROLS.test(ch)) continue;
    const last = byFamily.at(-1);
    const family = familyFor(ch) ?? last?.family ?? REPORT_FONT_FAMILY;
    const ltr = ltrDepth > 0;
    if (last && last.family === family && last.ltr === ltr) last.text += ch;
    else byFamily.push({ family, text: ch, ltr });
  }
  return byFamily.flatMap(({ family, text, ltr }): Run[] => {
    if (ltr) return [{ family, text, dir: "ltr" }];
    if (family === ARABIC_FONT_FAMILY) return [{ family, text, dir: "rtl" }];
    const m = /^([\s\p{P}\p{S}]*)(.*?)([\s\p{P}\p{S}]*)$/su.exec(text)!;
    return [
      { family, text: m[1]!, dir: null },
      { family, text: m[2]!, dir: "ltr" },
      { family, text: m[3]!, dir: null },
    ].filter((r) => r.text !== "") as Run[];
  });
}

/**
 * Runs left to right as they are seen. A label that starts with Arabic reads from the
 * right: its groups of one direction go in reverse, and so do the runs of an Arabic group;
 * spaces and punctuation between two directions take the label's.
 */
export function visualOrder(runs: Run[]): Run[] {
  const base = runs.find((r) => /\p{L}/u.test(r.text))?.dir === "rtl" ? "rtl" : "ltr";
  const dirOf = (i: number): "rtl" | "ltr" => {
    const r = runs[i]!;
    if (r.dir) return r.dir;
    const before = runs
      .slice(0, i)
      .reverse()
      .find((x) => x.dir)?.dir;
    const after = runs.slice(i + 1).find((x) => x.dir)?.dir;
    return before && before === after ? before : base;
  };
  const groups: { dir: "rtl" | "ltr"; runs: Run[] }[] = [];
  runs.forEach((run, i) => {
    const dir = dirOf(i);
    // Spaces and punctuation read from the right are drawn mirrored: "): " → " :(".
    const r = run.dir === null && dir === "rtl" ? { ...run, text: mirrored(run.text) } : run;
    const g = groups.at(-1);
    if (g && g.dir === dir) g.runs.push(r);
    else groups.push({ dir, runs: [r] });
  });
  if (base === "rtl") groups.reverse();
  return groups.flatMap((g) => (g.dir === "rtl" ? [...g.runs].reverse() : g.runs));
}

const MIRROR: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "«": "»", "»": "«" };
const mirrored = (s: string) =>
  [...s]
    .reverse()
    .map((c) => MIRROR[c] ?? c)
    .join("");

const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

function split(attrs: string, body: string): string | null {
  const runs = fontRuns(unescapeXml(body));
  if (runs.every((r) => r.family === REPORT_FONT_FAMILY)) return null;
  const size = Number.parseFloat(attr(attrs, "font-size") ?? "11");
  const weight = attr(attrs, "font-weight") ?? "normal";
  const bold = weight === "bold" || Number(weight) >= 600;
  const ordered = visualOrder(runs);
  const widths = ordered.map((r) => textWidth(r.text, size, bold));
  const total = widths.reduce((a, b) => a + b, 0);
  const anchor = attr(attrs, "text-anchor") ?? "start";
  let x = anchor === "middle" ? -total / 2 : anchor === "end" ? -total : 0;
  const rest = attrs.replace(/\s(text-anchor|font-family)="[^"]*"/g, "");
  // The Chinese font comes in slices under one name: resvg finds the bold face of one slice
  // and takes the other slices' glyphs from whichever face it meets first, so a bold
  // Chinese run would be bold in patches. It is set in the regular weight throughout.
  const regular = rest.replace(/\sfont-weight="[^"]*"/, "");
  return ordered
    .map((r, i) => {
      const a = r.family === CJK_FONT_FAMILY ? regular : rest;
      const piece = `<text${a} text-anchor="start" xml:space="preserve" x="${x.toFixed(2)}" font-family="&quot;${r.family}&quot;">${escapeXml(r.text)}</text>`;
      x += widths[i]!;
      return piece;
    })
    .join("");
}

/** The SVG with every label that needs more than the Latin font set as runs of one font each. */
export function oneFontPerText(svg: string): string {
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (whole, attrs: string, body: string) =>
    /\sx="/.test(attrs) ? whole : (split(attrs, body) ?? whole),
  );
}
