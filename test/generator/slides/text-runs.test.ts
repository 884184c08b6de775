// Chart labels that mix scripts become one <text> per font run, in reading order, before
// resvg draws them (it shapes a <text> with one font: mixed labels came out as boxes).
import { describe, expect, it } from "vitest";
import { fontRuns, oneFontPerText, visualOrder } from "../../../generator/slides/text-runs.ts";

const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*font-family="&quot;([^&]+)&quot;"[^>]*>([^<]*)<\/text>/g)].map((m) => [
    m[1],
    m[2],
  ]);

describe("one font per chart label", () => {
  it("splits an Arabic label with a figure into runs, read from the right", () => {
    // As the report writes it: the label first-strong isolated, the figure a left-to-right isolate.
    const runs = fontRuns("\u2068المتوسط \u20666,709 US$\u2069\u2069");
    expect(runs).toEqual([
      { family: "Noto Sans Arabic", text: "المتوسط", dir: "rtl" },
      { family: "Noto Sans", text: " ", dir: null },
      { family: "Noto Sans", text: "6,709 US$", dir: "ltr" },
    ]);
    expect(visualOrder(runs).map((r) => r.text)).toEqual(["6,709 US$", " ", "المتوسط"]);
  });

  it("mirrors the punctuation between an Arabic word and a figure", () => {
    const runs = visualOrder(fontRuns("\u2068الذروة 12 مارس: \u206620,570 US$\u2069\u2069"));
    expect(runs.map((r) => r.text)).toEqual(["20,570 US$", " :", "مارس", " ", "12", " ", "الذروة"]);
  });

  it("keeps a left-to-right label in order, Chinese and Latin each in their font", () => {
    expect(visualOrder(fontRuns("4月5日")).map((r) => [r.family, r.text])).toEqual([
      ["Noto Sans", "4"],
      ["Noto Sans SC", "月"],
      ["Noto Sans", "5"],
      ["Noto Sans SC", "日"],
    ]);
  });

  it("places the runs side by side from the label's anchor and leaves Latin labels alone", () => {
    const label = `<text text-anchor="end" transform="translate(530,126)" font-family="&quot;Noto Sans&quot;, sans-serif" font-size="10px" font-weight="bold">\u2068المتوسط \u20666,709 US$\u2069\u2069</text>`;
    const out = oneFontPerText(label);
    expect(texts(out)).toEqual([
      ["Noto Sans", "6,709 US$"],
      ["Noto Sans", " "],
      ["Noto Sans Arabic", "المتوسط"],
    ]);
    const xs = [...out.matchAll(/ x="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    // Anchored at its end: the runs end at x = 0, left to right.
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    expect(xs[2]).toBeLessThan(0);
    expect(out).toContain('font-weight="bold"');
    const latin = `<text text-anchor="start" font-size="11px">$20,000</text>`;
    expect(oneFontPerText(latin)).toBe(latin);
  });

  it("sets a Chinese run in the regular weight, its Latin neighbour keeps the bold", () => {
    const out = oneFontPerText(`<text font-size="14px" font-weight="bold">各层级 ROAS</text>`);
    const pieces = out.split("</text>").filter(Boolean);
    expect(pieces[0]).toContain("Noto Sans SC");
    expect(pieces[0]).not.toContain("font-weight");
    expect(pieces.at(-1)).toContain('font-weight="bold"');
  });
});
