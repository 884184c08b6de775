// Cell values as the template reads them: every accepted form, cell by cell, and a few
// through the whole pipeline to see where the finding lands.
import { describe, expect, it } from "vitest";
import {
  type CellResult,
  enumLookup,
  readContext,
  readDate,
  readEnum,
  readNumber,
  readRate,
  readTags,
  readText,
  readUrl,
  TABS,
} from "../../core/index.ts";
import { brief, findings, minimalTabs, run } from "./helpers.ts";

const en = readContext("en");
const da = readContext("da");

const value = <T>(r: CellResult<T>) => (r.kind === "ok" ? r.value : r.kind);
const code = <T>(r: CellResult<T>) =>
  r.kind === "error" ? r.problem.code : r.kind === "ok" ? r.warning?.code : "blank";
const count = (raw: unknown, ctx = en) => readNumber(raw, ctx, true);
const money = (raw: unknown, ctx = en) => readNumber(raw, ctx, false);

describe("numbers", () => {
  it.each([
    [1234, 1234],
    [0, 0],
    ["1234", 1234],
    ["1,234", 1234],
    ["1,234,567", 1234567],
    ["$1,234.50", 1234.5],
    ["€ 99", 99],
    ["99 €", 99],
    ["USD 1,200", 1200],
    ["1,200 USD", 1200],
    ["12 500", 12500],
    ["12\u00A0500", 12500], // no-break space, as Sheets formats in many locales
    ["12\u202F500", 12500], // narrow no-break space
    ["(12)", -12],
    [" 42 ", 42],
    // Indian grouping: 12 lakh 34 thousand 567; one lakh; one crore 23 lakh … and a half.
    ["12,34,567", 1234567],
    ["₹1,00,000", 100000],
    ["1,23,45,678.50", 12345678.5],
  ])("reads %j as %j", (raw, expected) => {
    expect(value(count(raw))).toBe(expected);
    expect(value(money(raw))).toBe(expected);
  });

  it.each([
    ["1.2k", 1200],
    ["1.2K", 1200],
    ["3M", 3_000_000],
    ["3m", 3_000_000],
    ["2b", 2_000_000_000],
    ["48k", 48_000],
  ])("k/m/b suffixes for counts: %j = %j", (raw, expected) => {
    expect(value(count(raw))).toBe(expected);
  });

  it.each(["1.2k", "3M", "$2b"])("no suffixes for money: %j is not a number", (raw) => {
    expect(code(money(raw))).toBe("not-a-number");
  });

  it("decimal comma by the campaign locale", () => {
    expect(value(count("1.234,5", da))).toBe(1234.5);
    expect(value(money("kr 1.234,50", da))).toBe(1234.5);
    expect(value(money("1.234,50 kr.", da))).toBe(1234.5);
    // `1,5`: a decimal comma in da; en has no decimal comma, but a lone comma that
    // cannot be a thousands separator is read as the decimal mark there too.
    expect(value(count("1,5", da))).toBe(1.5);
    expect(value(count("1,5", en))).toBe(1.5);
    // Where both readings fit, the locale decides.
    expect(value(count("1,500", en))).toBe(1500);
    expect(value(count("1,500", da))).toBe(1.5);
    expect(value(count("1.500", en))).toBe(1.5);
    expect(value(count("1.500", da))).toBe(1500);
    expect(value(count("1,2k", da))).toBe(1200);
  });

  it.each([
    "twelve thousand",
    "12 apples",
    "1,2,3",
    "1,23,4567",
    "12,3,456",
    "1..2",
    "--5",
    "#",
    "1/2",
    "12-500",
  ])("%j is not a number", (raw) => {
    expect(code(count(raw))).toBe("not-a-number");
  });

  it("non-finite numbers, booleans and dates are not numbers", () => {
    expect(code(count(Number.NaN))).toBe("not-a-number");
    expect(code(count(Number.POSITIVE_INFINITY))).toBe("not-a-number");
    expect(code(count(true))).toBe("not-a-number");
    expect(code(count(new Date(Date.UTC(2026, 2, 1))))).toBe("not-a-number");
  });

  it("blank cells are blank", () => {
    for (const raw of ["", "   ", null, undefined]) expect(count(raw).kind).toBe("blank");
  });
});

describe("rates", () => {
  it.each([
    [0.035, 0.035],
    [0, 0],
    [1, 1],
    ["0.15", 0.15],
    ["3.5%", 0.035],
    ["3.5 %", 0.035],
    ["100%", 1],
    ["0%", 0],
  ])("%j is the fraction %j", (raw, expected) => {
    const r = readRate(raw, en);
    expect(r.kind).toBe("ok");
    expect(value(r) as number).toBeCloseTo(expected, 12);
    expect(code(r)).toBeUndefined();
  });

  it("a number in (1, 100] is percent points, with a warning", () => {
    const r = readRate(3.5, en);
    expect(value(r) as number).toBeCloseTo(0.035, 12);
    expect(code(r)).toBe("percent-points");
    expect(value(readRate(100, en))).toBe(1);
    expect(code(readRate("15", en))).toBe("percent-points");
  });

  it.each([150, 100.5, -0.1, "150%", "-5%"])("%j is out of range", (raw) => {
    expect(code(readRate(raw, en))).toBe("out-of-range");
  });

  it("3,5% in da", () => {
    expect(value(readRate("3,5%", da)) as number).toBeCloseTo(0.035, 12);
  });
});

describe("dates", () => {
  it("a Date cell is its calendar date in the spreadsheet's zone, never shifted", () => {
    // exceljs and the CSV path: UTC midnight.
    expect(value(readDate(new Date(Date.UTC(2026, 2, 1)), en))).toBe("2026-03-01");
    // Apps Script: midnight in the spreadsheet's zone (Copenhagen is UTC+1 on 1 March).
    const cph = readContext("en", "Europe/Copenhagen");
    expect(value(readDate(new Date("2026-02-28T23:00:00Z"), cph))).toBe("2026-03-01");
    const ny = readContext("en", "America/New_York");
    expect(value(readDate(new Date("2026-03-01T05:00:00Z"), ny))).toBe("2026-03-01");
    // A date with a time of day keeps its day.
    expect(value(readDate(new Date(Date.UTC(2026, 2, 1, 23, 59)), en))).toBe("2026-03-01");
    expect(code(readDate(new Date(Number.NaN), en))).toBe("not-a-date");
  });

  it("serial numbers count from 1899-12-30", () => {
    // 45292 = 2024-01-01; +366 (2024) = 45658 = 2025-01-01; +365 = 46023 = 2026-01-01;
    // +31 (Jan) +28 (Feb) = 46082 = 2026-03-01.
    expect(value(readDate(46082, en))).toBe("2026-03-01");
    expect(value(readDate(45292, en))).toBe("2024-01-01");
    expect(value(readDate(46082.75, en))).toBe("2026-03-01");
    expect(value(readDate("46082", en))).toBe("2026-03-01");
    expect(code(readDate(5, en))).toBe("not-a-date");
  });

  it.each([
    ["2026-03-01", "2026-03-01"],
    ["2026-3-1", "2026-03-01"],
    ["2026/03/01", "2026-03-01"],
    ["2026-03-01T14:30:00Z", "2026-03-01"],
    ["2026-03-01T23:30:00-05:00", "2026-03-01"],
    ["2026-03-01 14:30", "2026-03-01"],
    [" 2026-03-01 ", "2026-03-01"],
    ["4 March 2026", "2026-03-04"],
    ["March 4, 2026", "2026-03-04"],
    ["Mar 4 2026", "2026-03-04"],
  ])("ISO and spelled-out text %j", (raw, expected) => {
    expect(value(readDate(raw, en))).toBe(expected);
    expect(value(readDate(raw, da))).toBe(expected);
    expect(code(readDate(raw, en))).toBeUndefined();
  });

  it("numeric text: en month-first, da day-first, a warning when both fit", () => {
    const e = readDate("03/04/2026", en);
    expect(value(e)).toBe("2026-03-04");
    expect(code(e)).toBe("ambiguous-date");
    const d = readDate("03/04/2026", da);
    expect(value(d)).toBe("2026-04-03");
    expect(code(d)).toBe("ambiguous-date");
    expect(value(readDate("4.3.2026", da))).toBe("2026-03-04");
    expect(value(readDate("1/2/26", en))).toBe("2026-01-02");
    expect(readContext("en-US").dateOrder).toBe("mdy");
    expect(readContext("en-GB").dateOrder).toBe("dmy");
  });

  it("numeric text with only one valid reading has no warning", () => {
    for (const ctx of [en, da]) {
      expect(readDate("13/04/2026", ctx)).toEqual({ kind: "ok", value: "2026-04-13" });
      expect(readDate("04/13/2026", ctx)).toEqual({ kind: "ok", value: "2026-04-13" });
      expect(readDate("05/05/2026", ctx)).toEqual({ kind: "ok", value: "2026-05-05" });
    }
  });

  it.each([
    "2026-02-30",
    "2026-13-01",
    "31/02/2026",
    "2026-02-29",
    "32.1.2026",
    "soon",
    "March 2026",
    "2026",
  ])("%j is not a date", (raw) => {
    expect(code(readDate(raw, en))).toBe("not-a-date");
  });
});

describe("spreadsheet error values", () => {
  const ERRORS = ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#ERROR!", "#NUM!", "#NULL!"];

  it.each(ERRORS)("%s is an error in every kind of cell", (e) => {
    expect(code(count(e))).toBe("cell-error");
    expect(code(money(e))).toBe("cell-error");
    expect(code(readRate(e, en))).toBe("cell-error");
    expect(code(readDate(e, en))).toBe("cell-error");
    expect(code(readText(e))).toBe("cell-error");
    expect(code(readUrl(e))).toBe("cell-error");
    expect(code(readTags(e))).toBe("cell-error");
    // exceljs hands error cells over as {error}
    expect(code(count({ error: e }))).toBe("cell-error");
  });

  it.each(ERRORS)("%s in a sheet is an error on that cell and the row is left out", (e) => {
    const tabs = minimalTabs();
    tabs.Content![2]![4] = e; // bob's Impressions, Content!E3
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([{ severity: "error", code: "cell-error", cell: "Content!E3" }]);
    expect(issues.find((i) => i.code === "cell-error")!.message).toContain(e);
    expect(model.totals.content_pieces).toBe(1);
  });
});

describe("enums", () => {
  const lookup = (tab: keyof typeof TABS, key: string) =>
    enumLookup(TABS[tab].columns.find((c) => c.key === key)!) as ReadonlyMap<string, string>;
  const model = lookup("creators", "cooperation_model");
  const platform = lookup("creators", "platform");
  const format = lookup("content", "format");

  it.each([
    ["fixed_fee", "fixed_fee"],
    ["Fixed Fee", "fixed_fee"],
    ["fixed-fee", "fixed_fee"],
    ["  FIXED   FEE ", "fixed_fee"],
    ["paid", "fixed_fee"],
    ["Flat fee", "fixed_fee"],
    ["seeding", "gifted"],
    ["Product seeding", "gifted"],
    ["commission", "affiliate"],
    ["fee + commission", "hybrid"],
    ["Fee+Commission", "hybrid"],
    ["HYBRID", "hybrid"],
  ])("cooperation model %j → %s", (raw, expected) => {
    expect(value(readEnum(raw, model))).toBe(expected);
  });

  it.each([
    ["twitter", "x"],
    ["Twitter", "x"],
    ["X", "x"],
    ["TikTok", "tiktok"],
    ["Instagram", "instagram"],
    ["you tube", undefined],
  ])("platform %j → %s", (raw, expected) => {
    const r = readEnum(raw, platform);
    if (expected) expect(value(r)).toBe(expected);
    else expect(code(r)).toBe("not-an-option");
  });

  it("Content's Platform takes the same spellings as Creators' (tik tok, IG, YT, Twitter)", () => {
    const content = lookup("content", "platform");
    for (const [raw, expected] of [
      ["tik tok", "tiktok"],
      ["IG", "instagram"],
      ["yt", "youtube"],
      ["Twitter", "x"],
    ] as const) {
      expect(value(readEnum(raw, content))).toBe(expected);
      expect(value(readEnum(raw, platform))).toBe(expected);
    }
  });

  it("formats: spaces, underscores and hyphens are the same", () => {
    for (const raw of ["short_video", "Short Video", "short-video", "SHORT_VIDEO"])
      expect(value(readEnum(raw, format))).toBe("short_video");
  });

  it("an unknown option is an error naming the options", () => {
    expect(code(readEnum("barter", model))).toBe("not-an-option");
    const tabs = minimalTabs();
    tabs.Creators![1]![3] = "barter";
    const { issues } = run(tabs);
    const i = issues.find((x) => x.code === "not-an-option")!;
    expect(i.cell).toBe("Creators!D2");
    expect(i.message).toContain("fixed_fee, gifted, affiliate, hybrid");
  });
});

describe("tags, text, URLs", () => {
  it("tags: comma- or semicolon-separated, trimmed, lower-cased", () => {
    expect(value(readTags("Beauty, US ; Female 18-24"))).toEqual(["beauty", "us", "female 18-24"]);
    expect(value(readTags("skincare;gen z"))).toEqual(["skincare", "gen z"]);
    expect(value(readTags("a,,b,"))).toEqual(["a", "b"]);
    expect(value(readTags("US, us"))).toEqual(["us"]);
    expect(readTags(" , ; ").kind).toBe("blank");
  });

  it("text is trimmed", () => {
    expect(value(readText("  Kim Tran \n"))).toBe("Kim Tran");
    expect(value(readText(12))).toBe("12");
    expect(readText("   ").kind).toBe("blank");
  });

  it.each([
    "https://shop.example/?utm_source=kim&utm_medium=influencer",
    "http://example.com",
    "https://www.tiktok.com/@glowwithkim/video/1",
    "http://localhost:3000/x",
  ])("URL %j", (raw) => {
    expect(value(readUrl(raw))).toBe(raw);
  });

  it.each([
    "example.com",
    "www.example.com/x",
    "ftp://example.com",
    "https://",
    "https://exa mple.com",
    "mailto:x@y.z",
  ])("%j is not a URL", (raw) => {
    expect(code(readUrl(raw))).toBe("not-a-url");
  });

  it("URLs are trimmed", () => {
    expect(value(readUrl("  https://example.com/a  "))).toBe("https://example.com/a");
  });
});

describe("cells through the pipeline", () => {
  it("counts and money take the locale's multipliers", () => {
    const tabs = minimalTabs();
    tabs.Creators![1]![2] = "1.2k"; // Followers, a count
    tabs.Creators![1]![4] = "1.2k"; // Fee, money
    const { issues, dataset } = run(tabs);
    expect(brief(findings(issues))).toEqual([]);
    expect(dataset.creators.map((c) => [c.handle, c.followers, c.fee])).toEqual([
      ["ann", 1200, 1200],
      ["bob", 2000, 0],
    ]);
  });

  it("percent points in a Commission rate cell: a warning, the row kept", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]!.push("Commission rate");
    tabs.Creators![1]!.push(15);
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([
      { severity: "warning", code: "percent-points", cell: "Creators!H2" },
    ]);
    expect(model.creators[0]!.commission_rate).toBeCloseTo(0.15, 12);
  });

  it("ambiguous text dates warn with the locale's reading", () => {
    const tabs = minimalTabs();
    tabs.Content![1]![3] = "03/04/2026";
    const enRun = run(tabs);
    expect(brief(findings(enRun.issues))).toEqual([
      { severity: "warning", code: "ambiguous-date", cell: "Content!D2" },
    ]);
    expect(enRun.model.posts[0]!.published).toBe("2026-03-04");
    tabs.Campaign!.push(["Locale", "da"]);
    const daRun = run(tabs);
    expect(daRun.model.posts[0]!.published).toBe("2026-04-03");
    // 3 April is after the end date: the da reading also warns about that.
    expect(brief(findings(daRun.issues)).map((i) => i.code)).toEqual(["ambiguous-date", "outside-campaign"]);
  });

  it("Date cells read in the time zone passed to analyze", () => {
    const tabs = minimalTabs();
    tabs.Content![1]![3] = new Date("2026-03-02T23:00:00Z"); // midnight 3 March in Copenhagen
    expect(run(tabs, "Europe/Copenhagen").model.posts[0]!.published).toBe("2026-03-03");
    expect(run(tabs).model.posts[0]!.published).toBe("2026-03-02");
  });
});

describe("percent and digits as Arabic and Chinese input methods type them", () => {
  const ar = readContext("ar");
  const zh = readContext("zh-CN");
  it("Arabic percent sign ٪ (U+066A) and decimal ٫ → a rate, as with %", () => {
    expect(readRate("٣٫٥٪", ar)).toEqual({ kind: "ok", value: 0.035 });
    expect(readRate("3.5٪", ar)).toEqual({ kind: "ok", value: 0.035 });
  });
  it("full-width digits, ． ， and ％ (U+FF05) → the same numbers and rates as ASCII", () => {
    expect(readRate("３．５％", zh)).toEqual({ kind: "ok", value: 0.035 });
    expect(readNumber("１２，０００", zh)).toEqual({ kind: "ok", value: 12000 });
  });
});
