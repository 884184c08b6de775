// `npm run bench`: throughput of the core (read + validate + KPIs) and, where built,
// of the report and the add-on. Prints figures; asserts nothing (tests do that).
import { performance } from "node:perf_hooks";
import { analyze } from "../../core/index.ts";
import { syntheticCampaign } from "./synthetic.ts";

const fmt = (n: number) => new Intl.NumberFormat("en").format(Math.round(n));

function timeCore(posts: number, creators: number, conversions: number) {
  const wb = syntheticCampaign({ posts, creators, conversions });
  analyze(syntheticCampaign({ posts: 200, creators: 40, conversions: 400 })); // warm the JIT
  const t0 = performance.now();
  const { model, issues } = analyze(wb);
  const ms = performance.now() - t0;
  const rows = posts + creators + conversions;
  return { ms, rows, model, issues };
}

console.log("Core: read + validate + KPIs (synthetic campaigns)");
console.log("posts     creators  conversions   time (ms)   rows/s");
let prev: { rows: number; ms: number } | null = null;
for (const [posts, creators, conversions] of [
  [1_000, 200, 2_000],
  [10_000, 2_000, 20_000],
  [100_000, 20_000, 200_000],
] as const) {
  const { ms, rows } = timeCore(posts, creators, conversions);
  const growth = prev
    ? ` (×${(ms / prev.ms).toFixed(1)} time for ×${(rows / prev.rows).toFixed(0)} rows)`
    : "";
  console.log(
    `${fmt(posts).padEnd(10)}${fmt(creators).padEnd(10)}${fmt(conversions).padEnd(14)}${fmt(ms).padStart(9)}   ${fmt((rows / ms) * 1000).padStart(9)}${growth}`,
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
