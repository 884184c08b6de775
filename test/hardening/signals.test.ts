// Interrupting `postmortem report --format pdf` while the browser prints: the shell's exit
// code, one sentence, and nothing left behind (temp files, browser profile, browser processes).
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { outputMessages } from "../../generator/output/messages.ts";
import { findBrowser } from "../../generator/pdf/browser.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/postmortem.js");
const found = await findBrowser();
if (!found) console.log("signals.test.ts: no Chrome or Chromium found; the signal tests are skipped.");

/** Every live process below `pid`, from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Gone while we looked.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
}

const until = async (what: () => boolean, ms: number) => {
  for (let t = 0; t < ms / 50 && !what(); t++) await new Promise((r) => setTimeout(r, 50));
  return what();
};

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );

describe.skipIf(!found || process.platform !== "linux")("Signals: report --format pdf interrupted", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)(
    "%s once the browser is up → exit %i, one sentence on stderr, no temp file, no browser profile, no browser process left",
    async (signal, code) => {
      const base = await mkdtemp(join(tmpdir(), "pm-signal-"));
      const tmp = join(base, "tmp");
      const out = join(base, "out");
      await mkdir(tmp);
      const child = spawn(process.execPath, [BIN, "report", "--format", "html,pdf", "--out", out], {
        cwd: ROOT,
        env: { ...process.env, DEBUG: "", TMPDIR: tmp, CHROME_PATH: found!.executablePath },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr!.on("data", (d) => {
        stderr += d;
      });
      const done = exited(child);
      const seen = new Set<number>();
      const browsers = () => descendants(child.pid!).filter((p) => cmdline(p).includes("--user-data-dir="));
      // The browser is up once its processes run with our profile folder.
      const up = await until(() => {
        for (const p of descendants(child.pid!)) seen.add(p);
        return browsers().length > 0;
      }, 60_000);
      expect(up).toBe(true);
      for (const p of descendants(child.pid!)) seen.add(p);
      child.kill(signal);
      const r = await done;
      expect(r).toEqual({ code, signal: null });
      expect(stderr).toBe(`postmortem: ${outputMessages.stopped(signal)}\n`);
      expect((await readdir(out).catch(() => [])).filter((f) => f.includes(".tmp"))).toEqual([]);
      // The browser's profile and its own temp files lived in our TMPDIR: nothing is left there.
      expect(await readdir(tmp)).toEqual([]);
      // Killed processes are reaped by init a moment later.
      await until(() => ![...seen].some(alive), 5000);
      expect([...seen].filter(alive)).toEqual([]);
    },
    120_000,
  );
});
