// The path a marketer takes: Compute KPIs in Sheets, then File → Download → .xlsx
// and `postmortem report` on that file. The export carries everything the add-on
// wrote (computed columns, the KPIs tab, the hidden ledger tab); the generator
// must read the same campaign from it as from the sheet before Compute.
import { describe, expect, it } from "vitest";
import { analyze, type RawWorkbook } from "../../core/index.ts";
import { COMPUTED } from "../../addon/columns.ts";
import { runCompute, runValidate } from "../../addon/run.ts";
import { insertSample } from "../../addon/template.ts";
import { LEDGER_TAB } from "../../addon/ledger.ts";
import { FakeSpreadsheet, installGlobals } from "../support/spreadsheet.ts";

const exported = (ss: FakeSpreadsheet): RawWorkbook => ({
  tabs: ss.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) })),
});

describe("a sheet exported after Compute KPIs", () => {
  const ss = new FakeSpreadsheet();
  installGlobals(ss);
  insertSample(ss);
  const before = runValidate(ss).analysis;
  runCompute(ss);
  runCompute(ss); // the second run, as people click it twice
  const after = analyze(exported(ss));

  it("holds the add-on's columns and tabs (so this test reads what it claims to)", () => {
    expect(ss.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["KPIs", LEDGER_TAB]));
    for (const tab of ["creators", "content", "products"] as const) {
      const name = tab[0]!.toUpperCase() + tab.slice(1);
      const header = ss.sheets.find((s) => s.name === name)!.values[0]!;
      expect(header).toEqual(expect.arrayContaining(COMPUTED[tab].map((c) => c.label)));
    }
  });

  it("gives the generator the same findings as the sheet before Compute", () => {
    expect(after.issues).toEqual(before.issues);
  });

  it("gives the generator the same KPIs as the sheet before Compute", () => {
    expect(after.model).toEqual(before.model);
    // The sample's headline figures (README): revenue 201,939 on a cost of 113,101.
    expect(Math.round(after.model.totals.revenue ?? Number.NaN)).toBe(201939);
    expect(Math.round(after.model.totals.total_cost)).toBe(113101);
  });
});
