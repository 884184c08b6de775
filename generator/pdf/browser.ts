// Prints report HTML to PDF with headless Chromium: one browser for a batch,
// a fresh page per report, and no request ever leaving the page.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, HTTPRequest, Page, PDFOptions } from "puppeteer-core";

import { BrowserMissingError } from "../errors.ts";
import { atInterrupt } from "../interrupt.ts";
import { fontFaceCss, REPORT_FONT_STACK } from "../charts/fonts.ts";
import { type FoundBrowser, findBrowser } from "./find.ts";
import { destinationPages, withInfo } from "./pdf-file.ts";
import { pdfMessages } from "./messages.ts";

export {
  type BrowserSource,
  type FoundBrowser,
  findBrowser,
  findBrowsers,
  NO_BROWSER_MESSAGE,
} from "./find.ts";

export interface PdfOptions {
  pageSize: "A4" | "Letter";
  /** Shown in the page header (document title). */
  title?: string;
  /** Localized word before the page numbers ("Page", "Side", "页"…); none when absent. */
  footerLabel?: string;
  /** BCP 47 tag; sets the header/footer's lang. */
  locale?: string;
  /** "rtl" mirrors the header and footer. */
  dir?: "ltr" | "rtl";
  /**
   * Our header (title) and footer (label, "n / N"). "auto" (default): on, unless the HTML's
   * CSS draws its own in @page margin boxes (@bottom-right…), which would print twice.
   */
  headerFooter?: boolean | "auto";
  /** Called with every URL the page tried to load and was refused. */
  onBlocked?: (url: string) => void;
  /** The PDF's document information (Creator is always campaign-postmortem). */
  info?: { title: string; author: string | null };
}

/** The PDF's Creator. */
export const PDF_CREATOR = "campaign-postmortem";

/** Real prints at most: page numbers filled in, printed again, until they stop changing. */
const PAGE_NUMBER_PASSES = 3;

const MARGIN_BOX =
  /@(?:top|bottom)-(?:left|center|right)(?:-corner)?\s*\{|@(?:left|right)-(?:top|middle|bottom)\s*\{/;

/** Whether the HTML's CSS has @page margin boxes (its own running header/footer). */
export function hasCssMarginBoxes(html: string): boolean {
  return MARGIN_BOX.test(html);
}

/** Only inline content: data: URIs and the blank page itself. */
export function isAllowedUrl(url: string): boolean {
  return url.startsWith("data:") || url === "about:blank" || url.startsWith("about:blank#");
}

// Header/footer templates live outside the page: they get no page CSS, so they carry
// their own size (Chromium's default is tiny) and the bundled fonts for their text.
const MARGIN = { top: "16mm", bottom: "16mm", left: "14mm", right: "14mm" } as const;

async function templates(opts: PdfOptions): Promise<{ header: string; footer: string }> {
  // Handlebars' own escaping, the same the report templates get (already loaded by the HTML).
  const { escapeHtml: esc } = await import("../report/handlebars.ts");
  const dir = opts.dir === "rtl" ? "rtl" : "ltr";
  const lang = esc(opts.locale ?? "en");
  const title = opts.title ? esc(opts.title) : "";
  const label = opts.footerLabel ? `${esc(opts.footerLabel)} ` : "";
  const fonts = await fontFaceCss({
    text: `${opts.title ?? ""}${opts.footerLabel ?? ""}0123456789 /`,
    weights: [400],
  });
  const box =
    `font-family:${REPORT_FONT_STACK.replace(/"/g, "'")};font-size:8pt;color:#6B7280;width:100%;` +
    `margin:0 ${MARGIN.left};display:flex;justify-content:space-between;`;
  // In rtl the flex row runs right to left, so the title and the numbers swap sides.
  const numbers =
    `<span>${label}<span dir="ltr" style="unicode-bidi:isolate">` +
    `<span class="pageNumber"></span> / <span class="totalPages"></span></span></span>`;
  // font-display:block would leave the text invisible: templates print before a font finishes decoding.
  const style = `<style>${fonts.replaceAll("font-display:block", "font-display:swap")}</style>`;
  return {
    header: `${style}<div dir="${dir}" lang="${lang}" style="${box}"><span>${title}</span><span></span></div>`,
    footer: `${style}<div dir="${dir}" lang="${lang}" style="${box}"><span></span>${numbers}</div>`,
  };
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** The browser died (killed, crashed) while or before printing; a new one may do. */
export class BrowserCrashedError extends Error {
  constructor() {
    super(pdfMessages.browserCrashed());
  }
}

/** Prefix of the profile folder each browser gets in the temp folder (removed when it closes). */
export const PROFILE_PREFIX = "postmortem-chrome-";

/**
 * Kills the browser and every process it started: puppeteer starts it as a process group
 * leader, and the group outlives a crashed leader. The pid itself only while it is still ours.
 */
function killTree(child: ChildProcess | null): void {
  const pid = child?.pid;
  if (!child || pid === undefined) return;
  const running = child.exitCode === null && child.signalCode === null;
  const targets = [...(process.platform === "win32" ? [] : [-pid]), ...(running ? [pid] : [])];
  for (const target of targets) {
    try {
      process.kill(target, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/** A page kept between prints, and who hears about the requests it refuses for the current one. */
interface PrintPage {
  page: Page;
  prints: number;
  onBlocked: ((url: string) => void) | undefined;
  /** Replaces the page's document with `html` and waits for its load event. */
  load: (html: string) => Promise<void>;
}

/**
 * The npm build's flags that keep the whole browser in one process. Cheapest for one report at a
 * time; a batch printing two at once lets each page have a renderer process of its own, so two
 * prints run on two cores (measured on the sample, report and data PDF, two in flight: 0.56 s per
 * report against 0.77 s in one process, for ~20% more CPU).
 */
const ONE_PROCESS = ["--single-process", "--no-zygote", "--in-process-gpu"];

/** Documents a page prints before it is closed for a fresh one (bounds what a long batch keeps). */
const PAGE_REUSES = 25;
/** Idle pages kept at most: one per report printed side by side. */
const MAX_IDLE_PAGES = 4;

/** One headless browser for a batch of reports. */
export class PdfPrinter {
  private readonly idle: PrintPage[] = [];
  /** The blank tab the browser starts with, until a print takes it (cheaper than opening one). */
  private blank: Page | undefined;
  /** Rejects when the browser goes away, so prints in flight fail at once instead of timing out. */
  private readonly gone: Promise<never>;
  private readonly forget: () => void;
  private constructor(
    private readonly browser: Browser,
    readonly found: FoundBrowser,
    /** Our own profile folder: puppeteer's would be left behind when we are killed. */
    private readonly profile: string,
  ) {
    this.gone = new Promise<never>((_, reject) =>
      browser.once("disconnected", () => reject(new BrowserCrashedError())),
    );
    this.gone.catch(() => {});
    this.forget = atInterrupt(() => this.kill());
  }

  /** Interrupted: the browser and its children killed at once, then their profile removed. */
  private kill(): Promise<void> {
    return killAndRemove(this.browser, this.profile);
  }

  /**
   * Starts the browser: `found`, or the one findBrowser() picks, with `pages` print-ready pages
   * opened ahead (the browser starts while the HTML renders, so the first print finds one waiting),
   * in one process or, for documents printed side by side, a renderer process per page.
   * Throws BrowserMissingError (exit 3, with how to get one) when there is none or it does not start.
   */
  static async launch(
    found?: FoundBrowser | null,
    { pages = 0, processes = "one" }: { pages?: number; processes?: "one" | "several" } = {},
  ): Promise<PdfPrinter> {
    const b = found === undefined ? await findBrowser() : found;
    if (!b) throw new BrowserMissingError(pdfMessages.noBrowser());
    const puppeteer = await import("puppeteer-core");
    // Chromium refuses to run as root with its sandbox on.
    const sandbox = isRoot() ? ["--no-sandbox", "--disable-setuid-sandbox"] : [];
    // The browser's own temp files (its singleton socket…) go inside the profile too, so
    // removing the profile leaves nothing in the temp folder.
    const profile = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
    const profileTmp = join(profile, "tmp");
    mkdirSync(profileTmp);
    let starting: Promise<Browser> | undefined;
    // Interrupted while the browser starts: it is killed once up (a browser still running would
    // write its profile again), then its profile goes; a start that hangs gets a bounded wait.
    const forget = atInterrupt(async () => {
      const up = await Promise.race([starting?.catch(() => null), delay(LAUNCH_WAIT_MS)]);
      if (up) await killAndRemove(up, profile);
      else removeProfile(profile);
    });
    try {
      const browser = await (starting = puppeteer.launch({
        executablePath: b.executablePath,
        userDataDir: join(profile, "profile"),
        // Our own signal handling (generator/interrupt.ts) kills the browser and removes the profile.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // Measured here (CPU of the whole process tree, 2 shared cores): the npm headless shell
        // starts in ~0.15 CPU-s once puppeteer is loaded (~0.1 CPU-s bundled, ~0.4 from its own
        // files, the first time in a process) and prints a report with its data PDF in ~0.9 CPU-s;
        // a system Chromium 156 (the full browser, headless) takes ~1.6 and ~3.5. The npm build's
        // own flags (--single-process, --no-zygote) save ~20% CPU per report against several
        // processes; in one process two pages print one after the other (two in flight only
        // overlap our side's work: 0.77 s per report against 0.96 s), so a batch drops them.
        // Ours cost nothing measurable together: the --disable-* ones stop background work
        // (networking, component updates, sync, extensions) a print never needs;
        // --disable-dev-shm-usage avoids crashes where /dev/shm is small; --font-render-hinting=none
        // keeps glyph metrics the same as the charts' layout. A full Chrome with --no-zygote
        // (+0.7 s) or --single-process (+0.3 s) is slower, so those stay the npm build's.
        args: [
          ...(b.args ?? []).filter((a) => processes === "one" || !ONE_PROCESS.includes(a)),
          ...sandbox,
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--font-render-hinting=none",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-extensions",
        ],
        headless: b.headless ?? true,
        // The protocol over a pipe, not a WebSocket: no socket library to load, and the PDFs
        // and pages (hundreds of KB each) cross without WebSocket framing and masking.
        pipe: true,
        env: { ...process.env, ...b.env, TMPDIR: profileTmp },
      }));
      forget();
      const printer = new PdfPrinter(browser, b, profile);
      if (pages > 0) printer.blank = (await browser.pages())[0];
      await printer.openAhead(pages);
      return printer;
    } catch (e) {
      forget();
      removeProfile(profile);
      throw new BrowserMissingError(
        pdfMessages.browserFailed(
          b.executablePath,
          (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "",
        ),
      );
    }
  }

  /** Opens up to `n` idle pages; one that fails to open is left to the print that needs it. */
  private async openAhead(n: number): Promise<void> {
    const opened = await Promise.all(
      Array.from({ length: Math.min(n, MAX_IDLE_PAGES) }, () => this.takePage().catch(() => null)),
    );
    for (const p of opened) if (p) this.idle.push(p);
  }

  /** The report as PDF bytes: backgrounds printed, page numbers "n / N" in the footer, web fonts loaded. */
  async print(html: string, opts: PdfOptions): Promise<Uint8Array> {
    if (!this.browser.connected) throw new BrowserCrashedError();
    return Promise.race([this.render(html, opts), this.gone]);
  }

  /**
   * A print-ready page: an idle one from an earlier print, else a new one. Reusing pages saves
   * opening one per document (a quarter of a warm report's browser CPU, the fonts' decoding included).
   */
  private async takePage(onBlocked?: (url: string) => void): Promise<PrintPage> {
    const reused = this.idle.pop();
    if (reused) {
      reused.onBlocked = onBlocked;
      return reused;
    }
    const page = this.blank ?? (await this.browser.newPage());
    this.blank = undefined;
    let p: PrintPage;
    try {
      const load = await documentLoader(page);
      p = { page, prints: 0, onBlocked, load };
      await blockNetwork(page, (url) => p.onBlocked?.(url));
    } catch (e) {
      await page.close().catch(() => {});
      throw e;
    }
    return p;
  }

  private async render(html: string, opts: PdfOptions): Promise<Uint8Array> {
    const p = await this.takePage(opts.onBlocked);
    const page = p.page;
    let done = false;
    try {
      // Replaces the whole document (and whatever the last print wrote into it).
      await p.load(hiddenOnScreen(html));
      await loadFonts(page);
      const mode = opts.headerFooter ?? "auto";
      const ours = mode === "auto" ? !hasCssMarginBoxes(html) : mode;
      const t = ours ? await templates(opts) : undefined;
      // The option's page size wins over a CSS `@page{size}` so A4 and Letter both work from one HTML;
      // margins are the CSS's when it draws its own header/footer.
      const options: PDFOptions = {
        format: opts.pageSize,
        printBackground: true,
        preferCSSPageSize: false,
        // Bookmarks from the headings, and a tagged (accessible) PDF.
        outline: true,
        tagged: true,
        ...(t
          ? { displayHeaderFooter: true, headerTemplate: t.header, footerTemplate: t.footer, margin: MARGIN }
          : { displayHeaderFooter: false }),
        timeout: 120_000,
        // Loaded already (loadFonts): puppeteer's own wait would be one more round trip per print.
        waitForFonts: false,
      };
      const printOnce = async () => new Uint8Array(await page.pdf(options));
      // Chromium cannot print target-counter(): the page numbers of the contents come from where
      // the link targets landed in a print, written in before the real print. That first print is
      // a sketch (nothing painted, same layout); the real one is checked and printed again only
      // if writing the numbers in moved a target.
      if (await hasPageRefs(page)) await fillPageNumbers(page, await sketchPages(page, options));
      let pdf = await printOnce();
      for (let pass = 1; pass < PAGE_NUMBER_PASSES; pass++) {
        const pages = Object.fromEntries(destinationPages(pdf));
        if (!(await fillPageNumbers(page, pages))) break;
        pdf = await printOnce();
      }
      const out = withInfo(pdf, {
        title: opts.info?.title ?? opts.title ?? null,
        author: opts.info?.author ?? null,
        creator: PDF_CREATOR,
      });
      done = true;
      return out;
    } finally {
      // A page that failed, or has printed many documents, is not trusted with another.
      p.onBlocked = undefined;
      if (done && ++p.prints < PAGE_REUSES && this.idle.length < MAX_IDLE_PAGES) this.idle.push(p);
      else await page.close().catch(() => {});
    }
  }

  /** A blank page of the shared browser, network refused, for looking at laid-out HTML (tests, checks). */
  async page(): Promise<Page> {
    const page = await this.browser.newPage();
    await blockNetwork(page);
    return page;
  }

  /** The browser's process id, when this process started it. */
  get pid(): number | undefined {
    return this.browser.process()?.pid;
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      // A crashed browser may have left children; they must not outlive the run.
      killTree(this.browser.process());
      this.forget();
      await rm(this.profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
    }
  }
}

const delay = (ms: number) => new Promise<null>((r) => setTimeout(() => r(null), ms));
/** How long an interrupted run waits for a starting browser, to kill it (within the run's cleanup time). */
const LAUNCH_WAIT_MS = 2000;

/** The browser and its children killed at once, then (once it exited, or 2 s on) its profile removed. */
async function killAndRemove(browser: Browser, profile: string): Promise<void> {
  const child = browser.process();
  const exited =
    child && child.exitCode === null && child.signalCode === null
      ? new Promise<void>((r) => child.once("exit", () => r()))
      : Promise.resolve();
  killTree(child);
  await Promise.race([exited, delay(2000)]);
  removeProfile(profile);
}

function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  } catch {
    // Best effort: a folder we cannot remove is not worth failing the run for.
  }
}

/**
 * Writes documents into the page's main frame natively (Page.setDocumentContent, what
 * document.open/write/close do), not through a script given the HTML as its argument as
 * page.setContent does: ~15 ms less per report page, the HTML crossing as a string only once.
 */
async function documentLoader(page: Page): Promise<(html: string) => Promise<void>> {
  const session = await page.createCDPSession();
  const { frameTree } = await session.send("Page.getFrameTree");
  const frameId = frameTree.frame.id;
  return async (html) => {
    await session.send("Page.setDocumentContent", { frameId, html });
    // Inline images decode before the load event; a print before it would leave them out.
    await page.evaluate(() =>
      document.readyState === "complete"
        ? true
        : new Promise<boolean>((resolve) => addEventListener("load", () => resolve(true), { once: true })),
    );
  };
}

// Only a print lays the page out: on screen (the page's media outside a print) the body's content
// is skipped, so loading it and coming back from each print cost no layout at page size.
// content-visibility (not display:none) keeps its layout objects and shaped text from one print
// to the next: the real print after the sketch re-lays them out without rebuilding them.
const HIDDEN_ON_SCREEN = "<style>@media screen{body{content-visibility:hidden!important}}</style>";

/** The HTML with HIDDEN_ON_SCREEN at the start of its head, else after its doctype (never before: quirks mode). */
export function hiddenOnScreen(html: string): string {
  const at = /<head(?:\s[^>]*)?>/i.exec(html) ?? /^\s*<!doctype[^>]*>/i.exec(html);
  const end = at ? at.index + at[0].length : 0;
  return html.slice(0, end) + HIDDEN_ON_SCREEN + html.slice(end);
}

/**
 * Loads every font face the page declares. Nothing is laid out before the print, so none would
 * have started loading; data: fonts decode asynchronously, and a print started earlier would use fallbacks.
 */
function loadFonts(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    // Computing a style makes the style sheets' @font-face rules faces of document.fonts.
    getComputedStyle(document.documentElement).display;
    const loads: Promise<unknown>[] = [];
    document.fonts.forEach((f) => {
      loads.push(f.load().catch(() => null));
    });
    await Promise.all(loads);
    await document.fonts.ready;
    return true;
  });
}

/** Whether the page shows the page number of a link target (`[data-page-of=ID]`, the contents). */
function hasPageRefs(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector("[data-page-of]") !== null);
}

// visibility keeps every box where it is and paints nothing: no glyphs, images or fonts to
// write, so the print is a fraction of a real one and its link targets land on the same pages.
// Set on the root only, it is inherited without matching a rule on every element. What is inside
// an <svg> never moves a box outside it (the svg's size is its own), so charts are not laid out.
const SKETCH_CSS = "html{visibility:hidden!important}svg *{display:none!important}";
const BLANK_TEMPLATE = "<span></span>";

/** The page each link target lands on, from a sketch print of the page's layout. */
async function sketchPages(page: Page, options: PDFOptions): Promise<Record<string, number>> {
  const style = await page.addStyleTag({ content: SKETCH_CSS });
  try {
    const bytes = await page.pdf({
      ...options,
      printBackground: false,
      outline: false,
      tagged: false,
      // Same margins, so the same layout; the header and footer themselves are not needed.
      ...(options.displayHeaderFooter
        ? { headerTemplate: BLANK_TEMPLATE, footerTemplate: BLANK_TEMPLATE }
        : {}),
    });
    return Object.fromEntries(destinationPages(new Uint8Array(bytes)));
  } finally {
    await style.evaluate((el) => el.remove());
    await style.dispose();
  }
}

/** Writes each `[data-page-of=ID]` element's page; whether any changed (none when the page has none). */
async function fillPageNumbers(page: Page, pages: Record<string, number>): Promise<boolean> {
  return page.evaluate((p: Record<string, number>) => {
    let changed = false;
    for (const el of Array.from(document.querySelectorAll("[data-page-of]"))) {
      const n = p[el.getAttribute("data-page-of") ?? ""];
      const text = n === undefined ? "" : String(n);
      if (el.textContent !== text) {
        el.textContent = text;
        changed = true;
      }
    }
    return changed;
  }, pages);
}

/** Aborts every request that is not inline content, before it is sent. */
async function blockNetwork(page: Page, onBlocked?: (url: string) => void): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (r: HTTPRequest) => {
    if (r.isInterceptResolutionHandled()) return;
    const url = r.url();
    if (isAllowedUrl(url)) void r.continue().catch(() => {});
    else {
      onBlocked?.(url);
      void r.abort("blockedbyclient").catch(() => {});
    }
  });
  // Interception does not see WebSockets or WebRTC; offline emulation stops those too.
  await page.emulateNetworkConditions({ offline: true, download: 0, upload: 0, latency: 0 });
}
