// One failing input per cell rule of the template (docs/template.md), through the whole pipeline:
// the code, the A1 cell, the severity, and whether the row stays in the KPIs.
import { describe, expect, it } from "vitest";
import { msg } from "../../core/index.ts";
import { minimalTabs, run } from "./helpers.ts";

type Tabs = ReturnType<typeof minimalTabs>;

interface Case {
  name: string;
  edit: (t: Tabs) => void;
  code: string;
  cell: string;
  severity: "error" | "warning";
  /** Creators and posts left in the model (the minimal workbook has 2 and 2). */
  creators: number;
  posts: number;
}

const CASES: Case[] = [
  {
    name: "Followers negative",
    edit: (t) => (t.Creators![1]![2] = -5),
    code: "negative",
    cell: "Creators!C2",
    severity: "error",
    // ann is left out; her post still names a typed handle, so it stays (README: "Broken creator rows")
    creators: 1,
    posts: 2,
  },
  {
    name: "Followers as words",
    edit: (t) => (t.Creators![2]![2] = "lots"),
    code: "not-a-number",
    cell: "Creators!C3",
    severity: "error",
    creators: 1,
    posts: 2,
  },
  {
    name: "Platform not an option",
    edit: (t) => (t.Creators![1]![1] = "myspace"),
    code: "not-an-option",
    cell: "Creators!B2",
    severity: "error",
    creators: 1,
    posts: 2,
  },
  {
    name: "Format not an option",
    edit: (t) => (t.Content![2]![2] = "hologram"),
    code: "not-an-option",
    cell: "Content!C3",
    severity: "error",
    creators: 2,
    posts: 1,
  },
  {
    name: "Published not a date",
    edit: (t) => (t.Content![1]![3] = "soon"),
    code: "not-a-date",
    cell: "Content!D2",
    severity: "error",
    creators: 2,
    posts: 1,
  },
  {
    name: "Post URL not a URL (a descriptive cell: blank with a warning, the post kept)",
    edit: (t) => (t.Content![1]![1] = "example dot com"),
    code: "not-a-url",
    cell: "Content!B2",
    severity: "warning",
    creators: 2,
    posts: 2,
  },
  {
    name: "Impressions beyond 10^15",
    edit: (t) => (t.Content![2]![4] = 1e16),
    code: "too-large",
    cell: "Content!E3",
    severity: "error",
    creators: 2,
    posts: 1,
  },
  {
    name: "Likes holding #N/A",
    edit: (t) => (t.Content![2]![6] = "#N/A"),
    code: "cell-error",
    cell: "Content!G3",
    severity: "error",
    creators: 2,
    posts: 1,
  },
  {
    name: "Impressions as words",
    edit: (t) => (t.Content![1]![4] = "12 apples"),
    code: "not-a-number",
    cell: "Content!E2",
    severity: "error",
    creators: 2,
    posts: 1,
  },
  {
    name: "Published outside the campaign",
    edit: (t) => (t.Content![1]![3] = "2026-04-01"),
    code: "outside-campaign",
    cell: "Content!D2",
    severity: "warning",
    creators: 2,
    posts: 2,
  },
  {
    name: "Reach above impressions",
    edit: (t) => (t.Content![1]![5] = 5000),
    code: "reach-above-impressions",
    cell: "Content!F2",
    severity: "warning",
    creators: 2,
    posts: 2,
  },
  {
    name: "Text date that reads both ways (en: month first)",
    edit: (t) => (t.Content![1]![3] = "3/4/2026"),
    code: "ambiguous-date",
    cell: "Content!D2",
    severity: "warning",
    creators: 2,
    posts: 2,
  },
];

describe("cell rules through the pipeline", () => {
  it.each(CASES)("$name → $code at $cell", (c) => {
    const tabs = minimalTabs();
    c.edit(tabs);
    const { issues, model } = run(tabs);
    const hit = issues.find((i) => i.code === c.code && i.cell === c.cell);
    expect(hit?.cell, JSON.stringify(issues.map((i) => [i.code, i.cell]))).toBe(c.cell);
    expect(hit!.severity).toBe(c.severity);
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(model.totals.creators).toBe(c.creators);
    expect(model.posts.length).toBe(c.posts);
    // An error always comes with the tab's "rows left out" summary; a warning never does.
    const tab = c.cell.split("!")[0];
    expect(issues.some((i) => i.code === "rows-excluded" && i.tab === tab)).toBe(c.severity === "error");
  });
});

describe("Campaign fields", () => {
  const campaignCase = (field: string, value: unknown) => {
    const tabs = minimalTabs();
    const i = tabs.Campaign!.findIndex((r) => r[0] === field);
    if (i >= 0) tabs.Campaign![i] = [field, value];
    else tabs.Campaign!.push([field, value]);
    return run(tabs);
  };

  it("a currency that is not an ISO code: error on its Value cell, the rest computed", () => {
    // Campaign rows: 1 header, 2-5 minimal fields, 6 the Currency → B6; other fields are added at row 7.
    const { issues, model } = campaignCase("Currency", "dollars");
    expect(issues.find((i) => i.code === "not-a-currency")).toMatchObject({
      severity: "error",
      cell: "Campaign!B6",
    });
    expect(model.totals.creators).toBe(2);
  });

  it("a three-letter typo that is no ISO 4217 code (UDS) → the same error; 'eur' is read as EUR", () => {
    expect(campaignCase("Currency", "UDS").issues.find((i) => i.code === "not-a-currency")).toMatchObject({
      severity: "error",
      cell: "Campaign!B6",
      message: msg.notACurrency("UDS"),
    });
    const eur = campaignCase("Currency", "eur");
    expect(eur.issues).toEqual([]);
    expect(eur.model.campaign.currency).toBe("EUR");
  });

  it("a locale that is not a language tag", () => {
    const { issues } = campaignCase("Locale", "not a locale!");
    expect(issues.find((i) => i.code === "not-a-locale")).toMatchObject({
      severity: "error",
      cell: "Campaign!B7",
    });
  });

  it("tier thresholds that do not increase", () => {
    const { issues, model } = campaignCase("Tier thresholds", "500, 100, 50, 10");
    expect(issues.find((i) => i.code === "bad-thresholds")).toMatchObject({
      severity: "error",
      cell: "Campaign!B7",
    });
    // The defaults apply: ann's 1,000 followers are nano (< 10,000).
    expect(model.creators[0]!.tier).toBe("nano");
  });

  it("an objective that is not an option", () => {
    const tabs = minimalTabs();
    tabs.Campaign![4]![1] = "fame";
    const { issues } = run(tabs);
    expect(issues.find((i) => i.code === "not-an-option")).toMatchObject({
      severity: "error",
      cell: "Campaign!B5",
    });
  });
});

describe("empty required tabs", () => {
  it("Creators with only its header row: a warning on the tab, nothing crashes", () => {
    const tabs = minimalTabs();
    tabs.Creators = [tabs.Creators![0]!];
    const { issues, model } = run(tabs);
    expect(issues.find((i) => i.code === "empty-tab" && i.tab === "Creators")).toMatchObject({
      severity: "warning",
      cell: null,
    });
    // Both posts name creators that no longer exist: errors, left out.
    expect(issues.filter((i) => i.code === "unknown-creator").map((i) => i.cell)).toEqual([
      "Content!A2",
      "Content!A3",
    ]);
    expect(model.totals.creators).toBe(0);
    expect(model.posts).toHaveLength(0);
  });
});
