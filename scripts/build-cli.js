// npm run build (also run by `npm ci` and `npm pack` through `prepare`): generator/cli.ts → dist/cli.js,
// an ESM bundle of our own code for Node 20, with the few pure-JavaScript packages a report needs
// (BUNDLED) and the templates, precompiled. Other packages stay imports and load from node_modules
// at run time; templates/ is found from the package root, fonts through their packages.
// Plain JavaScript, so building needs no TypeScript runner. It is also vitest's global setup (the
// tests spawn the CLI as shipped, built fresh for the run) and, in a checkout, the bin's check that
// no source changed since the last build.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
/** What the last build read and when: lets the bin tell that dist/ is older than the sources. */
const INPUTS = join(DIST, "inputs.json");
const SELF = "scripts/build-cli.js";
const TEMPLATES = join(ROOT, "templates");

/** Every folder under templates/ that holds .hbs files, and those files (paths from the root, / separated). */
function templateFiles() {
  const dirs = [];
  const files = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const hbs = entries.filter((e) => e.isFile() && e.name.endsWith(".hbs")).map((e) => join(dir, e.name));
    if (hbs.length) dirs.push(dir);
    files.push(...hbs);
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
  };
  walk(TEMPLATES);
  const rel = (p) => relative(ROOT, p).split(sep).join("/");
  return { dirs: dirs.map(rel), files: files.map(rel) };
}

/**
 * generator/report/precompiled.ts, empty in the sources, becomes every template under
 * templates/ as Handlebars.precompile made it: the CLI renders with the runtime alone.
 */
function precompiledTemplates(files) {
  return {
    name: "precompiled-templates",
    setup(b) {
      b.onLoad({ filter: /[\\/]generator[\\/]report[\\/]precompiled\.ts$/ }, async () => {
        const { default: Handlebars } = await import("handlebars");
        const entries = files.map((f) => {
          const key = f.slice("templates/".length);
          const spec = Handlebars.precompile(readFileSync(join(ROOT, f), "utf8"));
          return `  ${JSON.stringify(key)}: ${spec}`;
        });
        return { contents: `export const PRECOMPILED = {\n${entries.join(",\n")}\n};\n`, loader: "js" };
      });
    },
  };
}

/**
 * Pure-JavaScript packages bundled into the chunk that needs them, with everything they import:
 * Node then reads one file where it would resolve and link hundreds (puppeteer-core alone loads
 * ~150 modules, vega ~300). The rest stay imports of node_modules: packages with native code or
 * files they find beside themselves, and those only one input format needs.
 */
const BUNDLED = ["puppeteer-core", "vega", "vega-lite", "handlebars"];
/** Optional native speed-ups some bundled packages try to require; absent here, so left as imports. */
const NEVER_BUNDLED = ["bufferutil", "utf-8-validate"];
/**
 * Left out of the bundle for a stub: puppeteer's browser downloader uses it (with a JavaScript
 * engine for proxy auto-config scripts, 1.6 MB of code to load) and we never download a browser.
 */
const STUBBED = {
  "proxy-agent":
    'export class ProxyAgent { constructor() { throw new Error("campaign-postmortem never downloads a browser"); } }',
};

const packageName = (spec) => /^(?:@[^/]+\/)?[^/]+/.exec(spec)?.[0] ?? spec;
const isBare = (spec) => !/^(?:[./]|node:|[A-Za-z]:[\\/])/.test(spec);

/** Our imports of BUNDLED packages, and those packages' own imports, are bundled; other packages stay external. */
function bundleOnly(names) {
  return {
    name: "bundle-only",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point" || !isBare(args.path)) return undefined;
        const name = packageName(args.path);
        if (name in STUBBED) return { path: name, namespace: "stub" };
        if (NEVER_BUNDLED.includes(name)) return { path: args.path, external: true };
        const fromPackage = /[\\/]node_modules[\\/]/.test(args.importer);
        if (fromPackage || names.includes(name)) return undefined;
        return { path: args.path, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: "stub" }, (args) => ({
        contents: STUBBED[args.path],
        loader: "js",
      }));
    },
  };
}

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
  const templates = templateFiles();
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
    // Stack traces under DEBUG=1 name the TypeScript file and line; the sources stay out of the map.
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    write: false,
    // The CommonJS inside bundled packages (debug, handlebars…) calls require(): give every chunk one.
    banner: {
      js: 'import { createRequire as __postmortemRequire } from "node:module";\nconst require = __postmortemRequire(import.meta.url);',
    },
    plugins: [bundleOnly(BUNDLED), precompiledTemplates(templates.files)],
    logLevel: "warning",
  });
  if (clean) rmSync(DIST, { recursive: true, force: true });
  for (const file of result.outputFiles) writeAtomic(file.path, file.contents);
  // Our own files: not the packages', nor the stubs (in a namespace of their own, "stub:…").
  const inputs = Object.keys(result.metafile.inputs).filter(
    (p) => !/(^|\/)node_modules\//.test(p) && !p.startsWith("stub:"),
  );
  writeAtomic(
    INPUTS,
    `${JSON.stringify({
      built: started,
      inputs: [...inputs, ...templates.dirs, ...templates.files, SELF],
      bundled: bundledPackages(result.metafile),
    })}\n`,
  );
}

/** Each chunk's bundled packages (file name → package names), so a test can tell what a run loaded. */
function bundledPackages(metafile) {
  const out = {};
  for (const [file, o] of Object.entries(metafile.outputs)) {
    const names = new Set();
    for (const input of Object.keys(o.inputs)) {
      const at = input.lastIndexOf("node_modules/");
      const m = at < 0 ? null : /^(?:@[^/]+\/)?[^/]+/.exec(input.slice(at + "node_modules/".length));
      if (m) names.add(m[0]);
    }
    if (names.size) out[file.slice(file.lastIndexOf("/") + 1)] = [...names].sort();
  }
  return out;
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
