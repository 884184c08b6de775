// Vega-Lite → SVG in Node: no browser, no canvas. Text is measured with the bundled
// Noto fonts (the ones the HTML/PDF embeds) so vega's layout matches what prints.
import { createHash } from "node:crypto";
import * as vega from "vega";
import * as vl from "vega-lite";
import type { TopLevelSpec } from "vega-lite";

import { escapeHtml as esc } from "../report/handlebars.ts";
import { measureText, type TextItem } from "./measure.ts";
import { vegaLocale } from "./locale.ts";

export { measureText, vegaLocale };

export interface ChartOptions {
  /** BCP 47 tag of the report (en, zh-CN, vi, da, ar…): axis numbers, currency and dates. */
  locale: string;
  /** ISO 4217 code for d3's "$" in formats; USD when absent. */
  currency?: string | null;
  /** Accessible name (SVG <title>). */
  title: string;
  /** Text alternative stating the main finding (SVG <desc>, aria-label). */
  description: string;
  /** Prefix of every id in the SVG; by default derived from the spec and texts. */
  idPrefix?: string;
}

// ------------------------------------------------------------------ text metrics

interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
  height: (item: TextItem) => number;
}
// vega re-exports vega-scenegraph's textMetrics; its typings leave it out.
const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;

/** Replaces vega's 0.8-em-per-character estimate (there is no canvas in Node) by the fonts' real advances. */
export function installTextMetrics(): void {
  metrics.width = measureText;
}
installTextMetrics();

// ------------------------------------------------------------------ data

/** Specs carry their data inline; a URL in one (file or network) is refused, never read. */
function noLoader(refused: string[]): vega.Loader {
  const loader = vega.loader();
  const refuse = async (uri: string): Promise<never> => {
    refused.push(String(uri));
    throw new Error(`chart specs must carry their data inline; refused to load ${uri}`);
  };
  loader.sanitize = refuse;
  loader.load = refuse;
  loader.file = refuse;
  loader.http = refuse;
  return loader;
}

// ------------------------------------------------------------------ SVG

/** Makes every id in `svg` start with `prefix` (and the references to them), so inlined charts never share ids. */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set<string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1]!);
  if (!ids.size) return svg;
  const fix = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${fix(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${fix(id)})`)
    .replace(/(href=")#([^"]+)"/g, (_, a: string, id: string) => `${a}#${fix(id)}"`);
}

/**
 * The chart is one image whose text alternative (its finding, translated) is on the SVG
 * root; vega's roles and labels inside ("value: 0.9411; label: TikTok", "Title text '…'")
 * are English and raw data, so they go.
 */
export function dropInnerAria(svg: string): string {
  return svg.replace(/\s(?:role|aria-roledescription|aria-label)="[^"]*"/g, "");
}

const RTL_CHAR = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * The SVG runs left to right (vega's anchors assume it), so a label that mixes Arabic with
 * numbers would take ltr as its base direction and come out in the wrong order. Such labels
 * get a first-strong isolate: each one takes its own direction, as it would in HTML.
 */
export function isolateBidi(svg: string): string {
  return svg.replace(
    /(<(?:text|tspan)\b[^>]*>)([^<]*)(<\/(?:text|tspan)>)/g,
    (all, open: string, body: string, close: string) =>
      RTL_CHAR.test(body) ? `${open}\u2068${body}\u2069${close}` : all,
  );
}

function defaultPrefix(spec: unknown, opts: ChartOptions): string {
  const h = createHash("sha256")
    .update(JSON.stringify([spec, opts.locale, opts.currency ?? "", opts.title, opts.description]))
    .digest("hex");
  return `c${h.slice(0, 10)}-`;
}

/**
 * Compiles a Vega-Lite spec and renders it to an SVG string to inline in HTML:
 * real font metrics, the report's locale, a <title>/<desc> and role="img" with the
 * text alternative, ids unique to this chart. Same input → same bytes.
 */
export async function renderChart(spec: TopLevelSpec, opts: ChartOptions): Promise<string> {
  installTextMetrics();
  const compiled = vl.compile(spec).spec;
  const refused: string[] = [];
  const view = new vega.View(vega.parse(compiled), {
    renderer: "none",
    locale: vegaLocale(opts.locale, opts.currency),
    // (vega-view reads `locale` as {number, time} specs; its typings say formatters.)
    // Specs are built from the model and carry their data inline: never load anything.
    loader: noLoader(refused),
  } as unknown as vega.ViewOptions);
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  // vega only logs a failed load and draws an empty chart: make it an error instead.
  if (refused.length)
    throw new Error(`chart specs must carry their data inline; refused to load ${refused.join(", ")}`);
  svg = dropInnerAria(svg);
  const label = esc(opts.description || opts.title);
  const open = /^<svg\b([^>]*)>/.exec(svg);
  if (!open) throw new Error("vega produced no <svg> root");
  // direction="ltr": vega's text-anchor values assume it; in an rtl page SVG text would inherit rtl and flip anchors.
  const root =
    `<svg${open[1]} role="img" aria-label="${label}" direction="ltr" focusable="false">` +
    `<title>${esc(opts.title)}</title><desc>${esc(opts.description)}</desc>`;
  svg = isolateBidi(root + svg.slice(open[0].length));
  return prefixIds(svg, opts.idPrefix ?? defaultPrefix(spec, opts));
}
