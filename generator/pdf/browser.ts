// Prints report HTML to PDF with headless Chromium: one browser for a batch,
// a fresh page per report, and no request ever leaving the page.
import Handlebars from "handlebars";
import type { Browser, HTTPRequest, Page } from "puppeteer-core";

import { BrowserMissingError } from "../errors.ts";
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

/** Layout passes at most: page numbers filled in, printed again, until they stop changing. */
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

// Handlebars' own escaping, the same the report templates get.
const esc = (s: string) => Handlebars.Utils.escapeExpression(s);

// Header/footer templates live outside the page: they get no page CSS, so they carry
// their own size (Chromium's default is tiny) and the bundled fonts for their text.
const MARGIN = { top: "16mm", bottom: "16mm", left: "14mm", right: "14mm" } as const;

async function templates(opts: PdfOptions): Promise<{ header: string; footer: string }> {
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

/** One headless browser for a batch of reports. */
export class PdfPrinter {
  /** Rejects when the browser goes away, so prints in flight fail at once instead of timing out. */
  private readonly gone: Promise<never>;
  private constructor(
    private readonly browser: Browser,
    readonly found: FoundBrowser,
  ) {
    this.gone = new Promise<never>((_, reject) =>
      browser.once("disconnected", () => reject(new BrowserCrashedError())),
    );
    this.gone.catch(() => {});
  }

  /**
   * Starts the browser: `found`, or the one findBrowser() picks. Throws BrowserMissingError
   * (exit 3, with how to get one) when there is none or it does not start.
   */
  static async launch(found?: FoundBrowser | null): Promise<PdfPrinter> {
    const b = found === undefined ? await findBrowser() : found;
    if (!b) throw new BrowserMissingError(pdfMessages.noBrowser());
    const puppeteer = await import("puppeteer-core");
    // Chromium refuses to run as root with its sandbox on.
    const sandbox = isRoot() ? ["--no-sandbox", "--disable-setuid-sandbox"] : [];
    try {
      const browser = await puppeteer.launch({
        executablePath: b.executablePath,
        args: [
          ...(b.args ?? []),
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
        ...(b.env ? { env: { ...process.env, ...b.env } } : {}),
      });
      return new PdfPrinter(browser, b);
    } catch (e) {
      throw new BrowserMissingError(
        pdfMessages.browserFailed(
          b.executablePath,
          (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "",
        ),
      );
    }
  }

  /** The report as PDF bytes: backgrounds printed, page numbers "n / N" in the footer, web fonts loaded. */
  async print(html: string, opts: PdfOptions): Promise<Uint8Array> {
    if (!this.browser.connected) throw new BrowserCrashedError();
    return Promise.race([this.render(html, opts), this.gone]);
  }

  private async render(html: string, opts: PdfOptions): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      await blockNetwork(page, opts.onBlocked);
      await page.emulateMediaType("print");
      await page.setContent(html, { waitUntil: "load", timeout: 120_000 });
      // data: fonts decode asynchronously; printing earlier would use fallbacks.
      await page.evaluate(() => document.fonts.ready.then(() => true));
      const mode = opts.headerFooter ?? "auto";
      const ours = mode === "auto" ? !hasCssMarginBoxes(html) : mode;
      const t = ours ? await templates(opts) : undefined;
      // The option's page size wins over a CSS `@page{size}` so A4 and Letter both work from one HTML;
      // margins are the CSS's when it draws its own header/footer.
      const printOnce = async () =>
        new Uint8Array(
          await page.pdf({
            format: opts.pageSize,
            printBackground: true,
            preferCSSPageSize: false,
            // Bookmarks from the headings, and a tagged (accessible) PDF.
            outline: true,
            tagged: true,
            ...(t
              ? {
                  displayHeaderFooter: true,
                  headerTemplate: t.header,
                  footerTemplate: t.footer,
                  margin: MARGIN,
                }
              : { displayHeaderFooter: false }),
            timeout: 120_000,
          }),
        );
      let pdf = await printOnce();
      // Chromium cannot print target-counter(): the page numbers of the contents come from the
      // printed file's link targets, written in, and the page printed again.
      for (let pass = 1; pass < PAGE_NUMBER_PASSES; pass++) {
        const pages = Object.fromEntries(destinationPages(pdf));
        if (!(await fillPageNumbers(page, pages))) break;
        pdf = await printOnce();
      }
      return withInfo(pdf, {
        title: opts.info?.title ?? opts.title ?? null,
        author: opts.info?.author ?? null,
        creator: PDF_CREATOR,
      });
    } finally {
      await page.close().catch(() => {});
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
    await this.browser.close();
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
