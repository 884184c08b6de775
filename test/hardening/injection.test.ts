// Injection: hostile text in every free-text field users control must come out of the
// HTML/PDF reports as inert text, and out of the CSV/xlsx files as data, never a formula.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareCampaigns } from "../../core/compare/index.ts";
import { rosterCsv } from "../../core/compare/csv.ts";
import { analyze, type RawWorkbook } from "../../core/index.ts";
import { renderComparison } from "../../generator/compare/render.ts";
import { findBrowser, PdfPrinter } from "../../generator/pdf/browser.ts";
import { buildReportView } from "../../core/present/index.ts";
import { Translator } from "../../generator/i18n/translator.ts";
import { buildCharts } from "../../generator/report/chart-specs.ts";
import { renderReport } from "../../generator/report/index.ts";
import { readCsvFolder } from "../../generator/sources/csv.ts";
import { SAMPLE_DIR } from "../../generator/sources/index.ts";
import { buildTemplate } from "../../generator/xlsx/template.ts";
import { AUTUMN_25, model, SPRING_25 } from "../core/compare/fixtures.ts";
import { decode, GENERATED } from "../generator/report/helpers.ts";

const run = promisify(execFile);

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const HB = "{{constructor.constructor 'alert(1)'}} {{#each this}}x{{/each}}";
const STYLE = "</style><script>alert(2)</script>";
const TITLE = "</title><script>alert(3)</script>";
const SVG = "<svg onload=alert(4)>";
const VEGA = 'datum.x + alert(1) {"signal": "alert(5)"}';
const BIDI = "\u202Eevil\u202C";
const HANDLE = "lena<script>alert(6)</script>";
const LONG = `long-${"x".repeat(4000)}`;
const BAD_URLS = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
];

/** Tags of an HTML string: name and attributes (text outside tags is entity-escaped, so `<` opens a tag). */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
  const out: { name: string; attrs: [string, string][] }[] = [];
  // Style element bodies are CSS, not markup.
  const markup = html.replace(/(<style[^>]*>)[\s\S]*?(<\/style>)/gi, "$1$2");
  for (const m of markup.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attrs: [string, string][] = [];
    for (const a of (m[2] ?? "").matchAll(/([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
      attrs.push([(a[1] ?? "").toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? "")]);
    out.push({ name: (m[1] ?? "").toLowerCase(), attrs });
  }
  return out;
}

/** Text of the markup (tags dropped, entities decoded), SVG text included. */
const textOf = (html: string) =>
  decode(html.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, "")).replace(/[ \t\r\n]+/g, " ");

/** The checks every rendered page must pass. */
function assertInert(html: string) {
  const all = tags(html);
  expect(all.length).toBeGreaterThan(50);
  // The product ships no scripts of its own, so there must be none at all.
  expect(all.filter((t) => ["script", "iframe", "object", "embed", "base", "link"].includes(t.name))).toEqual(
    [],
  );
  expect(
    all.flatMap((t) => t.attrs.filter(([k]) => k.startsWith("on")).map(([k, v]) => `${t.name} ${k}=${v}`)),
  ).toEqual([]);
  for (const t of all) {
    for (const [k, v] of t.attrs) {
      if (!["href", "src", "xlink:href", "action", "formaction", "style"].includes(k)) continue;
      expect(v, `${t.name} ${k}`).not.toMatch(/javascript:|vbscript:|127\.0\.0\.1/i);
      if (k === "src") expect(v, `${t.name} src`).toMatch(/^data:image\//);
      if (k === "href" || k === "xlink:href") {
        expect(v, `${t.name} ${k}`).toMatch(/^(#|https?:\/\/)/);
        if (/^https?:/.test(v)) expect(t.name).toBe("a");
      }
    }
  }
  // CSS: url() only for in-page references or embedded data.
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join("\n");
  for (const u of css.matchAll(/url\(\s*["']?([^"')]*)/gi)) expect(u[1]).toMatch(/^(#|data:)/);
}

function hostile(wb: RawWorkbook, port: number): RawWorkbook {
  const LEAK = `<img src="http://127.0.0.1:${port}/leak">`;
  const CSSURL = `<div style="background:url(http://127.0.0.1:${port}/css)">css</div>`;
  const set = (tab: string, col: string, f: (old: unknown, i: number) => unknown) => {
    const t = wb.tabs.find((x) => x.name === tab);
    if (!t) throw new Error(`no ${tab}`);
    const c = (t.values[0] ?? []).indexOf(col);
    if (c < 0) throw new Error(`no ${tab}!${col}`);
    t.values.slice(1).forEach((r, i) => {
      r[c] = f(r[c], i);
    });
  };
  const field = (name: string, v: string) => {
    const row = wb.tabs.find((x) => x.name === "Campaign")!.values.find((r) => r[0] === name)!;
    row[1] = v;
  };
  // A handle is a key shared by Creators, Content and Conversions: rename it everywhere.
  for (const t of wb.tabs)
    for (const r of t.values) for (let i = 0; i < r.length; i++) if (r[i] === "lenaglowlab") r[i] = HANDLE;
  field("Campaign name", `Spring ${SCRIPT} ${TITLE}`);
  field("Brand", `Brand ${STYLE} ${HB}`);
  field("Prepared by", `Prep ${IMG}`);
  set(
    "Creators",
    "Name",
    (_, i) =>
      [`Name ${SCRIPT}`, `Name ${LEAK}`, `Name ${BIDI}`, `Name ${LONG}`, "=1+1", "@SUM(A1)", "-cmd"][i % 7],
  );
  set("Creators", "Tags", (old, i) => (i % 2 ? `${old}, ${SVG}` : `${old}, ${HB}`));
  set("Creators", "Owner", () => `Owner ${CSSURL}`);
  // Bad links are errors (the row is left out), so only a few rows carry them.
  set("Creators", "Link", (old, i) => (i % 10 === 9 ? BAD_URLS[((i / 10) % BAD_URLS.length) | 0] : old));
  set("Content", "Post URL", (old, i) => (i % 10 === 9 ? BAD_URLS[((i / 10) % BAD_URLS.length) | 0] : old));
  set("Products", "Product", (_, i) => (i % 2 ? `Serum ${VEGA}` : `Serum ${SVG}`));
  set("Costs", "Item", (_, i) => `Cost ${[SCRIPT, LEAK, STYLE][i % 3]}`);
  set("Journal", "Note", () => `Note ${TITLE} ${LEAK}`);
  set("Journal", "Impact", () => `Impact ${HB}`);
  set("Retrospective", "Answer", (_, i) => `Answer ${[SCRIPT, IMG, LEAK, HB, CSSURL][i % 5]}`);
  set("Team", "Role", () => `Role ${SVG}`);
  return wb;
}

let server: Server;
let port = 0;
let hits: string[] = [];
let wb: RawWorkbook;
let analysis: ReturnType<typeof analyze>;
let html = "";
let compareHtml = "";
let rosterText = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "content-type": "image/png" });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  wb = hostile(await readCsvFolder(SAMPLE_DIR), port);
  const a = analyze(wb);
  analysis = a;
  html = (await renderReport(a, { locale: "en", generated: GENERATED })).html;
  const cmp = compareCampaigns([model(SPRING_25), model(AUTUMN_25), a.model]);
  compareHtml = (await renderComparison(cmp, { locale: "en", generated: GENERATED })).html;
  rosterText = rosterCsv(cmp.roster, (i) => cmp.campaigns[i]?.name ?? `#${i + 1}`);
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe("Injection", () => {
  it("HTML, handlebars, </style>, </title>, <svg onload>, javascript: links in every free-text field → report HTML has no script, no event handler, no external or javascript: URL", () => {
    assertInert(html);
  });

  it("the same hostile campaign in a comparison → compare HTML has no script, no event handler, no external or javascript: URL", () => {
    assertInert(compareHtml);
  });

  it("a campaign named Spring <script>alert(1)</script> </title>… → shown as literal text in the title and cover", () => {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    expect(decode(title)).toContain(`Spring ${SCRIPT} ${TITLE}`);
    expect(textOf(html)).toContain(`Spring ${SCRIPT} ${TITLE}`);
    expect(textOf(compareHtml)).toContain(`Spring ${SCRIPT} ${TITLE}`);
  });

  it("a campaign name with </style><script> used as the printed page footer → CSS string escaped, no '<' in any style block", () => {
    for (const page of [html, compareHtml]) {
      const styles = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? "");
      expect(styles.length).toBeGreaterThan(0);
      for (const css of styles) expect(css).not.toContain("<");
    }
    // The footer carries the name with every non-alphanumeric escaped: "Spring \3c script\3e alert\28 1\29 …".
    expect(html).toContain('content:"Spring \\3c script\\3e alert\\28 1\\29 ');
  });

  it("{{constructor.constructor 'alert(1)'}} and {{#each this}} in brand, tags and journal → printed verbatim, never evaluated", () => {
    const text = textOf(html);
    expect(text).toContain(`Brand ${STYLE} ${HB}`);
    expect(text).toContain(`Impact ${HB}`);
  });

  it("handles, creator names, journal notes, retrospective answers, team roles with <script>, <img onerror>, <img src=127.0.0.1> → escaped text", () => {
    const text = textOf(html);
    expect(text).toContain(`@${HANDLE}`);
    expect(textOf(compareHtml)).toContain(`@${HANDLE}`);
    // The single report names creators by handle; the comparison's roster shows their names.
    expect(textOf(compareHtml)).toContain(`Name ${SCRIPT}`);
    expect(textOf(compareHtml)).toContain(`Name <img src="http://127.0.0.1:${port}/leak">`);
    expect(text).toContain(`Answer ${IMG}`);
    expect(text).toContain(`Answer <div style="background:url(http://127.0.0.1:${port}/css)">css</div>`);
    expect(text).toContain(`Role ${SVG}`);
    expect(text).toContain(`Note ${TITLE}`);
    expect(text).toContain(`Prep ${IMG}`);
  });

  it("product names with Vega expressions and <svg onload> → chart labels are plain text in the SVG", () => {
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs.length).toBeGreaterThan(0);
    const svgText = decode(svgs.join("\n").replace(/<[^>]+>/g, ""));
    // Vega may truncate long labels; the start of each payload is enough to prove it was printed as text.
    expect(svgText).toMatch(/Serum (<svg onload|datum\.x \+ alert)/);
    expect(textOf(html)).toContain(`Serum ${VEGA}`);
  });

  it('product names like datum.x + alert(1) and {"signal": …} → carried as inline data values, never inside a Vega expr/signal/filter string', () => {
    const defs = buildCharts(buildReportView(analysis.model, analysis.notes), {
      t: new Translator("en", "en-US", "USD"),
      brand: "#1F3A5F",
      font: "Inter",
    });
    const code: string[] = [];
    const values: unknown[] = [];
    const walk = (v: unknown, key: string) => {
      if (typeof v === "string") {
        if (["expr", "signal", "labelExpr", "calculate", "filter", "test", "update"].includes(key))
          code.push(v);
        else values.push(v);
      } else if (Array.isArray(v)) for (const x of v) walk(x, key);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    for (const d of defs) walk(d.spec, "");
    expect(code.filter((c) => /alert|datum\.x|<svg/.test(c))).toEqual([]);
    expect(values).toContain(`Serum ${VEGA}`);
    expect(values).toContain(`Serum ${SVG}`);
  });

  it("javascript:, JAVASCRIPT:, ' javascript:', data:text/html, vbscript: post URLs → no link, URL not an anchor; http(s) posts still linked", () => {
    const anchors = tags(html).filter((t) => t.name === "a");
    const hrefs = anchors.map((t) => t.attrs.find(([k]) => k === "href")?.[1] ?? "");
    expect(hrefs.filter((h) => !h.startsWith("#")).length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^(#|https?:\/\/)/);
  });

  it("creator names =1+1, @SUM(A1), -cmd, <img src=…> in a compared campaign → roster.csv prefixes a quote mark to the formula-like ones and quotes the rest as RFC 4180 text", () => {
    const lines = rosterText.split("\r\n");
    expect(lines[0]).toBe(
      "platform,handle,name,campaigns,currency,total_cost,revenue,orders,roas,cpa,roas_by_campaign,cpa_by_campaign,trend,verdict,rule",
    );
    expect(rosterText).toContain(`"Name <img src=""http://127.0.0.1:${port}/leak"">"`);
    // Names that a spreadsheet would run as formulas get a leading quote mark, in their own cell.
    const names = lines.slice(1, -1).map((l) => l.split(",")[2]);
    expect(names).toContain("'=1+1");
    expect(names).toContain("'@SUM(A1)");
    expect(names).toContain("'-cmd");
    expect(names.filter((n) => /^[=+\-@]/.test(n ?? ""))).toEqual([]);
    // Campaign labels are user text too: the hostile campaign's name reaches the campaigns column.
    expect(rosterText).toContain(`Spring ${SCRIPT} ${TITLE}`);
  });

  it("roster names =HYPERLINK(…), +1, -2, @SUM, tab, CR, and a negative revenue → '=…, '+1, '-2, '@SUM, quoted, -125.5 as a number", async () => {
    const { csvLine } = await import("../../core/compare/csv.ts");
    expect(csvLine(['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", -125.5, "a-b"])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'+1,'-2,'@SUM(A1),'\tx,"'\rx",-125.5,a-b`,
    );
  });

  it("template --sample with =cmd|' /C calc'!A0 and @SUM(1) in text columns → xlsx keeps them as text cells, never formulas; -12.5 fee stays a number", async () => {
    const sample = await readCsvFolder(SAMPLE_DIR);
    const creators = sample.tabs.find((t) => t.name === "Creators")!;
    const [h = [], row = []] = creators.values;
    row[h.indexOf("Name")] = "=cmd|' /C calc'!A0";
    row[h.indexOf("Tags")] = "@SUM(1)";
    row[h.indexOf("Owner")] = "+1+1";
    row[h.indexOf("Fee")] = "-12.5";
    const dir = await mkdtemp(path.join(os.tmpdir(), "pm-inject-"));
    try {
      const file = path.join(dir, "t.xlsx");
      await buildTemplate(sample).xlsx.writeFile(file);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(file);
      const ws = back.getWorksheet("Creators")!;
      const head = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
      const cell = (col: string) => ws.getRow(2).getCell(head.indexOf(col));
      expect(cell("Name").type).toBe(ExcelJS.ValueType.String);
      expect(cell("Name").value).toBe("=cmd|' /C calc'!A0");
      expect(cell("Tags").value).toBe("@SUM(1)");
      expect(cell("Owner").type).toBe(ExcelJS.ValueType.String);
      expect(cell("Fee").value).toBe(-12.5);
      // No cell anywhere in the workbook came back as a formula from user text.
      const formulas: string[] = [];
      ws.eachRow((r) => {
        r.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.address);
        });
      });
      expect(formulas).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("Injection in the PDF", () => {
  let printer: PdfPrinter | undefined;
  let skip = "";
  beforeAll(async () => {
    try {
      await run("pdftotext", ["-v"]);
      printer = await PdfPrinter.launch(await findBrowser());
    } catch (e) {
      skip = String(e);
    }
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
  });

  it("<img src=http://127.0.0.1:PORT/leak>, url(http://127.0.0.1:PORT/css) in names, costs, journal, answers → the printer sends no request, the payload is literal text in the PDF", async () => {
    if (skip) {
      console.warn(`skipped: ${skip}`);
      return;
    }
    // Control: the listener does answer a request that is really sent.
    await fetch(`http://127.0.0.1:${port}/control`);
    expect(hits).toEqual(["/control"]);
    hits = [];
    const dir = await mkdtemp(path.join(os.tmpdir(), "pm-inject-"));
    try {
      const pdf = await printer!.print(html, { pageSize: "A4" });
      const file = path.join(dir, "r.pdf");
      await writeFile(file, pdf);
      const { stdout } = await run("pdftotext", ["-layout", file, "-"], { maxBuffer: 64 << 20 });
      expect(hits).toEqual([]);
      expect(stdout).toContain("<script>alert(1)</script>");
      expect(stdout).toContain(`127.0.0.1:${port}/leak`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
