// Charts drawn on the worker thread of the built CLI (dist/chart-worker.js, built for the test
// run): the same SVG bytes as on this thread, a chart's own error passed on, and a worker that
// cannot run leaving the charts to this thread.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { afterAll, describe, expect, it } from "vitest";
import { ChartThread, drawHere } from "../../../generator/charts/off-thread.ts";

const WORKER = resolve(import.meta.dirname, "../../../dist/chart-worker.js");

const bars: TopLevelSpec = {
  data: {
    values: [
      { name: "Alpha", value: 1234.5 },
      { name: "Beta", value: 200 },
    ],
  },
  mark: "bar",
  encoding: {
    x: { field: "name", type: "nominal", title: "Creator" },
    y: { field: "value", type: "quantitative", axis: { format: "$,.0f" } },
  },
};
const line: TopLevelSpec = {
  data: { values: [1, 4, 2].map((v, i) => ({ day: i + 1, v })) },
  mark: "line",
  encoding: { x: { field: "day", type: "ordinal" }, y: { field: "v", type: "quantitative" } },
};
const charts = [
  { spec: bars, opts: { locale: "da", currency: "DKK", title: "Spend", description: "Alpha spent most" } },
  { spec: line, opts: { locale: "ar", title: "Trend", description: "Up, then down" } },
];

const dir = mkdtempSync(join(tmpdir(), "postmortem-chart-thread-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ChartThread", () => {
  it("draws the same SVG bytes as this thread, in the order given", async () => {
    const thread = ChartThread.start(WORKER);
    expect(thread).not.toBeNull();
    try {
      const off = await thread!.draw(charts);
      const here = await drawHere(charts);
      expect(off).toHaveLength(2);
      expect(off[0]).toBe(here[0]);
      expect(off[1]).toBe(here[1]);
      expect(off[0]).toMatch(/^<svg[^>]* aria-label="Alpha spent most"/);
      // A second report's charts on the same worker.
      expect(await thread!.draw([charts[1]!])).toEqual([here[1]]);
    } finally {
      await thread!.close();
    }
  });

  it("passes a chart's own error on, with its message", async () => {
    const thread = ChartThread.start(WORKER)!;
    const spec = {
      data: { url: "/etc/passwd", format: { type: "csv" } },
      mark: "bar",
      encoding: { x: { field: "a", type: "nominal" } },
    } as TopLevelSpec;
    try {
      await expect(thread.draw([{ spec, opts: charts[0]!.opts }])).rejects.toThrow(
        /refused to load \/etc\/passwd/,
      );
    } finally {
      await thread.close();
    }
  });

  it("is not started without a built worker: the caller draws in-thread", () => {
    expect(ChartThread.start(join(dir, "no-such-worker.js"))).toBeNull();
  });

  it("leaves the charts to this thread when the worker cannot run", async () => {
    const broken = join(dir, "broken-worker.mjs");
    writeFileSync(broken, 'throw new Error("this worker cannot start");\n');
    const thread = ChartThread.start(broken)!;
    try {
      expect(await thread.draw(charts)).toEqual(await drawHere(charts));
    } finally {
      await thread.close();
    }
  });

  it("closes at once when it drew nothing", async () => {
    const thread = ChartThread.start(WORKER)!;
    await expect(thread.close()).resolves.toBeUndefined();
  });
});
