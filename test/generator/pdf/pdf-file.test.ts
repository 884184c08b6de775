// Reading a PDF's cross-reference table: entries of the standard width are looked up where
// they must be; a table written with other line ends is read entry by entry, to the same result.
import { describe, expect, it } from "vitest";
import { destinationPages, withInfo } from "../../../generator/pdf/pdf-file.ts";

/** A two-page PDF whose named destinations "intro" and "s-end" are on pages 1 and 2; `eol` ends each xref entry. */
function tinyPdf(eol: string): Uint8Array {
  const objects = [
    "<</Type /Catalog /Pages 2 0 R /Dests 4 0 R>>",
    "<</Type /Pages /Kids [3 0 R 5 0 R] /Count 2>>",
    "<</Type /Page /Parent 2 0 R>>",
    "<</intro [3 0 R /XYZ 0 800 0] /s#2Dend [5 0 R /XYZ 0 800 0]>>",
    "<</Type /Page /Parent 2 0 R>>",
  ];
  let text = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xrefAt = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f${eol}`;
  for (const at of offsets) text += `${String(at).padStart(10, "0")} 00000 n${eol}`;
  text += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

describe("PDF cross-reference table", () => {
  it.each([
    ["standard 20-byte entries", " \n"],
    ["entries with a one-byte line end", "\n"],
  ])("finds the page of each named destination (%s)", (_, eol) => {
    expect(Object.fromEntries(destinationPages(tinyPdf(eol)))).toEqual({ intro: 1, "s-end": 2 });
  });

  it("still reads the destinations after the document information was added as an update", () => {
    const pdf = withInfo(tinyPdf(" \n"), { title: "Spring", author: null, creator: "campaign-postmortem" });
    const text = Buffer.from(pdf).toString("latin1");
    // The update appends the Info object (number 6, the next free one) and a trailer pointing back.
    expect(text).toMatch(/\n6 0 obj\n<<\/Title <FEFF0053007000720069006E0067>\n\/Creator <FEFF/);
    expect(text).toMatch(/\/Info 6 0 R\n\/Prev \d+>>/);
    expect(Object.fromEntries(destinationPages(pdf))).toEqual({ intro: 1, "s-end": 2 });
  });
});
