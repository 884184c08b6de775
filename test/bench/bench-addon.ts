// Part of `npm run bench`: the add-on's Spreadsheet service calls per size (must not grow), the
// calls of a Compute after someone pasted over computed cells, and the core's time.
import { performance } from "node:perf_hooks";
import { runCompute, runValidate } from "../../addon/run.ts";
import { analyze } from "../../core/index.ts";
import { spreadsheetOf } from "../addon/fixture.ts";
import { installGlobals } from "../support/spreadsheet.ts";
import { syntheticCampaign } from "./synthetic.ts";
import { fmt, type Row, times } from "./table.ts";

const PASTED = 5_000;

/** Compute, again with nothing changed, then after PASTED computed Content cells were pasted over. */
function pastedOver(): Row {
  const ss = spreadsheetOf(syntheticCampaign({ posts: 2 * PASTED, creators: 40, conversions: 200 }));
  installGlobals(ss);
  const gs = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  runCompute(gs);
  ss.calls.count = 0;
  runCompute(gs);
  const clean = ss.calls.count;
  const content = ss.sheets.find((s) => s.name === "Content")!;
  const computed = Array.from({ length: content.maxCols }, (_, i) => i + 1).filter((c) =>
    content.isComputed(c),
  );
  let pasted = 0;
  for (let r = 2; pasted < PASTED; r++)
    for (const c of computed) if (pasted++ < PASTED) content.userSet(r, c, 1);
  ss.calls.count = 0;
  runCompute(gs);
  const after = ss.calls.count;
  console.log(
    `Compute of ${fmt(2 * PASTED)} Content rows: ${fmt(clean)} calls clean, ${fmt(after)} after ${fmt(PASTED)} computed cells (${computed.length} columns) were pasted over`,
  );
  return {
    what: `add-on Compute after ${fmt(PASTED)} computed cells pasted over`,
    now: `${fmt(after)} calls`,
    against: `a clean Compute: ${fmt(clean)}`,
    ratio: times(after, clean),
  };
}

export async function run(): Promise<Row[]> {
  console.log("\nAdd-on: Spreadsheet service calls (in-memory fake)");
  console.log("content rows   validate   compute KPIs");
  for (const posts of [10, 1_000, 20_000]) {
    const ss = spreadsheetOf(syntheticCampaign({ posts, creators: 40, conversions: 200 }));
    installGlobals(ss);
    ss.calls.count = 0;
    runValidate(ss);
    const validate = ss.calls.count;
    ss.calls.count = 0;
    runCompute(ss);
    console.log(`${String(posts).padEnd(15)}${String(validate).padEnd(11)}${ss.calls.count}`);
  }
  const row = pastedOver();
  const wb = syntheticCampaign({ posts: 20_000, creators: 2_000, conversions: 20_000 });
  const t0 = performance.now();
  analyze(wb);
  console.log(
    `core on 20,000 Content rows (2,000 creators, 20,000 conversions): ${Math.round(performance.now() - t0)} ms`,
  );
  return [row];
}
