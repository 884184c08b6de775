// Part of `npm run bench`: the add-on's Spreadsheet service calls per size (must not grow) and the core's time.
import { performance } from "node:perf_hooks";
import { runCompute, runValidate } from "../../addon/run.ts";
import { analyze } from "../../core/index.ts";
import { spreadsheetOf } from "../addon/fixture.ts";
import { installGlobals } from "../fakes/spreadsheet.ts";
import { syntheticCampaign } from "./synthetic.ts";

export async function run() {
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
  const wb = syntheticCampaign({ posts: 20_000, creators: 2_000, conversions: 20_000 });
  const t0 = performance.now();
  analyze(wb);
  console.log(
    `core on 20,000 Content rows (2,000 creators, 20,000 conversions): ${Math.round(performance.now() - t0)} ms`,
  );
}
