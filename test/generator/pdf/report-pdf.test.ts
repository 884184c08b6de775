import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser, PdfPrinter } from "../../../generator/pdf/browser.ts";
import { renderReport } from "../../../generator/report/index.ts";
import { GENERATED, sample, sampleReport } from "../report/helpers.ts";

const run = promisify(execFile);
const browser = await findBrowser();
const hasPoppler = await run("pdftotext", ["-v"]).then(
  () => true,
  () => false,
);

async function pdfText(
  pdf: Uint8Array,
): Promise<{ text: string; pages: number; size: string; fonts: string }> {
  const dir = await mkdtemp(join(tmpdir(), "pm-pdf-"));
  const file = join(dir, "r.pdf");
  await writeFile(file, pdf);
  const text = (await run("pdftotext", ["-layout", file, "-"], { maxBuffer: 1 << 26 })).stdout;
  const info = (await run("pdfinfo", [file])).stdout;
  const fonts = (await run("pdffonts", [file])).stdout;
  return {
    fonts,
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? "",
  };
}

/** Font names of a `pdffonts` listing, subset tags (`ABCDEF+`) dropped. */
const embeddedFonts = (listing: string): string[] =>
  listing
    .split("\n")
    .slice(2)
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""))
    .filter((f) => f !== "");

describe.skipIf(!browser || !hasPoppler)("the PDF (headless Chromium)", () => {
  let printer: PdfPrinter;
  beforeAll(async () => {
    printer = await PdfPrinter.launch(browser);
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
  });

  it("has the campaign name, revenue and ROAS as formatted for en, on A4", async () => {
    const r = await sampleReport("en");
    const { text, pages, size } = await pdfText(await printer.print(r.printHtml, { pageSize: "A4" }));
    expect(text).toContain("Daybreak Serum Launch - Spring 2026");
    expect(text).toContain("$201,939");
    expect(text).toContain("1.79×");
    // Cover, the two-page brief and the body; the data tables have their own file.
    expect(pages).toBeGreaterThanOrEqual(8);
    // Cover, two-page brief and a body of at most 12 pages.
    expect(pages).toBeLessThanOrEqual(15);
    // A4 is 595.28 × 841.89 pt.
    expect(size).toMatch(/^59[45]\.\d+ x 841\.\d+$/);
    // Page numbers come from the print CSS: "2 / N" on the summary page.
    expect(text).toContain(`2 / ${pages}`);
  }, 60_000);

  it("prints on US Letter when asked", async () => {
    const r = await renderReport(await sample(), { pageSize: "Letter", generated: GENERATED });
    const { size } = await pdfText(await printer.print(r.printHtml, { pageSize: "Letter" }));
    expect(size).toBe("612 x 792");
  }, 60_000);

  it("has Arabic and Chinese glyphs (bundled fonts), not missing-glyph boxes", async () => {
    const ar = await pdfText(await printer.print((await sampleReport("ar")).html, { pageSize: "A4" }));
    expect(ar.text).toContain("Daybreak Serum Launch - Spring 2026");
    // pdftotext splits Arabic ligatures with spaces, so the check is on runs of Arabic letters and the embedded fonts.
    expect(ar.text.match(/[\u0621-\u064A]{4,}/g)?.length).toBeGreaterThan(500);
    expect(ar.fonts).toMatch(/NotoSansArabic/);
    const zh = await pdfText(await printer.print((await sampleReport("zh-CN")).html, { pageSize: "A4" }));
    expect(zh.text).toContain("执行摘要");
    expect(zh.fonts).toMatch(/NotoSansSC/);
    // Every glyph comes from the bundled fonts: none falls back to a font of the machine that printed it.
    const en = await pdfText(await printer.print((await sampleReport("en")).printHtml, { pageSize: "A4" }));
    for (const fonts of [en.fonts, ar.fonts, zh.fonts])
      expect(embeddedFonts(fonts).filter((f) => !/^NotoSans/.test(f))).toEqual([]);
  }, 90_000);
});
