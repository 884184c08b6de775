// Each command loads only the packages it uses: the CLI run as a user runs it, with a preloaded
// module hook that records every module the process loads (ESM through the hook, CommonJS from
// the require cache at exit), reduced to package names; a chunk of dist/ stands for the packages
// the build bundled into it (dist/inputs.json says which).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const BIN = join(ROOT, "bin/postmortem.js");
const XLSX = join(ROOT, "test/fixtures/libreoffice/fixture.xlsx");
const CSV = join(ROOT, "test/fixtures/libreoffice/csv");

/** Off-thread load hook: appends each URL loaded to the file named by the environment. */
const HOOK = `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.LOADED_LOG, url + "\\n");
  return next(url, context);
}
`;
/** Preload: registers the hook; at exit adds what require() loaded (it bypasses the hook). */
const PRELOAD = (hook: string) => `import { register, createRequire } from "node:module";
import { appendFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
register(${JSON.stringify(hook)});
const cache = createRequire(import.meta.url).cache;
process.on("exit", () => {
  const urls = Object.keys(cache).map((p) => pathToFileURL(p).href);
  appendFileSync(process.env.LOADED_LOG, urls.join("\\n") + "\\n");
});
`;

/** The heavy packages a command may load only when it needs them. */
const HEAVY = [
  "exceljs",
  "vega",
  "vega-lite",
  "opentype.js",
  "puppeteer-core",
  "@sparticuz/chromium",
  "@googleapis/sheets",
  "@googleapis/drive",
  "google-auth-library",
  "zod",
  "handlebars",
  "jszip",
  "fast-xml-parser",
];

let dir = "";
let preload = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "postmortem-lazy-"));
  const hook = join(dir, "hook.mjs");
  await writeFile(hook, HOOK);
  preload = join(dir, "preload.mjs");
  await writeFile(preload, PRELOAD(pathToFileURL(hook).href));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The package (`name` or `@scope/name`) of a node_modules URL, else null. */
function packageOf(url: string): string | null {
  const at = url.lastIndexOf("/node_modules/");
  if (at < 0) return null;
  const m = /^(?:@[^/]+\/)?[^/]+/.exec(url.slice(at + "/node_modules/".length));
  return m ? m[0] : null;
}

/** dist/ chunk file name → the packages bundled into it, as the last build wrote them down. */
async function bundledPackages(): Promise<Record<string, string[]>> {
  const built = JSON.parse(await readFile(join(ROOT, "dist/inputs.json"), "utf8")) as {
    bundled?: Record<string, string[]>;
  };
  return built.bundled ?? {};
}

/** The packages a loaded URL brings: its node_modules package, or those bundled into a dist/ chunk. */
function packagesOf(url: string, bundled: Record<string, string[]>): string[] {
  const own = packageOf(url);
  if (own !== null) return [own];
  const m = /\/dist\/([^/]+\.js)$/.exec(url);
  return m ? (bundled[m[1]!] ?? []) : [];
}

/** Runs the CLI; resolves to the packages it loaded and its exit code. */
async function packagesLoaded(
  name: string,
  ...args: string[]
): Promise<{ code: number; packages: string[] }> {
  const log = join(dir, `${name}.log`);
  const code = await new Promise<number>((done) =>
    execFile(
      process.execPath,
      [`--import=${pathToFileURL(preload).href}`, BIN, ...args],
      { cwd: ROOT, env: { ...process.env, DEBUG: "", LOADED_LOG: log }, maxBuffer: 64 * 1024 * 1024 },
      (err) => done(err ? (typeof err.code === "number" ? err.code : 99) : 0),
    ),
  );
  const urls = (await readFile(log, "utf8")).split("\n");
  const bundled = await bundledPackages();
  const packages = new Set(urls.flatMap((u) => packagesOf(u, bundled)));
  return { code, packages: [...packages].sort() };
}

describe("packageOf", () => {
  it("names the innermost package of a path, scoped or not", () => {
    expect(packageOf("file:///a/node_modules/vega-lite/build/index.js")).toBe("vega-lite");
    expect(packageOf("file:///a/node_modules/@googleapis/sheets/build/v4.js")).toBe("@googleapis/sheets");
    expect(packageOf("file:///a/node_modules/vega/node_modules/d3-array/src/index.js")).toBe("d3-array");
    expect(packageOf("file:///a/dist/cli.js")).toBeNull();
  });
});

describe("lazy loading", () => {
  it("kpis of an .xlsx loads no package at all (its zip and XML reading are our own)", async () => {
    const r = await packagesLoaded("kpis-xlsx", "kpis", XLSX, "--json");
    expect(r.code).toBe(0);
    expect(r.packages).toEqual([]);
  });

  it("kpis of a CSV folder loads the CSV parser and none of the heavy packages", async () => {
    const r = await packagesLoaded("kpis-csv", "kpis", CSV, "--json");
    expect(r.code).toBe(0);
    expect(r.packages).toContain("csv-parse");
    expect(r.packages.filter((p) => HEAVY.includes(p) || p === "saxes")).toEqual([]);
  });

  it("validate loads none of the heavy packages", async () => {
    const r = await packagesLoaded("validate", "validate", XLSX);
    expect(r.packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it("an HTML report loads the templates and charts, not the browser, exceljs, zod or Google", async () => {
    const r = await packagesLoaded("html", "report", XLSX, "--out", join(dir, "out"), "--format", "html");
    expect(r.code).toBe(0);
    expect(r.packages).toEqual(expect.arrayContaining(["handlebars", "vega", "vega-lite", "opentype.js"]));
    expect(r.packages.filter((p) => HEAVY.includes(p))).toEqual([
      "handlebars",
      "opentype.js",
      "vega",
      "vega-lite",
    ]);
  });
});
