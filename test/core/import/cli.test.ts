// The round trip a user makes: `postmortem template`, fill in the campaign, import, `kpis --json`;
// import again (nothing changes); import a newer export (only its rows change). And the
// hostile exports: each gets a sentence and leaves the workbook as it was.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const BIN = join(ROOT, "bin/postmortem.js");

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, DEBUG: "" } },
      (err, stdout, stderr) =>
        done({ code: err ? (typeof err.code === "number" ? err.code : 99) : 0, stdout, stderr }),
    );
  });
}

async function fillCampaign(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const camp = wb.getWorksheet("Campaign")!;
  const values: Record<string, ExcelJS.CellValue> = {
    "Campaign name": "Import round trip",
    "Start date": new Date(Date.UTC(2026, 2, 2)),
    "End date": new Date(Date.UTC(2026, 2, 29)),
    Objective: "sales",
    Currency: "USD",
  };
  camp.eachRow((row) => {
    const v = values[String(row.getCell(1).value)];
    if (v !== undefined) row.getCell(2).value = v;
  });
  const creators = wb.getWorksheet("Creators")!;
  const head = (creators.getRow(1).values as unknown[]).slice(1).map(String);
  const add = (o: Record<string, ExcelJS.CellValue>) => creators.addRow(head.map((h) => o[h] ?? null));
  add({
    Handle: "dewydevon",
    Platform: "tiktok",
    Followers: 780000,
    "Cooperation model": "hybrid",
    Fee: 600,
    "Commission rate": 0.1,
    "Discount code": "DEVON10",
  });
  add({
    Handle: "kim.glow",
    Platform: "instagram",
    Followers: 48000,
    "Cooperation model": "gifted",
    "Discount code": "KIM15",
  });
  await wb.xlsx.writeFile(path);
}

let dir = "";
let book = "";
const fx = (f: string) => join(FIXTURES, f);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pm-import-"));
  book = join(dir, "x.xlsx");
  expect((await cli("template", "--out", book)).code).toBe(0);
  await fillCampaign(book);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const kpis = async (path: string) => JSON.parse((await cli("kpis", path, "--json")).stdout);

describe("postmortem import, round trip through the template", () => {
  it("imports a Shopify export and kpis gives the hand-worked figures", async () => {
    const r = await cli("import", fx("shopify-orders.csv"), "--into", book);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Conversions: 5 added, 0 updated, 0 unchanged; skipped 3 (1 voided, 1 refunded, 1 cancelled)",
    );
    const m = await kpis(book);
    expect(m.totals.revenue).toBeCloseTo(255.6, 9);
    expect(m.totals.orders).toBe(4);
    expect(m.totals.unattributed_revenue).toBeCloseTo(110, 9);
    expect(m.creators.find((c: { handle: string }) => c.handle === "dewydevon").revenue).toBeCloseTo(
      145.6,
      9,
    );
  });

  it("importing the same file again changes nothing, not even the file's bytes", async () => {
    const before = await readFile(book);
    const r = await cli("import", fx("shopify-orders.csv"), "--into", book);
    expect(r.stdout).toContain("Conversions: 0 added, 0 updated, 5 unchanged");
    expect(r.stdout).toContain("already holds these exports; nothing to change.");
    expect((await readFile(book)).equals(before)).toBe(true);
  });

  it("--dry-run says what a newer export would change and writes nothing", async () => {
    const before = await readFile(book);
    const r = await cli("import", fx("shopify-orders-newer.csv"), "--into", book, "--dry-run");
    expect(r.stdout).toContain("Conversions: 1 to add, 1 to update, 4 unchanged");
    expect((await readFile(book)).equals(before)).toBe(true);
  });

  it("a newer export changes only its rows; the marker column stays hidden", async () => {
    const r = await cli("import", fx("shopify-orders-newer.csv"), "--into", book);
    expect(r.stdout).toContain("Conversions: 1 added, 1 updated, 4 unchanged");
    const m = await kpis(book);
    expect(m.totals.revenue).toBeCloseTo(267.6, 9);
    expect(m.creators.find((c: { handle: string }) => c.handle === "kim.glow").revenue).toBeCloseTo(66, 9);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const conv = wb.getWorksheet("Conversions")!;
    const marker = (conv.getRow(1).values as unknown[]).indexOf("Import key");
    expect(conv.getColumn(marker).hidden).toBe(true);
    expect(wb.getWorksheet("Import ledger")!.state).toBe("hidden");
    expect(wb.getWorksheet("Retrospective")!.rowCount).toBeGreaterThan(1);
  });

  it("imports into a CSV folder: only the edited tab's file is rewritten", async () => {
    const folder = join(dir, "csv");
    await cp(join(ROOT, "templates/sample"), folder, { recursive: true });
    const creators = await readFile(join(folder, "Creators.csv"));
    const args = [fx("youtube-table-data.csv"), "--into", folder, "--creator", "LenaGlowLab"];
    const r = await cli("import", ...args);
    expect(r.stdout).toContain("Content: 2 added, 0 updated, 0 unchanged; skipped 1 (1 total row)");
    const content = await readFile(join(folder, "Content.csv"), "utf8");
    expect(content).toContain(
      "lenaglowlab,https://www.youtube.com/watch?v=dQw4w9WgXcQ,youtube,long_video,2026-03-04,90000,,8000",
    );
    expect((await readFile(join(folder, "Creators.csv"))).equals(creators)).toBe(true);
    expect((await cli("import", ...args)).stdout).toContain("nothing to change");
  });
});

describe("hostile exports get a sentence and change nothing", () => {
  const unchanged = async (args: string[], sentence: RegExp) => {
    const before = await readFile(book);
    const r = await cli("import", ...args, "--into", book);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(sentence);
    expect(r.stderr).not.toMatch(/\n\s+at |something went wrong/);
    expect((await readFile(book)).equals(before)).toBe(true);
  };

  it("a header-only file", async () => {
    const f = join(dir, "header-only.csv");
    await writeFile(f, (await readFile(fx("shopify-orders.csv"), "utf8")).split("\n")[0]!);
    await unchanged([f], /holds a header row but no data rows/);
  });

  it("a formula-like cell", async () => {
    const f = join(dir, "formula.csv");
    const text = await readFile(fx("shopify-orders.csv"), "utf8");
    await writeFile(f, text.replace("Reset Toner - 150 ml", '=HYPERLINK(""http://x.example"",""a"")'));
    await unchanged([f], /would run as a formula; the file is refused/);
  });

  it("a wrong currency", async () => {
    const f = join(dir, "eur.csv");
    await writeFile(f, (await readFile(fx("shopify-orders.csv"), "utf8")).replaceAll(",USD,", ",EUR,"));
    await unchanged([f], /is in EUR, but the campaign is in USD/);
  });

  it("a 100 MB file, refused by its size before it is read", async () => {
    const f = join(dir, "huge.csv");
    await writeFile(f, "");
    await truncate(f, 100_000_000);
    await unchanged([f], /an export over 50 MB/);
  });

  it("a file that is no known export, and one refused file among good ones", async () => {
    const f = join(dir, "other.csv");
    await writeFile(f, "a,b\n1,2\n");
    await unchanged([fx("shopify-orders-newer.csv"), f], /not an export the import knows/);
  });
});
