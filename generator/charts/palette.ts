// Chart colours: one fixed colour per platform / tier / cooperation model so every chart
// agrees, and a palette of its own per dimension, so on a page with all three charts a
// colour still means one thing: platforms take the Okabe–Ito hues, tiers a teal ramp
// (light = small), deal types muted colours of clearly different lightness. Each set stays
// apart under the common colour-vision deficiencies (checked in the tests).
import type { CooperationModel, Platform, Tier } from "../../core/index.ts";

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** Order for categories with no fixed colour; yellow last (weakest on white). */
export const CATEGORICAL: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

// Eleven platforms, eight hues: the three rarely charted together (linkedin, blog, other)
// take greys of clearly different lightness instead of repeating a hue (checked for CVD in the tests).
export const PLATFORM_COLORS: Record<Platform, string> = {
  tiktok: OKABE_ITO.black,
  instagram: OKABE_ITO.reddishPurple,
  youtube: OKABE_ITO.vermillion,
  pinterest: OKABE_ITO.orange,
  facebook: OKABE_ITO.blue,
  x: OKABE_ITO.skyBlue,
  twitch: OKABE_ITO.bluishGreen,
  snapchat: OKABE_ITO.yellow,
  linkedin: "#3F3F3F",
  blog: "#767676",
  other: "#BDBDBD",
};

/** Tiers: one teal hue from light to dark, so size order reads even without colour. */
export const TIER_COLORS: Record<Tier, string> = {
  nano: "#A8DDD5",
  micro: "#62BDB0",
  mid: "#2E9488",
  macro: "#176B62",
  mega: "#004A3C",
};

/** Deal types: indigo, sand, lavender and rust, none of them a platform's or a tier's. */
export const MODEL_COLORS: Record<CooperationModel, string> = {
  fixed_fee: "#253A7A",
  gifted: "#E0BE6A",
  affiliate: "#9B7FC6",
  hybrid: "#8B3A1E",
};

export type ColorKind = "platform" | "tier" | "cooperation_model";

/** A Vega-Lite `scale` for a colour channel: fixed colours for known keys, the next unused Okabe–Ito colour otherwise. */
export function scaleFor(kind: ColorKind, keys: readonly string[]): { domain: string[]; range: string[] } {
  const map: Record<string, string> =
    kind === "platform" ? PLATFORM_COLORS : kind === "tier" ? TIER_COLORS : MODEL_COLORS;
  const used = new Set(keys.map((k) => map[k]).filter((c): c is string => !!c));
  const spare = CATEGORICAL.filter((c) => !used.has(c));
  let next = 0;
  const range = keys.map((k) => {
    const fixed = map[k];
    if (fixed) return fixed;
    const c = spare[next % Math.max(spare.length, 1)] ?? CATEGORICAL[next % CATEGORICAL.length]!;
    next++;
    return c;
  });
  return { domain: [...keys], range };
}

// ------------------------------------------------------------------ contrast (WCAG 2.x)

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(Number.parseInt(h, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background` (for labels inside bars). */
export function textOn(background: string): "#000000" | "#FFFFFF" {
  return contrastRatio(background, "#000000") >= contrastRatio(background, "#FFFFFF") ? "#000000" : "#FFFFFF";
}

/** Chart text colours: all at least 4.5:1 on white (WCAG AA for small text). */
export const CHART_TEXT = {
  title: "#111827",
  label: "#4B5563",
  axisTitle: "#374151",
} as const;

/** The shared Vega-Lite `config`: theme font and brand, quiet axes, readable text. */
export function chartConfig(theme: { brand: string; font: string }): Record<string, unknown> {
  return {
    font: theme.font,
    background: "white",
    view: { stroke: null },
    range: { category: [...CATEGORICAL] },
    axis: {
      labelColor: CHART_TEXT.label,
      titleColor: CHART_TEXT.axisTitle,
      labelFontSize: 11,
      titleFontSize: 11,
      titleFontWeight: 600,
      gridColor: "#E5E7EB",
      domainColor: "#9CA3AF",
      tickColor: "#9CA3AF",
    },
    legend: {
      labelColor: CHART_TEXT.label,
      titleColor: CHART_TEXT.axisTitle,
      labelFontSize: 11,
      titleFontSize: 11,
    },
    title: { anchor: "start", color: CHART_TEXT.title, fontSize: 13 },
    bar: { color: theme.brand },
    line: { color: theme.brand },
    point: { color: theme.brand },
    area: { color: theme.brand },
  };
}

// ------------------------------------------------------------------ colour-vision check

export type Vision = "normal" | "protan" | "deutan" | "tritan";

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const CVD: Record<Exclude<Vision, "normal">, number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function linearRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [m[1]!, m[2]!, m[3]!].map((h) => channel(Number.parseInt(h, 16))) as [number, number, number];
}

/** CIELAB (D65) of a colour as seen with `vision`. */
export function labAs(hex: string, vision: Vision = "normal"): [number, number, number] {
  let rgb = linearRgb(hex);
  if (vision !== "normal") {
    const m = CVD[vision];
    rgb = m.map((row) =>
      Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2])),
    ) as [number, number, number];
  }
  const [r, g, b] = rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two colours as seen with `vision` (≈2.3 is just noticeable; 10+ reads as different). */
export function deltaE(a: string, b: string, vision: Vision = "normal"): number {
  const [l1, a1, b1] = labAs(a, vision);
  const [l2, a2, b2] = labAs(b, vision);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
