// Import roster on the fakes: three hand-made campaigns (test/core/compare/fixtures.ts), one of them
// the open spreadsheet and two linked by URL. Figures worked out by hand in the comments.
import { afterEach, describe, expect, it } from "vitest";
import { ROSTER_CSV_HEADER } from "../../core/compare/index.ts";
import type { RawWorkbook } from "../../core/index.ts";
import { importRoster as importRosterMenu, onOpen } from "../../addon/menu.ts";
import { readAll } from "../../addon/read.ts";
import { say } from "../../addon/messages.ts";
import type { Spreadsheet } from "../../addon/service.ts";
import { importRoster, parseLinks, ROSTER_TAB } from "../../addon/roster.ts";
import {
  addRosterImport,
  type FakeSpreadsheet,
  installGlobals,
  spreadsheetWithId,
} from "../support/spreadsheet.ts";
import { syntheticCampaign } from "../bench/synthetic.ts";
import { AUTUMN_25, SPRING_25, SPRING_26 } from "../core/compare/fixtures.ts";

const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;
const S25 = url("spring25");
const A25 = url("autumn25");

function sheetOf(wb: RawWorkbook, id: string): FakeSpreadsheet {
  const ss = spreadsheetWithId(id);
  for (const t of wb.tabs) ss.addSheet(t.name, t.values as unknown[][]);
  return ss;
}

/** Spring 2026 open; Spring 2025 and Autumn 2025 reachable by link. */
function setup(extra: Record<string, FakeSpreadsheet | Error> = {}) {
  const current = sheetOf(SPRING_26, "spring26");
  const others: Record<string, FakeSpreadsheet | Error> = {
    [S25]: sheetOf(SPRING_25, "spring25"),
    [A25]: sheetOf(AUTUMN_25, "autumn25"),
    ...extra,
  };
  const g = installGlobals(current);
  const rec = addRosterImport(g, others);
  const open = rec.openByUrl;
  const read = (s: Spreadsheet) => readAll(s).analysis; // as the menu handler reads
  const run = (links: string[]) => importRoster(current, links, open, read);
  return { current, others, g, rec, run };
}

const rosterValues = (ss: FakeSpreadsheet, name = ROSTER_TAB) => {
  const s = ss.sheets.find((x) => x.name === name)!;
  return s.values.slice(0, s.lastRow()).map((r) => r.slice(0, ROSTER_CSV_HEADER.length));
};

// One row per creator and currency: most campaigns first, then platform:handle.
const HEADER = [...ROSTER_CSV_HEADER];
const ANNA_USD = [
  // @Anna 1000 → 2500 (50 orders), "anna " 1000 → 4000 (80): 2000 → 6500, ROAS 3.25, CPA 2000/130
  "instagram",
  "ANNA",
  "",
  "Spring 2025; Autumn 2025",
  "USD",
  2000,
  6500,
  130,
  3.25,
  15.3846,
  "2.5; 4",
  "20; 12.5",
  "down",
  "renegotiate",
  "R3",
];
const ANNA_EUR = [
  // ANNA 1500 → 1500 (30 orders): ROAS 1, CPA 50; latest 1.0 ≥ break-even → renegotiate
  "instagram",
  "ANNA",
  "",
  "Spring 2026",
  "EUR",
  1500,
  1500,
  30,
  1,
  50,
  "1",
  "50",
  "down",
  "renegotiate",
  "R3",
];
const BOB = [
  // bob 100 (product) → 80 (2 orders), Bob 100 → 150 (3): 200 → 230, ROAS 1.15, CPA 40
  "tiktok",
  "Bob",
  "",
  "Spring 2025; Autumn 2025",
  "USD",
  200,
  230,
  5,
  1.15,
  40,
  "0.8; 1.5",
  "50; 33.3333",
  "up",
  "renegotiate",
  "R3",
];
const DAN_USD = [
  // affiliate 10 % of 1000 = 100 → 1000 (20 orders): ROAS 10, CPA 5
  "tiktok",
  "dan",
  "",
  "Autumn 2025",
  "USD",
  100,
  1000,
  20,
  10,
  5,
  "10",
  "5",
  "flat",
  "rehire",
  "R2",
];
const DAN_EUR = [
  // 10 % of 300 = 30 → 300 (5 orders): ROAS 10, CPA 6; 10 → 10 flat, ≥ 2 everywhere → rehire
  "tiktok",
  "dan",
  "",
  "Spring 2026",
  "EUR",
  30,
  300,
  5,
  10,
  6,
  "10",
  "6",
  "flat",
  "rehire",
  "R2",
];
const EVE = [
  // 50 of product, no sales: ROAS 0 < floor 0.5 → drop; no orders, so no CPA
  "pinterest",
  "eve",
  "",
  "Spring 2026",
  "EUR",
  50,
  0,
  0,
  0,
  "",
  "0",
  "",
  "new",
  "drop",
  "R5",
];
const CARA = [
  // 2000 → 1000 (10 orders): ROAS 0.5 = floor, first campaign → test again; CPA 200
  "youtube",
  "cara",
  "",
  "Spring 2025",
  "USD",
  2000,
  1000,
  10,
  0.5,
  200,
  "0.5",
  "200",
  "new",
  "test again",
  "R4",
];

afterEach(() => {
  delete (globalThis as { __ROSTER_IMPORT__?: boolean }).__ROSTER_IMPORT__;
});

describe("Import roster", () => {
  it("reads this spreadsheet and two linked campaigns into a Roster tab with hand-worked rows", () => {
    const { current, run } = setup();
    const result = run([A25, S25]);
    expect(result).toEqual({ tab: "Roster", creators: 5, campaigns: 3, problems: [] });
    expect(rosterValues(current)).toEqual([HEADER, ANNA_USD, ANNA_EUR, BOB, DAN_USD, DAN_EUR, EVE, CARA]);
    const tab = current.sheets.find((s) => s.name === ROSTER_TAB)!;
    expect(tab.notes[0]![0]).toMatch(
      new RegExp(`^${say.rosterNote.replace(/[.()]/g, "\\$&")}\nCheck: \\S+$`),
    );
    expect(tab.frozenRows).toBe(1);
    // Lists and names are plain text; ROAS shows as a multiple.
    expect(tab.formats[1]![10]).toBe("@");
    expect(tab.formats[1]![8]).toBe('0.00"×"');
  });

  it("one sentence per bad link; the good ones are still imported", () => {
    const noAccess = url("private");
    const notCampaign = url("budget");
    const budget = spreadsheetWithId("budget");
    budget.addSheet("Budget", [["Line", "Amount"]]);
    const { current, run } = setup({
      [noAccess]: new Error("You do not have permission to access the requested document."),
      [notCampaign]: budget,
    });
    const result = run(["www.example.com/sheet", noAccess, notCampaign, S25]);
    expect(result.problems).toEqual([
      '"www.example.com/sheet" is not a Google Sheets link (https://docs.google.com/spreadsheets/d/…), so it was left out.',
      `${noAccess} could not be opened (You do not have permission to access the requested document); check the link and that you can open it, then try again.`,
      `${notCampaign} has no Creators tab, so it is not a campaign spreadsheet and was left out.`,
    ]);
    // Spring 2025 and Spring 2026. anna's latest ROAS is Spring 2026's 1500/1500 = 1.0:
    // ≥ break-even, < 2 → renegotiate on both her currency rows. Then one-campaign creators by key.
    expect(result).toMatchObject({ tab: "Roster", creators: 5, campaigns: 2 });
    expect(
      rosterValues(current)
        .slice(1)
        .map((r) => [r[1], r[4], r[3], r[13]]),
    ).toEqual([
      ["ANNA", "USD", "Spring 2025", "renegotiate"],
      ["ANNA", "EUR", "Spring 2026", "renegotiate"],
      ["eve", "EUR", "Spring 2026", "drop"], // ROAS 0
      ["bob", "USD", "Spring 2025", "test again"], // 80/100 = 0.8 ≥ 0.5, first campaign → R4
      ["dan", "EUR", "Spring 2026", "rehire"], // 10
      ["cara", "USD", "Spring 2025", "test again"], // 0.5, first campaign → R4
    ]);
  });

  it("never writes to input cells of any spreadsheet, and leaves the linked ones untouched", () => {
    const { current, others, run } = setup();
    const before = Object.values(others).map((o) => (o as FakeSpreadsheet).state());
    const inputs = () =>
      JSON.stringify(current.sheets.filter((s) => s.name !== ROSTER_TAB).map((s) => s.values));
    const mine = inputs();
    run([S25, A25]); // the fake throws on any write into input cells
    expect(Object.values(others).map((o) => (o as FakeSpreadsheet).state())).toEqual(before);
    expect(inputs()).toBe(mine);
  });

  it("re-running replaces our Roster tab rather than adding another, dropping stale rows", () => {
    const { current, run } = setup();
    run([S25, A25]);
    const result = run([S25]); // Autumn 2025 left out this time: dan's USD row goes
    expect(result.tab).toBe("Roster");
    expect(current.sheets.filter((s) => s.name.startsWith("Roster")).map((s) => s.name)).toEqual(["Roster"]);
    expect(rosterValues(current)).toHaveLength(1 + 6);
    expect(rosterValues(current).some((r) => r[1] === "dan" && r[4] === "USD")).toBe(false);
  });

  it("a Roster tab the user made is left alone: the roster goes to Roster (2)", () => {
    const { current, run } = setup();
    current.addSheet("Roster", [["my own list"], ["keep me"]]);
    expect(run([S25]).tab).toBe("Roster (2)");
    expect(
      current.sheets
        .find((s) => s.name === "Roster")!
        .values.slice(0, 2)
        .map((r) => r[0]),
    ).toEqual(["my own list", "keep me"]);
    expect(rosterValues(current, "Roster (2)")[0]).toEqual(HEADER);
    // Again: Roster (2) is ours now and is rewritten, not Roster (3).
    expect(run([S25]).tab).toBe("Roster (2)");
    expect(current.sheets.map((s) => s.name).filter((n) => n.startsWith("Roster"))).toEqual([
      "Roster",
      "Roster (2)",
    ]);
  });

  it("our Roster tab someone typed in is kept as it is: the next import goes to Roster (2)", () => {
    const { current, run } = setup();
    run([S25]);
    const ours = current.sheets.find((s) => s.name === "Roster")!;
    ours.values[1]![15] = "called her on Monday";
    expect(run([S25]).tab).toBe("Roster (2)");
    expect(ours.values[1]![15]).toBe("called her on Monday");
    // Roster (2) is untouched since, so the next import rewrites it.
    expect(run([S25]).tab).toBe("Roster (2)");
  });

  it("splits pasted links on commas, semicolons, spaces and new lines, each once", () => {
    expect(parseLinks(` ${S25},${A25}\n${S25} ; x `)).toEqual([S25, A25, "x"]);
    // The open spreadsheet's own link is not read twice.
    const { run } = setup();
    expect(run([url("spring26"), S25])).toMatchObject({ campaigns: 2, problems: [] });
  });
});

describe("Import roster on big campaigns", () => {
  it("makes as many service calls on this spreadsheet for 4,000 creators as for 1,500", () => {
    const calls = (creators: number) => {
      const wb = syntheticCampaign({ posts: 2 * creators, creators, conversions: creators });
      const { current, run } = setup({ [url("other")]: sheetOf(wb, "other") });
      current.calls.count = 0;
      const result = run([url("other")]);
      expect(result.creators).toBeGreaterThan(1000); // more rows than a new tab has
      return current.calls.count;
    };
    // Both outgrow the new tab's 1,000 rows, so both add rows once.
    expect(calls(4000)).toBe(calls(1500));
  });
});

describe("Import roster menu", () => {
  it("is in the menu only in a build made with --with-roster-import", () => {
    const { g } = setup();
    onOpen();
    expect(g.ui.menus[0]!.items.map((i) => i.fn)).not.toContain("importRoster");
    (globalThis as { __ROSTER_IMPORT__?: boolean }).__ROSTER_IMPORT__ = true;
    onOpen();
    expect(g.ui.menus[1]!.items.at(-1)).toEqual({ caption: "Import roster…", fn: "importRoster" });
  });

  it("prompts for links, imports, and lists the problems in one alert", () => {
    const current = sheetOf(SPRING_26, "spring26");
    const g = installGlobals(current);
    const rec = addRosterImport(g, { [S25]: sheetOf(SPRING_25, "spring25") }, [
      { button: "OK", text: `${S25}\n${url("gone")}` },
    ]);
    importRosterMenu();
    expect(rec.prompts).toEqual([say.rosterPrompt]);
    expect(rec.opened).toEqual([S25, url("gone")]);
    expect(g.ui.alerts).toHaveLength(1);
    expect(g.ui.alerts[0]!.split("\n\n")).toEqual([
      "Roster lists 5 creators from 2 campaigns.",
      say.rosterUnreachable(
        url("gone"),
        "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
      ),
    ]);
  });

  it("Cancel writes nothing", () => {
    const current = sheetOf(SPRING_26, "spring26");
    const g = installGlobals(current);
    const rec = addRosterImport(g, {}, [{ button: "CANCEL", text: S25 }]);
    const before = current.state();
    importRosterMenu();
    expect(rec.opened).toEqual([]);
    expect(current.state()).toBe(before);
    expect(current.toasts).toEqual([]);
  });

  it("all links fine: a toast, no alert", () => {
    const current = sheetOf(SPRING_26, "spring26");
    const g = installGlobals(current);
    addRosterImport(g, { [S25]: sheetOf(SPRING_25, "spring25") }, [{ button: "OK", text: S25 }]);
    importRosterMenu();
    expect(g.ui.alerts).toEqual([]);
    expect(current.toasts).toEqual(["Roster lists 5 creators from 2 campaigns."]);
  });
});
