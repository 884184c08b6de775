// Whole processes as a user starts them, timed from the outside: the median of a few runs
// after one warm-up run (file cache, and in a checkout the bin's rebuild of dist/ if a source changed).
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

export const BIN = new URL("../../bin/postmortem.js", import.meta.url).pathname;

/** Preloaded into the child: its peak RSS (kB) on stderr as it exits, however it exits. */
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => process.stderr.write("\\nbench-maxrss-kb=" + process.resourceUsage().maxRSS + "\\n"));',
)}`;

export interface Timed {
  /** Median wall time, ms. */
  ms: number;
  /** Highest peak RSS of the runs, MB, when asked for (node children only). */
  rssMb: number | null;
  runs: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** `cmd args` `runs` times (after one warm-up unless told not to); throws with its stderr if a run fails. */
export function timeProcess(
  cmd: string,
  args: readonly string[],
  runs: number,
  { rss = false, warmUp = true, cwd }: { rss?: boolean; warmUp?: boolean; cwd?: string } = {},
): Timed {
  const argv = rss && cmd === process.execPath ? [`--import=${REPORT_RSS}`, ...args] : [...args];
  const times: number[] = [];
  let peak: number | null = null;
  for (let i = warmUp ? 0 : 1; i <= runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, argv, { cwd, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const ms = performance.now() - t0;
    if (r.error) throw r.error;
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-400)}`);
    if (i === 0) continue;
    times.push(ms);
    const kb = /bench-maxrss-kb=(\d+)/.exec(r.stderr)?.[1];
    if (kb) peak = Math.max(peak ?? 0, Number(kb) / 1024);
  }
  return { ms: median(times), rssMb: peak, runs };
}

/** The CLI as installed: `node bin/postmortem.js …`. */
export const timeCli = (
  args: readonly string[],
  runs: number,
  opts: { rss?: boolean; warmUp?: boolean } = {},
) => timeProcess(process.execPath, [BIN, ...args], runs, opts);
