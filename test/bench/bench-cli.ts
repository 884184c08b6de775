// `npm run bench`, whole-process part: the CLI started as a user starts it (kpis, report HTML,
// report PDF with a cold browser) against `node -e 0` and LibreOffice's plain sheet → PDF of the
// same workbook; then a workbook with 200k Conversions rows as .xlsx against the same cells as
// CSV (time and peak RSS).
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findBrowser } from "../../generator/pdf/find.ts";
import { writeCsvFolder, writeXlsx } from "./files.ts";
import { type Timed, timeCli, timeProcess } from "./processes.ts";
import { syntheticCampaign } from "./synthetic.ts";
import { fmt, type Row, seconds, times } from "./table.ts";

const SMALL = { posts: 30, creators: 10, conversions: 60 };
const BIG = { posts: 10_000, creators: 2_000, conversions: 200_000 };
/** Runs of many seconds each: no warm-up run (the startup rows already warmed dist/ and the files are fresh in the cache). */
const BIG_RUN = { rss: true, warmUp: false };

const show = (label: string, t: Timed) =>
  console.log(
    `${label.padEnd(52)}${seconds(t.ms).padStart(9)}${t.rssMb ? `${fmt(t.rssMb).padStart(8)} MB` : ""}`,
  );

function hasSoffice(): boolean {
  const r = spawnSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
  return !r.error && r.status === 0;
}

async function startup(dir: string, runs: number): Promise<Row[]> {
  const small = join(dir, "ten-creators.xlsx");
  await writeXlsx(syntheticCampaign(SMALL), small);
  console.log(`\nCLI: whole processes, median of ${runs} after a warm-up (a 10-creator .xlsx)`);
  const node = timeProcess(process.execPath, ["-e", "0"], runs);
  show("node -e 0", node);
  const kpis = timeCli(["kpis", small], runs);
  show("postmortem kpis", kpis);
  const html = timeCli(["report", small, "--out", join(dir, "html"), "--format", "html"], runs);
  show("postmortem report --format html", html);
  const rows: Row[] = [
    {
      what: "kpis, 10-creator .xlsx",
      now: seconds(kpis.ms),
      against: `node -e 0: ${seconds(node.ms)}`,
      ratio: times(kpis.ms, node.ms),
    },
    {
      what: "report --format html",
      now: seconds(html.ms),
      against: `node -e 0: ${seconds(node.ms)}`,
      ratio: times(html.ms, node.ms),
    },
  ];
  if (!(await findBrowser())) {
    console.log("PDF: no Chromium found; the cold PDF row is skipped.");
    rows.push({
      what: "report --format pdf (cold browser)",
      now: "skipped",
      against: "no Chromium here",
      ratio: "-",
    });
    return rows;
  }
  const pdf = timeCli(["report", small, "--out", join(dir, "pdf"), "--format", "pdf"], runs);
  show("postmortem report --format pdf (cold browser)", pdf);
  if (!hasSoffice()) {
    console.log("LibreOffice (soffice) is not installed: the PDF-against-LibreOffice ratio is skipped.");
    rows.push({
      what: "report --format pdf (cold browser)",
      now: seconds(pdf.ms),
      against: "soffice: not installed, skipped",
      ratio: "-",
    });
    return rows;
  }
  // Its own profile, so a LibreOffice the user has open is neither used nor disturbed.
  const profile = `-env:UserInstallation=${pathToFileURL(join(dir, "lo-profile")).href}`;
  const lo = timeProcess(
    "soffice",
    [profile, "--headless", "--convert-to", "pdf", "--outdir", join(dir, "lo"), small],
    runs,
  );
  show("soffice --headless --convert-to pdf", lo);
  rows.push({
    what: "report --format pdf (cold browser)",
    now: seconds(pdf.ms),
    against: `soffice --convert-to pdf: ${seconds(lo.ms)}`,
    ratio: times(pdf.ms, lo.ms),
  });
  return rows;
}

async function bigWorkbook(dir: string, runs: number): Promise<Row> {
  const raw = syntheticCampaign(BIG);
  const xlsx = join(dir, "big.xlsx");
  const csv = join(dir, "big-csv");
  await writeXlsx(raw, xlsx);
  writeCsvFolder(raw, csv);
  console.log(
    `\nRead: ${fmt(BIG.conversions)} Conversions rows (${fmt(BIG.posts)} posts, ${fmt(BIG.creators)} creators), \`kpis --json\`, median of ${runs}, no warm-up, peak RSS`,
  );
  const x = timeCli(["kpis", xlsx, "--json"], runs, BIG_RUN);
  show(".xlsx", x);
  const c = timeCli(["kpis", csv, "--json"], runs, BIG_RUN);
  show("the same cells as .csv files", c);
  return {
    what: `.xlsx with ${fmt(BIG.conversions)} Conversions rows`,
    now: `${seconds(x.ms)}, ${fmt(x.rssMb ?? 0)} MB`,
    against: `same data as CSV: ${seconds(c.ms)}, ${fmt(c.rssMb ?? 0)} MB`,
    ratio: `${times(x.ms, c.ms)} time, ${times(x.rssMb ?? 0, c.rssMb ?? 1)} RSS`,
  };
}

async function inTemp<T>(f: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "postmortem-bench-"));
  try {
    return await f(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const runStartup = (): Promise<Row[]> =>
  inTemp((dir) => startup(dir, Number(process.env.BENCH_PROCESS_RUNS ?? 5)));

export const runRead = (): Promise<Row> =>
  inTemp((dir) => bigWorkbook(dir, Number(process.env.BENCH_BIG_RUNS ?? 3)));
