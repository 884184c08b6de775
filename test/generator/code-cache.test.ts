// The code cache of the bundled packages: a CommonJS file runs the same with or without compiled
// code from an earlier run, a changed file never gets another file's code, and a cache that
// cannot be used (corrupt, unwritable, not private) is skipped without failing anything.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheFileFor, codeCacheDir, runCommonJs, saveCodeCaches } from "../../generator/code-cache.ts";

const ROOT = resolve(import.meta.dirname, "../..");

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "postmortem-code-cache-test-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A CommonJS file whose exports show that `require`, `__dirname` and `this` are Node's. */
function writeModule(name: string, answer: number): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `const path = require("node:path");\n` +
      `exports.answer = () => ${answer};\n` +
      `exports.dir = path.basename(__dirname);\n` +
      `exports.same = this === module.exports;\n`,
  );
  return file;
}

describe("runCommonJs", () => {
  it("runs a CommonJS file with Node's require, __dirname and module", () => {
    const file = writeModule("a.cjs", 42);
    const r = runCommonJs(file, null);
    expect(r.cache).toBe("off");
    expect(r.exports).toMatchObject({ dir: dir.slice(dir.lastIndexOf("/") + 1), same: true });
    expect((r.exports as { answer: () => number }).answer()).toBe(42);
  });

  it("saves compiled code, then runs from it with the same results", () => {
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const file = writeModule("a.cjs", 42);
    expect(runCommonJs(file, cache).cache).toBe("missing");
    saveCodeCaches();
    expect(readdirSync(cache)).toEqual([cacheFileFor(cache, file).slice(cache.length + 1)]);
    const again = runCommonJs(file, cache);
    expect(again.cache).toBe("used");
    expect((again.exports as { answer: () => number }).answer()).toBe(42);
  });

  it("gives a file that changed its own cache entry, never the old file's code", () => {
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const file = writeModule("a.cjs", 42);
    runCommonJs(file, cache);
    saveCodeCaches();
    const before = cacheFileFor(cache, file);
    writeModule("a.cjs", 7);
    expect(cacheFileFor(cache, file)).not.toBe(before);
    const r = runCommonJs(file, cache);
    expect(r.cache).toBe("missing");
    expect((r.exports as { answer: () => number }).answer()).toBe(7);
  });

  it("runs the file when the cached code is garbage, and replaces it", () => {
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const file = writeModule("a.cjs", 42);
    writeFileSync(cacheFileFor(cache, file), "not V8 code at all");
    const r = runCommonJs(file, cache);
    expect(r.cache).toBe("rejected");
    expect((r.exports as { answer: () => number }).answer()).toBe(42);
    saveCodeCaches();
    expect(runCommonJs(file, cache).cache).toBe("used");
  });

  it("removes another build's cache file once it is two weeks old, when writing one", () => {
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const old = join(cache, "charts-OLDBUILD-0123456789abcdef01234567.v8");
    const recent = join(cache, "charts-OTHER-0123456789abcdef01234567.v8");
    writeFileSync(old, "");
    writeFileSync(recent, "");
    const weeksAgo = new Date(Date.now() - 15 * 24 * 3600 * 1000);
    utimesSync(old, weeksAgo, weeksAgo);
    runCommonJs(writeModule("a.cjs", 42), cache);
    saveCodeCaches();
    expect(readdirSync(cache).sort()).toEqual(
      [
        recent.slice(cache.length + 1),
        cacheFileFor(cache, join(dir, "a.cjs")).slice(cache.length + 1),
      ].sort(),
    );
  });

  it("runs the file when the cache cannot be written (its folder is a file)", () => {
    const notADir = join(dir, "cache");
    writeFileSync(notADir, "");
    const file = writeModule("a.cjs", 42);
    const r = runCommonJs(file, notADir);
    expect((r.exports as { answer: () => number }).answer()).toBe(42);
    expect(() => saveCodeCaches()).not.toThrow();
    expect(readFileSync(notADir, "utf8")).toBe("");
  });
});

describe("the cache folder", () => {
  it("is made, private, only when a cache is saved: a run that stops early leaves nothing", () => {
    const cache = join(dir, "cache");
    const file = writeModule("a.cjs", 42);
    expect(runCommonJs(file, cache).cache).toBe("missing");
    expect(existsSync(cache)).toBe(false);
    saveCodeCaches();
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(runCommonJs(file, cache).cache).toBe("used");
  });

  it("is neither read nor written when others can write to it (they could plant code in it)", () => {
    const shared = join(dir, "cache");
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const file = writeModule("a.cjs", 42);
    writeFileSync(cacheFileFor(shared, file), "planted");
    const r = runCommonJs(file, shared);
    expect(r.cache).toBe("off");
    expect((r.exports as { answer: () => number }).answer()).toBe(42);
    saveCodeCaches();
    expect(readFileSync(cacheFileFor(shared, file), "utf8")).toBe("planted");
  });

  it("is per user in the temp folder, and off under NODE_DISABLE_COMPILE_CACHE as Node's own cache is", () => {
    const uid = typeof process.getuid === "function" ? process.getuid() : 0;
    expect(codeCacheDir(dir)).toBe(join(dir, `postmortem-code-cache-${uid}`));
    process.env.NODE_DISABLE_COMPILE_CACHE = "1";
    try {
      expect(codeCacheDir(dir)).toBeNull();
    } finally {
      delete process.env.NODE_DISABLE_COMPILE_CACHE;
    }
  });
});

describe("the built vendor files", () => {
  it("export the packages our code imports, and run from cached code alike", async () => {
    const vendor = join(ROOT, "dist/vendor");
    const charts = readdirSync(vendor).find((f) => /^charts-.*\.cjs$/.test(f));
    // Named by the build after its content: charts-<hash>.cjs.
    expect(charts).toMatch(/^charts-[A-Z0-9]{8}\.cjs$/);
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const spec = {
      data: { values: [{ a: 1 }] },
      mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" } },
    };
    const svgOf = async (cacheDir: string) => {
      const run = runCommonJs(join(vendor, charts!), cacheDir);
      const { packages } = run.exports as { packages: Record<string, Record<string, unknown>> };
      const vega = packages.vega as unknown as typeof import("vega");
      const vl = packages["vega-lite"] as unknown as typeof import("vega-lite");
      const view = new vega.View(vega.parse(vl.compile(spec as never).spec), { renderer: "none" });
      try {
        return { svg: await view.toSVG(), cache: run.cache };
      } finally {
        view.finalize();
      }
    };
    const first = await svgOf(cache);
    expect(first.cache).toBe("missing");
    saveCodeCaches();
    const second = await svgOf(cache);
    expect(second.cache).toBe("used");
    expect(second.svg).toBe(first.svg);
    expect(first.svg).toMatch(/^<svg/);
  });
});
