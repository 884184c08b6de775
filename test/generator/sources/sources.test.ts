// Whichever source is read — CSV folder, LibreOffice's .xlsx/.ods, the bundled
// sample or the sample saved as .xlsx — the core sees the same values and
// computes the same model.
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../../core/index.ts";
import { parseCsv, readCsvFolder } from "../../../generator/sources/csv.ts";
import { loadSource, SAMPLE_DIR } from "../../../generator/sources/index.ts";
import { sourceMessages } from "../../../generator/sources/messages.ts";
import { readXlsx } from "../../../generator/sources/xlsx.ts";

const LO = resolve(import.meta.dirname, "../../fixtures/libreoffice");

describe("LibreOffice-made workbook (test/fixtures/libreoffice, made by make.sh)", () => {
  it("hands the core cached formula results, fractions, dates, numbers and error text", async () => {
    const wb = await readXlsx(join(LO, "fixture.xlsx"));
    const tab = (n: string) => wb.tabs.find((t) => t.name === n)!.values;
    // Date cell → Date at UTC midnight.
    expect(tab("Campaign")[2]![1]).toEqual(new Date("2026-03-02T00:00:00Z"));
    // €-formatted 200 and 10%-formatted 0.1; Followers is =50*1000.
    expect(tab("Creators")[2]).toEqual(["bob", "tiktok", 50000, "hybrid", 200, 0.1, "BOB"]);
    // =1/0 is stored as an error cell.
    expect(tab("Creators")[3]![4]).toBe("#DIV/0!");
    // =1000*3 and =[.E3]/7 (=700/7) by their cached results.
    expect(tab("Content")[1]![3]).toBe(3000);
    expect(tab("Content")[3]![4]).toBe(100);
    // 150%-formatted ROAS target.
    expect(tab("Goals")[1]).toEqual(["roas", 1.5]);
  });

  it("reads to the same KPIs as the equivalent CSV folder, and as the .ods", async () => {
    const csv = analyze(await readCsvFolder(join(LO, "csv")));
    const xlsx = analyze((await loadSource(join(LO, "fixture.xlsx"))).workbook);
    const ods = analyze((await loadSource(join(LO, "fixture.ods"))).workbook);
    expect(xlsx.model).toEqual(csv.model);
    expect(ods.model).toEqual(csv.model);

    const t = xlsx.model.totals;
    // cyd's Fee is #DIV/0!: an error on Creators!E4, and cyd is left out.
    expect(xlsx.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([
      ["cell-error", "Creators!E4"],
    ]);
    expect(t.creators).toBe(2);
    // Revenue 99 (ann) + 247.5 (bob) + 49.5 (code BOB) + 60 (unattributed, after the end) = 456.
    expect(t.revenue).toBe(456);
    expect(t.unattributed_revenue).toBe(60);
    expect(t.tail_revenue).toBe(60);
    // Creator cost: ann 500; bob 200 + 10% × (247.5 + 49.5) = 229.7; total 729.7.
    expect(t.creator_cost).toBeCloseTo(729.7, 9);
    // Impressions 3000 + 10000 + 4000 = 17000; CPM = 729.7 / 17000 × 1000.
    expect(t.impressions).toBe(17000);
    expect(t.cpm).toBeCloseTo(42.9235294, 6);
    // Goals: ROAS 456 / 729.7 = 0.62491 against 1.5 → missed; CPA 729.7 / 9 = 81.08 ≤ 100 → met,
    // attainment inverted: 100 / 81.08 = 1.2334.
    const goals = Object.fromEntries(xlsx.model.goals.map((g) => [g.kpi, g]));
    expect(goals.roas!.met).toBe(false);
    expect(goals.roas!.actual).toBeCloseTo(456 / 729.7, 12);
    expect(goals.cpa!.met).toBe(true);
    expect(goals.cpa!.attainment).toBeCloseTo(100 / (729.7 / 9), 12);
  });
});

describe("the bundled sample", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pm-sources-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives the same model as the bundled default, a CSV folder and an .xlsx with typed cells", async () => {
    const bundled = analyze((await loadSource(undefined)).workbook);
    const folder = analyze((await loadSource(SAMPLE_DIR)).workbook);

    // Save the sample as a spreadsheet program would: numbers as numbers, ISO dates as dates.
    const raw = await readCsvFolder(SAMPLE_DIR);
    const book = new ExcelJS.Workbook();
    for (const tab of raw.tabs) {
      const ws = book.addWorksheet(tab.name);
      for (const line of tab.values) {
        ws.addRow(
          line.map((v) => {
            const s = String(v ?? "");
            if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
            if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(`${s}T00:00:00Z`);
            return s === "" ? null : s;
          }),
        );
      }
    }
    const path = join(dir, "sample.xlsx");
    await book.xlsx.writeFile(path);
    const xlsx = analyze((await loadSource(path)).workbook);

    expect(folder.model).toEqual(bundled.model);
    expect(xlsx.model).toEqual(bundled.model);
    // Headline figures of the sample (README): revenue ≈ 201,939, 4,819 orders, total cost ≈ 113,101.
    expect(bundled.model.totals.revenue).toBeCloseTo(201938.9, 6);
    expect(bundled.model.totals.orders).toBe(4819);
    expect(bundled.model.totals.total_cost).toBeCloseTo(113100.7325, 6);
  });
});

describe("a folder of .csv files as spreadsheet programs name their downloads", () => {
  let root = "";
  const names = ["Campaign", "Goals", "Creators", "Content", "Conversions", "Products", "Costs", "Team"];
  /** The sample's CSVs copied into a fresh folder under `name(tab)`. */
  async function folder(name: (tab: string) => string, extra: Record<string, string> = {}) {
    const dir = await mkdtemp(join(root, "f-"));
    for (const tab of names) await copyFile(join(SAMPLE_DIR, `${tab}.csv`), join(dir, name(tab)));
    for (const [file, from] of Object.entries(extra)) await copyFile(join(SAMPLE_DIR, from), join(dir, file));
    return dir;
  }
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "pm-downloads-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("Google Sheets' 'Title - Tab.csv' and LibreOffice's 'file-Tab.csv' → read as the tabs, the sample's revenue", async () => {
    for (const name of [(t: string) => `Daybreak launch - ${t}.csv`, (t: string) => `daybreak-${t}.csv`]) {
      const wb = await readCsvFolder(await folder(name));
      expect(wb.tabs.map((t) => t.name).sort()).toEqual([...names].sort());
      const a = analyze(wb);
      expect(a.issues.filter((i) => i.code === "missing-tab")).toEqual([]);
      expect(a.model.totals.revenue).toBeCloseTo(201938.9, 6);
      expect(a.model.totals.orders).toBe(4819);
    }
  });

  it("Creators.csv next to 'Old - Creators.csv' → the one named after the tab is read", async () => {
    const dir = await folder((t) => `${t}.csv`, { "Old - Creators.csv": "Goals.csv" });
    const wb = await readCsvFolder(dir);
    expect(wb.tabs.filter((t) => t.name === "Creators")).toHaveLength(1);
    expect(wb.tabs.map((t) => t.name)).toContain("Old - Creators");
    expect(analyze(wb).model.creators).toHaveLength(41);
  });

  it("'Spring - Creators.csv' and 'Autumn - Creators.csv' → refused with a sentence naming both", async () => {
    const dir = await folder((t) => `Spring - ${t}.csv`, { "Autumn - Creators.csv": "Creators.csv" });
    await expect(readCsvFolder(dir)).rejects.toThrow(
      `The folder "${dir}" holds 2 files for the Creators tab ("Autumn - Creators.csv", "Spring - Creators.csv"); keep one campaign per folder, or name the one to use Creators.csv.`,
    );
  });
});

describe("a CSV text whose quote is never closed", () => {
  it("→ refused naming the line the quote opens on, after a record that spans two lines", () => {
    // Line 1 the header, lines 2–3 one record (a quoted line break), line 4 opens a quote never closed.
    expect(() => parseCsv('a,b\n"multi\nline",x\n"open,y\nz\n', "Costs.csv")).toThrow(
      sourceMessages.csvQuoteNotClosed("Costs.csv", 4),
    );
  });
});
