import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserMissingError } from "../../../generator/errors.ts";
import {
  findBrowser,
  hasCssMarginBoxes,
  hiddenOnScreen,
  isAllowedUrl,
  PdfPrinter,
} from "../../../generator/pdf/browser.ts";

const run = promisify(execFile);

async function hasPdftotext(): Promise<boolean> {
  try {
    await run("pdftotext", ["-v"]);
    return true;
  } catch {
    return false;
  }
}

const browser = await findBrowser().catch(() => null);
const tools = await hasPdftotext();
const skipReason = !browser
  ? " (skipped: no Chrome/Chromium found; set CHROME_PATH or apt-get install chromium)"
  : !tools
    ? " (skipped: pdftotext not installed; apt-get install poppler-utils)"
    : "";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "render-pdf-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfText(
  pdf: Uint8Array,
  name: string,
): Promise<{ text: string; pages: number; size: string }> {
  const file = path.join(dir, name);
  await writeFile(file, pdf);
  const { stdout: text } = await run("pdftotext", ["-layout", file, "-"]);
  const { stdout: info } = await run("pdfinfo", [file]);
  return {
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+(.*)/.exec(info)?.[1] ?? "",
  };
}

describe(`PdfPrinter${skipReason}`, () => {
  let printer: PdfPrinter;
  let server: Server;
  let hits: string[] = [];
  let port = 0;

  beforeAll(async () => {
    if (skipReason) return;
    printer = await PdfPrinter.launch(browser);
    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.writeHead(200, { "content-type": "image/png" });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await printer?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  const twoPages = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>` +
    `<h1>Quarterly wrap-up</h1>${body}<div style="break-before:page">Second page</div></body></html>`;

  it.skipIf(!!skipReason)(
    "prints text and 'n / N' page numbers on A4, several prints on one browser",
    async () => {
      const a4 = await pdfText(
        await printer.print(twoPages(""), {
          pageSize: "A4",
          title: "Spring launch",
          footerLabel: "Page",
          locale: "en",
        }),
        "a4.pdf",
      );
      expect(a4.text).toContain("Quarterly wrap-up");
      expect(a4.text).toContain("Second page");
      expect(a4.pages).toBe(2);
      // Footer: "Page 1 / 2" and "Page 2 / 2"; header: the title on each page.
      expect(a4.text).toMatch(/Page 1 \/ 2/);
      expect(a4.text).toMatch(/Page 2 \/ 2/);
      expect(a4.text.match(/Spring launch/g)?.length).toBe(2);
      // A4 = 210 × 297 mm = 595.28 × 841.89 pt; pdfinfo rounds.
      expect(a4.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);

      const letter = await pdfText(await printer.print(twoPages(""), { pageSize: "Letter" }), "letter.pdf");
      // Letter = 8.5 × 11 in = 612 × 792 pt.
      expect(letter.size).toMatch(/^612 x 792 pts \(letter\)/);
      // Without a label pdftotext may close up the spaces around "/" (it guesses spacing from glyph gaps).
      expect(letter.text).toMatch(/1 ?\/ ?2/);
      expect(letter.pages).toBe(2);
    },
  );

  it.skipIf(!!skipReason)("leaves out its own footer when the CSS draws one", async () => {
    const html = twoPages("").replace(
      "</head>",
      '<style>@page{margin:15mm;@bottom-right{content:"p" counter(page) " of " counter(pages)}}</style></head>',
    );
    const { text } = await pdfText(
      await printer.print(html, { pageSize: "A4", footerLabel: "Page" }),
      "css.pdf",
    );
    expect(text).toMatch(/p1 of 2/);
    expect(text).not.toMatch(/Page 1/);
  });

  it.skipIf(!!skipReason)("mirrors the footer for rtl and keeps the numbers in order", async () => {
    const ar = await pdfText(
      await printer.print(twoPages(""), { pageSize: "A4", footerLabel: "صفحة", locale: "ar", dir: "rtl" }),
      "ar.pdf",
    );
    // The numbers are isolated left-to-right: "1 / 2", never "2 / 1" on page 1.
    expect(ar.text).toMatch(/1 \/ 2/);
    expect(ar.text).toMatch(/2 \/ 2/);
    expect(ar.text).toContain("صفحة");
  });

  it.skipIf(!!skipReason)(
    "prints an inline image (the document is not rendered before the print)",
    async () => {
      // A 2 × 2 red PNG.
      const png =
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==";
      const file = path.join(dir, "image.pdf");
      await writeFile(
        file,
        await printer.print(
          twoPages(`<img src="data:image/png;base64,${png}" alt="logo" style="width:20mm">`),
          {
            pageSize: "A4",
          },
        ),
      );
      const { stdout } = await run("pdfimages", ["-list", file]);
      // Header, rule, then one line per image: page 1, 2 × 2 pixels.
      expect(stdout.trim().split("\n").slice(2)).toHaveLength(1);
      expect(stdout).toMatch(/^\s+1\s+0\s+image\s+2\s+2\s/m);
    },
  );

  it.skipIf(!!skipReason)("never lets a request reach the network", async () => {
    // Control: the listener does answer a request that is really sent.
    await fetch(`http://127.0.0.1:${port}/control`);
    expect(hits).toEqual(["/control"]);
    hits = [];
    const blocked: string[] = [];
    const url = `http://127.0.0.1:${port}`;
    const html = twoPages(
      `<img src="${url}/x.png" alt="">` +
        `<link rel="stylesheet" href="${url}/style.css">` +
        `<iframe src="${url}/frame.html"></iframe>` +
        `<div style="background:url(${url}/bg.png)">bg</div>` +
        `<script>fetch("${url}/fetch").catch(()=>{});</script>`,
    );
    const { text } = await pdfText(
      await printer.print(html, { pageSize: "A4", onBlocked: (u) => blocked.push(u) }),
      "blocked.pdf",
    );
    expect(text).toContain("Quarterly wrap-up");
    expect(hits).toEqual([]);
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked).toContain(`${url}/x.png`);
    expect(blocked).toContain(`${url}/style.css`);
  });
});

// `npm ci` alone must be enough on Linux x64: the Chromium inside @sparticuz/chromium unpacks and prints.
const linuxX64 = process.platform === "linux" && process.arch === "x64";
describe(`the npm Chromium${linuxX64 ? (tools ? "" : " (skipped: pdftotext not installed)") : " (skipped: it ships for Linux x64 only)"}`, () => {
  it.skipIf(!linuxX64 || !tools)("unpacks to a private temp dir and prints a batch", async () => {
    const found = await findBrowser({ sources: ["npm"] });
    expect(found?.source).toBe("npm");
    expect(found?.executablePath.startsWith(os.tmpdir())).toBe(true);
    const printer = await PdfPrinter.launch(found);
    try {
      for (const n of [1, 2]) {
        const pdf = await printer.print(`<p>npm build ${n}</p>`, { pageSize: "A4", footerLabel: "Page" });
        const { text } = await pdfText(pdf, `npm${n}.pdf`);
        expect(text).toContain(`npm build ${n}`);
        expect(text).toMatch(/Page 1 \/ 1/);
      }
    } finally {
      await printer.close();
    }
  });
});

describe("header and footer", () => {
  it("notices CSS that draws its own page numbers", () => {
    expect(hasCssMarginBoxes("@page{@bottom-right{content:counter(page)}}")).toBe(true);
    expect(hasCssMarginBoxes("@page :first { @top-left-corner { content: none } }")).toBe(true);
    expect(hasCssMarginBoxes("@page{size:A4;margin:20mm}")).toBe(false);
  });
});

describe("page load", () => {
  const style = "<style>@media screen{body{content-visibility:hidden!important}}</style>";
  it("hides the document outside a print, from the start of its head", () => {
    expect(hiddenOnScreen('<!doctype html><html><head lang="en"><title>T</title></head>')).toBe(
      `<!doctype html><html><head lang="en">${style}<title>T</title></head>`,
    );
    // Without a head: after the doctype (a style before it would switch to quirks mode).
    expect(hiddenOnScreen("<!DOCTYPE html><header>H</header>")).toBe(
      `<!DOCTYPE html>${style}<header>H</header>`,
    );
    expect(hiddenOnScreen("<p>x</p>")).toBe(`${style}<p>x</p>`);
  });
});

describe("browser discovery", () => {
  it("allows only inline URLs", () => {
    expect(isAllowedUrl("data:image/png;base64,AAAA")).toBe(true);
    expect(isAllowedUrl("about:blank")).toBe(true);
    expect(isAllowedUrl("http://127.0.0.1/x.png")).toBe(false);
    expect(isAllowedUrl("file:///etc/passwd")).toBe(false);
    expect(isAllowedUrl("https://example.com/")).toBe(false);
  });

  it("honours CHROME_PATH, and rejects one that is not executable", async () => {
    const saved = process.env.CHROME_PATH;
    const fake = path.join(dir, "my-chrome");
    await writeFile(fake, "#!/bin/sh\nexit 0\n");
    try {
      await chmod(fake, 0o755);
      process.env.CHROME_PATH = fake;
      expect(await findBrowser()).toMatchObject({ executablePath: fake, source: "CHROME_PATH" });
      await chmod(fake, 0o644);
      await expect(findBrowser()).rejects.toBeInstanceOf(BrowserMissingError);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });

  it("says how to get a browser when there is none (exit 3)", async () => {
    const err = await PdfPrinter.launch(null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BrowserMissingError);
    expect((err as BrowserMissingError).exitCode).toBe(3);
    expect((err as Error).message).toContain("apt-get install chromium");
    expect((err as Error).message).toContain("CHROME_PATH");
    expect((err as Error).message).toContain("npm ci");
  });
});
