import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { writeReports } from "../../../generator/report/write.ts";
import { isOurs } from "../../../generator/output/files.ts";
import { DEFAULT_THEME } from "../../../generator/report/theme.ts";
import { fontFilesFor, woffToSfnt } from "../../../generator/slides/fonts.ts";

const run = promisify(execFile);
const SLUG = "daybreak-serum-launch-spring-2026";
const has = (cmd: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

async function deck(locale: string): Promise<{ file: string; zip: JSZip; slides: string[] }> {
  const out = await mkdtemp(join(tmpdir(), "pm-deck-"));
  await writeReports({
    sources: [],
    out,
    formats: new Set(["pptx"]),
    pageSize: "A4",
    locales: [locale],
    theme: DEFAULT_THEME,
    progress: () => {},
  });
  const file = join(out, `${SLUG}.pptx`);
  const zip = await JSZip.loadAsync(await readFile(file));
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const slides = await Promise.all(names.map((n) => zip.files[n]!.async("string")));
  return { file, zip, slides };
}

/** The deck rendered to PDF by LibreOffice Impress with the bundled fonts: its page count and text. */
async function impress(
  file: string,
  sample: string,
  page?: number,
): Promise<{ pages: number; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), "pm-impress-"));
  // The bundled fonts, so Impress draws the deck's own faces, not a substitute.
  const fonts = join(dir, "fonts");
  await fontFilesFor(sample, [400, 700], fonts);
  await writeFile(
    join(dir, "fonts.conf"),
    `<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${dir}/fc</cachedir></fontconfig>`,
  );
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: join(dir, "fonts.conf") }, timeout: 170_000 },
  );
  const pdf = join(dir, `${SLUG}.pdf`);
  expect((await readdir(dir)).includes(`${SLUG}.pdf`)).toBe(true);
  const info = (await run("pdfinfo", [pdf])).stdout;
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  const text = (await run("pdftotext", [...range, pdf, "-"])).stdout;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text };
}

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!).join("");

describe("the slide deck", () => {
  let en: Awaited<ReturnType<typeof deck>>;
  beforeAll(async () => {
    en = await deck("en");
  });

  it("is cover, brief, one slide per section's key chart, then the actions", () => {
    // Sample: spend, creators, products, trend, content and traffic have a chart; 9 actions on 3 slides.
    expect(en.slides).toHaveLength(1 + 1 + 6 + 3);
    expect(texts(en.slides[0]!)).toContain("Daybreak Serum Launch - Spring 2026");
    expect(texts(en.slides[0]!)).toContain("Maya Okafor");
    const brief = texts(en.slides[1]!);
    // kpis --json: revenue 201,938.9, ROAS 1.785…, 4 of 7 goals met.
    for (const s of ["Executive summary", "$201,939", "1.79×", "Goal $190,000", "4 of 7 goals met"])
      expect(brief).toContain(s);
    // The goals count sits beside the verdict's title, as in the report, not after its sentences.
    expect(brief.indexOf("Verdict")).toBeLessThan(brief.indexOf("4 of 7 goals met"));
    expect(brief.indexOf("4 of 7 goals met")).toBeLessThan(
      brief.indexOf("The campaign met 4 of its 7 goals"),
    );
    expect(brief).toContain("Cut or renegotiate the fixed fee deals that did not pay back");
    const titles = en.slides.slice(2, 8).map((x) => /<a:t>([^<]*)<\/a:t>/.exec(x)?.[1]);
    expect(titles).toEqual([
      "Spend &amp; return",
      "Creators",
      "Products",
      "Sales trend",
      "Content",
      "Traffic &amp; audience",
    ]);
    // Each with its chart's one-sentence finding.
    expect(texts(en.slides[3]!)).toContain(
      "Micro creators returned $4.58 for every $1.00 spent, the best of any tier.",
    );
    expect(texts(en.slides[8]!)).toContain("1. Cut or renegotiate the fixed fee deals that did not pay back");
    // Five of ten paid back and four are to cut: the fifth is left for a check, as the report says.
    expect(texts(en.slides[8]!)).toContain(
      "@homespaceivy. @theskinedit.kay is left off this list: they sold nothing, but a check comes first (see below).",
    );
    expect(texts(en.slides[9]!)).toContain("6. Follow up with the creator who never posted");
  });

  it("has editable text and the charts as images at print resolution", async () => {
    // Every chart slide: one picture; no slide is a single picture of text.
    for (const x of en.slides.slice(2, 8)) expect(x.match(/<p:pic>/g)).toHaveLength(1);
    for (const x of [en.slides[0]!, en.slides[1]!, en.slides[8]!]) expect(x).not.toContain("<p:pic>");
    const media = Object.keys(en.zip.files).filter((n) => n.startsWith("ppt/media/") && n.endsWith(".png"));
    expect(media).toHaveLength(6);
    const png = await en.zip.files[media[0]!]!.async("nodebuffer");
    // Charts are 600 CSS px wide or so; 3 × gives at least 1500 px.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1500);
  });

  it("is recognised as ours, so a second run may replace it", async () => {
    expect(await isOurs(en.file)).toBe(true);
    const other = join(tmpdir(), `pm-not-ours-${process.pid}.pptx`);
    await writeFile(other, "PK\u0003\u0004 someone else's deck");
    expect(await isOurs(other)).toBe(false);
  });

  it("runs right to left in Arabic, with figures isolated", async () => {
    const ar = await deck("ar");
    expect(ar.slides).toHaveLength(11);
    expect(ar.slides[1]).toContain('rtl="1"');
    expect(ar.slides[1]).toContain('algn="r"');
    expect(ar.slides[1]).toContain("\u20661.79×\u2069");
    // Every paragraph, not only each box's first: a line after a break reads right to left too.
    const paras = ar.slides.flatMap((x) => [...x.matchAll(/<a:p><a:pPr\b[^>]*>/g)].map((m) => m[0]));
    const text = paras.filter((x) => !x.includes('algn="l"'));
    expect(text.length).toBeGreaterThan(50);
    for (const x of text) expect(x).toContain('rtl="1"');
    for (const r of ar.slides.join("").match(/<a:r><a:rPr\b[^>]*>/g) ?? []) expect(r).toContain('lang="ar"');
    expect(ar.slides[1]).toContain('<a:cs typeface="Arial"');
  });

  it("names a typeface per script and a language on every run, in Chinese too", async () => {
    const zh = await deck("zh-CN");
    const xml = zh.slides.join("");
    // Each text run's (the slide number, a field, is a figure in any language).
    const rPr = [...xml.matchAll(/<a:r><a:rPr\b[^>]*>/g)].map((m) => m[0]);
    expect(rPr.length).toBeGreaterThan(50);
    for (const r of rPr) expect(r).toContain('lang="zh-CN"');
    // Latin and Chinese in families Windows and Office install, not a webfont slice.
    const faces = (tag: string) =>
      new Set([...xml.matchAll(new RegExp(`<a:${tag} typeface="([^"]*)"`, "g"))].map((m) => m[1]));
    expect(faces("latin")).toEqual(new Set(["Arial"]));
    expect(faces("ea")).toEqual(new Set(["Microsoft YaHei"]));
    expect(faces("cs")).toEqual(new Set(["Arial"]));
    expect(xml).not.toContain("Noto Sans SC");
    expect(texts(zh.slides[1]!)).toContain("US$201,939");
    // The six headline figures share one size, fitted with room to spare (US$201,939 is the widest).
    const cards = ["US$201,939", "4,819", "1.79×", "+78.5%", "US$41.90", "US$23.47"].map(
      (v) =>
        new RegExp(
          `<a:rPr\\b[^>]*\\bsz="(\\d+)"[^>]*>(?:(?!</a:r>).)*<a:t>${v.replace(/[.+$]/g, "\\$&")}</a:t>`,
        ).exec(zh.slides[1]!)?.[1],
    );
    expect(new Set(cards).size).toBe(1);
    expect(Number(cards[0])).toBeLessThan(2600);
  });

  it.skipIf(!has("soffice") || !has("pdftotext"))(
    "opens in LibreOffice Impress: one page per slide, the name and headline figures in the text",
    { timeout: 180_000 },
    async () => {
      const { pages, text } = await impress(en.file, en.slides.map(texts).join(""));
      expect(pages).toBe(en.slides.length);
      for (const s of ["Daybreak Serum Launch - Spring 2026", "$201,939", "1.79×", "4 of 7 goals met"])
        expect(text).toContain(s);
    },
  );
  it.skipIf(!has("soffice") || !has("pdftotext"))(
    "keeps the Arabic ROI figure in one piece in LibreOffice Impress",
    { timeout: 180_000 },
    async () => {
      const ar = await deck("ar");
      const { text } = await impress(ar.file, ar.slides.map(texts).join(""), 2);
      // The locale writes "+78.5%" (ROI 0.785, as kpis --json has it) with invisible direction
      // marks, and pdftotext adds its own: without them the figure reads whole, not "+7 8.5%".
      const visible = text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
      expect(visible).toContain("+78.5%");
    },
  );
  if (!has("soffice"))
    console.log("soffice is not installed: the LibreOffice Impress rendering checks (en, ar) are skipped.");
});

describe("woffToSfnt", () => {
  it("unwraps a bundled WOFF into a TrueType file with the same tables", async () => {
    const { createRequire } = await import("node:module");
    const woff = await readFile(
      createRequire(import.meta.url).resolve("@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff"),
    );
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(0x00010000);
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    // The whole sfnt is as long as the WOFF header says (totalSfntSize), give or take padding.
    expect(Math.abs(ttf.length - woff.readUInt32BE(16))).toBeLessThan(4 * woff.readUInt16BE(12));
  });
});
