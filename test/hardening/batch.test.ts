import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "../../generator/errors.ts";
import { findBrowser, PdfPrinter } from "../../generator/pdf/browser.ts";
import { isBrowserCrash, type ReportJob, reportRenderer, runBatch } from "../../generator/report/batch.ts";
import { batchMessages } from "../../generator/report/messages.ts";
import { loadTheme } from "../../generator/report/theme.ts";
import { writeReports } from "../../generator/report/write.ts";

/** Fake browsers: each launch is a numbered printer; `crashOn(n, source)` decides whether the n-th render kills it. */
function fakeBrowsers(crashOn: (n: number, source: string) => boolean) {
  const state = { launches: 0, closed: [] as number[], renders: 0 };
  const launch = async () => {
    state.launches++;
    return { id: state.launches, dead: false };
  };
  type P = Awaited<ReturnType<typeof launch>>;
  const renderOne = async (source: string, printer: () => Promise<P>) => {
    const p = await printer();
    // The browser dies as the n-th render starts; every render still in flight on it fails too.
    if (crashOn(++state.renders, source)) p.dead = true;
    await new Promise((r) => setTimeout(r, 1));
    if (p.dead) throw new Error("Protocol error (Page.printToPDF): Target closed");
    if (source === "broken") throw new SourceError('The sheet lacks the template tab "Creators".');
    return [`out/${source}-browser${p.id}.pdf`];
  };
  const close = async (p: P) => {
    state.closed.push(p.id);
  };
  return { state, launch, renderOne, close };
}

describe("What counts as a browser crash", () => {
  it.each([
    "Protocol error (Page.printToPDF): Target closed",
    "Protocol error: Connection closed.",
    "Session closed. Most likely the page has been closed.",
    "Page crashed!",
    "Navigation failed because browser has disconnected!",
    "WebSocket is not open: readyState 3 (CLOSED)",
  ])("puppeteer's %j → a crash: relaunch and retry", (message) => {
    expect(isBrowserCrash(new Error(message))).toBe(true);
  });
  it.each([
    "Protocol error (Page.printToPDF): Printing failed",
    "Protocol error (Runtime.callFunctionOn): Execution context was destroyed.",
    "Cannot read the theme",
  ])("%j → not a crash: no relaunch, the report fails alone", (message) => {
    expect(isBrowserCrash(new Error(message))).toBe(false);
  });
});

describe("Batch rendering", () => {
  it("the browser dies on the 3rd of 6 reports (one at a time) → relaunched once, that report retried and written, 2 launches, both browsers closed", async () => {
    const f = fakeBrowsers((n) => n === 3);
    const out = await runBatch(["a", "b", "c", "d", "e", "f"], { ...f, concurrency: 1 });
    expect(out.map((o) => o.outputs)).toEqual([
      ["out/a-browser1.pdf"],
      ["out/b-browser1.pdf"],
      ["out/c-browser2.pdf"],
      ["out/d-browser2.pdf"],
      ["out/e-browser2.pdf"],
      ["out/f-browser2.pdf"],
    ]);
    expect(out.every((o) => o.ok)).toBe(true);
    expect(f.state.launches).toBe(2);
    expect(f.state.renders).toBe(7);
    expect(f.state.closed.sort()).toEqual([1, 2]);
  });

  it("three reports in flight when the browser dies (concurrency 3) → one relaunch, not three; all three retried once and written", async () => {
    const f = fakeBrowsers((n) => n === 2);
    const out = await runBatch(["a", "b", "c", "d"], { ...f, concurrency: 3 });
    expect(out.map((o) => o.ok)).toEqual([true, true, true, true]);
    expect(f.state.launches).toBe(2);
    // a, b, c on browser 1 (all fail: b killed it, a and c saw it die), their 3 retries, then d.
    expect(f.state.renders).toBe(7);
    expect(out.slice(0, 3).map((o) => o.outputs[0])).toEqual([
      "out/a-browser2.pdf",
      "out/b-browser2.pdf",
      "out/c-browser2.pdf",
    ]);
    expect(f.state.closed.sort()).toEqual([1, 2]);
  });

  it("a report that kills every browser it touches → retried once, then reported failed with a sentence; the next report gets a fresh browser", async () => {
    const f = fakeBrowsers((_n, source) => source === "poison");
    const out = await runBatch(["a", "poison", "c"], { ...f, concurrency: 1 });
    expect(out).toEqual([
      { source: "a", ok: true, outputs: ["out/a-browser1.pdf"] },
      { source: "poison", ok: false, outputs: [], error: batchMessages.browserCrashed() },
      { source: "c", ok: true, outputs: ["out/c-browser3.pdf"] },
    ]);
    expect(f.state.launches).toBe(3);
    expect(f.state.renders).toBe(4);
    expect(f.state.closed.sort()).toEqual([1, 2, 3]);
  });

  it("a source error (not a crash) → not retried, no relaunch, the rest go on", async () => {
    const f = fakeBrowsers(() => false);
    const out = await runBatch(["a", "broken", "c"], { ...f, concurrency: 1 });
    expect(out[1]).toEqual({
      source: "broken",
      ok: false,
      outputs: [],
      error: 'The sheet lacks the template tab "Creators".',
    });
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(f.state.launches).toBe(1);
    expect(f.state.renders).toBe(3);
  });
});

// ------------------------------------------------------------------ one real Chromium, killed mid-batch

const found = await findBrowser();

/** Every descendant of `pid` still alive, from /proc. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parent.set(Number(d), ppid);
    } catch {}
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of parent)
      if (pp === p) {
        out.push(c);
        walk(c);
      }
  };
  walk(pid);
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
}

describe.skipIf(!found || process.platform !== "linux")("Batch rendering in a real browser", () => {
  let dir: string;
  let sources: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pm-crash-"));
    const campaign = await readFile("templates/sample/Campaign.csv", "utf8");
    const creators = (await readFile("templates/sample/Creators.csv", "utf8"))
      .split("\n")
      .slice(0, 4)
      .join("\n");
    sources = [];
    for (let i = 1; i <= 50; i++) {
      const src = join(dir, `c${i}`);
      await mkdir(src);
      await writeFile(
        join(src, "Campaign.csv"),
        campaign.replace(/^Campaign name,.*$/m, `Campaign name,Tiny ${i}`),
      );
      await writeFile(join(src, "Creators.csv"), `${creators}\n`);
      sources.push(src);
    }
  });

  it("50 tiny reports, PDF only, concurrency 4, the browser SIGKILLed after the 10th → relaunched once (2 launches), all 50 PDFs written, no browser process left, RSS growth < 300 MB", async () => {
    const out = join(dir, "out");
    const printers: PdfPrinter[] = [];
    const pids = new Set<number>();
    const track = () => {
      for (const p of printers)
        if (p.pid && alive(p.pid)) for (const c of [p.pid, ...descendants(p.pid)]) pids.add(c);
    };
    const job: ReportJob = {
      out,
      formats: new Set(["pdf"]),
      pageSize: "A4",
      locales: [undefined],
      theme: await loadTheme(undefined),
      strict: false,
    };
    let done = 0;
    const rss0 = process.memoryUsage().rss;
    const outcomes = await runBatch(sources, {
      renderOne: reportRenderer(job, writeReports),
      launch: async () => {
        const p = await PdfPrinter.launch(found);
        printers.push(p);
        track();
        return p;
      },
      close: (p) => p.close(),
      concurrency: 4,
      onDone: () => {
        track();
        if (++done === 10) {
          process.kill(printers[0]!.pid!, "SIGKILL");
        }
      },
    });
    const rss1 = process.memoryUsage().rss;
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(printers.length).toBe(2);
    // Each report and, by default, its data tables in <slug>-data.pdf.
    const pdfs = (await readdir(out)).filter((f) => f.endsWith(".pdf") && !f.endsWith("-data.pdf")).sort();
    expect(pdfs.length).toBe(50);
    expect(pdfs).toContain("tiny-50.pdf");
    for (const f of pdfs) expect((await stat(join(out, f))).size).toBeGreaterThan(1000);
    expect(rss1 - rss0).toBeLessThan(300 * 1024 * 1024);
    // Both browsers were seen, with whatever they started (the npm headless shell runs as one
    // process; a system Chrome adds renderers and helpers), so the check below means something.
    for (const p of printers) expect(pids.has(p.pid!)).toBe(true);
    // Give orphaned renderers a moment to notice their browser is gone.
    for (let t = 0; t < 50 && [...pids].some(alive); t++) await new Promise((r) => setTimeout(r, 100));
    expect([...pids].filter(alive)).toEqual([]);
  }, 150_000);
});
