// The package as a user gets it: `npm pack`, the tarball installed into an empty folder, then
// `npx postmortem report` there on the bundled sample. Needs the npm registry (or a warm npm
// cache) for the dependencies; without either it skips, saying so.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      cmd,
      args,
      { cwd, env: { ...process.env, DEBUG: "" }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 99) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** npm's ways of saying the registry could not be reached (offline, no DNS, empty cache). */
const UNREACHABLE = /ENOTCACHED|EAI_AGAIN|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/;

let dir = "";
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

it("npm pack → npm install of the tarball in an empty folder → npx postmortem report writes the sample's HTML and JSON", async (ctx) => {
  dir = await mkdtemp(join(tmpdir(), "postmortem-pack-"));
  // dist/ is fresh: vitest's global setup built it for this run.
  const pack = await run(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT);
  expect(pack.code).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  const packed = info!.files.map((f) => f.path);
  expect(packed).toContain("dist/cli.js");
  expect(packed).toContain("bin/postmortem.js");
  expect(packed).toContain("templates/report/layout.hbs");
  expect(packed).toContain("templates/sample/Creators.csv");
  expect(packed.filter((p) => /^(test|generator|core|addon|scripts)\//.test(p))).toEqual([]);

  const app = join(dir, "app");
  await mkdir(app);
  await writeFile(join(app, "package.json"), '{ "name": "app", "private": true }\n');
  const install = await run(
    NPM,
    ["install", "--prefer-offline", "--no-audit", "--no-fund", join(dir, info!.filename)],
    app,
  );
  if (install.code !== 0 && UNREACHABLE.test(install.stderr)) {
    const why = `npm could not reach the registry to install the tarball's dependencies: ${install.stderr.match(UNREACHABLE)![0]}`;
    console.warn(`skipped: ${why}`);
    ctx.skip(why);
  }
  expect(install.stderr).not.toMatch(/npm error/);
  expect(install.code).toBe(0);
  const installed = join(app, "node_modules/campaign-postmortem");
  expect((await readdir(installed)).sort()).toEqual([
    "README.md",
    "bin",
    "dist",
    "package.json",
    "templates",
  ]);
  // Compiled: no TypeScript runner comes with it.
  expect(existsSync(join(app, "node_modules/tsx"))).toBe(false);

  const report = await run(
    NPX,
    ["--no", "postmortem", "report", "--format", "html,json", "--out", "out"],
    app,
  );
  expect(report.stderr).not.toMatch(/\n\s+at |Error:|something went wrong/);
  expect(report.code).toBe(0);
  expect((await readdir(join(app, "out"))).sort()).toEqual([
    "daybreak-serum-launch-spring-2026.html",
    "daybreak-serum-launch-spring-2026.json",
  ]);
  const model = JSON.parse(await readFile(join(app, "out/daybreak-serum-launch-spring-2026.json"), "utf8"));
  expect(model.campaign.name).toBe("Daybreak Serum Launch - Spring 2026");
  const html = await readFile(join(app, "out/daybreak-serum-launch-spring-2026.html"), "utf8");
  // The fonts came from the installed @fontsource packages, inlined.
  expect(html).toContain('@font-face{font-family:"Noto Sans";font-style:normal;font-weight:400;');
  expect(html).toContain("src:url(data:font/woff2;base64,");
}, 900_000);
