// npm run build (also run by `npm ci` and `npm pack` through `prepare`): generator/cli.ts → dist/cli.js,
// an ESM bundle of our own code for Node 20. Packages in node_modules stay imports and load from
// there at run time; templates/ is found from the package root, fonts through their packages.
// Plain JavaScript, so building needs no TypeScript runner. It is also vitest's global setup (the
// tests spawn the CLI as shipped, built fresh for the run) and, in a checkout, the bin's check that
// no source changed since the last build.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
/** What the last build read and when: lets the bin tell that dist/ is older than the sources. */
const INPUTS = join(DIST, "inputs.json");
const SELF = "scripts/build-cli.js";

function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

/**
 * Builds dist/. `clean` empties it first (stale chunks gone); the bin's rebuild keeps it, so a CLI
 * already running in another process never loses a file under it (same content, same chunk names).
 */
export async function buildCli({ clean = true } = {}) {
  const { build } = await import("esbuild");
  const started = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: "generator/cli.ts" },
    outdir: "dist",
    bundle: true,
    // A dynamic import() of our own modules becomes a chunk loaded only when reached.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    // Stack traces under DEBUG=1 name the TypeScript file and line; the sources stay out of the map.
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  if (clean) rmSync(DIST, { recursive: true, force: true });
  for (const file of result.outputFiles) writeAtomic(file.path, file.contents);
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith("node_modules/"));
  writeAtomic(INPUTS, `${JSON.stringify({ built: started, inputs: [...inputs, SELF] })}\n`);
}

/** True when dist/ is missing or a file the last build read changed (or went) since. */
export function isStale() {
  if (!existsSync(join(DIST, "cli.js"))) return true;
  let last;
  try {
    last = JSON.parse(readFileSync(INPUTS, "utf8"));
  } catch {
    return true;
  }
  return last.inputs.some((p) => {
    try {
      return statSync(join(ROOT, p)).mtimeMs > last.built;
    } catch {
      return true;
    }
  });
}

/** vitest globalSetup: the CLI the tests spawn is built from the sources being tested. */
export async function setup() {
  await buildCli();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
