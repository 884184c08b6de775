// Two campaigns of one name in one run or batch: distinct files, each one listed.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportRenderer, runBatch, summaryTable } from "../../generator/report/batch.ts";
import { loadTheme } from "../../generator/report/theme.ts";
import { ReportStems, SourceTurns } from "../../generator/report/stems.ts";
import { writeReports } from "../../generator/report/write.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/postmortem.js");

let dir = "";
/** CSV folders `a` and `b` both name their campaign "Twin Launch"; `c` is "Other". */
const folders: Record<string, string> = {};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pm-names-"));
  const campaign = await readFile(join(ROOT, "templates/sample/Campaign.csv"), "utf8");
  const creators = (await readFile(join(ROOT, "templates/sample/Creators.csv"), "utf8"))
    .split("\n")
    .slice(0, 3)
    .join("\n");
  for (const [key, name] of [
    ["a", "Twin Launch"],
    ["b", "Twin Launch"],
    ["c", "Other"],
  ] as const) {
    const src = join(dir, key);
    await mkdir(src);
    await writeFile(
      join(src, "Campaign.csv"),
      campaign.replace(/^Campaign name,.*$/m, `Campaign name,${name}`),
    );
    await writeFile(join(src, "Creators.csv"), `${creators}\n`);
    folders[key] = src;
  }
});

const settings = async (out: string) => ({
  out,
  formats: new Set(["html", "json"] as const),
  pageSize: "A4" as const,
  locales: [undefined],
  theme: await loadTheme(undefined),
});

/** The campaign name each written JSON report carries. */
async function namesIn(out: string): Promise<Record<string, string | null>> {
  const res: Record<string, string | null> = {};
  for (const f of (await readdir(out)).filter((f) => f.endsWith(".json")).sort())
    res[f] = JSON.parse(await readFile(join(out, f), "utf8")).campaign.name;
  return res;
}

describe("Structure: same-named campaigns", () => {
  it("file stems: twin-launch twice, then a campaign really named twin-launch-2 → twin-launch, twin-launch-2, twin-launch-2-2", () => {
    const s = new ReportStems();
    expect(s.claim("0", "twin-launch", [])).toBe("twin-launch");
    expect(s.claim("1", "twin-launch", [])).toBe("twin-launch-2");
    expect(s.claim("2", "twin-launch-2", [])).toBe("twin-launch-2-2");
    // A retried source keeps its stem.
    expect(s.claim("1", "twin-launch", [])).toBe("twin-launch-2");
  });

  it("file stems with two locales: x in en and da, twice → x-en and x-da, then x-2-en and x-2-da", () => {
    const s = new ReportStems();
    expect(s.claim("0", "x", ["-en", "-da"])).toBe("x");
    expect(s.claim("1", "x", ["-en", "-da"])).toBe("x-2");
  });

  it("turns: source 1 asks before source 0 has claimed → it waits; source 0 failing settles it too", async () => {
    const t = new SourceTurns();
    const order: number[] = [];
    const late = t.wait(2).then(() => order.push(2));
    const one = t.wait(1).then(() => order.push(1));
    await Promise.resolve();
    expect(order).toEqual([]);
    t.settle(0);
    await one;
    t.settle(1);
    await late;
    expect(order).toEqual([1, 2]);
  });

  it("two CSV folders named Twin Launch in one report run → twin-launch.* and twin-launch-2.*, each with its own campaign, nothing overwritten", async () => {
    const out = join(dir, "run");
    const res = await writeReports({ ...(await settings(out)), sources: [folders.a!, folders.b!] });
    expect(res.files.map((f) => f.slice(out.length + 1))).toEqual([
      "twin-launch.html",
      "twin-launch.json",
      "twin-launch-2.html",
      "twin-launch-2.json",
    ]);
    expect(await namesIn(out)).toEqual({
      "twin-launch.json": "Twin Launch",
      "twin-launch-2.json": "Twin Launch",
    });
  });

  it("a batch of Twin Launch, Other, Twin Launch (concurrency 3) → the third source gets twin-launch-2, and the summary lists each file", async () => {
    const out = join(dir, "batch");
    const job = { ...(await settings(out)), strict: false };
    const sources = [folders.a!, folders.c!, folders.b!];
    const outcomes = await runBatch(sources, {
      renderOne: reportRenderer(job, writeReports),
      launch: async () => {
        throw new Error("no browser wanted");
      },
      close: async () => {},
      concurrency: 3,
    });
    expect(outcomes.map((o) => [o.ok, o.outputs.map((f) => f.slice(out.length + 1))])).toEqual([
      [true, ["twin-launch.html", "twin-launch.json"]],
      [true, ["other.html", "other.json"]],
      [true, ["twin-launch-2.html", "twin-launch-2.json"]],
    ]);
    const table = summaryTable(outcomes).split("\n");
    expect(table[3]).toMatch(/ ok {2}.*twin-launch-2\.html, .*twin-launch-2\.json$/);
    expect(table[1]).toMatch(/ ok {2}.*twin-launch\.html, .*twin-launch\.json$/);
  });

  it("postmortem report A B (both Twin Launch) → exit 0, both written, one line on stderr naming the new file name", async () => {
    const out = join(dir, "cli");
    const r = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(
        process.execPath,
        [BIN, "report", folders.a!, folders.b!, "--out", out, "--format", "json"],
        { cwd: ROOT, env: { ...process.env, DEBUG: "" } },
        (err, _stdout, stderr) => done({ code: err ? Number(err.code ?? 99) : 0, stderr }),
      ),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "postmortem: An earlier campaign of this run also writes twin-launch.*, so this one is written as twin-launch-2.* instead.\n",
    );
    expect(Object.keys(await namesIn(out))).toEqual(["twin-launch-2.json", "twin-launch.json"]);
  });
});
