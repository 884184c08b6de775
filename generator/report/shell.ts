// The page shell the report and the comparison share: Handlebars layouts with the
// report's partials, the report's CSS and fonts, and the brand's page furniture.
// One self-contained file: CSS, fonts and chart SVGs inlined, so it needs no network.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, relative, resolve, sep } from "node:path";
import { contrastRatio } from "../charts/palette.ts";
import { fontFaceCss } from "../charts/fonts.ts";
import { templatesPath } from "../package-root.ts";
import { Handlebars, type TemplateDelegate } from "./handlebars.ts";
import { PRECOMPILED } from "./precompiled.ts";
import { mix, type Theme } from "./theme.ts";

export const REPORT_TEMPLATE_DIR = templatesPath("report");
export const COMPARE_TEMPLATE_DIR = templatesPath("compare");

export type PageSize = "A4" | "Letter";

const compiled = new Map<string, TemplateDelegate>();

/** A template's key among the precompiled ones: its path under templates/, with forward slashes. */
const templateKey = (file: string) => relative(templatesPath(), file).split(sep).join("/");

/** The full Handlebars (with its compiler), loaded only to compile a template that was not precompiled. */
let compiler: typeof Handlebars | undefined;
const loadCompiler = () => (compiler ??= createRequire(import.meta.url)("handlebars") as typeof Handlebars);

/** A layout compiled in an isolated Handlebars with the report's partials; templates only lay out what the context gives. */
export function layout(file: string): TemplateDelegate {
  let render = compiled.get(file);
  if (render) return render;
  const dir = resolve(REPORT_TEMPLATE_DIR, "partials");
  const partials = readdirSync(dir)
    .filter((x) => x.endsWith(".hbs"))
    .map((f) => ({ name: basename(f, ".hbs"), path: resolve(dir, f) }));
  const specs = [file, ...partials.map((p) => p.path)].map((f) => PRECOMPILED?.[templateKey(f)]);
  if (specs.every((s) => s !== undefined)) {
    const hb = Handlebars.create();
    for (const [i, p] of partials.entries()) hb.registerPartial(p.name, hb.template(specs[i + 1]!));
    render = hb.template(specs[0]!);
  } else {
    const hb = loadCompiler().create();
    for (const p of partials) hb.registerPartial(p.name, readFileSync(p.path, "utf8"));
    render = hb.compile(readFileSync(file, "utf8"));
  }
  compiled.set(file, render);
  return render;
}

/** `Daybreak Serum Launch - Spring 2026` → `daybreak-serum-launch-spring-2026`. */
export function slugify(name: string | null): string {
  const s = (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return s || "campaign";
}

/** A CSS string literal; every non-alphanumeric character escaped, so user text cannot end the rule or the <style>. */
export function cssString(s: string): string {
  return `"${[...s].map((ch) => (/^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join("")}"`;
}

export interface PageOptions {
  theme: Theme;
  /** The CSS font stack. */
  font: string;
  pageSize: PageSize;
  /** Printed on every page but the cover. */
  footer: string;
  dir: "ltr" | "rtl";
  /** Rules of this kind of page only. */
  extraCss?: string[];
  /** False for a document without a cover page: its first page gets the footer like any other. */
  cover?: boolean;
}

/** Brand colours, page size, the footer name and page numbers. */
export function themeCss(o: PageOptions): string {
  const [nameBox, pageBox] =
    o.dir === "rtl" ? ["bottom-right", "bottom-left"] : ["bottom-left", "bottom-right"];
  const box = `font:8pt ${o.font};color:#667085`;
  const brand = o.theme.brand;
  // A pale brand colour cannot carry white text or thin lines: darken its text use.
  const ink = contrastRatio(brand, "#FFFFFF") >= 4.5 ? brand : mix(brand, -0.45);
  return [
    `:root{--brand:${brand};--brand-ink:${ink};--brand-soft:${mix(brand, 0.9)};--brand-mid:${mix(brand, 0.6)};--font:${o.font}}`,
    `@page{size:${o.pageSize === "Letter" ? "letter" : "A4"}}`,
    `@media print{.cover{height:${o.pageSize === "Letter" ? "279.4mm" : "297mm"}}}`,
    // The name on every page but the cover, so a printed page says what it belongs to.
    `@page{@${nameBox}{content:${cssString(o.footer)};${box}}@${pageBox}{content:counter(page) " / " counter(pages);${box};direction:ltr}}`,
    o.cover === false
      ? "@page:first{margin:12mm 14mm 14mm}"
      : `@page:first{@${nameBox}{content:none}@${pageBox}{content:none}}`,
    ...(o.extraCss ?? []),
  ].join("\n");
}

/** The whole page: laid out once to learn which glyphs it needs, then with the CSS and those fonts inlined. */
export async function renderPage(
  render: TemplateDelegate,
  ctx: Record<string, unknown>,
  o: PageOptions,
): Promise<string> {
  const [page] = await renderPages([{ render, ctx, o }]);
  return page!;
}

/** What a page's styles are laid out with, then filled in once its fonts are known. */
const STYLE_SLOTS = ["css", "fontCss", "themeCss"] as const;

/**
 * Pages of one document set (a report, its print copy, its data) sharing one font subset that
 * covers them all. Each page is laid out once, with a marker where each style goes; the styles
 * are put in their place after, a template pass saved. A marker found other than once (a
 * template that escapes or repeats the value) has the page laid out again instead.
 */
export async function renderPages(
  pages: { render: TemplateDelegate; ctx: Record<string, unknown>; o: PageOptions }[],
): Promise<string[]> {
  // `<` is escaped in text, so a marker is only ever where a template put its value raw.
  const nonce = randomBytes(8).toString("hex");
  const marker = Object.fromEntries(STYLE_SLOTS.map((k) => [k, `<postmortem-${k}-${nonce}>`]));
  const slot = new RegExp(`<postmortem-(${STYLE_SLOTS.join("|")})-${nonce}>`);
  const laidOut = pages.map((p) => p.render({ ...p.ctx, ...marker }).split(slot));
  const bare = laidOut.map((parts) => parts.filter((_, i) => i % 2 === 0).join(""));
  const css = readFileSync(resolve(REPORT_TEMPLATE_DIR, "report.css"), "utf8");
  const fontCss = await fontFaceCss({ text: bare.join(""), weights: [400, 700] });
  return pages.map((p, i) => {
    const values: Record<string, string> = { css, fontCss, themeCss: themeCss(p.o) };
    const parts = laidOut[i]!;
    const slots = parts.filter((_, j) => j % 2 === 1);
    if (slots.length !== STYLE_SLOTS.length || STYLE_SLOTS.some((k) => !slots.includes(k)))
      return p.render({ ...p.ctx, ...values });
    return parts.map((part, j) => (j % 2 === 1 ? values[part]! : part)).join("");
  });
}
