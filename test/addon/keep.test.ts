// What people type where the add-on writes: computed columns, their headers, the KPIs tab.
// Figures are the fixture's, worked out by hand in addon.test.ts: anna's cost is
// fee 500 + product 20 + shipping 5 = 525; ben's is his fee, 100.
import { beforeEach, describe, expect, it } from "vitest";
import { columnLetter, msg } from "../../core/index.ts";
import { COMPUTED_KEY, rowsAround } from "../../addon/computed.ts";
import { runCompute, runValidate } from "../../addon/run.ts";
import { LEDGER_TAB, typedCells } from "../../addon/ledger.ts";
import { say } from "../../addon/messages.ts";
import { type FakeSheet, type FakeSpreadsheet, installGlobals } from "../support/spreadsheet.ts";
import { FIXTURE, spreadsheetOf } from "./fixture.ts";

const sheet = (ss: FakeSpreadsheet, name: string) => ss.sheets.find((s) => s.name === name)!;
const colOf = (s: FakeSheet, key: string) =>
  s.colMeta.findIndex((list) => list.some((m) => m.key === COMPUTED_KEY && m.value === key)) + 1;
const letter = (col: number) => columnLetter(col - 1);
const codes = (run: { analysis: { issues: { code: string; cell: string | null }[] } }, code: string) =>
  run.analysis.issues.filter((i) => i.code === code).map((i) => i.cell);

/** The user swaps two rows, as Data → Sort does: every cell of the row moves, computed ones too. */
function swapRows(s: FakeSheet, a: number, b: number) {
  for (const g of [s.values, s.notes, s.bgs, s.formats]) [g[a - 1], g[b - 1]] = [g[b - 1]!, g[a - 1]!];
}

describe("a value typed into a computed column", () => {
  let ss: FakeSpreadsheet;
  let creators: FakeSheet;
  let cost: number;
  beforeEach(() => {
    ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    runCompute(ss);
    creators = sheet(ss, "Creators");
    cost = colOf(creators, "cost");
  });

  it("is kept where it was typed and reported on its cell, by Validate and by Compute", () => {
    creators.values[2]![cost - 1] = "90 after discount";
    const cell = `Creators!${letter(cost)}3`;
    expect(codes(runValidate(ss), "typed-in-computed")).toEqual([cell]);
    const run = runCompute(ss);
    expect(creators.values[2]![cost - 1]).toBe("90 after discount");
    expect(codes(run, "typed-in-computed")).toEqual([cell]);
    expect(run.analysis.issues.find((i) => i.code === "typed-in-computed")?.message).toBe(
      msg.typedInComputed("Cost", "90 after discount"),
    );
    // The rest of the column is still computed: anna's cost is 525.
    expect(creators.values[1]![cost - 1]).toBe(525);
    // Marked on its cell like every finding.
    expect(creators.notes[2]![cost - 1]).toContain(msg.typedInComputed("Cost", "90 after discount"));
  });

  it("stays kept on every later Compute, and the cell is computed again once cleared", () => {
    creators.values[2]![cost - 1] = 90;
    runCompute(ss);
    runCompute(ss);
    expect(creators.values[2]![cost - 1]).toBe(90);
    creators.values[2]![cost - 1] = "";
    const run = runCompute(ss);
    expect(creators.values[2]![cost - 1]).toBe(100);
    expect(codes(run, "typed-in-computed")).toEqual([]);
  });

  it("keeps its own number format; the cells around it get the column's", () => {
    const before = creators.formats[2]![cost - 1];
    creators.formats[2]![cost - 1] = "0";
    creators.values[2]![cost - 1] = 1200;
    runCompute(ss);
    expect(creators.formats[2]![cost - 1]).toBe("0");
    expect(creators.formats[1]![cost - 1]).toBe(before);
    expect(creators.formats[3]![cost - 1]).toBe(before);
  });

  it("typed below the data is kept too, and the data rows are still written", () => {
    creators.values[9]![cost - 1] = "note for later";
    const run = runCompute(ss);
    expect(creators.values[9]![cost - 1]).toBe("note for later");
    expect(codes(run, "typed-in-computed")).toEqual([`Creators!${letter(cost)}10`]);
    expect(creators.values[2]![cost - 1]).toBe(100);
  });

  it("is told apart from computed cells that moved with their rows (a sort)", () => {
    swapRows(creators, 2, 3); // ben above anna, computed cells along
    const run = runCompute(ss);
    expect(codes(run, "typed-in-computed")).toEqual([]);
    expect(creators.values[1]![0]).toBe("ben");
    expect(creators.values[1]![cost - 1]).toBe(100);
    expect(creators.values[2]![cost - 1]).toBe(525);
  });
});

describe("computed headers", () => {
  let ss: FakeSpreadsheet;
  let creators: FakeSheet;
  beforeEach(() => {
    ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    runCompute(ss);
    creators = sheet(ss, "Creators");
  });

  it("a renamed one keeps its new name and its column stays computed, with no finding", () => {
    const roas = colOf(creators, "roas");
    creators.values[0]![roas - 1] = "Return on ad spend";
    const run = runCompute(ss);
    expect(creators.values[0]![roas - 1]).toBe("Return on ad spend");
    expect(colOf(creators, "roas")).toBe(roas);
    // anna: revenue 240 / cost 525.
    expect(creators.values[1]![roas - 1]).toBeCloseTo(240 / 525, 12);
    expect(run.analysis.issues.filter((i) => i.cell?.startsWith(`Creators!${letter(roas)}`))).toEqual([]);
  });

  it("a cleared one gets its label back", () => {
    const roas = colOf(creators, "roas");
    creators.values[0]![roas - 1] = "";
    runCompute(ss);
    expect(creators.values[0]![roas - 1]).toBe("ROAS");
  });

  it("a column carrying the same marker twice is reported once, left as it is and not read", () => {
    const cost = colOf(creators, "cost");
    // A copy of the Cost column (as duplicating through another tool could leave), holding stale figures.
    creators.insertColumnsAfter(creators.maxCols, 3);
    const copy = creators.lastCol() + 2;
    creators.colMeta[copy - 1]!.push({ key: COMPUTED_KEY, value: "cost" });
    creators.values[0]![copy - 1] = "Cost";
    creators.values[1]![copy - 1] = 999;
    const run = runCompute(ss);
    expect(codes(run, "duplicate-computed")).toEqual([`Creators!${letter(copy)}1`]);
    expect(run.analysis.issues.find((i) => i.code === "duplicate-computed")?.message).toBe(
      msg.duplicateComputed("Cost", letter(cost)),
    );
    expect(creators.values[1]![copy - 1]).toBe(999);
    expect(creators.values[1]![cost - 1]).toBe(525);
  });
});

describe("a column of the user's named like a computed one", () => {
  let ss: FakeSpreadsheet;
  let creators: FakeSheet;
  const column = (s: FakeSheet, col: number) => s.values.map((r) => r[col - 1]);
  beforeEach(() => {
    ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    creators = sheet(ss, "Creators");
  });

  /** Type a column at the right of the used ones: header and one value per creator. */
  function typeColumn(header: string, values: unknown[]): number {
    const col = creators.lastCol() + 1;
    creators.insertColumnsAfter(creators.maxCols, 1);
    creators.values[0]![col - 1] = header;
    values.forEach((v, i) => {
      creators.values[i + 1]![col - 1] = v;
    });
    return col;
  }

  it("typed before any Compute: reported on its header by Validate, kept by every Compute, the computed one beside it", () => {
    const mine = typeColumn(" ROAS ", [3.5, "2x"]);
    const cell = `Creators!${letter(mine)}1`;
    const message = msg.computedName("ROAS", cell, "revenue / cost");
    const validated = runValidate(ss);
    expect(
      validated.analysis.issues.filter((i) => i.code === "computed-name").map((i) => [i.cell, i.message]),
    ).toEqual([[cell, message]]);
    const typed = column(creators, mine);
    const first = runCompute(ss);
    const roas = colOf(creators, "roas");
    // The add-on's ROAS goes in a column of its own, right of the typed one.
    expect(roas).toBeGreaterThan(mine);
    expect(column(creators, mine)).toEqual(typed);
    // anna: revenue 240 / cost 525, from the inputs, never from the typed 3.5.
    expect(creators.values[1]![roas - 1]).toBeCloseTo(240 / 525, 12);
    expect(codes(first, "computed-name")).toEqual([cell]);
    const after = creators.values.map((r) => [...r]);
    const second = runCompute(ss);
    expect(creators.values).toEqual(after);
    expect(codes(second, "computed-name")).toEqual([cell]);
    // Marked on its cell like every finding.
    expect(creators.notes[0]![mine - 1]).toContain(message);
  });

  it("typed after a Compute, right of the computed columns: kept, reported, and the figures are unchanged", () => {
    runCompute(ss);
    const cost = colOf(creators, "cost");
    const mine = typeColumn("Cost", [999, 1]);
    const run = runCompute(ss);
    expect(column(creators, mine).slice(0, 4)).toEqual(["Cost", 999, 1, ""]);
    expect(colOf(creators, "cost")).toBe(cost);
    expect(creators.values[1]![cost - 1]).toBe(525);
    expect(codes(run, "computed-name")).toEqual([`Creators!${letter(mine)}1`]);
    expect(run.analysis.model.totals.creator_cost).toBe(625);
  });

  it("the add-on's own columns and a header that only resembles one are not reported", () => {
    runCompute(ss);
    typeColumn("ROAS target", [2, 2]);
    expect(codes(runCompute(ss), "computed-name")).toEqual([]);
  });
});

describe("links in a URL column", () => {
  it("gives its URL, not its label; a computed one reads as its label, reported on its cell; the formulas are read only then", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    const content = sheet(ss, "Content");
    const url = content.values[0]!.indexOf("Post URL") + 1;
    const reads = () => ss.calls.byName.get("Range.getFormulas") ?? 0;
    runValidate(ss);
    // Every Post URL reads as a URL: no formulas read for them.
    const plain = reads();
    content.userFormula(2, url, '=HYPERLINK("https://example.com/watch/a1"; "Watch")', "Watch");
    content.userFormula(3, url, '=HYPERLINK(A3&".example", "Watch")', "Watch");
    const run = runValidate(ss);
    expect(reads()).toBe(plain + 1);
    expect(run.analysis.model.posts.map((p) => p.url)).toEqual(["https://example.com/watch/a1", null]);
    const cell = `Content!${letter(url)}3`;
    expect(
      run.analysis.issues
        .filter((i) => i.cell?.startsWith(`Content!${letter(url)}`))
        .map((i) => [i.cell, i.code]),
    ).toEqual([[cell, "not-a-url"]]);
    // Both posts still count: anna's 10,000 impressions and ben's 2,000.
    expect(run.analysis.model.totals.impressions).toBe(12000);
  });

  it("a text with a link on it (Insert → Link) gives the link; its rich text is read for that span only", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    const content = sheet(ss, "Content");
    const url = content.values[0]!.indexOf("Post URL") + 1;
    content.userLink(3, url, "ben's video", "https://example.com/watch/b1");
    const run = runValidate(ss);
    expect(run.analysis.model.posts.map((p) => p.url)).toEqual([
      "https://example.com/a1",
      "https://example.com/watch/b1",
    ]);
    expect(run.analysis.issues.filter((i) => i.tab === "Content")).toEqual([]);
    expect(ss.calls.byName.get("Range.getRichTextValues")).toBe(1);
  });
});

describe("the KPIs tab", () => {
  it("a tab of the user's called KPIs is never written; the figures go to KPIs (2), every time", () => {
    const ss = spreadsheetOf(FIXTURE);
    ss.addSheet("KPIs", [["my own KPI notes"], ["CTR", 0.02]]);
    installGlobals(ss);
    const first = runCompute(ss);
    expect(first.kpis).toMatchObject({ tab: "KPIs (2)", kept: "KPIs" });
    runCompute(ss);
    expect(
      sheet(ss, "KPIs")
        .values.slice(0, 2)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ["my own KPI notes", ""],
      ["CTR", 0.02],
    ]);
    // The second Compute rewrote KPIs (2), which still holds only what it wrote: no KPIs (3).
    expect(ss.sheets.map((s) => s.name).filter((n) => n.startsWith("KPIs"))).toEqual(["KPIs", "KPIs (2)"]);
    expect(sheet(ss, "KPIs (2)").values.find((r) => r[0] === "Revenue")?.[1]).toBe(240);
  });

  it("one the user typed in after a Compute is kept, and the new figures go to the next tab", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    runCompute(ss);
    const kpis = sheet(ss, "KPIs");
    kpis.values[3]![4] = "why so low?";
    const run = runCompute(ss);
    expect(kpis.values[3]![4]).toBe("why so low?");
    expect(run.kpis).toEqual({ tab: "KPIs (2)", kept: "KPIs", fingerprint: run.kpis.fingerprint });
    const done = say.kpisKept("KPIs", "KPIs (2)");
    expect(done).toBe(
      "The KPIs tab holds edits of yours, so it was left as it is; the new figures are in KPIs (2).",
    );
  });
});

describe("the ledger tab", () => {
  it("is created hidden by the first Compute", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    runCompute(ss);
    const memory = sheet(ss, LEDGER_TAB);
    expect(memory.hidden).toBe(true);
    expect(memory.createdByAddon).toBe(true);
    // Protected with a warning only, once, with a sentence saying what editing it costs.
    expect(memory.protections).toEqual([{ description: say.ledgerProtection, warningOnly: true }]);
    runCompute(ss);
    expect(memory.protections).toHaveLength(1);
  });

  it("a user's tab of the same name is never written, and Compute still works", () => {
    const ss = spreadsheetOf(FIXTURE);
    ss.addSheet(LEDGER_TAB, [["my memories"]]);
    installGlobals(ss);
    runCompute(ss); // the fake throws on a value written into a tab the add-on did not create
    runCompute(ss);
    expect(sheet(ss, LEDGER_TAB).values[0]![0]).toBe("my memories");
    expect(sheet(ss, "Creators").values[1]![colOf(sheet(ss, "Creators"), "cost") - 1]).toBe(525);
  });
});

describe("typedCells: which cells of a computed column Compute did not write", () => {
  const written = new Map([
    [2, "525"],
    [3, "100"],
  ]);
  it("none when each row holds what was written on it, or the rows were swapped", () => {
    expect(typedCells(["Cost", 525, 100], written)).toEqual([]);
    expect(typedCells(["Cost", 100, 525], written)).toEqual([]);
  });
  it("a value written on no row is typed; a blank never is", () => {
    expect(typedCells(["Cost", 525, 90, "", "x"], written)).toEqual([3, 5]);
  });
  it("a written value counts once: a second 525 where 100 was is typed", () => {
    expect(typedCells(["Cost", 525, 525], written)).toEqual([3]);
  });
  it("nothing is typed when there is no ledger of the column", () => {
    expect(typedCells(["Cost", 1, 2], null)).toEqual([]);
  });
});

describe("what a Compute writes back around kept cells, in one setValues per block", () => {
  it("a text that looks like a number stays text, a formula stays a formula, in a de_DE sheet", () => {
    const ss = spreadsheetOf(FIXTURE);
    ss.locale = "de_DE";
    installGlobals(ss);
    runCompute(ss);
    const creators = sheet(ss, "Creators");
    const cost = colOf(creators, "cost");
    // Text "2.5" (a German sheet would read it as 2 May if it were typed again) and a formula.
    creators.userSet(2, cost, "2.5");
    creators.userFormula(3, cost, "=F3*2", 200);
    const run = runCompute(ss);
    expect(creators.values[1]![cost - 1]).toBe("2.5");
    expect(creators.formulas[2]![cost - 1]).toBe("=F3*2");
    expect(codes(run, "typed-in-computed")).toEqual([
      `Creators!${letter(cost)}2`,
      `Creators!${letter(cost)}3`,
    ]);
  });
});

describe("the spreadsheet's settings", () => {
  it("Date cells are read in the spreadsheet's time zone: midnight in Berlin stays the same day", () => {
    const ss = spreadsheetOf(FIXTURE);
    // Apps Script hands a date cell over as the instant of its midnight in the spreadsheet's zone:
    // 5 March 2026 00:00 in Berlin (UTC+1 before the end-of-March switch) is 4 March 23:00 UTC.
    ss.timeZone = "Europe/Berlin";
    sheet(ss, "Content").values[1]![4] = new Date(Date.UTC(2026, 2, 4, 23, 0));
    installGlobals(ss);
    const run = runValidate(ss);
    expect(run.analysis.dataset.posts[0]?.published).toBe("2026-03-05");
  });

  it("text numbers are read in the spreadsheet's locale when the Campaign tab names none", () => {
    const ss = spreadsheetOf(FIXTURE);
    ss.locale = "de_DE";
    // "1.500,5" in German is one thousand five hundred and a half.
    sheet(ss, "Creators").values[1]![5] = "1.500,5";
    installGlobals(ss);
    const run = runValidate(ss);
    expect(run.analysis.dataset.creators[0]?.fee).toBe(1500.5);
  });
});

describe("rowsAround: the rows a computed column's number format covers", () => {
  it("rows 2 to 10 around typed rows 2, 5, 6 and 12 (below the range)", () => {
    expect(rowsAround(2, 10, [6, 5, 2, 12])).toEqual([
      [3, 4],
      [7, 10],
    ]);
  });
  it("the whole span when nothing was typed, nothing when every row was", () => {
    expect(rowsAround(2, 4, [])).toEqual([[2, 4]]);
    expect(rowsAround(2, 3, [2, 3])).toEqual([]);
  });
});
