import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze, GOAL_KPIS, STANDARD_QUESTIONS, TAB_NAMES } from "../../../core/index.ts";
import { readCsvFolder } from "../../../generator/sources/csv.ts";
import { SAMPLE_DIR } from "../../../generator/sources/index.ts";
import { readXlsx } from "../../../generator/sources/xlsx.ts";
import { HOWTO_TAB } from "../../../generator/xlsx/howto.ts";
import {
  enumLabel,
  LISTS_TAB,
  moneyFormat,
  typedValue,
  writeTemplate,
} from "../../../generator/xlsx/template.ts";

const BIN = fileURLToPath(new URL("../../../bin/postmortem.js", import.meta.url));

function run(
  cmd: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pm-template-"));
});

describe("postmortem template", () => {
  it("--sample gives a workbook whose `kpis --json` equals the bundled sample's", async () => {
    const made = await run(process.execPath, [BIN, "template", "--out", "x.xlsx", "--sample"], dir);
    expect(made.code).toBe(0);
    const [fromXlsx, fromSample] = await Promise.all([
      run(process.execPath, [BIN, "kpis", "x.xlsx", "--json"], dir),
      run(process.execPath, [BIN, "kpis", "--json"], dir),
    ]);
    expect(fromXlsx.code).toBe(0);
    const model = JSON.parse(fromXlsx.stdout);
    expect(model).toEqual(JSON.parse(fromSample.stdout));
    // The sample has 41 creators and 99 posts (templates/sample/README.md).
    expect(model.creators).toHaveLength(41);
    expect(model.posts).toHaveLength(99);
  });

  it("refuses to overwrite a file unless --force", async () => {
    await run(process.execPath, [BIN, "template", "--out", "twice.xlsx"], dir);
    const again = await run(process.execPath, [BIN, "template", "--out", "twice.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect((await run(process.execPath, [BIN, "template", "--out", "twice.xlsx", "--force"], dir)).code).toBe(
      0,
    );
  });
});

describe("the template workbook", () => {
  let wb: ExcelJS.Workbook;
  let path: string;
  beforeAll(async () => {
    path = join(dir, "empty.xlsx");
    await writeTemplate(path);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
  });

  it("has How to fill first, every template tab, in order, with a frozen header row, and the hidden Lists tab last", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([HOWTO_TAB, ...TAB_NAMES, LISTS_TAB]);
    for (const name of TAB_NAMES)
      expect(wb.getWorksheet(name)!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(wb.getWorksheet(LISTS_TAB)!.state).toBe("hidden");
  });

  it("offers the goal KPIs as a drop-down from the Lists tab (too long to inline)", () => {
    const keys = GOAL_KPIS.map((k) => k.key);
    // Excel's inline lists stop at 255 characters; the KPI keys joined by commas are longer.
    expect(keys.join(",").length).toBeGreaterThan(255);
    expect(wb.getWorksheet("Goals")!.getCell("A2").dataValidation.formulae).toEqual([
      `Lists!$A$1:$A$${keys.length}`,
    ]);
    const lists = wb.getWorksheet(LISTS_TAB)!;
    expect(keys.map((_, i) => lists.getCell(i + 1, 1).value)).toEqual(keys.map(enumLabel));
    // Labels, not snake_case keys: "Er impressions", not "er_impressions".
    for (let i = 1; i <= keys.length; i++) expect(String(lists.getCell(i, 1).value)).not.toContain("_");
  });

  it("carries headers, notes, formats and drop-downs from the schema", () => {
    const creators = wb.getWorksheet("Creators")!;
    expect(creators.getRow(1).getCell(1).value).toBe("Handle");
    expect(creators.getRow(1).getCell(4).value).toBe("Followers");
    expect(String(creators.getCell("D1").note)).toContain("Required.");
    expect(creators.getCell("D2").numFmt).toBe("#,##0");
    expect(creators.getCell("F2").numFmt).toBe('"$"#,##0.00');
    expect(creators.getCell("I2").numFmt).toBe("[<0.01]0.00%;0.0%");
    // Text columns are text, as in the Sheets template: a handle or code like 0815 keeps its zeros.
    expect(creators.getCell("A2").numFmt).toBe("@");
    expect(creators.getColumn(11).width).toBe(40);
    const platform = creators.getCell("C500").dataValidation;
    expect(platform.type).toBe("list");
    expect(platform.formulae).toEqual([
      '"Tiktok,Instagram,Youtube,Pinterest,Facebook,X,Twitch,Snapchat,Linkedin,Blog,Other"',
    ]);
    const content = wb.getWorksheet("Content")!;
    expect(content.getCell("E2").numFmt).toBe("yyyy-mm-dd");
    const campaign = wb.getWorksheet("Campaign")!;
    expect(campaign.getCell("A7").value).toBe("Objective");
    expect(campaign.getCell("B7").dataValidation.formulae).toEqual([
      '"Awareness,Engagement,Traffic,Leads,Sales,Audience"',
    ]);
    // Defaults of the schema are filled in (locale en); the Currency is left for the user, never made up.
    expect(campaign.getCell("B8").value).toBe("en");
    expect(campaign.getCell("B6").value).toBe(null);
  });

  it("shows deal types and formats as labels, and the reader maps them back to keys", async () => {
    const model = wb.getWorksheet("Creators")!.getRow(1).values as unknown[];
    const col = model.indexOf("Cooperation model");
    const dv = wb.getWorksheet("Creators")!.getCell(2, col).dataValidation;
    expect(dv.formulae[0]).toContain("Fixed fee");
    expect(dv.formulae[0]).not.toContain("fixed_fee");
    // The sample's rows carry labels too; `kpis` of `template --sample` equals the sample's (above).
    const filled = join(dir, "labels.xlsx");
    await writeTemplate(filled, await readCsvFolder(SAMPLE_DIR));
    const back = await readXlsx(filled);
    const creators = back.tabs.find((t) => t.name === "Creators")!;
    const models = new Set(creators.values.slice(1).map((r) => r[col - 1]));
    expect([...models].sort()).toEqual(["Affiliate", "Fixed fee", "Gifted", "Hybrid"]);
    const a = analyze(back);
    expect(new Set(a.model.creators.map((c) => c.cooperation_model))).toEqual(
      new Set(["affiliate", "fixed_fee", "gifted", "hybrid"]),
    );
  });

  it("marks required columns, prints landscape one page wide with the header row repeated, in a sans font", () => {
    const creators = wb.getWorksheet("Creators")!;
    const handle = creators.getCell("A1");
    const tags = creators.getRow(1).getCell((creators.getRow(1).values as unknown[]).indexOf("Tags"));
    expect(handle.fill).toMatchObject({ fgColor: { argb: "FFFBD38D" } });
    expect(tags.fill).toMatchObject({ fgColor: { argb: "FFE8EEF4" } });
    expect(handle.font).toMatchObject({ name: "Arial", bold: true });
    expect(creators.getCell("B7").font).toMatchObject({ name: "Arial" });
    for (const name of [HOWTO_TAB, ...TAB_NAMES]) {
      const ps = wb.getWorksheet(name)!.pageSetup;
      expect(ps).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      if (name !== HOWTO_TAB) expect(ps.printTitlesRow).toBe("1:1");
    }
    const howto = wb.getWorksheet(HOWTO_TAB)!;
    const text = howto.getColumn(2).values.join(" ");
    expect(text).toContain("Headers in orange are required");
    expect(text).toContain("Fixed fee");
    expect(howto.getColumn(1).values).toContain("Creators (required)");
  });

  it("holds the standard retrospective questions", () => {
    const retro = wb.getWorksheet("Retrospective")!;
    expect(retro.getCell("A2").value).toBe(STANDARD_QUESTIONS[0]!.section);
    expect(retro.getCell("B2").value).toBe(STANDARD_QUESTIONS[0]!.item);
    const last = STANDARD_QUESTIONS.length + 1;
    expect(retro.getCell(`B${last}`).value).toBe(STANDARD_QUESTIONS.at(-1)!.item);
    expect(retro.getCell(`B${last + 1}`).value).toBeNull();
  });

  it("writes text that looks like a formula as text", async () => {
    const sample = await readCsvFolder(SAMPLE_DIR);
    const creators = sample.tabs.find((t) => t.name === "Creators")!;
    const risky = ['=HYPERLINK("http://evil.example","x")', "+1 555 0100", "-dash", "@mention"];
    risky.forEach((text, i) => {
      creators.values[i + 1]![1] = text;
    });
    const p = join(dir, "risky.xlsx");
    await writeTemplate(p, sample);
    const zip = await JSZip.loadAsync(await readFile(p));
    for (const name of Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet")))
      expect(await zip.file(name)!.async("string")).not.toContain("<f>");
    const back = (await readXlsx(p)).tabs.find((t) => t.name === "Creators")!;
    expect(risky.map((_, i) => back.values[i + 1]![1])).toEqual(risky);
  });

  it("types sample text by column kind", () => {
    const meta = (kind: "rate" | "date" | "money" | "text") => ({
      key: "k",
      header: "K",
      kind,
      required: false,
      description: "",
    });
    expect(typedValue(meta("rate"), "3.5%")).toBeCloseTo(0.035, 12);
    expect(typedValue(meta("date"), "2026-03-02")).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(typedValue(meta("money"), "24.50")).toBe(24.5);
    expect(typedValue(meta("text"), "00123")).toBe("00123");
    // The symbol sits where Intl puts it in the locale, with its no-break space (en: "DKK 1.00"; da: "1,00 kr.").
    expect(moneyFormat("DKK")).toBe('"DKK\u00a0"#,##0.00');
    expect(moneyFormat("DKK", "da")).toBe('#,##0.00"\u00a0kr."');
    expect(moneyFormat("JPY")).toBe('"¥"#,##0');
  });

  it("reads back through the xlsx source with the sample's KPIs", async () => {
    const sample = await readCsvFolder(SAMPLE_DIR);
    const p = join(dir, "sample.xlsx");
    await writeTemplate(p, sample);
    const a = analyze(await readXlsx(p)).model;
    const b = analyze(sample).model;
    expect(a.totals).toEqual(b.totals);
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
  });

  it.runIf(existsSync("/usr/bin/soffice") || existsSync("/usr/bin/libreoffice"))(
    "opens in LibreOffice, drop-downs included",
    async () => {
      const out = join(dir, "lo");
      const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
      const args = [profile, "--headless", "--convert-to", "ods", "--outdir", out, path];
      const res = await run("soffice", args, dir);
      expect(res.code).toBe(0);
      const zip = await JSZip.loadAsync(await readFile(join(out, "empty.ods")));
      const content = await zip.file("content.xml")!.async("string");
      // Which tab's cells carry a drop-down: Campaign (objective), Creators (platform,
      // cooperation model, status), Content (platform, format), Costs (category),
      // Baseline (period), Retrospective (section), Journal (type), Goals (KPI) — 11 in all.
      const perTab: Record<string, number> = {};
      for (const t of content.matchAll(/<table:table table:name="([^"]+)"[\s\S]*?<\/table:table>/g))
        perTab[t[1]!] = new Set(t[0].match(/content-validation-name="[^"]+"/g) ?? []).size;
      expect(perTab).toEqual({
        "How to fill": 0,
        Campaign: 1,
        Goals: 1,
        Creators: 3,
        Content: 2,
        Conversions: 0,
        Products: 0,
        Costs: 1,
        Team: 0,
        Baseline: 1,
        Retrospective: 1,
        Journal: 1,
        Lists: 0,
      });
      const csv = await run(
        "soffice",
        [profile, "--headless", "--convert-to", "csv", "--outdir", out, path],
        dir,
      );
      expect(csv.code).toBe(0);
      const first = (await readFile(join(out, "empty.csv"), "utf8")).split("\n")[0];
      // CSV export takes the first tab: the how-to.
      expect(first?.trim()).toBe("How to fill this workbook,");
    },
  );
});
