import { XMLParser, XMLValidator } from "fast-xml-parser";
import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { arabicForms, textWidth } from "../../../generator/charts/fonts.ts";
import { measureText, prefixIds, renderChart } from "../../../generator/charts/render.ts";

const bars = (format: string): TopLevelSpec => ({
  data: {
    values: [
      { name: "Alpha", value: 1234.5 },
      { name: "Beta", value: 200 },
    ],
  },
  mark: "bar",
  encoding: {
    x: { field: "name", type: "nominal", title: "Creator" },
    // Fixed domain and tick values so the axis labels are known: 0 and 1234.5.
    y: {
      field: "value",
      type: "quantitative",
      scale: { domain: [0, 1234.5] },
      axis: { values: [0, 1234.5], format },
    },
  },
});

const opts = (locale: string, currency?: string) => ({
  locale,
  ...(currency ? { currency } : {}),
  title: "Revenue by creator",
  description: "Alpha earned the most: 1,234.5.",
});

/** Text content of every <text> in the SVG, in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe("renderChart", () => {
  it("returns well-formed SVG with title, desc and an image role", async () => {
    const svg = await renderChart(bars(",.1f"), {
      ...opts("en"),
      title: 'Sales <& "peak">',
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { title: string; desc: string; "@_role": string; "@_aria-label": string };
    };
    expect(doc.svg["@_role"]).toBe("img");
    expect(doc.svg.title).toBe('Sales <& "peak">');
    expect(doc.svg.desc).toBe("Alpha earned the most: 1,234.5.");
    expect(doc.svg["@_aria-label"]).toBe("Alpha earned the most: 1,234.5.");
    expect(svg.startsWith("<svg")).toBe(true);
  });

  it("is deterministic", async () => {
    const a = await renderChart(bars(",.1f"), opts("en"));
    const b = await renderChart(bars(",.1f"), opts("en"));
    expect(a).toBe(b);
  });

  it("formats axis numbers for the locale", async () => {
    // d3 ",.1f" of 1234.5 with each locale's separators (from Intl): da "." groups and "," decimals.
    expect(texts(await renderChart(bars(",.1f"), opts("da")))).toContain("1.234,5");
    expect(texts(await renderChart(bars(",.1f"), opts("en")))).toContain("1,234.5");
    expect(texts(await renderChart(bars(",.1f"), opts("vi")))).toContain("1.234,5");
  });

  it("formats currency as Intl does", async () => {
    // Intl zh-CN: USD is "US$" before the number, CNY is "¥".
    expect(texts(await renderChart(bars("$,.2f"), opts("zh-CN", "USD")))).toContain("US$1,234.50");
    expect(texts(await renderChart(bars("$,.2f"), opts("zh-CN", "CNY")))).toContain("¥1,234.50");
    // Intl da: DKK as a suffix "kr." after a space (U+00A0).
    expect(texts(await renderChart(bars("$,.2f"), opts("da", "DKK")))).toContain("1.234,50\u00a0kr.");
    // en: "$" prefix.
    expect(texts(await renderChart(bars("$,.0f"), opts("en", "USD")))).toContain("$1,235");
  });

  it("keeps Arabic-locale numbers with ASCII digits and the sign on the left (as Intl ar does)", async () => {
    const spec = bars(",.1f") as { encoding: { y: { scale: object; axis: object } } };
    spec.encoding.y.scale = { domain: [-1234.5, 1234.5] };
    spec.encoding.y.axis = { values: [-1234.5, 1234.5], format: ",.1f" };
    const labels = texts(await renderChart(spec as TopLevelSpec, opts("ar")));
    // Intl ar: "\u200e-1,234.5" (LRM keeps the minus before the digits in right-to-left text).
    expect(labels).toContain(new Intl.NumberFormat("ar", { maximumFractionDigits: 1 }).format(-1234.5));
    expect(labels).toContain("\u200e-1,234.5");
    expect(labels).toContain("1,234.5");
  });

  it("formats dates with the locale's month names", async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ d: "2025-03-01", v: 1 }] },
      mark: "point",
      encoding: {
        x: { field: "d", type: "temporal", axis: { values: [Date.UTC(2025, 2, 1)], format: "%B" } },
        y: { field: "v", type: "quantitative" },
      },
    };
    expect(texts(await renderChart(spec, opts("da")))).toContain("marts");
    expect(texts(await renderChart(spec, opts("en")))).toContain("March");
  });

  it("gives each chart its own ids so inlined charts do not clash", async () => {
    // A clipped mark makes vega emit a <clipPath id=…> referenced by url(#…).
    const spec: TopLevelSpec = {
      data: { values: [{ x: 1, y: 2 }] },
      mark: { type: "point", clip: true },
      encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
    };
    const a = await renderChart(spec, { ...opts("en"), title: "A" });
    const b = await renderChart(spec, { ...opts("en"), title: "B" });
    const ids = (s: string) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    // Every reference points at an id of the same chart.
    for (const m of a.matchAll(/url\(#([^)]+)\)/g)) expect(ids(a)).toContain(m[1]);
  });

  it("escapes data text, so a hostile label stays text", async () => {
    const evil = "<img src=x onerror=alert(1)> & {{evil}}";
    const spec: TopLevelSpec = {
      data: { values: [{ name: evil, value: 1 }] },
      mark: "bar",
      encoding: { y: { field: "name", type: "nominal" }, x: { field: "value", type: "quantitative" } },
    };
    const svg = await renderChart(spec, { ...opts("en"), description: evil });
    expect(svg).not.toContain("<img");
    expect(XMLValidator.validate(svg)).toBe(true);
    // In the markup the label is escaped character data (truncation may shorten it, hence "some").
    expect(texts(svg).some((t) => t.includes("&lt;img src=x onerror=alert(1)&gt; &amp; {{evil}}"))).toBe(
      true,
    );
  });

  it("refuses data that is not inline instead of reading a file", async () => {
    const spec = {
      data: { url: "/etc/passwd", format: { type: "csv" } },
      mark: "bar",
      encoding: { x: { field: "a", type: "nominal" } },
    } as TopLevelSpec;
    await expect(renderChart(spec, opts("en"))).rejects.toThrow(/refused to load \/etc\/passwd/);
  });

  it("prefixIds rewrites ids and their references only", () => {
    const svg =
      '<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/><use href="#clip1"/><a href="#other"/></svg>';
    expect(prefixIds(svg, "p-")).toBe(
      '<svg><clipPath id="p-clip1"/><g clip-path="url(#p-clip1)"/><use href="#p-clip1"/><a href="#other"/></svg>',
    );
  });
});

describe("text metrics", () => {
  it("measures with Noto Sans advance widths", () => {
    // Noto Sans (latin, 400) has unitsPerEm 1000 and advances R 622, e 564, v 508, n 618, u 618:
    // "Revenue" = 622+564+508+564+618+618+564 = 4058 units → 4058/1000 × 12 px = 48.696 px.
    expect(textWidth("Revenue", 12)).toBeCloseTo(48.696, 3);
    // Installed into vega: the width vega asks for is the same number.
    const metrics = (vega as unknown as { textMetrics: { width: (i: object, t: string) => number } })
      .textMetrics;
    expect(metrics.width({ fontSize: 12 }, "Revenue")).toBeCloseTo(48.696, 3);
    // "1234" = 4 × 572 units → 2288/1000 × 12 = 27.456 px.
    expect(measureText({ fontSize: 12 }, "1234")).toBeCloseTo(27.456, 3);
  });

  it("measures Arabic in its joined forms, as the browser shapes it", () => {
    // Noto Sans Arabic, unitsPerEm 1000. "ميغا" joins as meem-initial (U+FEE3, 525) + yeh-medial (U+FEF4, 373)
    // + ghain-medial (U+FED0, 521) + alef-final (U+FE8E, 291) = 1710 units → 1710/1000 × 12 = 20.52 px
    // (Chromium measures 20.53; the isolated letters would sum to 484+760+507+238 = 1989 units = 23.868 px).
    expect(arabicForms("ميغا")).toEqual(["\uFEE3", "\uFEF4", "\uFED0", "\uFE8E"]);
    expect(textWidth("ميغا", 12)).toBeCloseTo(20.52, 3);
    // Lam-alef is one ligature; after a joining letter it takes its final form.
    expect(arabicForms("لا")).toEqual(["\uFEFB"]);
    expect(arabicForms("سلام")).toEqual(["\uFEB3", "\uFEFC", "\uFEE1"]);
  });

  it("truncates to a limit like vega does, with the real widths", () => {
    // At 12 px: "…" is 791 units = 9.492 px, so 40 − 9.492 = 30.508 px remain for text.
    // Prefixes: "Reve" = (622+564+508+564)/1000×12 = 27.096 fits; "Reven" adds n (618) = 34.512, too wide.
    // So "Reve…" = 27.096 + 9.492 = 36.588 px.
    expect(measureText({ fontSize: 12, limit: 40 }, "Revenue Revenue")).toBeCloseTo(36.588, 3);
  });
});

describe("bidi in charts", () => {
  it("isolates labels with Arabic text so each takes its own direction", async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ name: "الحملة 1.79×", value: 1 }] },
      mark: "bar",
      encoding: { y: { field: "name", type: "nominal" }, x: { field: "value", type: "quantitative" } },
    };
    const labels = texts(await renderChart(spec, opts("ar")));
    // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around the Arabic label only.
    expect(labels).toContain("\u2068الحملة 1.79×\u2069");
    expect(labels.filter((l) => l.startsWith("\u2068"))).toEqual(["\u2068الحملة 1.79×\u2069"]);
  });
});
