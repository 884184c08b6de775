// A pptx names one typeface per script for each run: Latin (`a:latin`), East Asian (`a:ea`)
// and complex scripts such as Arabic (`a:cs`); the viewer picks by each character's script.
// pptxgenjs writes the one `fontFace` into all three, so a Chinese deck named the bundled
// "Noto Sans SC" everywhere — a webfont cut in slices under one name, of which LibreOffice
// takes one slice and draws the rest as boxes. The slide XML is rewritten here instead.
import JSZip from "jszip";
import { escapeXml } from "../xml-text.ts";

export interface ScriptFonts {
  latin: string;
  ea: string;
  cs: string;
}

/**
 * The Latin face when the theme names none. Not the report's Noto Sans: few computers have it
 * installed, and the viewer's fallback (DejaVu Sans in LibreOffice) is wide enough to wrap card
 * figures that were fitted to Noto Sans. Arial is on Windows and macOS (Liberation Sans, of the
 * same widths, elsewhere) and a little narrower than Noto Sans, so text fitted with the bundled
 * font's advances still fits.
 */
export const LATIN_FONT = "Arial";
/**
 * Installed with Windows and Office; PowerPoint on a Mac, Keynote and Google Slides put in
 * their own Chinese sans (PingFang SC, Noto Sans CJK SC) when it is missing, and so does
 * LibreOffice through fontconfig's substitution for Chinese.
 */
export const EAST_ASIAN_FONT = "Microsoft YaHei";
/** Arial carries Arabic on Windows and macOS; elsewhere it is mapped to a face that does too. */
export const COMPLEX_SCRIPT_FONT = "Arial";

/** The theme's font sets Latin text; Chinese and Arabic get a face that has their script. */
export const scriptFonts = (themeFont: string | null | undefined): ScriptFonts => ({
  latin: themeFont ?? LATIN_FONT,
  ea: EAST_ASIAN_FONT,
  cs: COMPLEX_SCRIPT_FONT,
});

/** The deck with every run's East Asian and complex-script typefaces set per script. */
export async function typefacesPerScript(pptx: Uint8Array, fonts: ScriptFonts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  const slides = Object.keys(zip.files).filter((n) =>
    /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n),
  );
  for (const name of slides) {
    const xml = await zip.files[name]!.async("string");
    const out = xml
      .replace(/<a:latin typeface="[^"]*"/g, `<a:latin typeface="${escapeXml(fonts.latin)}"`)
      .replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${escapeXml(fonts.ea)}"`)
      .replace(/<a:cs typeface="[^"]*"/g, `<a:cs typeface="${escapeXml(fonts.cs)}"`);
    if (out !== xml) zip.file(name, out);
  }
  // Stored, as pptxgenjs writes it: a later run finds its marker by reading the bytes.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
