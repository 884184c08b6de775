// The sample printed in the five languages, in one browser: the cover, the brief and the body
// fit in 15 A4 pages and no page but the last is less than half full, nothing is wider than
// the page, the PDF has bookmarks, tags, contents page numbers and its document information,
// axe finds nothing serious, and a phone never scrolls sideways (report and comparison, in
// every kind of browser there is here, long words and all).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareCampaigns } from "../../../core/compare/index.ts";
import { renderComparison } from "../../../generator/compare/render.ts";
import { type FoundBrowser, findBrowser, PdfPrinter } from "../../../generator/pdf/browser.ts";
import { destinationPages } from "../../../generator/pdf/pdf-file.ts";
import { readCsvFolder } from "../../../generator/sources/csv.ts";
import { analyze } from "../../../core/index.ts";
import { decode, GENERATED, sampleReport } from "./helpers.ts";

const run = promisify(execFile);
// The A4-width and axe checks look at the HTML as a reader's browser lays it out: a system Chrome
// when there is one (the PDF's npm headless shell is an older build), else whichever prints.
const browser = (await findBrowser({ sources: ["CHROME_PATH", "system"] })) ?? (await findBrowser());
// Phones run many browser versions, and the npm headless shell and a system Chromium break lines
// differently: the 390 px check runs in each of them that is here.
const phoneBrowsers = [
  await findBrowser({ sources: ["npm"] }),
  await findBrowser({ sources: ["CHROME_PATH", "system"] }),
].filter(
  (b, i, all): b is FoundBrowser => !!b && all.findIndex((o) => o?.executablePath === b.executablePath) === i,
);
const hasPoppler = await run("pdfinfo", ["-v"]).then(
  () => true,
  () => false,
);
const AXE = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), "../../../node_modules/axe-core/axe.min.js"),
  "utf8",
);
const LOCALES = ["en", "zh-CN", "vi", "da", "ar"];
// A4 less the 14 mm side margins, in CSS pixels (96 per inch).
const A4_CONTENT_PX = Math.floor(((210 - 28) / 25.4) * 96);

async function pdfFile(pdf: Uint8Array): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "pm-print-")), "r.pdf");
  await writeFile(file, pdf);
  return file;
}
const info = async (file: string) => (await run("pdfinfo", [file])).stdout;
const pageText = async (file: string, page: number) =>
  (await run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", file, "-"])).stdout;

// A4 in points, and the print CSS's top and bottom margins (12 mm, 14 mm); the footer sits below.
const A4_HEIGHT_PT = 841.89;
const TOP_PT = (12 / 25.4) * 72;
const BOTTOM_PT = A4_HEIGHT_PT - (14 / 25.4) * 72;

/** How far down each page's content area its lowest word reaches (0–1), page by page. */
async function pageFill(file: string): Promise<number[]> {
  const xml = (await run("pdftotext", ["-bbox", file, "-"], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  return xml
    .split("<page ")
    .slice(1)
    .map((page) => {
      const bottoms = [...page.matchAll(/yMax="([\d.]+)"/g)]
        .map((m) => Number(m[1]))
        .filter((y) => y < BOTTOM_PT);
      return bottoms.length ? (Math.max(...bottoms) - TOP_PT) / (BOTTOM_PT - TOP_PT) : 0;
    });
}

describe.skipIf(!browser || !hasPoppler)("the sample printed in five languages", () => {
  let printer: PdfPrinter;
  beforeAll(async () => {
    printer = await PdfPrinter.launch(browser);
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
  });

  it.each(LOCALES)(
    "%s: at most 15 pages, none but the last under half full, with the cover, outline, tags, contents page numbers and metadata; data in its own PDF",
    async (locale) => {
      const r = await sampleReport(locale);
      const opts = { pageSize: "A4" as const, locale: r.locale.locale, dir: r.locale.dir, info: r.info };
      const pdf = await printer.print(r.printHtml, opts);
      const file = await pdfFile(pdf);
      const meta = await info(file);
      const pages = Number(/Pages:\s+(\d+)/.exec(meta)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(8);
      // Cover, two-page brief and a body of at most 12 pages.
      expect(pages).toBeLessThanOrEqual(15);
      // Sections follow one another, so only the last page may stand half empty (the cover is all picture).
      const fill = await pageFill(file);
      expect(fill).toHaveLength(pages);
      const thin = fill
        .slice(1, -1)
        .flatMap((f, i) => (f < 0.5 ? [`page ${i + 2}: ${Math.round(f * 100)}%`] : []));
      expect(thin).toEqual([]);
      expect(meta).toMatch(/^Title:\s+Daybreak Serum Launch - Spring 2026$/m);
      expect(meta).toMatch(/^Author:\s+Maya Okafor$/m);
      expect(meta).toMatch(/^Creator:\s+campaign-postmortem$/m);
      expect(meta).toMatch(/^Tagged:\s+yes$/m);

      // Bookmarks: one outline item (tied to its heading) per section at least.
      const bytes = Buffer.from(pdf).toString("latin1");
      expect(bytes).toContain("/Type /Outlines");
      const sections = r.view.sections.length;
      expect(bytes.match(/\/SE \d+ 0 R/g)?.length ?? 0).toBeGreaterThanOrEqual(sections);

      // Every section's link target has a page; the brief is pages 2 and 3; the page holds the title.
      const dests = destinationPages(pdf);
      expect(dests.size).toBe(sections);
      expect(dests.get("s-summary")).toBe(2);
      expect(dests.get("s-goals")).toBe(3);
      const order = r.view.sections.map((id) => dests.get(`s-${id}`) ?? 0);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // The Journal's end never opens the Recommendations page with one entry alone. (Arabic lines
      // come out of pdftotext in another order, so its dates are not looked for.)
      if (locale !== "ar") {
        const next = r.view.sections[r.view.sections.indexOf("retrospective") + 1];
        const heading = new RegExp(`id="s-${next}"[\\s\\S]*?<h2>([^<]*)</h2>`).exec(r.printHtml)?.[1];
        const dates = [...r.printHtml.matchAll(/<p class="tl-date">([^<]*?)(?: <span|<\/p>)/g)].map((m) =>
          decode(m[1]!).trim(),
        );
        expect(heading).toBeTruthy();
        expect(dates.length).toBeGreaterThan(4);
        const page = await pageText(file, dests.get(`s-${next}`)!);
        const above = page.slice(0, page.indexOf(decode(heading!)));
        expect(dates.filter((d) => above.includes(d)).length).not.toBe(1);
      }
      if (locale === "en") {
        expect(await pageText(file, dests.get("s-appendix")!)).toContain("Data quality & method");
        // The contents (on the goals page) print those page numbers.
        const contents = await pageText(file, 3);
        expect(contents).toMatch(/Goals vs\. actuals\s+3\n/);
        expect(contents).toMatch(new RegExp(`Data quality & method\\s+${dests.get("s-appendix")}\\n`));
      }

      // The data tables: their own file, not in the report.
      expect(r.dataHtml).not.toBeNull();
      const data = await pdfFile(await printer.print(r.dataHtml!, opts));
      expect(Number(/Pages:\s+(\d+)/.exec(await info(data))?.[1])).toBeGreaterThanOrEqual(2);
      expect(await info(data)).toMatch(/^Creator:\s+campaign-postmortem$/m);
      if (locale === "en") {
        expect(await pageText(data, 1)).toContain("@lenaglowlab");
        expect(bytes).not.toContain("(@lenaglowlab)");
      }
    },
    120_000,
  );

  it.each(LOCALES)(
    "%s: nothing wider than the A4 page, card labels on two lines at most beside level figures, axe finds nothing serious",
    async (locale) => {
      const r = await sampleReport(locale);
      const page = await printer.page();
      try {
        await page.setViewport({ width: A4_CONTENT_PX, height: 1100 });
        await page.emulateMediaType("print");
        for (const html of [r.printHtml, r.dataHtml!]) {
          await page.setContent(html, { waitUntil: "load" });
          const wide = await page.evaluate(() => {
            const w = document.documentElement.clientWidth;
            const out: string[] = [];
            for (const el of Array.from(document.querySelectorAll("main *"))) {
              const box = el.getBoundingClientRect();
              if (box.width > 0 && (box.right > w + 1 || box.left < -1))
                out.push(`${el.tagName}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
            }
            return { scroll: document.documentElement.scrollWidth, w, out: out.slice(0, 5) };
          });
          expect(wide.out).toEqual([]);
          expect(wide.scroll).toBeLessThanOrEqual(wide.w);
        }
        // Card labels take two lines at most and the figures of a row of cards stay level.
        await page.setContent(r.printHtml, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => true));
        const cards = await cardLayout(page);
        expect(cards.cards).toBeGreaterThan(10);
        expect(cards).toEqual({ cards: cards.cards, long: [], uneven: [] });

        await page.emulateMediaType("screen");
        await page.setViewport({ width: 1100, height: 900 });
        await page.setContent(r.html, { waitUntil: "load" });
        await page.addScriptTag({ content: AXE });
        const axe = await page.evaluate(async () => {
          type Result = { violations: { id: string; impact: string }[]; passes: unknown[] };
          const res = await (window as unknown as { axe: { run: () => Promise<Result> } }).axe.run();
          return {
            rules: res.passes.length + res.violations.length,
            bad: res.violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map((v) => v.id),
          };
        });
        expect(axe.rules).toBeGreaterThan(15);
        expect(axe.bad).toEqual([]);
      } finally {
        await page.close();
      }
    },
    120_000,
  );
});

/** The sample's comparison with the two earlier campaigns, in one language. */
async function sampleComparison(locale: string): Promise<string> {
  const dirs = [
    "templates/sample-earlier/spring-2025",
    "templates/sample-earlier/autumn-2025",
    "templates/sample",
  ];
  const models = await Promise.all(dirs.map(async (d) => analyze(await readCsvFolder(d)).model));
  return (await renderComparison(compareCampaigns(models), { locale, generated: GENERATED })).html;
}

/**
 * How wide a page lays out: its scroll width, and the elements whose box leaves the viewport
 * (those inside a box that scrolls or clips on its own are that box's business, not the page's).
 */
function measure(page: Page) {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const boxed = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > w + 1 || box.left < -1) && !boxed(el))
        out.push(`${el.tagName}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return { scroll: document.documentElement.scrollWidth, w, out: out.slice(0, 5) };
  });
}

/**
 * The card labels that take more than two lines, and the rows of cards whose figures are not
 * level (a card's top is its row), as "section: label" strings.
 */
function cardLayout(page: Page) {
  return page.evaluate(() => {
    const cards = Array.from(document.querySelectorAll(".card")).map((card) => {
      const label = card.querySelector(".card-label")!;
      const value = card.querySelector(".card-value")!;
      const lines = Math.round(
        label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight),
      );
      return {
        name: `${card.closest("section")?.id}: ${label.textContent}`,
        lines,
        row: Math.round(card.getBoundingClientRect().top),
        figure: value.getBoundingClientRect().top,
      };
    });
    const uneven = cards.filter((c) =>
      cards.some((o) => o.row === c.row && Math.abs(o.figure - c.figure) > 1),
    );
    return {
      cards: cards.length,
      long: cards.filter((c) => c.lines > 2).map((c) => c.name),
      uneven: uneven.map((c) => c.name),
    };
  });
}

/** Puts an unbreakable Latin word, a long handle and a run of Chinese at the end of every line of text outside the tables. */
function lengthenWords(page: Page) {
  return page.evaluate(() => {
    const long = ` Produktionsverantwortungsbewusstseinsförderungsmaßnahmen @${"averyveryverylonghandle".repeat(2)} 削减或重新谈判未回本的固定费用合作（@pinnedbypaige）`;
    const texts = "h1, h2, h3, h4, p, dt, dd, figcaption, .card-label, .card-value, .tl-note";
    for (const el of Array.from(document.querySelectorAll(texts)))
      if (!el.closest("table, svg")) el.append(long);
  });
}

describe.skipIf(phoneBrowsers.length === 0)("a phone never scrolls sideways", () => {
  describe.each(phoneBrowsers.map((b) => ({ b, name: `${b.source} ${b.executablePath}` })))(
    "$name",
    ({ b }) => {
      let printer: PdfPrinter;
      beforeAll(async () => {
        printer = await PdfPrinter.launch(b);
      }, 60_000);
      afterAll(async () => {
        await printer?.close();
      });

      it.each(LOCALES)(
        "%s: the report and the comparison are 390 px wide, even with long words; cards in two columns with labels on two lines at most, charts scaled",
        async (locale) => {
          const pages = {
            report: (await sampleReport(locale)).html,
            compare: await sampleComparison(locale),
          };
          const page = await printer.page();
          try {
            await page.emulateMediaType("screen");
            await page.setViewport({ width: 390, height: 844 });
            for (const [kind, html] of Object.entries(pages)) {
              await page.setContent(html, { waitUntil: "load" });
              const wide = await measure(page);
              expect({ kind, ...wide }).toEqual({ kind, scroll: 390, w: 390, out: [] });
              const layout = await page.evaluate(() => ({
                cards: Array.from(document.querySelectorAll(".cards")).map(
                  (c) => getComputedStyle(c).gridTemplateColumns.split(" ").length,
                ),
                svg: Math.max(
                  0,
                  ...Array.from(document.querySelectorAll(".chart svg")).map(
                    (s) => s.getBoundingClientRect().right,
                  ),
                ),
              }));
              expect(layout.cards.every((n) => n <= 2)).toBe(true);
              if (kind === "report") {
                await page.evaluate(() => document.fonts.ready.then(() => true));
                const cards = await cardLayout(page);
                expect(cards).toEqual({ cards: cards.cards, long: [], uneven: [] });
              }
              expect(layout.svg).toBeGreaterThan(0);
              expect(layout.svg).toBeLessThanOrEqual(390);

              await lengthenWords(page);
              const stretched = await measure(page);
              expect({ kind, long: true, ...stretched }).toEqual({
                kind,
                long: true,
                scroll: 390,
                w: 390,
                out: [],
              });
            }
          } finally {
            await page.close();
          }
        },
        120_000,
      );
    },
  );
});
