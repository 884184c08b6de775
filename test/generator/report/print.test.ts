// The sample printed in the five languages, in one browser: the cover, the brief and the body
// fit in 15 A4 pages and no page but the last is less than half full, nothing is wider than
// the page, the PDF has bookmarks, tags, contents page numbers and its document information,
// axe finds nothing serious, and a phone never scrolls sideways.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser, PdfPrinter } from "../../../generator/pdf/browser.ts";
import { destinationPages } from "../../../generator/pdf/pdf-file.ts";
import { sampleReport } from "./helpers.ts";

const run = promisify(execFile);
// The phone-width checks look at the HTML as a reader's browser lays it out: a system Chrome when
// there is one (the PDF's npm headless shell is an older build), else whichever prints.
const browser = (await findBrowser({ sources: ["CHROME_PATH", "system"] })) ?? (await findBrowser());
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
    "%s: nothing wider than the A4 page, axe finds nothing serious, no sideways scroll at 390 px",
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

        await page.setViewport({ width: 390, height: 844 });
        await page.setContent(r.html, { waitUntil: "load" });
        const phone = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          cards: Array.from(document.querySelectorAll(".summary .cards")).map(
            (c) => getComputedStyle(c).gridTemplateColumns.split(" ").length,
          ),
          svg: Math.max(
            ...Array.from(document.querySelectorAll(".chart svg")).map(
              (s) => s.getBoundingClientRect().right,
            ),
          ),
        }));
        expect(phone.scroll).toBeLessThanOrEqual(390);
        expect(phone.cards.every((n) => n <= 2)).toBe(true);
        expect(phone.svg).toBeLessThanOrEqual(390);
      } finally {
        await page.close();
      }
    },
    120_000,
  );
});
