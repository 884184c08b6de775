import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Font } from "opentype.js";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "../../../generator/charts/fonts.ts";

const require = createRequire(import.meta.url);
const opentype = require("opentype.js") as typeof import("opentype.js");
const file = (pkg: string, name: string) =>
  require.resolve(`@fontsource/${pkg}/files/${pkg}-${name}-normal.woff`);
const bytes = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe("woffToSfnt", () => {
  it("gives the font opentype.js reads from the WOFF itself: same glyphs, advances and kerning", () => {
    const woff = readFileSync(file("noto-sans", "latin-400"));
    const direct: Font = opentype.parse(bytes(woff));
    const sfnt = woffToSfnt(woff);
    // An SFNT, not a WOFF: TrueType outlines (0x00010000), and every table unpacked.
    expect(new DataView(sfnt).getUint32(0)).toBe(0x00010000);
    const font: Font = opentype.parse(sfnt);
    expect(font.unitsPerEm).toBe(direct.unitsPerEm);
    for (const ch of ["A", "g", "7", "€"]) {
      expect(font.charToGlyphIndex(ch)).toBe(direct.charToGlyphIndex(ch));
      expect(font.charToGlyph(ch).advanceWidth).toBe(direct.charToGlyph(ch).advanceWidth);
    }
    // And the kerning tables.
    expect(font.getAdvanceWidth("AV", 1000, { kerning: true })).toBe(
      direct.getAdvanceWidth("AV", 1000, { kerning: true }),
    );
  });

  it("unpacks a WOFF whose tables opentype.js's own inflate rejects (Noto Sans SC slice 101)", () => {
    const woff = readFileSync(file("noto-sans-sc", "101-400"));
    expect(() => opentype.parse(bytes(woff))).toThrow();
    const font: Font = opentype.parse(woffToSfnt(woff));
    expect(font.charToGlyphIndex("簿")).toBeGreaterThan(0);
  });

  it("refuses what is not a WOFF", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, just some text here", "latin1"))).toThrow(
      /not a WOFF/,
    );
  });
});
