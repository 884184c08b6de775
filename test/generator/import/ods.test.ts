// The round trip into an .ods workbook: LibreOffice's save of the filled-in template,
// imported into, read back by `postmortem kpis`; imported again (not a byte changes); a
// newer export (only its rows change); and LibreOffice opening what was written.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const BIN = join(ROOT, "bin/postmortem.js");
const FIXTURES = join(ROOT, "test/fixtures/imports");
const fx = (f: string) => join(FIXTURES, f);
const SOFFICE = existsSync("/usr/bin/soffice");
if (!SOFFICE) console.log("skipping the LibreOffice check of the written .ods: soffice is not installed");

function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd: ROOT, env: { ...process.env, DEBUG: "" } }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === "number" ? err.code : 99) : 0, stdout, stderr }),
    );
  });
}
const cli = (...args: string[]) => run(process.execPath, [BIN, ...args]);
const kpis = async (path: string) => JSON.parse((await cli("kpis", path, "--json")).stdout);

/** Each entry of the package: its name, how it is stored, and its bytes. */
async function entries(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out: { name: string; stored: boolean; bytes: Buffer }[] = [];
  for (const f of Object.values(zip.files)) {
    // biome-ignore lint/suspicious/noExplicitAny: JSZip keeps how an entry was compressed on a private field
    const method = (f as any)._data?.compression?.magic;
    out.push({ name: f.name, stored: method === "\x00\x00", bytes: await f.async("nodebuffer") });
  }
  return out;
}

/** content.xml's tabs by name, each as the text of its table element. */
async function tabs(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = await zip.file("content.xml")!.async("string");
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<table:table table:name="([^"]+)"[\s\S]*?<\/table:table>/g))
    out.set(m[1]!, m[0]);
  return out;
}

let dir = "";
let book = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pm-import-ods-"));
  book = join(dir, "campaign.ods");
  await copyFile(fx("template-campaign.ods"), book);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("postmortem import --into an .ods", () => {
  it("imports a Shopify export and kpis gives the hand-worked figures", async () => {
    const before = await tabs(book);
    const r = await cli("import", fx("shopify-orders.csv"), "--into", book);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Conversions: 5 added, 0 updated, 0 unchanged; skipped 3 (1 voided, 1 refunded, 1 cancelled)",
    );
    expect(r.stdout).toContain("Products: 4 added, 0 updated, 0 unchanged");
    const m = await kpis(book);
    // 91.2 + 22 + 32.4 for DEVON10's three lines, 56 for the unknown code, 54 uncoded.
    expect(m.totals.revenue).toBeCloseTo(255.6, 9);
    expect(m.totals.orders).toBe(4);
    expect(m.totals.unattributed_revenue).toBeCloseTo(110, 9);
    const devon = m.creators.find((c: { handle: string }) => c.handle === "dewydevon");
    expect(devon.revenue).toBeCloseTo(145.6, 9);
    // Only the tabs the import writes changed; the ledger is new.
    const after = await tabs(book);
    const changed = [...after.keys()].filter((t) => after.get(t) !== before.get(t));
    expect(changed.sort()).toEqual(["Conversions", "Import ledger", "Products"]);
  });

  it("keeps the package valid: mimetype first and stored, every other part as it was", async () => {
    const original = await entries(fx("template-campaign.ods"));
    const written = await entries(book);
    expect(written.map((e) => e.name)).toEqual(original.map((e) => e.name));
    expect(written[0]).toMatchObject({ name: "mimetype", stored: true });
    expect(written[0]!.bytes.toString()).toBe("application/vnd.oasis.opendocument.spreadsheet");
    for (const e of written.filter((w) => w.name !== "content.xml"))
      expect(e.bytes.equals(original.find((o) => o.name === e.name)!.bytes), e.name).toBe(true);
  });

  it("hides the ledger tab and the marker column, and writes dates as dates", async () => {
    const t = await tabs(book);
    expect(t.get("Import ledger")).toMatch(
      /^<table:table table:name="Import ledger" table:style-name="pmHiddenTab">/,
    );
    // Conversions: Date … Leads are columns A–H; the marker is I, split out of the blank run.
    expect(t.get("Conversions")).toContain(
      '<table:table-column table:style-name="co3" table:visibility="collapse"/><table:table-column table:style-name="co3" table:number-columns-repeated="16375"/>',
    );
    expect(t.get("Conversions")).toContain(
      '<table:table-cell office:value-type="date" office:date-value="2026-03-04"><text:p>2026-03-04</text:p></table:table-cell>',
    );
  });

  it("importing the same file again changes nothing, not even the file's bytes", async () => {
    const before = await readFile(book);
    const r = await cli("import", fx("shopify-orders.csv"), "--into", book);
    expect(r.stdout).toContain("Conversions: 0 added, 0 updated, 5 unchanged");
    expect(r.stdout).toContain("already holds these exports; nothing to change.");
    expect((await readFile(book)).equals(before)).toBe(true);
  });

  it("--dry-run says what a newer export would change and leaves the file byte-identical", async () => {
    const before = await readFile(book);
    const r = await cli("import", fx("shopify-orders-newer.csv"), "--into", book, "--dry-run");
    expect(r.stdout).toContain("Conversions: 1 to add, 1 to update, 4 unchanged");
    expect((await readFile(book)).equals(before)).toBe(true);
  });

  it("a newer export changes only its rows", async () => {
    const before = await tabs(book);
    const r = await cli("import", fx("shopify-orders-newer.csv"), "--into", book);
    expect(r.stdout).toContain("Conversions: 1 added, 1 updated, 4 unchanged");
    const m = await kpis(book);
    // #1007 (54, uncoded) refunded; #1008 adds 3 × 22 for KIM15.
    expect(m.totals.revenue).toBeCloseTo(267.6, 9);
    expect(m.creators.find((c: { handle: string }) => c.handle === "kim.glow").revenue).toBeCloseTo(66, 9);
    const after = await tabs(book);
    const changed = [...after.keys()].filter((t) => after.get(t) !== before.get(t));
    expect(changed.sort()).toEqual(["Conversions", "Import ledger"]);
    // Rows 2–5 of Conversions are as they were; row 6 (#1007's day) is updated to 0, row 7 is #1008.
    const rowsOf = (xml: string) => xml.split("<table:table-row").slice(2, 9);
    const [was, now] = [rowsOf(before.get("Conversions")!), rowsOf(after.get("Conversions")!)];
    expect(now.slice(0, 4)).toEqual(was.slice(0, 4));
    expect(now[4]).toContain('office:value="0"');
    expect(now[5]).toContain("<text:p>KIM15</text:p>");
  });

  it("imports Meta content into the Content tab", async () => {
    const r = await cli("import", fx("meta-content.csv"), "--into", book);
    expect(r.stdout).toContain("Content: 2 added, 0 updated, 0 unchanged; skipped 1 (1 unknown account)");
    const m = await kpis(book);
    // Impressions 15,000 + 6,000; engagements (likes, comments, shares, saves) 1,095 + 375.
    expect(m.totals.impressions).toBe(21000);
    expect(m.totals.engagements).toBe(1470);
    expect(m.totals.revenue).toBeCloseTo(267.6, 9);
  });

  it("an export in another currency is refused with a sentence and leaves the .ods byte-identical", async () => {
    const before = await readFile(book);
    const eur = join(dir, "eur.csv");
    await writeFile(eur, (await readFile(fx("shopify-orders.csv"), "utf8")).replaceAll(",USD,", ",EUR,"));
    const r = await cli("import", eur, "--into", book);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is in EUR, but the campaign is in USD/);
    expect((await readFile(book)).equals(before)).toBe(true);
  });

  it.runIf(SOFFICE)("LibreOffice opens the written file", async () => {
    const out = join(dir, "lo");
    const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const res = await run("soffice", [profile, "--headless", "--convert-to", filter, "--outdir", out, book]);
    expect(res.code).toBe(0);
    const csv = await readFile(join(out, "campaign-Conversions.csv"), "utf8");
    expect(csv.split("\n")[0]).toBe("Date,Creator,Discount code,SKU,Orders,Units,Revenue,Leads,Import key");
    expect(csv.split("\n")[1]).toMatch(/^2026-03-04,dewydevon,DEVON10,QM-DAY-30,2,3,91.2,,/);
    // Saved back to .xlsx by LibreOffice, the ledger tab and the marker column are still hidden.
    const xlsx = await run("soffice", [profile, "--headless", "--convert-to", "xlsx", "--outdir", out, book]);
    expect(xlsx.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "campaign.xlsx"));
    expect(wb.getWorksheet("Import ledger")!.state).toBe("hidden");
    expect(wb.getWorksheet("Conversions")!.getColumn(9).hidden).toBe(true);
    expect(wb.getWorksheet("Content")!.getCell("E2").value).toEqual(new Date(Date.UTC(2026, 2, 5)));
  });
});
