import { beforeEach, describe, expect, it } from "vitest";
import { analyze, STANDARD_QUESTIONS, TAB_LIST, TABS } from "../../core/index.ts";
import { COMPUTED_KEY } from "../../addon/computed.ts";
import { CPM, CREATOR_TIER, ENGAGEMENT_RATE, ROI } from "../../addon/functions.ts";
import { isOurNote } from "../../addon/marks.ts";
import { clearMarks } from "../../addon/menu.ts";
import { readAll } from "../../addon/read.ts";
import { runCompute, runValidate } from "../../addon/run.ts";
import { SIDEBAR_FINDINGS_PER_TAB, selectCell, sidebarData } from "../../addon/sidebar.ts";
import { SAMPLE } from "../../addon/sample.ts";
import { createTemplate, insertSample } from "../../addon/template.ts";
import { syntheticCampaign } from "../bench/synthetic.ts";
import { type FakeSheet, FakeSpreadsheet, installGlobals } from "../support/spreadsheet.ts";
import { FIXTURE, spreadsheetOf } from "./fixture.ts";

const sheet = (ss: FakeSpreadsheet, name: string) => ss.sheets.find((s) => s.name === name)!;
/** Column holding the computed KPI `key`, found by the metadata as the add-on finds it. */
const computedCol = (s: FakeSheet, key: string) =>
  s.colMeta.findIndex((list) => list.some((m) => m.key === COMPUTED_KEY && m.value === key)) + 1;

describe("Create campaign template", () => {
  it("adds every tab and header of the schema to an empty spreadsheet", () => {
    const ss = new FakeSpreadsheet();
    installGlobals(ss);
    const added = createTemplate(ss);
    expect(added).toEqual(TAB_LIST.map((d) => d.name));
    for (const def of TAB_LIST) {
      const s = sheet(ss, def.name);
      expect(s.frozenRows).toBe(1);
      if (def.layout === "form") {
        expect(s.values.slice(1, def.columns.length + 1).map((r) => r[0])).toEqual(
          def.columns.map((c) => c.header),
        );
      } else {
        expect(s.values[0]!.slice(0, def.columns.length)).toEqual(def.columns.map((c) => c.header));
        expect(s.notes[0]![0]).toContain(def.columns[0]!.description);
      }
    }
    const retro = sheet(ss, TABS.retrospective.name);
    expect(retro.values.slice(1, STANDARD_QUESTIONS.length + 1).every((r) => r.some((v) => v !== ""))).toBe(
      true,
    );
    // Enum columns get a drop-down: Creators' Platform is column 3.
    const platform = sheet(ss, "Creators").validations[1]![2] as { values: string[] };
    expect(platform.values).toContain("instagram");
  });

  it("leaves existing tabs alone and only adds the missing ones", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    const before = JSON.stringify(ss.sheets.map((s) => [s.name, s.values, s.notes, s.formats]));
    const added = createTemplate(ss);
    expect(added).not.toContain("Creators");
    expect(added.length).toBe(TAB_LIST.length - FIXTURE.tabs.length);
    const after = JSON.stringify(
      ss.sheets.slice(0, FIXTURE.tabs.length).map((s) => [s.name, s.values, s.notes, s.formats]),
    );
    expect(after).toBe(before);
  });
});

describe("Insert sample data", () => {
  it("fills a new workbook with the sample campaign and refuses one that has creators", () => {
    const ss = new FakeSpreadsheet();
    installGlobals(ss);
    expect(insertSample(ss)).toBeNull();
    // templates/sample/Creators.csv: a header and 41 creators.
    expect(sheet(ss, "Creators").lastRow()).toBe(42);
    expect(sheet(ss, "Content").lastRow()).toBe(100);
    const full = spreadsheetOf(FIXTURE);
    installGlobals(full);
    expect(insertSample(full)).toContain("2 rows");
  });
});

describe("Insert sample data writes typed values", () => {
  const inserted = (locale: string, timeZone: string) => {
    const ss = new FakeSpreadsheet();
    ss.locale = locale;
    ss.timeZone = timeZone;
    installGlobals(ss);
    expect(insertSample(ss)).toBeNull();
    return ss;
  };
  it("numbers as numbers, dates as the spreadsheet's midnight, in en_US and de_DE alike", () => {
    const de = inserted("de_DE", "Europe/Berlin");
    // Goals.csv row 4: roas 2.5, which a German sheet would read as 2 May if written as text.
    expect(sheet(de, "Goals").values[3]!.slice(0, 2)).toEqual(["roas", 2.5]);
    // Products.csv row 2: unit cost 7.40.
    expect(sheet(de, "Products").values[1]![4]).toBe(7.4);
    // Conversions.csv row 2: 2026-03-03, midnight in Berlin (UTC+1) = 2 March 23:00 UTC.
    expect(sheet(de, "Conversions").values[1]![0]).toEqual(new Date(Date.UTC(2026, 2, 2, 23)));
    // Campaign.csv: Start date 2026-03-02 in the form's Value column.
    expect(sheet(de, "Campaign").values[3]!.slice(0, 2)).toEqual([
      "Start date",
      new Date(Date.UTC(2026, 2, 1, 23)),
    ]);
  });

  it("the figures are the CSV's, in an en_US and a de_DE sheet", () => {
    const csv = analyze({ tabs: SAMPLE.map((t) => ({ name: t.name, values: t.values })) });
    for (const [locale, zone] of [
      ["en_US", "America/New_York"],
      ["de_DE", "Europe/Berlin"],
    ] as const) {
      const { analysis } = runValidate(inserted(locale, zone));
      expect(analysis.model.creators.length, locale).toBe(csv.model.creators.length);
      expect(analysis.model.posts.length, locale).toBe(csv.model.posts.length);
      expect(analysis.model.totals, locale).toEqual(csv.model.totals);
      expect(analysis.model.goals, locale).toEqual(csv.model.goals);
      expect(analysis.issues.length, locale).toBe(csv.issues.length);
    }
  });
});

describe("Validate", () => {
  it("marks exactly the cells the core reports", () => {
    const wb = structuredClone(FIXTURE);
    wb.tabs[2]!.values[1]![5] = "lots"; // Content!F2: impressions not a number
    const ss = spreadsheetOf(wb);
    installGlobals(ss);
    const expected = new Set(analyze(wb).issues.flatMap((i) => (i.cell ? [i.cell] : [])));
    expect(expected.has("Content!F2")).toBe(true);
    runValidate(ss);
    const marked = new Set<string>();
    for (const s of ss.sheets)
      s.notes.forEach((row, r) => {
        row.forEach((n, c) => {
          if (isOurNote(n)) marked.add(`${s.name}!${String.fromCharCode(65 + c)}${r + 1}`);
        });
      });
    expect(marked).toEqual(expected);
    expect(sheet(ss, "Content").bgs[1]![5]).toBe("#f8d7da");
    // Fixing the cell and validating again removes the mark and restores the background.
    sheet(ss, "Content").values[1]![5] = 10000;
    runValidate(ss);
    expect(sheet(ss, "Content").notes[1]![5]).toBe("");
    expect(sheet(ss, "Content").bgs[1]![5]).toBe("#ffffff");
  });

  it("names the Fee cells formatted in euros in a USD campaign, on the first one, and counts them as dollars", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    const creators = sheet(ss, "Creators");
    const fee = creators.values[0]!.indexOf("Fee");
    // anna's 500 and ben's 100, both shown as euros (the € button, or a colleague's template).
    creators.getRange(2, fee + 1, 2, 1).setNumberFormat("[$€-407] #,##0.00");
    const { analysis } = readAll(ss);
    const said = analysis.issues.filter((i) => i.code === "format-currency");
    expect(said.map((i) => [i.cell, i.message])).toEqual([
      [
        `Creators!${String.fromCharCode(65 + fee)}2`,
        "2 Fee cells of Creators are formatted in EUR, not the campaign currency USD (rows 2–3), but they are counted as USD. Convert the amounts to USD or change the cells' format.",
      ],
    ]);
    const plain = analyze(FIXTURE);
    expect(analysis.model.totals).toEqual(plain.model.totals);
  });

  it("reads number formats once per table tab with money columns, not for Content or Campaign", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    ss.calls.reset();
    readAll(ss);
    const money = TAB_LIST.filter(
      (d) => d.layout === "table" && d.columns.some((m) => m.kind === "money") && ss.getSheetByName(d.name),
    );
    expect(money.map((d) => d.name)).not.toContain("Content");
    expect(ss.calls.byName.get("Range.getNumberFormats")).toBe(money.length);
  });

  it("keeps a user's own note and background", () => {
    const wb = structuredClone(FIXTURE);
    wb.tabs[2]!.values[1]![5] = "lots";
    const ss = spreadsheetOf(wb);
    installGlobals(ss);
    const content = sheet(ss, "Content");
    content.notes[1]![5] = "ask Anna";
    content.bgs[1]![5] = "#00ff00";
    runValidate(ss);
    expect(isOurNote(content.notes[1]![5]!)).toBe(true);
    content.values[1]![5] = 10000;
    runValidate(ss);
    expect(content.notes[1]![5]).toBe("ask Anna");
    expect(content.bgs[1]![5]).toBe("#00ff00");
  });
});

describe("Sidebar and Clear marks", () => {
  it("lists findings by tab, selects a finding's cell, and Clear marks removes only our marks", () => {
    const wb = structuredClone(FIXTURE);
    wb.tabs[2]!.values[1]![5] = "lots";
    const ss = spreadsheetOf(wb);
    installGlobals(ss);
    runValidate(ss);
    const data = sidebarData();
    const content = data.findings.find((f) => f.tab === "Content");
    expect(content?.items.some((i) => i.cell === "Content!F2")).toBe(true);
    expect(data.report).toBe('npx postmortem report "https://docs.google.com/spreadsheets/d/FAKE/edit"');
    // Sales objective: revenue, orders, ROAS, ROI, AOV, CPA.
    expect(data.headline.map((h) => h.label)[0]).toBe("Revenue");
    selectCell("Content!F2");
    expect(ss.activeCell).toEqual({ sheet: "Content", row: 2, col: 6 });
    sheet(ss, "Creators").notes[1]![0] = "mine";
    clearMarks();
    expect(ss.sheets.every((s) => s.notes.every((r) => r.every((n) => !isOurNote(n))))).toBe(true);
    expect(sheet(ss, "Content").bgs[1]![5]).toBe("#ffffff");
    expect(sheet(ss, "Creators").notes[1]![0]).toBe("mine");
  });
});

describe("Sidebar with thousands of findings", () => {
  it("lists the first 100 of a tab and says how many more are marked on their cells", () => {
    // 150 Conversions rows naming a creator the Creators tab does not have: 150 warnings.
    const wb = structuredClone(FIXTURE);
    const conv = wb.tabs.find((t) => t.name === "Conversions")!;
    const header = conv.values[0]!;
    for (let i = 0; i < 150; i++) {
      const line = [...conv.values[1]!];
      line[header.indexOf("Creator")] = `nobody${i}`;
      line[header.indexOf("Discount code")] = "";
      conv.values.push(line);
    }
    const ss = spreadsheetOf(wb);
    installGlobals(ss);
    runValidate(ss);
    const tab = sidebarData().findings.find((f) => f.tab === "Conversions")!;
    const unknown = tab.items.filter((i) => i.message.includes('"nobody'));
    expect(SIDEBAR_FINDINGS_PER_TAB).toBe(100);
    expect(tab.items).toHaveLength(100);
    expect(unknown[0]!.message).toContain('"nobody0"');
    const all = runValidate(ss);
    const onTab = all.analysis.issues.filter((i) => i.tab === "Conversions").length;
    expect(onTab).toBeGreaterThanOrEqual(150);
    expect(tab.more).toBe(`…and ${onTab - 100} more on this tab, each marked on its cell.`);
  });
});

describe("Compute KPIs", () => {
  let ss: FakeSpreadsheet;
  beforeEach(() => {
    ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
  });

  it("writes the KPI figures into marked columns and the KPIs tab, no input cell", () => {
    runCompute(ss); // the fake throws on any value written outside a marked column or the KPIs tab
    const content = sheet(ss, "Content");
    // anna's post: 300 + 50 + 30 + 20 = 400 engagements; 400 / 10,000 impressions = 0.04;
    // 400 / 8,000 reach = 0.05; 400 / 50,000 followers = 0.008; 100 clicks / 10,000 = 0.01.
    expect(content.values[1]![computedCol(content, "engagements") - 1]).toBe(400);
    expect(content.values[1]![computedCol(content, "er_impressions") - 1]).toBeCloseTo(0.04, 12);
    expect(content.values[1]![computedCol(content, "er_reach") - 1]).toBeCloseTo(0.05, 12);
    expect(content.values[1]![computedCol(content, "er_followers") - 1]).toBeCloseTo(0.008, 12);
    expect(content.values[1]![computedCol(content, "ctr") - 1]).toBeCloseTo(0.01, 12);
    // ben's: 80 + 10 + 5 + 5 = 100 engagements over 2,000 impressions = 0.05.
    expect(content.values[2]![computedCol(content, "er_impressions") - 1]).toBeCloseTo(0.05, 12);
    // The first computed column comes right after the 13 input columns.
    expect(computedCol(content, "engagements")).toBe(14);
    const creators = sheet(ss, "Creators");
    // anna: cost = fee 500 + product 20 + shipping 5 = 525; revenue 240; ROAS = 240 / 525.
    expect(creators.values[1]![computedCol(creators, "cost") - 1]).toBe(525);
    expect(creators.values[1]![computedCol(creators, "revenue") - 1]).toBe(240);
    expect(creators.values[1]![computedCol(creators, "roas") - 1]).toBeCloseTo(240 / 525, 12);
    // 50,000 followers is at least 10,000 and under 100,000: micro.
    expect(creators.values[1]![computedCol(creators, "tier") - 1]).toBe("micro");
    const products = sheet(ss, "Products");
    // SKU-1: revenue 240 − 6 units × 10 unit cost = 180 gross profit.
    expect(products.values[1]![computedCol(products, "gross_profit") - 1]).toBe(180);
    const kpis = sheet(ss, "KPIs");
    const revenueRow = kpis.values.find((r) => r[0] === "Revenue");
    expect(revenueRow?.[1]).toBe(240);
    // Input cells hold what was typed: each fixture tab's block is unchanged.
    for (const t of FIXTURE.tabs) {
      const s = sheet(ss, t.name);
      const block = t.values.map((row, r) => s.values[r]!.slice(0, row.length));
      expect(block).toEqual(t.values);
    }
    expect(kpis.createdByAddon).toBe(true);
  });

  it("changes nothing on a second run", () => {
    runCompute(ss);
    const first = ss.state();
    runCompute(ss);
    expect(ss.state()).toBe(first);
  });

  it("keeps a user column inserted between input columns", () => {
    runCompute(ss);
    const creators = sheet(ss, "Creators");
    creators.insertColumnBefore(3);
    creators.values[0]![2] = "My notes";
    creators.values[1]![2] = "great";
    runCompute(ss);
    expect(creators.values[0]![2]).toBe("My notes");
    expect(creators.values[1]![2]).toBe("great");
    // The computed columns moved one to the right with their metadata and still hold anna's cost.
    expect(creators.values[1]![computedCol(creators, "cost") - 1]).toBe(525);
    expect(creators.colMeta.filter((l) => l.length > 0).length).toBeGreaterThan(0);
    const keys = creators.colMeta.flatMap((l) => l.map((m) => m.value));
    expect(new Set(keys).size).toBe(keys.length); // no duplicate columns appended
  });
});

describe("service calls", () => {
  const counts = (posts: number) => {
    const ss = spreadsheetOf(syntheticCampaign({ posts, creators: 40, conversions: 200 }));
    installGlobals(ss);
    ss.calls.count = 0;
    runValidate(ss);
    const validate = ss.calls.count;
    ss.calls.count = 0;
    runCompute(ss);
    return { validate, compute: ss.calls.count };
  };
  it("are the same for 10, 1,000 and 20,000 Content rows", () => {
    const small = counts(10);
    const big = counts(1_000);
    // Past the 1,000 rows a new tab starts with, the ledger tab grows once: one insertRowsAfter.
    expect(big).toEqual({ ...small, compute: small.compute + 1 });
    expect(counts(20_000)).toEqual(big);
  });
});

describe("custom functions", () => {
  it("follow the KPI definitions for single values and ranges", () => {
    expect(ENGAGEMENT_RATE(400, 10000)).toBeCloseTo(0.04, 12);
    expect(ENGAGEMENT_RATE(400, 0)).toBe("");
    // 500 cost / 10,000 impressions × 1000 = 50.
    expect(CPM([[500], [100]], [[10000], [2000]])).toEqual([[50], [50]]);
    // (240 − 525) / 525 = −0.542857…
    expect(ROI(240, 525) as number).toBeCloseTo(-285 / 525, 12);
    expect(CREATOR_TIER([[5000], [50000], [2000000]])).toEqual([["nano"], ["micro"], ["mega"]]);
  });
});
