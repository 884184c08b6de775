// `npm run bench`, report part: HTML render time (sample and a 10k-post campaign, browser
// excluded), PDF time per report (cold browser; then warm, one at a time, and in a batch of 10
// two at a time as `report --batch` prints) and charts rendered.
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { type Analysis, analyze } from "../../core/index.ts";
import { findBrowser, PdfPrinter } from "../../generator/pdf/browser.ts";
import { renderReport } from "../../generator/report/index.ts";
import { readCsvFolder } from "../../generator/sources/csv.ts";
import { SAMPLE_DIR } from "../../generator/sources/index.ts";
import { syntheticCampaign } from "./synthetic.ts";
import { fmt, type Row, seconds, times } from "./table.ts";

async function timeHtml(a: Analysis) {
  await renderReport(a); // warm: templates, fonts, JIT
  const t0 = performance.now();
  const r = await renderReport(a);
  return { ms: performance.now() - t0, charts: r.charts.length, bytes: r.html.length, r };
}

/**
 * CPU time (ms) of the live processes of process group `pgid` (the browser and every process it
 * started), from /proc: on a shared machine it moves less than wall time. Null off Linux.
 */
function groupCpuMs(pgid: number | undefined): number | null {
  if (pgid === undefined || process.platform !== "linux") return null;
  let ticks = 0;
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      // After the command's name: state, ppid, pgrp, … utime (12th), stime (13th).
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // Gone meanwhile.
    }
  }
  // Linux counts in USER_HZ, 100 per second.
  return ticks * 10;
}

export async function run(): Promise<Row[]> {
  console.log("\nReport: HTML (charts, templates, fonts inlined; browser excluded)");
  console.log("campaign                       time (ms)   charts   HTML size");
  const sample = analyze(await readCsvFolder(SAMPLE_DIR));
  const s = await timeHtml(sample);
  console.log(
    `${"sample (99 posts)".padEnd(31)}${fmt(s.ms).padStart(9)}${String(s.charts).padStart(9)}   ${fmt(s.bytes / 1024)} KB`,
  );
  const big = analyze(syntheticCampaign({ posts: 10_000, creators: 2_000, conversions: 20_000 }));
  const b = await timeHtml(big);
  console.log(
    `${"synthetic, 10,000 posts".padEnd(31)}${fmt(b.ms).padStart(9)}${String(b.charts).padStart(9)}   ${fmt(b.bytes / 1024)} KB`,
  );

  const browser = await findBrowser();
  if (!browser) {
    console.log("PDF: no browser found; skipped.");
    return [
      { what: "PDF per report, warm, batch of 10", now: "skipped", against: "no Chromium here", ratio: "-" },
    ];
  }
  // Per report, what `report --format pdf` prints: the report and its data tables' own PDF.
  const r = s.r;
  const opts = { pageSize: "A4", locale: r.locale.locale, dir: r.locale.dir, info: r.info } as const;
  const printReport = async (p: PdfPrinter) => {
    await p.print(r.printHtml, { ...opts, title: r.title });
    if (r.dataHtml !== null) await p.print(r.dataHtml, opts);
  };
  const t0 = performance.now();
  const printer = await PdfPrinter.launch(browser);
  let cold: number;
  let oneByOne: number;
  try {
    await printReport(printer);
    cold = performance.now() - t0;
    const t1 = performance.now();
    for (let i = 0; i < 10; i++) await printReport(printer);
    oneByOne = (performance.now() - t1) / 10;
  } finally {
    await printer.close();
  }
  // As `report --batch` prints: two sources at a time, a renderer process per page.
  const inBatch = await PdfPrinter.launch(browser, { pages: 2, processes: "several" });
  let batch: number;
  let batchCpu: number | null;
  try {
    await Promise.all([printReport(inBatch), printReport(inBatch)]);
    const cpu0 = groupCpuMs(inBatch.pid);
    const t2 = performance.now();
    let left = 10;
    const worker = async () => {
      while (left-- > 0) await printReport(inBatch);
    };
    await Promise.all([worker(), worker()]);
    batch = (performance.now() - t2) / 10;
    const cpu1 = groupCpuMs(inBatch.pid);
    batchCpu = cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / 10;
  } finally {
    await inBatch.close();
  }
  console.log(
    `PDF of the sample (${browser.source} browser, report + data PDF): ${fmt(cold)} ms cold (browser start included), ` +
      `${fmt(oneByOne)} ms each warm one at a time, ${fmt(batch)} ms each in a batch of 10 two at a time (as report --batch)` +
      (batchCpu === null ? "" : `, the browser's CPU ${fmt(batchCpu)} ms per report there`),
  );
  return [
    {
      what: "PDF per report, warm, batch of 10",
      now: seconds(batch),
      against: `one at a time: ${seconds(oneByOne)}; first, browser start: ${seconds(cold)}`,
      ratio: times(batch, oneByOne),
    },
  ];
}
