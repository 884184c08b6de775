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
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

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
 * Node then reads one file where it would resolve and link hundreds. The rest stay imports of
 * node_modules: packages with native code or files they find beside themselves, and those only
 * one input format needs.
 */
const BUNDLED = ["handlebars"];
/**
 * The biggest packages, each group bundled into one CommonJS file of dist/vendor/ that
 * generator/code-cache.ts runs with V8's compiled code from an earlier run (Node 20 caches none
 * for ES modules): puppeteer-core alone is ~150 modules and 1 MB, vega with vega-lite ~300 and
 * 1.7 MB. Our imports of them become a shim that loads the group's file when first evaluated.
 */
const VENDORS = {
  charts: ["vega", "vega-lite"],
  browser: ["puppeteer-core"],
};
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
/**
 * vega-canvas's Node build awaits import("canvas") at its top (an optional native package we do
 * not use: charts render to SVG with our own text metrics); its browser build finds no canvas
 * either, without the top-level await that a CommonJS file cannot have.
 */
function browserBuilds() {
  return {
    name: "browser-builds",
    setup(b) {
      b.onResolve({ filter: /^vega-canvas$/ }, async (args) => {
        if (args.pluginData === "browser-builds") return undefined;
        const r = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: "browser-builds",
        });
        const path = r.path.replace(/vega-canvas\.node\.js$/, "vega-canvas.browser.js");
        if (r.errors.length || path === r.path || !existsSync(path))
          throw new Error("vega-canvas: no browser build found");
        return { path };
      });
    },
  };
}
const CODE_CACHE = join(ROOT, "generator/code-cache.ts");

const packageName = (spec) => /^(?:@[^/]+\/)?[^/]+/.exec(spec)?.[0] ?? spec;
const isBare = (spec) => !/^(?:[./]|node:|[A-Za-z]:[\\/])/.test(spec);

/** Packages replaced by a stub: an import of one resolves to its stub. */
function stubs() {
  return {
    name: "stubs",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) =>
        isBare(args.path) && packageName(args.path) in STUBBED
          ? { path: packageName(args.path), namespace: "stub" }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "stub" }, (args) => ({
        contents: STUBBED[args.path],
        loader: "js",
      }));
    },
  };
}

/** Our imports of BUNDLED packages, and those packages' own imports, are bundled; other packages stay external. */
function bundleOnly(names) {
  return {
    name: "bundle-only",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point" || !isBare(args.path)) return undefined;
        const name = packageName(args.path);
        if (NEVER_BUNDLED.includes(name)) return { path: args.path, external: true };
        const fromPackage = /[\\/]node_modules[\\/]/.test(args.importer);
        if (fromPackage || names.includes(name)) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Our imports of a VENDORS package become a shim: the group's file in dist/vendor/, run through
 * the code cache, and the package's exports out of it, by name (as Node gives an ES module
 * importing CommonJS; a dynamic import() of the shim needs them named).
 */
function vendorShims(vendors) {
  const group = Object.fromEntries(Object.entries(VENDORS).flatMap(([g, names]) => names.map((n) => [n, g])));
  return {
    name: "vendor-shims",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) =>
        args.path in group && !/[\\/]node_modules[\\/]/.test(args.importer)
          ? { path: args.path, namespace: "vendor" }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "vendor" }, (args) => {
        const g = group[args.path];
        const names = vendors.names[g][args.path];
        return {
          contents:
            `import { loadVendor } from ${JSON.stringify(CODE_CACHE)};\n` +
            `const m = loadVendor(${JSON.stringify(vendors.files[g])}).packages[${JSON.stringify(args.path)}];\n` +
            `export default m.__esModule && "default" in m ? m.default : m;\n` +
            (names.length ? `export const { ${names.join(", ")} } = m;\n` : ""),
          loader: "js",
          resolveDir: ROOT,
        };
      });
    },
  };
}

/**
 * A vendor file runs as a script, where import() has no module loader to call: the Node built-ins
 * the packages import() on paths we never take are required instead. Any other import() would
 * fail when reached, so it fails the build.
 */
function requireDynamicBuiltins(out, output, text) {
  const other = output.imports.filter((i) => i.kind === "dynamic-import" && !i.path.startsWith("node:"));
  if (other.length)
    throw new Error(`${out}: import() of ${other.map((i) => i.path).join(", ")} cannot run from a script`);
  return text.replace(
    /\bimport\((["'])(node:[\w/]+)\1\)/g,
    (_, q, spec) => `Promise.resolve().then(() => require(${q}${spec}${q}))`,
  );
}

/** What a vendor file exports, package by package: it is run once, here, to see. */
function exportNames(path, text) {
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${text}\n})`,
    {
      filename: path,
    },
  );
  wrapper(module.exports, createRequire(path), module, path, dirname(path));
  const isName = (n) => {
    if (n === "default" || n === "__esModule") return false;
    try {
      new Function(`const ${n} = 0;`);
      return true;
    } catch {
      return false;
    }
  };
  return Object.fromEntries(
    Object.entries(module.exports.packages).map(([spec, ns]) => [spec, Object.keys(ns).filter(isName)]),
  );
}

/** Builds each VENDORS group as one CommonJS file (its name carries a hash of its content). */
async function buildVendors(build) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.keys(VENDORS).map((g) => ({ in: `vendor-entry:${g}`, out: g })),
    outdir: "dist/vendor",
    entryNames: "[name]-[hash]",
    outExtension: { ".js": ".cjs" },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    external: NEVER_BUNDLED,
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    write: false,
    plugins: [
      stubs(),
      browserBuilds(),
      {
        name: "vendor-entries",
        setup(b) {
          b.onResolve({ filter: /^vendor-entry:/ }, (args) => ({
            path: args.path.slice(13),
            namespace: "vendor-entry",
          }));
          b.onLoad({ filter: /.*/, namespace: "vendor-entry" }, (args) => ({
            // Imported, not required: the packages' ES module builds (puppeteer-core's is half the size of its CommonJS one).
            contents:
              VENDORS[args.path].map((n, i) => `import * as p${i} from ${JSON.stringify(n)};\n`).join("") +
              `export const packages = { ${VENDORS[args.path].map((n, i) => `${JSON.stringify(n)}: p${i}`).join(", ")} };\n`,
            loader: "js",
            resolveDir: ROOT,
          }));
        },
      },
    ],
    logLevel: "warning",
  });
  const files = {};
  const packages = {};
  const names = {};
  const outputFiles = [];
  for (const file of result.outputFiles) {
    const out = relative(ROOT, file.path).split(sep).join("/");
    const o = result.metafile.outputs[out];
    const g = o?.entryPoint?.slice(o.entryPoint.indexOf(":") + 1);
    if (!g || !(g in VENDORS)) {
      outputFiles.push(file);
      continue;
    }
    const text = requireDynamicBuiltins(out, o, file.text);
    files[g] = out.slice(out.lastIndexOf("/") + 1);
    packages[g] = packagesIn(o);
    names[g] = exportNames(file.path, text);
    outputFiles.push({ path: file.path, contents: Buffer.from(text) });
  }
  return { outputFiles, files, packages, names };
}

function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

/** A file the build made again with the same bytes keeps its time: the code cache goes by it. */
function writeIfChanged(path, contents) {
  try {
    if (Buffer.from(contents).equals(readFileSync(path))) return;
  } catch {
    // Not there yet.
  }
  writeAtomic(path, contents);
}

/** Every file under `dir` but `keep` removed: chunks of an earlier build. */
function removeOthers(dir, keep) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) removeOthers(path, keep);
    else if (!keep.has(path)) rmSync(path, { force: true });
  }
}

/**
 * Builds dist/. `clean` removes what this build did not make (stale chunks gone); the bin's
 * rebuild keeps it, so a CLI already running in another process never loses a file under it
 * (same content, same chunk names).
 */
export async function buildCli({ clean = true } = {}) {
  const { build } = await import("esbuild");
  const started = Date.now();
  const templates = templateFiles();
  const vendors = await buildVendors(build);
  const result = await build({
    absWorkingDir: ROOT,
    // The chart worker is a second entry: it shares chunks (the chart code) with the CLI's.
    entryPoints: { cli: "generator/cli.ts", "chart-worker": "generator/charts/worker.ts" },
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
    plugins: [vendorShims(vendors), stubs(), bundleOnly(BUNDLED), precompiledTemplates(templates.files)],
    logLevel: "warning",
  });
  const outputs = [...vendors.outputFiles, ...result.outputFiles];
  for (const file of outputs) writeIfChanged(file.path, file.contents);
  if (clean) removeOthers(DIST, new Set([...outputs.map((f) => f.path), INPUTS]));
  // Our own files: not the packages', nor the stubs and shims (in namespaces of their own, "stub:…").
  const inputs = Object.keys(result.metafile.inputs).filter(
    (p) => !/(^|\/)node_modules\//.test(p) && !/^(stub|vendor):/.test(p),
  );
  writeAtomic(
    INPUTS,
    `${JSON.stringify({
      built: started,
      inputs: [...inputs, ...templates.dirs, ...templates.files, SELF],
      bundled: bundledPackages(result.metafile, vendors.packages),
    })}\n`,
  );
}

/** The packages (names) whose files went into one output of a build. */
function packagesIn(output) {
  const names = new Set();
  for (const input of Object.keys(output.inputs)) {
    const at = input.lastIndexOf("node_modules/");
    const m = at < 0 ? null : /^(?:@[^/]+\/)?[^/]+/.exec(input.slice(at + "node_modules/".length));
    if (m) names.add(m[0]);
  }
  return names;
}

/**
 * Each chunk's bundled packages (file name → package names), so a test can tell what a run
 * loaded: a chunk with a vendor shim loads that vendor group's packages too.
 */
function bundledPackages(metafile, vendorPackages) {
  const group = Object.fromEntries(Object.entries(VENDORS).flatMap(([g, names]) => names.map((n) => [n, g])));
  const out = {};
  for (const [file, o] of Object.entries(metafile.outputs)) {
    const names = packagesIn(o);
    for (const input of Object.keys(o.inputs)) {
      const shim = /^vendor:(.*)$/.exec(input)?.[1];
      if (shim !== undefined) for (const n of vendorPackages[group[shim]] ?? []) names.add(n);
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
