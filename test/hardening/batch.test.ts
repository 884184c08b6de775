import { describe, expect, it } from "vitest";
import { batchMsg, runBatch } from "../../generator/batch.ts";
import { SourceError } from "../../generator/errors.ts";

/** Fake browsers: each launch is a numbered printer; `crashOn(n, source)` decides whether the n-th render kills it. */
function fakeBrowsers(crashOn: (n: number, source: string) => boolean) {
  const state = { launches: 0, closed: [] as number[], renders: 0 };
  const launch = async () => {
    state.launches++;
    return { id: state.launches, dead: false };
  };
  type P = Awaited<ReturnType<typeof launch>>;
  const renderOne = async (source: string, printer: () => Promise<P>) => {
    const p = await printer();
    // The browser dies as the n-th render starts; every render still in flight on it fails too.
    if (crashOn(++state.renders, source)) p.dead = true;
    await new Promise((r) => setTimeout(r, 1));
    if (p.dead) throw new Error("Protocol error (Page.printToPDF): Target closed");
    if (source === "broken") throw new SourceError('The sheet lacks the template tab "Creators".');
    return [`out/${source}-browser${p.id}.pdf`];
  };
  const close = async (p: P) => {
    state.closed.push(p.id);
  };
  return { state, launch, renderOne, close };
}

describe("Batch rendering", () => {
  it("the browser dies on the 3rd of 6 reports (one at a time) → relaunched once, that report retried and written, 2 launches, both browsers closed", async () => {
    const f = fakeBrowsers((n) => n === 3);
    const out = await runBatch(["a", "b", "c", "d", "e", "f"], { ...f, concurrency: 1 });
    expect(out.map((o) => o.outputs)).toEqual([
      ["out/a-browser1.pdf"],
      ["out/b-browser1.pdf"],
      ["out/c-browser2.pdf"],
      ["out/d-browser2.pdf"],
      ["out/e-browser2.pdf"],
      ["out/f-browser2.pdf"],
    ]);
    expect(out.every((o) => o.ok)).toBe(true);
    expect(f.state.launches).toBe(2);
    expect(f.state.renders).toBe(7);
    expect(f.state.closed.sort()).toEqual([1, 2]);
  });

  it("three reports in flight when the browser dies (concurrency 3) → one relaunch, not three; all three retried once and written", async () => {
    const f = fakeBrowsers((n) => n === 2);
    const out = await runBatch(["a", "b", "c", "d"], { ...f, concurrency: 3 });
    expect(out.map((o) => o.ok)).toEqual([true, true, true, true]);
    expect(f.state.launches).toBe(2);
    // a, b, c on browser 1 (all fail: b killed it, a and c saw it die), their 3 retries, then d.
    expect(f.state.renders).toBe(7);
    expect(out.slice(0, 3).map((o) => o.outputs[0])).toEqual([
      "out/a-browser2.pdf",
      "out/b-browser2.pdf",
      "out/c-browser2.pdf",
    ]);
    expect(f.state.closed.sort()).toEqual([1, 2]);
  });

  it("a report that kills every browser it touches → retried once, then reported failed with a sentence; the next report gets a fresh browser", async () => {
    const f = fakeBrowsers((_n, source) => source === "poison");
    const out = await runBatch(["a", "poison", "c"], { ...f, concurrency: 1 });
    expect(out).toEqual([
      { source: "a", ok: true, outputs: ["out/a-browser1.pdf"] },
      { source: "poison", ok: false, outputs: [], error: batchMsg.browserCrashed() },
      { source: "c", ok: true, outputs: ["out/c-browser3.pdf"] },
    ]);
    expect(f.state.launches).toBe(3);
    expect(f.state.renders).toBe(4);
    expect(f.state.closed.sort()).toEqual([1, 2, 3]);
  });

  it("a source error (not a crash) → not retried, no relaunch, the rest go on", async () => {
    const f = fakeBrowsers(() => false);
    const out = await runBatch(["a", "broken", "c"], { ...f, concurrency: 1 });
    expect(out[1]).toEqual({
      source: "broken",
      ok: false,
      outputs: [],
      error: 'The sheet lacks the template tab "Creators".',
    });
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(f.state.launches).toBe(1);
    expect(f.state.renders).toBe(3);
  });
});
