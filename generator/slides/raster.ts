// Chart SVG → PNG for the deck, drawn by resvg with the same bundled fonts the
// report embeds, so Chinese and Arabic labels render without system fonts.
import { Resvg } from "@resvg/resvg-js";
import { REPORT_FONT_FAMILY } from "../charts/fonts.ts";
import { fontFilesFor } from "./fonts.ts";
import { oneFontPerText } from "./text-runs.ts";

export interface Raster {
  png: Buffer;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
}

/** The visible text of an SVG (what needs glyphs), entities decoded. */
function svgText(svg: string): string {
  return [...svg.matchAll(/>([^<]+)</g)]
    .map((m) => m[1]!)
    .join(" ")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!,
    );
}

/** Renders `svg` at `scale` × its own size (vega sizes charts in CSS px: 3 × is about 290 dpi on a slide). */
export async function rasterize(svg: string, scale = 3): Promise<Raster> {
  const fontFiles = await fontFilesFor(svgText(svg));
  const r = new Resvg(oneFontPerText(svg), {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: REPORT_FONT_FAMILY },
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    logLevel: "off",
  });
  const img = r.render();
  return { png: img.asPng(), width: img.width, height: img.height };
}
