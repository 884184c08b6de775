// The theme's logo for the deck: its pixel size read from the file (PNG, JPEG),
// or drawn by resvg (SVG, which slide apps do not all show), fitted to a box.
import { rasterize } from "./raster.ts";

/** Pixel width and height of a PNG or JPEG, or null. */
export function imageSize(b: Buffer): { width: number; height: number } | null {
  if (b.length > 24 && b[0] === 0x89 && b.toString("latin1", 12, 16) === "IHDR")
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  // JPEG: walk the segments to the first start-of-frame (C0–CF but C4, C8, CC).
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
    i += 2 + len;
  }
  return null;
}

/** A data: URI logo as pptxgenjs image data, with its size in inches inside `box`; null if unreadable. */
export async function logoImage(
  uri: string,
  box: { w: number; h: number },
): Promise<{ data: string; w: number; h: number } | null> {
  const m = /^data:([^;]+);base64,(.*)$/s.exec(uri);
  if (!m) return null;
  let type = m[1]!;
  let bytes: Buffer = Buffer.from(m[2]!, "base64");
  let size = imageSize(bytes);
  if (type === "image/svg+xml") {
    const r = await rasterize(bytes.toString("utf8"), 4).catch(() => null);
    if (!r) return null;
    type = "image/png";
    bytes = r.png;
    size = { width: r.width, height: r.height };
  }
  if (!size || size.width <= 0 || size.height <= 0) return null;
  const scale = Math.min(box.w / size.width, box.h / size.height);
  return {
    data: `${type};base64,${bytes.toString("base64")}`,
    w: size.width * scale,
    h: size.height * scale,
  };
}
