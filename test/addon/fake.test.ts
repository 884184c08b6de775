// The fake behaves as Sheets does where the add-on depends on it: typed input by locale,
// typed getValues, bounds, sheet-name case, formulas apart from values, and costs.
import { describe, expect, it } from "vitest";
import { COST_MS, FakeSpreadsheet, typedInput, zonedMidnight } from "../support/spreadsheet.ts";

const berlin = (y: number, m: number, d: number) => zonedMidnight(y, m, d, "Europe/Berlin");

describe("strings written are read like typed input", () => {
  it("in en_US: 2.5 and 5.10 are numbers, 1,500 is 1500, 12% is 0.12, 3/5/2026 is 5 March", () => {
    const read = (s: string) => typedInput(s, "en_US", "Etc/UTC").value;
    expect(read("2.5")).toBe(2.5);
    expect(read("5.10")).toBe(5.1);
    expect(read("1,500")).toBe(1500);
    expect(read("12%")).toBe(0.12);
    expect(read("3/5/2026")).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(read("2026-03-05")).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(read("TRUE")).toBe(true);
    expect(read("ANNA10")).toBe("ANNA10");
  });

  it("in de_DE: 2.5 is 2 May and 5.10 is 5 October (midnight in Berlin), 1.500,5 is 1500.5", () => {
    const read = (s: string) => typedInput(s, "de_DE", "Europe/Berlin").value;
    expect(read("2.5")).toEqual(berlin(2026, 5, 2));
    expect(read("5.10")).toEqual(berlin(2026, 10, 5));
    expect(read("1.500,5")).toBe(1500.5);
    expect(read("2,5")).toBe(2.5);
    // Midnight of 5 March in Berlin (UTC+1) is 4 March 23:00 UTC.
    expect(read("2026-03-05")).toEqual(new Date(Date.UTC(2026, 2, 4, 23)));
  });

  it("an apostrophe keeps text, = makes a formula, and the @ format keeps the string as it is", () => {
    const ss = new FakeSpreadsheet();
    const s = ss.insertSheet("Scratch", 0);
    s.getRange(1, 1, 1, 3).setValues([["'0815", "=1+1", "0815"]]);
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([["0815", "", 815]]);
    expect(s.getRange(1, 1, 1, 3).getFormulas()).toEqual([["", "=1+1", ""]]);
    s.getRange(2, 1, 1, 2).setNumberFormat("@");
    s.getRange(2, 1, 1, 2).setValues([["=1+1", "0815"]]);
    expect(s.getRange(2, 1, 1, 2).getValues()).toEqual([["=1+1", "0815"]]);
    expect(s.getRange(2, 1, 1, 2).getFormulas()).toEqual([["", ""]]);
  });

  it("getValues hands back copies: a Date read can be changed without changing the cell", () => {
    const ss = new FakeSpreadsheet();
    const s = ss.insertSheet("Scratch", 0);
    s.getRange(1, 1).setValues([[new Date(Date.UTC(2026, 2, 5))]]);
    (s.getRange(1, 1).getValues()[0]![0] as Date).setUTCFullYear(1999);
    expect(s.getRange(1, 1).getValues()).toEqual([[new Date(Date.UTC(2026, 2, 5))]]);
  });
});

describe("number formats", () => {
  it('getNumberFormats has the range\'s shape: the pattern set, else ""', () => {
    const ss = new FakeSpreadsheet();
    const s = ss.insertSheet("Scratch", 0);
    s.getRange(2, 2).setNumberFormat("[$€-407]#,##0");
    expect(s.getRange(1, 1, 3, 2).getNumberFormats()).toEqual([
      ["", ""],
      ["", "[$€-407]#,##0"],
      ["", ""],
    ]);
  });
});

describe("the grid and the names", () => {
  it("a range outside the grid, or of no rows, throws as Sheets does", () => {
    const ss = new FakeSpreadsheet();
    const s = ss.insertSheet("Scratch", 0);
    expect(() => s.getRange(1001, 1)).toThrow(/outside the dimensions/);
    expect(() => s.getRange(1, 27)).toThrow(/outside the dimensions/);
    expect(() => s.getRange(0, 1)).toThrow(/outside the dimensions/);
    expect(() => s.getRange(2, 1, 0, 1)).toThrow(/at least 1/);
    expect(() => s.getRange("A1:A1001")).toThrow(/outside the dimensions/);
    expect(s.getRange("Z1000").getColumn()).toBe(26);
  });

  it("sheet names are unique ignoring case, and found ignoring case", () => {
    const ss = new FakeSpreadsheet();
    const kpis = ss.insertSheet("KPIs", 0);
    expect(() => ss.insertSheet("kpis", 1)).toThrow(/already exists/);
    expect(ss.getSheetByName("KPIS")).toBe(kpis);
  });
});

describe("the cost model", () => {
  it("a read after writes pays a flush; reads in a row do not", () => {
    const ss = new FakeSpreadsheet();
    const s = ss.insertSheet("Scratch", 0);
    ss.calls.reset();
    const r = s.getRange(1, 1, 10, 10);
    r.setValues(Array.from({ length: 10 }, () => Array<number>(10).fill(1)));
    r.getValues();
    r.getValues();
    expect(ss.calls.byKind.get("flush")).toBe(1);
    // One getRange, one write of 100 cells, a flush, two reads of 100 cells.
    const ms =
      COST_MS.lookup +
      COST_MS.write +
      100 * COST_MS.writePerCell +
      COST_MS.flush +
      2 * (COST_MS.read + 100 * COST_MS.readPerCell);
    expect(ss.calls.ms).toBeCloseTo(ms, 9);
  });
});
