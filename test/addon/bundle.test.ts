// The file clasp pushes, loaded in a bare node:vm context holding only the fakes.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC } from "../../addon/public.ts";
import { buildAddon, ROSTER_IMPORT_SCOPE, SCOPES } from "../../scripts/build-addon.ts";
import { AUTUMN_25, SPRING_26 } from "../core/compare/fixtures.ts";
import {
  addPrompts,
  addRosterImport,
  contextGlobals,
  FakeSpreadsheet,
  fakeGlobals,
  zonedMidnight,
} from "../support/spreadsheet.ts";
import { FIXTURE, spreadsheetOf } from "./fixture.ts";

let dir = "";
let code = "";
beforeAll(async () => {
  dir = await buildAddon(mkdtempSync(join(tmpdir(), "addon-build-")));
  code = readFileSync(join(dir, "Code.js"), "utf8");
}, 60_000);

describe("built bundle", () => {
  it("uses nothing Apps Script lacks", () => {
    for (const banned of ["require(", "process.", "Buffer", "fetch("]) expect(code).not.toContain(banned);
    // An import statement or a dynamic import(); the word in the add-on's sentences is fine.
    expect(code).not.toMatch(/^\s*import(\s+[\w{*]|\s*["'])|\bimport\(/m);
  });

  it("has exactly the two scopes, V8, and the sidebar", () => {
    const manifest = JSON.parse(readFileSync(join(dir, "appsscript.json"), "utf8"));
    expect(manifest.oauthScopes).toEqual(SCOPES);
    expect(manifest.runtimeVersion).toBe("V8");
    expect(readFileSync(join(dir, "sidebar.html"), "utf8")).toContain("google.script.run");
  });

  it("defines every public name at top level; onOpen builds the menu and Compute KPIs runs", () => {
    const ss = spreadsheetOf(FIXTURE);
    const g = fakeGlobals(ss);
    const context = vm.createContext(contextGlobals(g));
    vm.runInContext(code, context);
    for (const name of Object.keys(PUBLIC)) expect(typeof context[name], name).toBe("function");
    for (const name of ["ENGAGEMENT_RATE", "CPM", "CPE", "ROAS", "ROI", "CREATOR_TIER"])
      expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
    context.onOpen({ authMode: "NONE" });
    const items = g.ui.menus[0]!.items.map((i) => i.fn);
    expect(items).toEqual([
      "createTemplate",
      "insertSampleData",
      "importPastedExport",
      "validate",
      "computeKpis",
      "clearMarks",
      "openSidebar",
      "diagnostics",
    ]);
    context.validate();
    context.computeKpis();
    expect(g.ui.alerts).toEqual([]);
    expect(ss.sheets.some((s) => s.name === "KPIs")).toBe(true);
    // anna's post: 300 + 50 + 30 + 20 engagements = 400, in the first computed column (N = 14).
    expect(ss.sheets.find((s) => s.name === "Content")!.values[1]![13]).toBe(400);
    // Diagnostics through its top-level stub: the dialog, and its temporary tab gone again.
    ss.DateClass = vm.runInContext("Date", context);
    const tabs = ss.sheets.length;
    context.diagnostics();
    expect(g.ui.alerts).toEqual([]);
    expect(g.ui.dialogs).toEqual(["Campaign Post-mortem diagnostics"]);
    expect(g.ui.shown.at(-1)!.html).not.toContain("✗");
    expect(ss.sheets.length).toBe(tabs);
    // 400 / 10,000 = 0.04, through the top-level custom function.
    expect(context.ENGAGEMENT_RATE(400, 10000)).toBeCloseTo(0.04, 12);
  });

  it("computes the same KPIs where code generation is refused (records made field by field)", () => {
    const ss = spreadsheetOf(FIXTURE);
    const g = fakeGlobals(ss);
    const context = vm.createContext(contextGlobals(g), { codeGeneration: { strings: false } });
    vm.runInContext(code, context);
    expect(() => vm.runInContext("new Function('return 1')", context)).toThrow();
    context.computeKpis();
    expect(g.ui.alerts).toEqual([]);
    // anna's post: 300 + 50 + 30 + 20 engagements = 400, as with compiled records.
    expect(ss.sheets.find((s) => s.name === "Content")!.values[1]![13]).toBe(400);
  });

  it("Insert sample data in the bundle writes templates/sample/*.csv, inlined at build time", () => {
    const ss = new FakeSpreadsheet();
    const g = fakeGlobals(ss);
    const context = vm.createContext(contextGlobals(g));
    vm.runInContext(code, context);
    ss.DateClass = vm.runInContext("Date", context);
    context.insertSampleData();
    expect(g.ui.alerts).toEqual([]);
    const tab = (name: string) => ss.sheets.find((s) => s.name === name)!;
    // templates/sample/Creators.csv: a header and 41 creators; Content.csv: a header and 99 posts.
    expect(tab("Creators").lastRow()).toBe(42);
    expect(tab("Content").lastRow()).toBe(100);
    // Campaign.csv row 2.
    expect(tab("Campaign").values[1]!.slice(0, 2)).toEqual([
      "Campaign name",
      "Daybreak Serum Launch - Spring 2026",
    ]);
    expect(code).not.toContain("csv-parse");
  });

  it("Import pasted export in the bundle: the active tab's Shopify paste becomes Conversions rows", () => {
    const ss = spreadsheetOf(FIXTURE);
    ss.inputWrites = true;
    const g = fakeGlobals(ss);
    addPrompts(g, [{ button: "OK", text: "" }]);
    const context = vm.createContext(contextGlobals(g));
    vm.runInContext(code, context);
    ss.DateClass = vm.runInContext("Date", context);
    const file = new URL("../fixtures/imports/shopify-orders.csv", import.meta.url);
    const orders = ss.addSheet("Orders");
    readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .forEach((line, r) => {
        line.split(",").forEach((text, c) => {
          orders.userType(r + 1, c + 1, text);
        });
      });
    ss.active = orders;
    context.importPastedExport();
    expect(g.ui.alerts).toHaveLength(1);
    expect(g.ui.alerts[0]).toMatch(/^Imported tab "Orders"\./);
    const conv = ss.sheets.find((s) => s.name === "Conversions")!;
    // The fixture's own sale on row 2, then the five rows of the export; #1007 (no code, 54) last.
    expect(conv.lastRow()).toBe(7);
    const last = conv.values[6]!;
    expect(last.slice(3, 7)).toEqual(["QM-DAY-50", 1, 1, 54]);
    expect((last[0] as Date).getTime()).toBe(zonedMidnight(2026, 3, 6, "Etc/UTC").getTime());
    expect(Object.prototype.toString.call(last[0])).toBe("[object Date]");
  });
});

describe("built bundle with --with-roster-import", () => {
  let rdir = "";
  let rcode = "";
  beforeAll(async () => {
    rdir = await buildAddon(mkdtempSync(join(tmpdir(), "addon-build-roster-")), { rosterImport: true });
    rcode = readFileSync(join(rdir, "Code.js"), "utf8");
  }, 60_000);

  it("asks for the full spreadsheets scope on top of the two; the default build does not", () => {
    const manifest = JSON.parse(readFileSync(join(rdir, "appsscript.json"), "utf8"));
    expect(manifest.oauthScopes).toEqual([...SCOPES, ROSTER_IMPORT_SCOPE]);
    expect(SCOPES).not.toContain(ROSTER_IMPORT_SCOPE);
    // Same code but the one constant: the size stays within a few bytes of the default build.
    expect(Math.abs(rcode.length - code.length)).toBeLessThan(100);
  });

  it("shows Import roster… last in the menu, and its top-level handler writes the Roster tab", () => {
    const ss = spreadsheetOf(SPRING_26);
    const g = fakeGlobals(ss);
    const other = spreadsheetOf(AUTUMN_25);
    const link = "https://docs.google.com/spreadsheets/d/autumn/edit";
    addRosterImport(g, { [link]: other }, [{ button: "OK", text: link }]);
    const context = vm.createContext(contextGlobals(g));
    vm.runInContext(rcode, context);
    context.onOpen({ authMode: "NONE" });
    expect(g.ui.menus[0]!.items.at(-1)).toEqual({ caption: "Import roster…", fn: "importRoster" });
    context.importRoster();
    expect(g.ui.alerts).toEqual([]);
    // anna, Bob and dan (Autumn 2025), anna and dan again plus eve (Spring 2026): 4 creators.
    expect(ss.toasts).toEqual(["Roster lists 4 creators from 2 campaigns."]);
    const roster = ss.sheets.find((s) => s.name === "Roster")!;
    // dan: 1000/100 = 10 then 300/30 = 10 → rehire; first in the tab? anna and dan have two
    // campaigns: instagram:anna sorts first.
    expect(roster.values[1]!.slice(0, 5)).toEqual(["instagram", "ANNA", "", "Autumn 2025", "USD"]);
  });
});
