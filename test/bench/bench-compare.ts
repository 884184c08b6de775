// Compare bench: 20 synthetic campaigns of 1k posts each into one comparison
// (model + JSON + CSV + HTML + PDF). Browser start is excluded; the target is < 5 s.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyze, type KpiModel } from "../../core/index.ts";
import { writeComparison } from "../../generator/compare/output.ts";
import { PdfPrinter } from "../../generator/pdf/browser.ts";
import { syntheticCampaign } from "./synthetic.ts";

const TARGET_MS = 5000;

export async function run(): Promise<void> {
  console.log("\nCompare: 20 campaigns × 1,000 posts into one comparison");
  const models: KpiModel[] = [];
  for (let i = 0; i < 20; i++) {
    const m = analyze(syntheticCampaign({ posts: 1000, creators: 200, conversions: 2000 }, 100 + i)).model;
    // Each synthetic campaign has the same dates: space them a month apart.
    const month = String((i % 12) + 1).padStart(2, "0");
    m.campaign.start_date = `${2020 + Math.floor(i / 12)}-${month}-01`;
    m.campaign.name = `Synthetic ${i + 1}`;
    models.push(m);
  }
  const out = await mkdtemp(join(tmpdir(), "bench-compare-"));
  let printer: PdfPrinter | null = null;
  try {
    printer = await PdfPrinter.launch();
  } catch (e) {
    console.log(`(no browser: ${(e as Error).message.split("\n")[0]}; timing without the PDF)`);
  }
  try {
    const formats = printer ? (["html", "pdf", "json", "csv"] as const) : (["html", "json", "csv"] as const);
    const t0 = performance.now();
    const r = await writeComparison(models, { out, formats: [...formats], ...(printer ? { printer } : {}) });
    const ms = performance.now() - t0;
    console.log(
      `${formats.join("+")}: ${Math.round(ms)} ms (target < ${TARGET_MS} ms${ms < TARGET_MS ? ", met" : ", MISSED"}); roster ${r.model.roster.length} creators`,
    );
  } finally {
    await printer?.close();
    await rm(out, { recursive: true, force: true });
  }
}
