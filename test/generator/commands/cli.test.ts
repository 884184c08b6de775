// The command as a user runs it: `node bin/postmortem.js …` in a child process,
// on real files in a temp dir. Exit codes: 0 done, 1 validate found
// errors, 2 usage/unreadable source, 3 source failure.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const BIN = join(ROOT, "bin/postmortem.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, DEBUG: "" }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 99) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** No stack trace ever reaches the user. */
function noStack(r: Run) {
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|something went wrong/);
}

async function xlsx(path: string, tabs: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(tabs)) {
    const ws = book.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await book.xlsx.writeFile(path);
  return path;
}

const CAMPAIGN = [
  ["Field", "Value"],
  ["Campaign name", "CLI test"],
  ["Start date", "2026-03-02"],
  ["End date", "2026-03-08"],
  ["Objective", "sales"],
  ["Currency", "USD"],
];
const CREATORS_HEAD = ["Handle", "Platform", "Followers", "Cooperation model", "Fee"];
const CONTENT_HEAD = ["Creator", "Format", "Published", "Impressions", "Likes"];

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pm-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("postmortem kpis", () => {
  it("--json prints the sample's model", async () => {
    const r = await cli("kpis", "--json");
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(Object.keys(m)).toEqual([
      "campaign",
      "totals",
      "creators",
      "posts",
      "groups",
      "products",
      "daily",
      "trend",
      "lift",
      "audience",
      "goals",
      "team",
      "issues",
    ]);
    // README headline: revenue 201,939 from 4,819 orders at a total cost of 113,101.
    expect(Math.round(m.totals.revenue)).toBe(201939);
    expect(m.totals.orders).toBe(4819);
    expect(Math.round(m.totals.total_cost)).toBe(113101);
    // 41 creators and 99 posts in templates/sample.
    expect(m.creators).toHaveLength(41);
    expect(m.posts).toHaveLength(99);
    expect(m.campaign.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("without --json prints a table, not JSON", async () => {
    const r = await cli("kpis");
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart().startsWith("{")).toBe(false);
    expect(r.stdout.length).toBeGreaterThan(200);
  });

  it("piped into a reader that quits first (| head) → exit 0, no EPIPE stack trace", async () => {
    const child = spawn(process.execPath, [BIN, "kpis", "--json"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy(); // closed before the command writes a byte: every write meets EPIPE
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("reads the LibreOffice fixture like its CSV folder", async () => {
    const lo = join(ROOT, "test/fixtures/libreoffice");
    const [a, b] = await Promise.all([
      cli("kpis", join(lo, "fixture.xlsx"), "--json"),
      cli("kpis", join(lo, "csv"), "--json"),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
    // 99 + 247.5 + 49.5 + 60 (see test/core/sources.test.ts)
    expect(JSON.parse(a.stdout).totals.revenue).toBe(456);
  });
});

describe("postmortem validate", () => {
  it("lists findings with their cells and exits 1 when there are errors", async () => {
    const path = await xlsx(join(dir, "some.xlsx"), {
      Campaign: CAMPAIGN,
      Creators: [
        CREATORS_HEAD,
        ["ann", "instagram", "twelve thousand", "fixed_fee", 100],
        ["bob", "tiktok", 500, "paid", 50],
      ],
      Content: [CONTENT_HEAD, ["ann", "image", "2026-03-03", 100, 5], ["zed", "image", "2026-03-04", 100, 5]],
    });
    const r = await cli("validate", path);
    expect(r.code).toBe(1);
    noStack(r);
    expect(r.stdout).toContain("Creators!C2");
    expect(r.stdout).toContain("Content!A3");

    const j = await cli("validate", path, "--json");
    expect(j.code).toBe(1);
    const out = JSON.parse(j.stdout) as { ok: boolean; issues: { code: string; cell: string | null }[] };
    expect(out.ok).toBe(false);
    expect(out.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "not-a-number", cell: "Creators!C2" }),
        expect.objectContaining({ code: "unknown-creator", cell: "Content!A3" }),
      ]),
    );
  });

  it("prints the row-left-out summary after the cell error that caused it", async () => {
    const path = await xlsx(join(dir, "order.xlsx"), {
      Campaign: CAMPAIGN,
      Creators: [
        CREATORS_HEAD,
        ["ann", "instagram", "twelve thousand", "fixed_fee", 100],
        ["bob", "tiktok", 500, "paid", 50],
      ],
      Content: [CONTENT_HEAD, ["bob", "image", "2026-03-04", 100, 5]],
    });
    const r = await cli("validate", path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'Creators!C2: error: Followers must be a number; found "twelve thousand". [not-a-number]',
        "Creators: warning: Row 2 of Creators has an error and is left out of the KPIs. [rows-excluded]",
        `${path}: 1 error, 1 warning.`,
        "",
      ].join("\n"),
    );
  });

  it("exits 0 on the sample (warnings only)", async () => {
    const r = await cli("validate", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });
});

describe("exit codes and bad input", { timeout: 120_000 }, () => {
  it("2 for an unknown flag, a missing or unreadable source, a lone .csv", async () => {
    const garbage = join(dir, "garbage.xlsx");
    await writeFile(garbage, "this is not a zip");
    const lone = join(dir, "Creators.csv");
    await writeFile(lone, "Handle\nann\n");
    const runs = await Promise.all([
      cli("kpis", "--bogus"),
      cli("validate", join(dir, "nope.xlsx")),
      cli("kpis", garbage),
      cli("validate", lone),
      cli("frobnicate"),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      noStack(r);
      // one line with the reason
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("3 when a Google Sheet cannot be read here", async () => {
    const r = await cli("kpis", "1AbCdEfGhIjKlMnOpQrStUvWxYz012345");
    expect(r.code).toBe(3);
    noStack(r);
  });

  it("--help exits 0 for each command", async () => {
    const runs = await Promise.all([cli("kpis", "--help"), cli("validate", "--help")]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/postmortem (kpis|validate)/);
    }
  });

  it("an empty workbook, random tabs, only headers, 10,000 blank rows, a 100,000-character cell", async () => {
    const long = "y".repeat(100_000);
    const blank: unknown[][] = Array.from({ length: 10_000 }, () => ["", "", ""]);
    const files = {
      // exceljs cannot write zero sheets; one empty sheet is what Excel calls an empty workbook.
      empty: await xlsx(join(dir, "empty.xlsx"), { Sheet1: [] }),
      random: await xlsx(join(dir, "random.xlsx"), {
        Foo: [
          ["a", 1],
          [2, "b"],
        ],
        Bar: [[null, "#N/A"]],
      }),
      headers: await xlsx(join(dir, "headers.xlsx"), {
        Campaign: [["Field", "Value"]],
        Creators: [CREATORS_HEAD],
        Content: [CONTENT_HEAD],
      }),
      blanks: await xlsx(join(dir, "blanks.xlsx"), {
        Campaign: CAMPAIGN,
        Creators: [CREATORS_HEAD, ["ann", "instagram", 1000, "gifted", 0], ...blank],
        Content: [CONTENT_HEAD, ...blank],
      }),
      long: await xlsx(join(dir, "long.xlsx"), {
        Campaign: CAMPAIGN,
        Creators: [CREATORS_HEAD, [long, long, long, long, long]],
        Content: [CONTENT_HEAD, [long, long, long, long, long]],
      }),
    };
    const expected: Record<keyof typeof files, { codes: string[] }> = {
      empty: { codes: ["missing-tab"] },
      random: { codes: ["missing-tab"] },
      headers: { codes: ["missing-field", "empty-tab"] },
      blanks: { codes: ["empty-tab"] },
      long: { codes: ["too-long", "not-an-option", "not-a-number"] },
    };
    for (const [name, path] of Object.entries(files) as [keyof typeof files, string][]) {
      const [v, k] = await Promise.all([cli("validate", path, "--json"), cli("kpis", path, "--json")]);
      noStack(v);
      noStack(k);
      const out = JSON.parse(v.stdout) as { ok: boolean; issues: { code: string; severity: string }[] };
      const codes = out.issues.map((i) => i.code);
      for (const c of expected[name].codes) expect(codes, name).toContain(c);
      // kpis still prints a model (exit 0); validate exits 1 exactly when there are errors.
      expect(k.code, name).toBe(0);
      expect(typeof JSON.parse(k.stdout).totals.creators, name).toBe("number");
      expect(v.code, name).toBe(out.issues.some((i) => i.severity === "error") ? 1 : 0);
    }
  });
});
