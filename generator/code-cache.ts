// The biggest bundled packages (vega with vega-lite, puppeteer: ~4 MB of JavaScript) are built
// as CommonJS files of their own in dist/vendor/ and run from here, with the code V8 compiled
// for them in an earlier run: Node 20 keeps no compile cache for user code, and compiling them
// again was a third of the CPU a cold PDF report spent in Node. A cache that cannot be read or
// written is skipped, never an error.
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { isPrivateDir, userId } from "./output/private-dir.ts";

/** Node's own switch for its compile cache turns ours off too. */
const DISABLE_ENV = "NODE_DISABLE_COMPILE_CACHE";
/** Cache files not rewritten for this long are removed when another is written (old builds). */
const STALE_MS = 14 * 24 * 3600 * 1000;
/** The module wrapper on a line of its own, so positions in the file keep their line numbers. */
const WRAPPER = "(function (exports, require, module, __filename, __dirname) {\n";

/** The per-user cache folder in `base` (made when a cache is first saved); null when turned off. */
export function codeCacheDir(base: string = tmpdir()): string | null {
  return process.env[DISABLE_ENV] ? null : join(base, `postmortem-code-cache-${userId()}`);
}

/**
 * Where the compiled code of `file` is kept: named after the file (the build names each vendor
 * file by a hash of its content), its size and time (a file edited in place), Node's version,
 * its flags and the platform. V8 itself refuses code compiled by another V8 or with other flags;
 * keyed by them too, runs with other flags keep their own instead of replacing each other's.
 */
export function cacheFileFor(dir: string, file: string): string {
  const s = statSync(file);
  const key = createHash("sha256")
    .update(
      [process.version, process.arch, process.execArgv.join(" "), basename(file), s.size, s.mtimeMs].join(
        "\0",
      ),
    )
    .digest("hex")
    .slice(0, 24);
  return join(dir, `${basename(file).replace(/\.[^.]*$/, "")}-${key}.v8`);
}

function readCache(file: string | null): Buffer | undefined {
  if (file === null) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the compiled code (and everything compiled while running) beside the others, atomically; old builds' files go. */
function writeCache(file: string, script: vm.Script): void {
  if (!isPrivateDir(dirname(file), true)) return;
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, file);
    const dir = dirname(file);
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const other = join(dir, name);
      if (other !== file && now - statSync(other).mtimeMs > STALE_MS) unlinkSync(other);
    }
  } catch {
    // Not saved: the next run compiles again.
  }
}

/** Scripts run without usable compiled code, saved when the process ends. */
const unsaved = new Map<string, vm.Script>();

/** Saves the compiled code of every script run without a usable cache (also done at exit). */
export function saveCodeCaches(): void {
  for (const [file, script] of unsaved) writeCache(file, script);
  unsaved.clear();
}

let saveAtExit = false;

/** How a run used the cache: "off" (turned off, or a folder not ours alone), "missing" or "rejected" (saved at exit), "used". */
export type CacheUse = "off" | "missing" | "rejected" | "used";

/**
 * Runs a CommonJS file as Node would (its own `require`, `module`, `exports`) and returns its
 * exports, with compiled code from `cacheDir` when a run already left some there. Without it
 * (or when V8 refused it), the code this process compiles is saved when the process exits, so
 * it holds the functions this run used, not only the file's top level; a run that failed may
 * have stopped before most of them, and saves nothing.
 */
export function runCommonJs(
  file: string,
  cacheDir: string | null = codeCacheDir(),
): { exports: unknown; cache: CacheUse } {
  const source = readFileSync(file, "utf8");
  // A folder that is there but not ours alone is neither read nor written.
  const usable = cacheDir !== null && (isPrivateDir(cacheDir) || !existsSync(cacheDir));
  const cacheFile = usable ? cacheFileFor(cacheDir, file) : null;
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(`${WRAPPER}${source}\n})`, { filename: file, lineOffset: -1, cachedData });
  const cache: CacheUse =
    cacheFile === null
      ? "off"
      : cachedData === undefined
        ? "missing"
        : script.cachedDataRejected
          ? "rejected"
          : "used";
  if (cacheFile !== null && cache !== "used") {
    unsaved.set(cacheFile, script);
    if (!saveAtExit) {
      saveAtExit = true;
      // Only a run that did its work (exit 0, or 1 for findings) compiled what the next one needs.
      process.once("exit", (code) => {
        if (code <= 1) saveCodeCaches();
      });
    }
  }
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, cache };
}

const loaded = new Map<string, unknown>();

/** A file of dist/vendor/ (named by the build), run once per process. */
export function loadVendor(name: string): unknown {
  let exports = loaded.get(name);
  if (exports === undefined) {
    exports = runCommonJs(fileURLToPath(new URL(`./vendor/${name}`, import.meta.url))).exports;
    loaded.set(name, exports);
  }
  return exports;
}
