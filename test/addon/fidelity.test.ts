// The add-on as Sheets will run it: a document lock, custom functions that keep a range's
// shape and read text in the spreadsheet's locale, dates in the sheet's zone, one read per action.
import { beforeEach, describe, expect, it } from "vitest";
import { CPM, CREATOR_TIER, ENGAGEMENT_RATE, ROAS } from "../../addon/functions.ts";
import { reportHtml, reportText, runDiagnostics } from "../../addon/diagnostics.ts";
import { computeKpis, diagnostics, openSidebar, validate } from "../../addon/menu.ts";
import { say } from "../../addon/messages.ts";
import { runValidate } from "../../addon/run.ts";
import type { SidebarData } from "../../addon/sidebar.ts";
import { FakeSpreadsheet, installGlobals } from "../support/spreadsheet.ts";
import { FIXTURE, spreadsheetOf } from "./fixture.ts";

const sheet = (ss: FakeSpreadsheet, name: string) => ss.sheets.find((s) => s.name === name)!;
/** The JSON sidebar.html was given, as the page holds it. */
const embedded = (html: string) =>
  /<script type="application\/json" id="data">(.*?)<\/script>/s.exec(html)?.[1] ?? "";

describe("the document lock", () => {
  it("Validate and Compute hold it while they run and release it", () => {
    const ss = spreadsheetOf(FIXTURE);
    const g = installGlobals(ss);
    validate();
    computeKpis();
    expect(g.ui.alerts).toEqual([]);
    expect(ss.calls.byName.get("Lock.tryLock")).toBe(2);
    expect(ss.calls.byName.get("Lock.releaseLock")).toBe(2);
    expect(g.lock.hasLock()).toBe(false);
  });

  it("while a collaborator's run holds it, Compute writes nothing and says why", () => {
    const ss = spreadsheetOf(FIXTURE);
    const g = installGlobals(ss);
    ss.lockedByOther = true;
    const before = ss.state();
    computeKpis();
    expect(ss.state()).toBe(before);
    expect(g.ui.alerts).toEqual([say.failed(say.menu.computeKpis, say.busy)]);
  });
});

describe("custom functions", () => {
  beforeEach(() => installGlobals(new FakeSpreadsheet()));

  it("keep a range's shape: 2 × 3 in, 2 × 3 out; a single value is repeated over the range", () => {
    // cost / impressions × 1000.
    expect(
      CPM(
        [
          [10, 20, 30],
          [40, 50, 60],
        ],
        [
          [1000, 2000, 3000],
          [4000, 5000, 0],
        ],
      ),
    ).toEqual([
      [10, 10, 10],
      [10, 10, ""],
    ]);
    expect(ROAS([[100, 300]], 50)).toEqual([[2, 6]]);
    expect(CREATOR_TIER([[5000, 50000]])).toEqual([["nano", "micro"]]);
  });

  it("read text numbers in the spreadsheet's locale", () => {
    const de = new FakeSpreadsheet();
    de.locale = "de_DE";
    installGlobals(de);
    // 400 / 1,500.5 engagements over impressions.
    expect(ENGAGEMENT_RATE("400", "1.500,5") as number).toBeCloseTo(400 / 1500.5, 12);
    // Thresholds in German: 10.000 is ten thousand, so 9,999 is nano and 950,000 mega.
    const t = "10.000; 100.000; 500.000; 900.000";
    expect(CREATOR_TIER([[9999], [950_000]], t)).toEqual([["nano"], ["mega"]]);
    expect(() => CREATOR_TIER(5000, "ten, twenty")).toThrow(say.tierThresholdsNeeded);
  });
});

describe("dates in findings", () => {
  it("are the day in the spreadsheet's zone: midnight of 5 March in Berlin is shown as 2026-03-05", () => {
    const ss = spreadsheetOf(FIXTURE);
    ss.timeZone = "Europe/Berlin";
    // A date in Creators!D2 (Followers): 5 March 00:00 in Berlin = 4 March 23:00 UTC.
    sheet(ss, "Creators").values[1]![3] = new Date(Date.UTC(2026, 2, 4, 23));
    installGlobals(ss);
    const issue = runValidate(ss).analysis.issues.find((i) => i.cell === "Creators!D2");
    expect(issue?.message).toContain("2026-03-05");
  });
});

describe("the sidebar", () => {
  it("gets what Validate read, with no second read; Compute refreshes it", () => {
    const ss = spreadsheetOf(FIXTURE);
    const g = installGlobals(ss);
    ss.calls.reset();
    runValidate(ss);
    const reads = ss.calls.byName.get("Sheet.getDataRange");
    ss.calls.reset();
    validate();
    expect(ss.calls.byName.get("Sheet.getDataRange")).toBe(reads);
    const shown = () => JSON.parse(embedded(g.ui.shown.at(-1)!.html)) as SidebarData;
    // The fixture: 2 creators, 2 posts.
    expect(shown()).toMatchObject({ creators: 2, posts: 2, campaign: "Test launch" });
    computeKpis();
    expect(g.ui.shown.length).toBe(2);
    openSidebar();
    expect(g.ui.shown.length).toBe(3);
    expect(shown().headline.length).toBeGreaterThan(0);
  });

  it("embeds its data so no text of the user's can close the script element", () => {
    const wb = structuredClone(FIXTURE);
    wb.tabs[0]!.values[1]![1] = "</script><b>x";
    const ss = spreadsheetOf(wb);
    const g = installGlobals(ss);
    openSidebar();
    const json = embedded(g.ui.shown.at(-1)!.html);
    expect(json).not.toContain("<");
    expect((JSON.parse(json) as SidebarData).campaign).toBe("</script><b>x");
  });
});

describe("Diagnostics", () => {
  it("passes every check on the fake, in en_US/UTC and de_DE/Berlin, and deletes its tab", () => {
    for (const [locale, zone] of [
      ["en_US", "Etc/UTC"],
      ["de_DE", "Europe/Berlin"],
    ] as const) {
      const ss = spreadsheetOf(FIXTURE);
      ss.locale = locale;
      ss.timeZone = zone;
      installGlobals(ss);
      const names = ss.sheets.map((s) => s.name);
      const checks = runDiagnostics(ss);
      expect(
        checks.filter((c) => c.ok === false),
        locale,
      ).toEqual([]);
      expect(checks.map((c) => c.name)).toEqual([
        say.diag.settings,
        say.diag.intlLocale,
        say.diag.intlZone,
        say.diag.nameCase,
        say.diag.ratios,
        say.diag.timing,
        say.diag.atFormat,
        say.diag.apostrophe,
        say.diag.dates,
      ]);
      expect(checks.find((c) => c.name === say.diag.nameCase)?.detail).toBe(say.diag.nameCaseDetail(true));
      expect(ss.sheets.map((s) => s.name)).toEqual(names);
    }
  });

  it("reports a failed check with what was read back, and the dialog escapes it", () => {
    const ss = spreadsheetOf(FIXTURE);
    installGlobals(ss);
    // A sheet where the "@" format would not stop a formula: the fake stores "=1+1" as a formula.
    const insert = ss.insertSheet.bind(ss);
    ss.insertSheet = (name: string, index?: number) => {
      const s = insert(name, index);
      s.put = (row, col, v) => {
        s.values[row - 1]![col - 1] = v === "=1+1" ? 2 : v;
        s.formulas[row - 1]![col - 1] = v === "=1+1" ? "=1+1" : "";
      };
      return s;
    };
    const text = reportText(runDiagnostics(ss));
    expect(text).toContain(`✗ ${say.diag.atFormat}: ${say.diag.found([2, "0815"], ["=1+1", ""])}`);
    expect(reportHtml("<b>")).toContain("&lt;b&gt;");
  });

  it("the menu item shows the report in a dialog offering to copy it", () => {
    const ss = spreadsheetOf(FIXTURE);
    const g = installGlobals(ss);
    diagnostics();
    expect(g.ui.alerts).toEqual([]);
    expect(g.ui.dialogs).toEqual([say.diag.header("Campaign Post-mortem")]);
    expect(g.ui.shown.at(-1)!.html).toContain(say.diag.copy);
    expect(g.ui.shown.at(-1)!.html).toContain(`✓ ${say.diag.ratios}`);
  });
});
