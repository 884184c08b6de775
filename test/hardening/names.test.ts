// Two campaigns of one name in one run or batch: distinct files, each one listed.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareCampaigns } from "../../core/compare/index.ts";
import { writeComparison } from "../../generator/compare/output.ts";
import { load } from "../../generator/pipeline.ts";
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

const SPRING = join(ROOT, "templates/sample-earlier/spring-2025");
const AUTUMN = join(ROOT, "templates/sample-earlier/autumn-2025");

describe("Structure: one campaign given twice to compare", () => {
  it("compare spring, autumn, spring (same path) → two campaigns, one same_campaign finding naming spring (index 0), given 2 times", async () => {
    const spring = (await load(SPRING)).model;
    const autumn = (await load(AUTUMN)).model;
    const again = (await load(SPRING)).model;
    const cmp = compareCampaigns([spring, autumn, again]);
    expect(cmp.campaigns.map((c) => c.start_date)).toEqual(["2025-03-03", "2025-09-08"]);
    expect(cmp.findings).toEqual([{ code: "same_campaign", campaign: 0, times: 2 }]);
    // Counted once: the creators of the roster are in at most two campaigns.
    expect(Math.max(...cmp.roster.map((r) => r.campaigns.length))).toBe(2);
  });

  it("a copy of the spring folder beside it, three times in all → one campaign given 3 times; the HTML note and the JSON finding say so", async () => {
    const copy = join(dir, "spring-copy");
    await cp(SPRING, copy, { recursive: true });
    const models = [(await load(SPRING)).model, (await load(copy)).model, (await load(copy)).model];
    const out = join(dir, "cmp");
    const { model } = await writeComparison(models, { out, formats: ["html", "json"] });
    expect(model.campaigns).toHaveLength(1);
    expect(model.findings).toEqual([{ code: "same_campaign", campaign: 0, times: 3 }]);
    const html = await readFile(join(out, "compare.html"), "utf8");
    expect(html).toContain("was given 3 times (the same name, dates and totals), so it is compared once.");
    const json = JSON.parse(await readFile(join(out, "compare.json"), "utf8"));
    expect(json.findings).toEqual([{ code: "same_campaign", campaign: 0, times: 3 }]);
  });

  it("two campaigns with the same name and dates but other totals (one creator's fee changed) → both compared, no finding", async () => {
    const changed = join(dir, "spring-changed");
    await cp(SPRING, changed, { recursive: true });
    const creators = await readFile(join(changed, "Creators.csv"), "utf8");
    const lines = creators.split("\n");
    const head = lines[0]!.split(",");
    const fee = head.indexOf("Fee");
    expect(fee).toBeGreaterThan(-1);
    const row = lines[1]!.split(",");
    row[fee] = String(Number(row[fee]) + 1);
    lines[1] = row.join(",");
    await writeFile(join(changed, "Creators.csv"), lines.join("\n"));
    const a = (await load(SPRING)).model;
    const b = (await load(changed)).model;
    expect(b.totals.total_cost - a.totals.total_cost).toBe(1);
    const cmp = compareCampaigns([a, b]);
    expect(cmp.campaigns).toHaveLength(2);
    expect(cmp.findings.filter((f) => f.code === "same_campaign")).toEqual([]);
  });

  it("postmortem compare SPRING SPRING → exit 0, one line on stderr: given 2 times, compared once", async () => {
    const out = join(dir, "cmp-cli");
    const r = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(
        process.execPath,
        [BIN, "compare", SPRING, SPRING, "--out", out, "--format", "json"],
        { cwd: ROOT, env: { ...process.env, DEBUG: "" } },
        (err, _stdout, stderr) => done({ code: err ? Number(err.code ?? 99) : 0, stderr }),
      ),
    );
    expect(r.code).toBe(0);
    const name = JSON.parse(await readFile(join(out, "compare.json"), "utf8")).campaigns[0].name;
    expect(r.stderr).toContain(
      `postmortem: ${name} was given 2 times (the same name, dates and totals), so it is compared once.\n`,
    );
  });
});
