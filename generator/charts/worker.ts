// The chart drawer's thread (built as dist/chart-worker.js): vega loads and draws here while
// the main thread reads the workbook, drives the browser and lays out the rest of the report.
import { parentPort } from "node:worker_threads";
import { saveCodeCaches } from "../code-cache.ts";
import type { ChartJob, ChartReply } from "./off-thread.ts";
import { renderChart } from "./render.ts";

const port = parentPort;
if (!port) throw new Error("the chart worker runs only as a worker thread");
let failed = false;
/** One chart at a time, in the order given, as the main thread would draw them. */
let queue = Promise.resolve();
port.on("message", (job: ChartJob | "close") => {
  queue = queue.then(async () => {
    if (job === "close") {
      // Only a thread that drew every chart it was given compiled what the next run needs.
      if (!failed) saveCodeCaches();
      port.close();
      return;
    }
    try {
      port.postMessage({ id: job.id, svg: await renderChart(job.spec, job.opts) } satisfies ChartReply);
    } catch (e) {
      failed = true;
      port.postMessage({
        id: job.id,
        error: e instanceof Error ? e.message : String(e),
      } satisfies ChartReply);
    }
  });
});
