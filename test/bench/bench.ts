// `npm run bench`: throughput of the core (read + validate + KPIs) and, where built,
// of the report and the add-on. Prints figures; asserts nothing (tests do that).
import os from "node:os";
import { performance } from "node:perf_hooks";
import { analyze } from "../../core/index.ts";
import { syntheticCampaign } from "./synthetic.ts";

const fmt = (n: number) => new Intl.NumberFormat("en").format(Math.round(n));

/** Best of `runs`: the machine is shared, so the fastest run is the one least disturbed. */
function timeCore(posts: number, creators: number, conversions: number, runs: number) {
  const wb = syntheticCampaign({ posts, creators, conversions });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(wb);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    ms: times[0]!,
    median: times[Math.floor(times.length / 2)]!,
    rows: posts + creators + conversions,
  };
}

analyze(syntheticCampaign({ posts: 2_000, creators: 400, conversions: 4_000 })); // warm the JIT

const runs = Number(process.env.BENCH_RUNS ?? 5);
console.log(`Core: read + validate + KPIs (synthetic campaigns), best of ${runs} runs`);
console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}`);
console.log("posts     creators  conversions   best (ms)   median (ms)   rows/s (best)");
let prev: { rows: number; ms: number } | null = null;
for (const [posts, creators, conversions] of [
  [1_000, 200, 2_000],
  [10_000, 2_000, 20_000],
  [100_000, 20_000, 200_000],
] as const) {
  const { ms, median, rows } = timeCore(posts, creators, conversions, runs);
  const growth = prev
    ? ` (×${(ms / prev.ms).toFixed(1)} time for ×${(rows / prev.rows).toFixed(0)} rows)`
    : "";
  console.log(
    `${fmt(posts).padEnd(10)}${fmt(creators).padEnd(10)}${fmt(conversions).padEnd(14)}${fmt(ms).padStart(9)}   ${fmt(median).padStart(11)}   ${fmt((rows / ms) * 1000).padStart(13)}${growth}`,
  );
  prev = { rows, ms };
}

// Optional parts: each registers itself when its module exists.
for (const extra of ["./bench-report.ts", "./bench-addon.ts", "./bench-compare.ts"]) {
  try {
    const mod = (await import(extra)) as { run?: () => Promise<void> };
    await mod.run?.();
  } catch (e) {
    if ((e as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw e;
  }
}
