// Where a Chromium comes from: CHROME_PATH, the headless shell @sparticuz/chromium ships (so
// `npm ci` alone is enough on Linux x64), then a system Chrome/Chromium/Edge.
import { execFile } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { access, constants, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { brotliDecompressSync, createBrotliDecompress } from "node:zlib";
import { BrowserMissingError } from "../errors.ts";
import { pdfMessages } from "./messages.ts";
import { isPrivateDir, userId } from "../output/private-dir.ts";

export type BrowserSource = "CHROME_PATH" | "system" | "npm";

export interface FoundBrowser {
  executablePath: string;
  source: BrowserSource;
  /** Flags the source needs beyond ours (the npm build's recommended ones). */
  args?: string[];
  /** Extra environment for the browser process (bundled shared libraries). */
  env?: Record<string, string>;
  headless?: true | "shell";
}

/** Kept for callers of the first cut; the text is messages.noBrowser(). */
export const NO_BROWSER_MESSAGE = pdfMessages.noBrowser();

const require = createRequire(import.meta.url);

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, process.platform === "win32" ? constants.F_OK : constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const PATH_NAMES = [
  "google-chrome-stable",
  "google-chrome",
  "chromium",
  "chromium-browser",
  "microsoft-edge-stable",
  "microsoft-edge",
  "chrome",
  "msedge",
];

function systemCandidates(): string[] {
  const env = process.env;
  if (process.platform === "darwin") {
    const apps = [
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Chromium.app/Contents/MacOS/Chromium",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary",
    ];
    return ["/Applications", path.join(os.homedir(), "Applications")].flatMap((dir) =>
      apps.map((a) => path.join(dir, a)),
    );
  }
  if (process.platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    const apps = [
      "Google\\Chrome\\Application\\chrome.exe",
      "Chromium\\Application\\chrome.exe",
      "Microsoft\\Edge\\Application\\msedge.exe",
    ];
    return roots.flatMap((root) => apps.map((a) => path.win32.join(root, a)));
  }
  return [
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/opt/google/chrome/chrome",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/microsoft-edge-stable",
    "/usr/bin/microsoft-edge",
  ];
}

async function onPath(): Promise<string[]> {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const exts = process.platform === "win32" ? [".exe"] : [""];
  const found: string[] = [];
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const file = path.join(dir, name + ext);
        if (await isExecutable(file)) found.push(file);
      }
    }
  }
  return found;
}

async function systemBrowsers(): Promise<FoundBrowser[]> {
  const seen = new Set<string>();
  const out: FoundBrowser[] = [];
  for (const file of [...systemCandidates(), ...(await onPath())]) {
    if (seen.has(file) || !(await isExecutable(file))) continue;
    seen.add(file);
    out.push({ executablePath: file, source: "system", headless: true });
  }
  return out;
}

let npmPromise: Promise<FoundBrowser | null> | undefined;

const LOOSENING = ["--headless", "--disable-web-security", "--allow-running-insecure-content"];

/** Unpacks @sparticuz/chromium into a per-user cache dir (atomically, so parallel processes never see half a binary). */
function npmBrowser(): Promise<FoundBrowser | null> {
  npmPromise ??= unpackNpmChromium().catch(() => null);
  return npmPromise;
}

async function unpackNpmChromium(): Promise<FoundBrowser | null> {
  if (process.platform !== "linux" || process.arch !== "x64") return null;
  let entry: string;
  try {
    entry = require.resolve("@sparticuz/chromium");
  } catch {
    return null;
  }
  const bin = path.resolve(path.dirname(entry), "..", "..", "bin");
  const pkgVersion = await packageVersion(entry);
  // Not /tmp/chromium (the package's own spot): another user could plant a binary there.
  const dir = path.join(os.tmpdir(), `postmortem-chromium-${pkgVersion}-${userId()}`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (!isPrivateDir(dir)) return null;
  const exe = path.join(dir, "chromium");
  // The binary needs SwiftShader's GL libraries beside it, even with --disable-gpu.
  if (!(await isExecutable(path.join(dir, "libGLESv2.so")))) {
    await untar(brotliDecompressSync(await readFile(path.join(bin, "swiftshader.tar.br"))), dir);
  }
  if (!(await isExecutable(exe))) {
    const tmp = `${exe}.${process.pid}.tmp`;
    await pipeline(
      createReadStream(path.join(bin, "chromium.br")),
      createBrotliDecompress({ chunkSize: 2 ** 21 }),
      createWriteStream(tmp, { mode: 0o755 }),
    );
    await rename(tmp, exe);
  }
  const probe = await launchProbe(dir, exe);
  const found: FoundBrowser = {
    executablePath: exe,
    source: "npm",
    args: probe.args,
    headless: "shell",
    env: {},
  };
  // A bare machine may lack NSS/expat; the package bundles them for Amazon Linux, which work elsewhere too.
  if (probe.bundledLibraries) {
    const libDir = path.join(dir, "lib");
    if (!(await isExecutable(path.join(libDir, "libnss3.so")))) {
      await untar(brotliDecompressSync(await readFile(path.join(bin, "al2023.tar.br"))), dir);
    }
    const ld = process.env.LD_LIBRARY_PATH;
    found.env = { LD_LIBRARY_PATH: ld ? `${ld}:${libDir}` : libDir };
  }
  // No fontconfig setup at all (slim containers): use the package's fonts for anything outside our @font-face.
  if (!process.env.FONTCONFIG_PATH && !(await isFile("/etc/fonts/fonts.conf"))) {
    const conf = path.join(dir, "fontconfig", "fonts.conf");
    if (!(await isFile(conf))) {
      await untar(brotliDecompressSync(await readFile(path.join(bin, "fonts.tar.br"))), dir);
      await mkdir(path.dirname(conf), { recursive: true });
      await writeFile(
        conf,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${path.join(dir, "fonts")}</dir>` +
          `<cachedir>${path.join(dir, "fonts-cache")}</cachedir></fontconfig>\n`,
      );
    }
    found.env = { ...found.env, FONTCONFIG_PATH: path.dirname(conf) };
  }
  return found;
}

/** What the unpacked browser needs to start: its flags, and whether the bundled libraries must be on the path. */
interface LaunchProbe {
  args: string[];
  bundledLibraries: boolean;
}

/**
 * The probe, from the unpack folder when an earlier run wrote it there: loading the package for
 * its flags and asking ldd what is missing cost a run ~0.1 s, and neither changes for one
 * version on one machine. Written atomically, like the binary.
 */
async function launchProbe(dir: string, exe: string): Promise<LaunchProbe> {
  const file = path.join(dir, "launch.json");
  try {
    const saved = JSON.parse(await readFile(file, "utf8")) as Partial<LaunchProbe>;
    if (Array.isArray(saved.args) && typeof saved.bundledLibraries === "boolean")
      return { args: saved.args, bundledLibraries: saved.bundledLibraries };
  } catch {
    // None yet, or unreadable: probe again.
  }
  const mod = (await import("@sparticuz/chromium")) as { default: { args: string[] } };
  const probe: LaunchProbe = {
    // Its recommended flags (one process, no zygote: the cheapest way to print here), less the
    // ones that only loosen web security: every request is refused anyway, so they buy nothing.
    args: mod.default.args.filter((a) => !LOOSENING.some((f) => a.startsWith(f))),
    bundledLibraries: (await missingLibraries(exe)).length > 0,
  };
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(probe)}\n`, { mode: 0o600 });
    await rename(tmp, file);
  } catch {
    // Not saved: the next run probes again.
  }
  return probe;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function packageVersion(entry: string): Promise<string> {
  let dir = path.dirname(entry);
  for (let i = 0; i < 4; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "@sparticuz/chromium" && pkg.version) return pkg.version;
    } catch {}
  }
  return "unknown";
}

async function missingLibraries(exe: string): Promise<string[]> {
  try {
    const { stdout } = await promisify(execFile)("ldd", [exe], { timeout: 10_000 });
    return stdout
      .split("\n")
      .filter((l) => l.includes("not found"))
      .map((l) => l.trim().split(/\s/)[0] ?? "");
  } catch {
    return [];
  }
}

/** Minimal ustar reader: regular files only (all the package's tarballs hold); each lands by rename, so a parallel process never loads half a library. */
async function untar(tar: Buffer, dest: string): Promise<void> {
  const str = (start: number, len: number) =>
    tar.toString("utf8", start, start + len).replace(/\0[\s\S]*$/, "");
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = str(off, 100);
    if (!name) break;
    const size = Number.parseInt(str(off + 124, 12).trim() || "0", 8);
    const type = str(off + 156, 1) || "0";
    const prefix = str(off + 345, 155);
    const rel = path.normalize(prefix ? `${prefix}/${name}` : name);
    const body = off + 512;
    if (type === "0" && !rel.startsWith("..") && !path.isAbsolute(rel)) {
      const file = path.join(dest, rel);
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, tar.subarray(body, body + size), { mode: 0o755 });
      await rename(tmp, file);
    }
    off = body + Math.ceil(size / 512) * 512;
  }
}

async function* browsers(sources: BrowserSource[]): AsyncGenerator<FoundBrowser> {
  const chromePath = process.env.CHROME_PATH?.trim();
  if (chromePath && sources.includes("CHROME_PATH")) {
    // A wrong CHROME_PATH is an error, not a reason to guess another browser.
    if (!(await isExecutable(chromePath))) {
      throw new BrowserMissingError(pdfMessages.badChromePath(chromePath));
    }
    yield { executablePath: chromePath, source: "CHROME_PATH", headless: true };
    return;
  }
  // The npm build first: a headless shell (no browser UI to bring up), it starts in about half
  // the CPU time of a full Chrome/Chromium in headless mode and prints faster too.
  if (sources.includes("npm")) {
    const npm = await npmBrowser();
    if (npm) yield npm;
  }
  if (sources.includes("system")) yield* await systemBrowsers();
}

const ALL_SOURCES: BrowserSource[] = ["CHROME_PATH", "system", "npm"];

/** Every usable browser, best first (lazily: the npm one is unpacked only when reached). */
export function findBrowsers(opts: { sources?: BrowserSource[] } = {}): AsyncGenerator<FoundBrowser> {
  return browsers(opts.sources ?? ALL_SOURCES);
}

/** The browser the PDF step will use: CHROME_PATH, else the npm one, else a system Chrome/Chromium/Edge; null when none. */
export async function findBrowser(opts: { sources?: BrowserSource[] } = {}): Promise<FoundBrowser | null> {
  for await (const found of findBrowsers(opts)) return found;
  return null;
}
