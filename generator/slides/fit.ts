// Font sizes that fit text into a box, from the bundled fonts' real advances, so
// no slide depends on an app's autofit (PowerPoint and Impress differ there).
import { textWidth } from "../charts/fonts.ts";

/** Inner padding of every text box, in points (pptxgenjs `margin`). */
export const BOX_MARGIN_PT = 4;
const LINE = 1.2;
/** Word wrap leaves a ragged edge and apps measure a little wider: keep some room. */
const SLACK = 0.92;

/** Lines `text` takes at `pt` in a box `widthIn` wide, wrapping at spaces (or anywhere, for CJK). */
export function linesAt(text: string, pt: number, widthIn: number, bold = false): number {
  const room = (widthIn * 72 - 2 * BOX_MARGIN_PT) * SLACK;
  let lines = 0;
  for (const para of text.split("\n")) {
    const words = /\s/.test(para) ? para.split(/(?<=\s)/) : [...para];
    let line = 0;
    let n = 1;
    for (const w of words) {
      const ww = textWidth(w, pt, bold);
      if (line > 0 && line + ww > room) {
        n++;
        line = 0;
      }
      line += ww;
      // A word longer than the line breaks inside it.
      for (; line > room; line -= room) n++;
    }
    lines += n;
  }
  return lines;
}

/** Height in inches of `lines` lines at `pt`, margins included. */
export const heightOf = (lines: number, pt: number): number => (lines * pt * LINE + 2 * BOX_MARGIN_PT) / 72;

/** The largest size from `maxPt` down (whole points) at which `text` fits the box; `minPt` if none does. */
export function fitFont(
  text: string,
  box: { w: number; h: number },
  maxPt: number,
  minPt: number,
  bold = false,
): number {
  for (let pt = maxPt; pt > minPt; pt--) if (heightOf(linesAt(text, pt, box.w, bold), pt) <= box.h) return pt;
  return minPt;
}
