// Charts drawn on a thread of their own: vega's compile, parse and SVG are most of a report's
// CPU in Node, and on the main thread they held up everything else (the browser's replies, the
// data tables' PDF). No vega here: the worker loads it, through the same code cache.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./render.ts";

export interface ChartJob {
  id: number;
  spec: TopLevelSpec;
  opts: ChartOptions;
}

export type ChartReply = { id: number; svg: string } | { id: number; error: string };

/** Draws charts to SVG, in order; the same bytes whichever thread draws them. */
export type ChartDrawer = (
  charts: readonly { spec: TopLevelSpec; opts: ChartOptions }[],
) => Promise<string[]>;

/** On this thread, one after the other (vega loads at the first chart). */
export const drawHere: ChartDrawer = async (charts) => {
  const { renderChart } = await import("./render.ts");
  const out: string[] = [];
  for (const c of charts) out.push(await renderChart(c.spec, c.opts));
  return out;
};

/** The built worker beside the compiled CLI (a run from the sources has none: it draws in-thread). */
const WORKER_FILE = fileURLToPath(new URL("./chart-worker.js", import.meta.url));

/** The worker itself failed (it could not start, or stopped): not a chart's own error. */
class WorkerStopped extends Error {}

/**
 * One worker thread for a run's charts, started early so vega loads while the workbook is read.
 * A worker that fails leaves the charts to this thread; a chart's own error is the caller's.
 */
export class ChartThread {
  private readonly waiting = new Map<
    number,
    { resolve: (svg: string) => void; reject: (e: Error) => void }
  >();
  private next = 0;
  private stopped: WorkerStopped | null = null;
  private readonly exited: Promise<void>;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (r: ChartReply) => {
      const w = this.waiting.get(r.id);
      if (!w) return;
      this.waiting.delete(r.id);
      if (this.waiting.size === 0) worker.unref();
      if ("svg" in r) w.resolve(r.svg);
      else w.reject(new Error(r.error));
    });
    const stop = (why: string) => {
      this.stopped ??= new WorkerStopped(why);
      for (const w of this.waiting.values()) w.reject(this.stopped);
      this.waiting.clear();
    };
    worker.on("error", (e) => stop(e.message));
    this.exited = new Promise((resolve) =>
      worker.on("exit", () => {
        stop("the chart worker stopped");
        resolve();
      }),
    );
    // Idle, it holds no run open (a run that fails before closing it still ends); drawing, it does.
    worker.unref();
  }

  /** Starts the worker; null when there is no built worker file (the charts are then drawn in-thread). */
  static start(file: string = WORKER_FILE): ChartThread | null {
    if (!existsSync(file)) return null;
    return new ChartThread(new Worker(file));
  }

  readonly draw: ChartDrawer = (charts) =>
    Promise.all(charts.map((c) => this.drawOne(c.spec, c.opts))).catch((e: unknown) => {
      if (e instanceof WorkerStopped) return drawHere(charts);
      throw e;
    });

  private drawOne(spec: TopLevelSpec, opts: ChartOptions): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const id = this.next++;
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, spec, opts } satisfies ChartJob);
    });
  }

  /**
   * Ends the worker, once it has saved its compiled code if a first run drew with it; one that
   * drew nothing (a run that failed first) is stopped at once, not left to finish loading vega.
   */
  async close(): Promise<void> {
    if (this.next === 0) await this.worker.terminate();
    else if (!this.stopped) {
      this.worker.ref();
      this.worker.postMessage("close");
    }
    await this.exited;
  }
}
