// The rendering API (generator/render, generator/pdf) as the report uses it.
// TEMPORARY: chart rendering, palette and PDF printing are working stand-ins here until
// generator/render/charts.ts, generator/render/palette.ts and generator/pdf/browser.ts land;
// then this file only re-exports them. validateSpec is a no-op: the schema check is a test.
import * as vega from "vega";
import * as vl from "vega-lite";
import type { TopLevelSpec } from "vega-lite";

import { OutputError } from "../errors.ts";
import { textWidth } from "../render/fonts.ts";
import { type FoundBrowser, findBrowser, NO_BROWSER_MESSAGE } from "../pdf/find.ts";

export { fontFaceCss, fontStack, REPORT_FONT_FAMILY, REPORT_FONT_STACK } from "../render/fonts.ts";
export { type FoundBrowser, findBrowser, NO_BROWSER_MESSAGE } from "../pdf/find.ts";

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// Text widths from the bundled fonts' metrics instead of vega's 0.8 em-per-character guess,
// so labels are neither truncated early nor overflow.
// (vega re-exports vega-scenegraph's textMetrics; its typings leave it out.)
type TextMetrics = {
  width: (item: { fontSize?: number; fontWeight?: string | number }, text: unknown) => number;
};
(vega as unknown as { textMetrics: TextMetrics }).textMetrics.width = (item, text) => {
  const w = item.fontWeight;
  return textWidth(
    String(text ?? "").trim(),
    item.fontSize ?? 11,
    w === "bold" || (typeof w === "number" && w >= 600),
  );
};

export async function renderChart(
  spec: TopLevelSpec,
  opts: { locale: string; currency?: string; title: string; description: string },
): Promise<string> {
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg.replace(
    /^<svg([^>]*)>/,
    `<svg$1 role="img" aria-label="${esc(opts.description)}"><title>${esc(opts.title)}</title><desc>${esc(opts.description)}</desc>`,
  );
}

export function validateSpec(spec: unknown): { valid: boolean; errors: string[] } {
  void spec;
  return { valid: true, errors: [] };
}

// Okabe–Ito, colour-blind safe.
const OKABE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
export const PLATFORM_COLORS: Record<string, string> = {
  tiktok: "#000000",
  instagram: "#CC79A7",
  youtube: "#D55E00",
  pinterest: "#E69F00",
  facebook: "#0072B2",
  x: "#56B4E9",
  twitch: "#009E73",
  snapchat: "#F0E442",
  linkedin: "#0072B2",
  blog: "#999999",
  other: "#BBBBBB",
};
export const TIER_COLORS: Record<string, string> = {
  nano: "#56B4E9",
  micro: "#009E73",
  mid: "#E69F00",
  macro: "#D55E00",
  mega: "#CC79A7",
};
export const MODEL_COLORS: Record<string, string> = {
  fixed_fee: "#0072B2",
  gifted: "#E69F00",
  affiliate: "#009E73",
  hybrid: "#CC79A7",
};

export function scaleFor(
  kind: "platform" | "tier" | "cooperation_model",
  keys: readonly string[],
): { domain: string[]; range: string[] } {
  const map = kind === "platform" ? PLATFORM_COLORS : kind === "tier" ? TIER_COLORS : MODEL_COLORS;
  return { domain: [...keys], range: keys.map((k, i) => map[k] ?? OKABE[i % OKABE.length]!) };
}

export function chartConfig(theme: { brand: string; font: string }): Record<string, unknown> {
  return {
    font: theme.font,
    background: "white",
    view: { stroke: null },
    axis: {
      labelColor: "#4B5563",
      titleColor: "#374151",
      gridColor: "#E5E7EB",
      domainColor: "#9CA3AF",
      tickColor: "#9CA3AF",
    },
    title: { anchor: "start", color: "#111827", fontSize: 13 },
    bar: { color: theme.brand },
  };
}

export interface PdfOptions {
  pageSize: "A4" | "Letter";
  title?: string;
  locale?: string;
  dir?: "ltr" | "rtl";
}

/** One headless browser for a batch of reports; requests leaving the file are blocked. */
export class PdfPrinter {
  private constructor(private readonly browser: import("puppeteer-core").Browser) {}

  /** Throws OutputError (exit 3) with how to get a browser when none is found. */
  static async launch(found?: FoundBrowser | null): Promise<PdfPrinter> {
    const b = found === undefined ? await findBrowser() : found;
    if (!b) throw new OutputError(NO_BROWSER_MESSAGE);
    const puppeteer = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      executablePath: b.executablePath,
      args: [...(b.args ?? []), "--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
      headless: b.headless ?? true,
      ...(b.env ? { env: { ...process.env, ...b.env } } : {}),
    });
    return new PdfPrinter(browser);
  }

  async print(html: string, opts: PdfOptions): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      await page.setRequestInterception(true);
      page.on("request", (r) => {
        if (r.url().startsWith("data:") || r.url() === "about:blank") void r.continue();
        else void r.abort();
      });
      await page.setContent(html, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return await page.pdf({ format: opts.pageSize, printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
