// One failing input per template rule: the finding (code, severity, cell)
// and whether the row is left out of the KPIs or kept in them.
import { describe, expect, it } from "vitest";
import { analyze, msg } from "../../core/index.ts";
import { brief, findings, minimalTabs, run, type Tabs, workbook } from "./helpers.ts";

/** minimalTabs() with some tabs replaced or added. */
const tabsWith = (over: Tabs): Tabs => ({ ...minimalTabs(), ...over });
const found = (tabs: Tabs) => brief(findings(run(tabs).issues));

// Minimal layout:
//   Creators: A Handle, B Platform, C Followers, D Cooperation model, E Fee, F Discount code, G Owner
//   Content:  A Creator, B Post URL, C Format, D Published, E Impressions, F Reach, G Likes, H Clicks

describe("the minimal workbook", () => {
  it("is clean", () => {
    const { issues, model } = run(minimalTabs());
    expect(issues).toEqual([]);
    expect(model.totals.creators).toBe(2);
    expect(model.totals.content_pieces).toBe(2);
  });
});

describe("tabs and headers", () => {
  it.each(["Campaign", "Creators", "Content"])(
    "a missing required tab (%s) is one error on the tab",
    (tab) => {
      const tabs = minimalTabs();
      delete tabs[tab];
      const { issues } = run(tabs);
      expect(brief(issues).filter((i) => i.code === "missing-tab")).toEqual([
        { severity: "error", code: "missing-tab", cell: tab },
      ]);
      const i = issues.find((x) => x.code === "missing-tab")!;
      expect(i).toMatchObject({ tab, row: null, column: null, cell: null, message: msg.missingTab(tab) });
    },
  );

  it("optional tabs may be absent", () => {
    expect(found(minimalTabs())).toEqual([]);
  });

  it("tab names match case- and whitespace-insensitively", () => {
    const t = minimalTabs();
    const { issues, model } = run({ "  campaign ": t.Campaign!, CREATORS: t.Creators!, "Con  tent": [] });
    expect(brief(issues)).toEqual([{ severity: "error", code: "missing-tab", cell: "Content" }]);
    expect(model.totals.creators).toBe(2);
  });

  it("a missing required header is one error on the tab; its rows are not read", () => {
    const tabs = minimalTabs();
    tabs.Creators = tabs.Creators!.map((r) => r.filter((_, c) => c !== 2 && c !== 3)); // no Followers, no model
    const { issues, model } = run(tabs);
    expect(brief(findings(issues)).filter((i) => i.code === "missing-header")).toEqual([
      { severity: "error", code: "missing-header", cell: "Creators" },
    ]);
    expect(issues.find((i) => i.code === "missing-header")!.message).toBe(
      msg.missingHeaders("Creators", ["Followers", "Cooperation model"]),
    );
    expect(model.creators).toEqual([]);
    // The posts now name creators that do not exist.
    expect(brief(findings(issues)).filter((i) => i.code === "unknown-creator")).toHaveLength(2);
  });

  it("headers match case/whitespace-insensitively and by snake_case key; unknown columns are ignored with one warning each", () => {
    const tabs = minimalTabs();
    tabs.Creators![0] = [
      "  HANDLE ",
      "platform",
      "followers",
      "cooperation_model",
      "Fee",
      "Discount   code",
      "owner",
    ];
    tabs.Creators![0]!.push("Internal notes");
    tabs.Creators![1]!.push("call back Monday");
    tabs.Creators![2]!.push(12); // a number in an unknown column is not read
    tabs.Content![0]![0] = "creator";
    tabs.Content![0]!.push("Sentiment", "#REF!");
    tabs.Content![1]!.push("#DIV/0!", "x");
    const { issues, model, dataset } = run(tabs);
    expect(issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ["unknown-column", "Creators!H1", msg.unknownColumn("Internal notes", "Creators!H1", undefined)],
      ["unknown-column", "Content!I1", msg.unknownColumn("Sentiment", "Content!I1", undefined)],
      ["unknown-column", "Content!J1", msg.unknownColumn("#REF!", "Content!J1", undefined)],
    ]);
    expect(model.creators.map((c) => [c.handle, c.followers, c.cooperation_model])).toEqual([
      ["ann", 1000, "fixed_fee"],
      ["bob", 2000, "gifted"],
    ]);
    expect(dataset.columns.creators.has("cooperation_model")).toBe(true);
    expect(Object.keys(dataset.creators[0]!)).not.toContain("Internal notes");
    expect(model.totals.content_pieces).toBe(2);
  });

  it("a repeated header: the first column is used, a warning on the second", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]!.push("followers");
    tabs.Creators![1]!.push("oops");
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "duplicate-header", cell: "Creators!H1" }]);
    expect(model.creators[0]!.followers).toBe(1000);
  });

  it("blank rows are skipped and do not shift row numbers", () => {
    const tabs = minimalTabs();
    tabs.Creators!.splice(2, 0, ["", "  ", null, "", "", "", ""], []);
    tabs.Creators![4]![2] = "lots"; // bob, now on sheet row 5
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "not-a-number", cell: "Creators!C5" },
    ]);
    expect(issues.find((i) => i.code === "rows-excluded")!.message).toBe(msg.rowsExcluded("Creators", [5]));
    expect(model.creators.map((c) => c.handle)).toEqual(["ann"]);
  });
});

describe("required fields, types, ranges, enums", () => {
  it("a required cell left blank", () => {
    const tabs = minimalTabs();
    tabs.Creators![2]![2] = "";
    const { issues, model } = run(tabs);
    // The rows-left-out summary follows the cell findings it sums up.
    expect(brief(issues)).toEqual([
      { severity: "error", code: "required", cell: "Creators!C3" },
      { severity: "warning", code: "rows-excluded", cell: "Creators" },
    ]);
    expect(issues[0]!.message).toBe(msg.required("Followers"));
    expect(issues[1]!.message).toBe(msg.rowsExcluded("Creators", [3]));
    expect(model.creators.map((c) => c.handle)).toEqual(["ann"]);
  });

  it("a required Campaign field missing or blank", () => {
    const tabs = minimalTabs();
    tabs.Campaign = tabs.Campaign!.filter((r) => r[0] !== "Objective");
    tabs.Campaign.push(["Campaign name", "dup, ignored"]);
    tabs.Campaign[1] = ["Campaign name", ""];
    expect(found(tabs)).toEqual([
      { severity: "error", code: "missing-field", cell: "Campaign" },
      { severity: "error", code: "required", cell: "Campaign!B2" },
    ]);
  });

  it.each([
    ["Creators", 1, 2, "twelve thousand", "not-a-number", "Creators!C2"],
    ["Content", 1, 3, "soon", "not-a-date", "Content!D2"],
    ["Creators", 1, 1, "myspace", "not-an-option", "Creators!B2"],
    ["Content", 1, 2, "reel carousel", "not-an-option", "Content!C2"],
    ["Creators", 2, 2, -5, "negative", "Creators!C3"],
    ["Creators", 2, 4, "-$5", "negative", "Creators!E3"],
    ["Content", 2, 4, -1, "negative", "Content!E3"],
  ])("%s row %i col %i = %j → %s at %s; the row is left out", (tab, r, c, raw, codeWanted, cell) => {
    const tabs = minimalTabs();
    tabs[tab]![r]![c] = raw;
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([{ severity: "error", code: codeWanted, cell }]);
    if (tab === "Creators") expect(model.totals.creators).toBe(1);
    else expect(model.totals.content_pieces).toBe(1);
  });

  it("commission rate 1.5 is 1.5 % with a warning (row kept); 150 is out of range (row left out)", () => {
    const tabs = minimalTabs();
    tabs.Creators![0]!.push("Commission rate");
    tabs.Creators![1]!.push(1.5);
    tabs.Creators![2]!.push(150);
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([
      { severity: "warning", code: "percent-points", cell: "Creators!H2" },
      { severity: "error", code: "out-of-range", cell: "Creators!H3" },
    ]);
    expect(model.creators.map((c) => c.handle)).toEqual(["ann"]);
    expect(model.creators[0]!.commission_rate).toBeCloseTo(0.015, 12);
  });

  it("a count that is not whole is kept as typed, with a warning on its cell; a whole one read from text is not", () => {
    const tabs = minimalTabs();
    tabs.Content![1]![6] = 50.5; // Likes, a number cell
    tabs.Content![2]![4] = "2000.25"; // Impressions, text as CSV gives it
    tabs.Creators![1]![2] = "1.5k"; // Followers: 1,500, whole
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([
      { severity: "warning", code: "fractional-count", cell: "Content!G2" },
      { severity: "warning", code: "fractional-count", cell: "Content!E3" },
    ]);
    expect(issues.find((i) => i.cell === "Content!G2")!.message).toBe(
      'Likes "50.5" is not a whole number; it is counted as 50.5. Check the cell.',
    );
    // 1,000 + 2,000.25 impressions; engagements are the likes alone here: 50.5 + 80. Both rows counted.
    expect(model.totals.content_pieces).toBe(2);
    expect(model.totals.impressions).toBe(3000.25);
    expect(model.totals.engagements).toBe(130.5);
  });

  it("negative amounts on Costs and Team", () => {
    const tabs = tabsWith({
      Costs: [
        ["Item", "Category", "Amount"],
        ["Agency", "agency", -100],
        ["Tools", "software", 50],
      ],
      Team: [
        ["Member", "Hours", "Hourly cost"],
        ["Maya", -3, 50],
        ["Jon", 2, 40],
      ],
    });
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "negative", cell: "Costs!C2" },
      { severity: "error", code: "negative", cell: "Team!B2" },
    ]);
    expect(model.totals.other_cost).toBe(50);
    expect(model.totals.labor_cost).toBe(80);
  });
});

describe("uniqueness: the first occurrence is kept, later ones are errors", () => {
  it("handles: case-insensitive, leading @ ignored", () => {
    const tabs = minimalTabs();
    tabs.Creators!.push(["@ANN", "x", 5, "gifted", 0, "", ""]);
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([{ severity: "error", code: "duplicate", cell: "Creators!A4" }]);
    expect(findings(issues)[0]!.message).toBe(msg.duplicate("Handle", "@ANN", "Creators!A2"));
    expect(model.creators.map((c) => c.handle)).toEqual(["ann", "bob"]);
    expect(model.creators[0]!.platform).toBe("instagram");
  });

  it("discount codes, case-insensitive", () => {
    const tabs = minimalTabs();
    tabs.Creators![2]![5] = "ann";
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([{ severity: "error", code: "duplicate", cell: "Creators!F3" }]);
    expect(model.creators.map((c) => c.handle)).toEqual(["ann"]);
  });

  it("post URLs", () => {
    const tabs = minimalTabs();
    tabs.Content![2]![1] = "https://example.com/p/1";
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([{ severity: "error", code: "duplicate", cell: "Content!B3" }]);
    expect(model.posts.map((p) => p.row)).toEqual([2]);
  });

  it("SKUs, team members, baseline periods", () => {
    const tabs = tabsWith({
      Products: [
        ["SKU", "Product", "Unit cost"],
        ["SER-30", "Serum", 8],
        ["ser-30", "Serum copy", 9],
      ],
      Team: [
        ["Member", "Hours", "Hourly cost"],
        ["Maya", 1, 10],
        [" maya ", 100, 100],
      ],
      Baseline: [
        ["Period", "Start date", "End date", "Sessions"],
        ["before", "2026-02-01", "2026-02-07", 70],
        ["Before", "2026-01-01", "2026-01-07", 700],
      ],
    });
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "duplicate", cell: "Products!A3" },
      { severity: "error", code: "duplicate", cell: "Team!A3" },
      { severity: "error", code: "duplicate", cell: "Baseline!A3" },
    ]);
    expect(issues.find((i) => i.cell === "Baseline!A3")!.message).toBe(
      msg.duplicate("Period", "before", "Baseline!A2"),
    );
    expect(model.products.map((p) => p.product)).toEqual(["Serum"]);
    expect(model.totals.labor_cost).toBe(10);
    expect(model.lift.sessions.before_daily).toBe(10);
  });
});

describe("cross-tab rules", () => {
  it("a Content creator not on Creators is an error; the post is left out", () => {
    const tabs = minimalTabs();
    tabs.Content![2]![0] = "carol";
    const { issues, model } = run(tabs);
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "unknown-creator", cell: "Content!A3" },
    ]);
    expect(findings(issues)[0]!.message).toBe(msg.unknownCreatorInContent("carol"));
    expect(model.totals.content_pieces).toBe(1);
  });

  it("Content creators match handles case-insensitively with @ ignored", () => {
    const tabs = minimalTabs();
    tabs.Content![1]![0] = "@ANN";
    const { issues, model } = run(tabs);
    expect(issues).toEqual([]);
    expect(model.posts[0]!.creator).toBe("ann");
  });

  const conversions = (...rows: unknown[][]) =>
    tabsWith({ Conversions: [["Date", "Creator", "Discount code", "SKU", "Orders", "Revenue"], ...rows] });

  it("Conversions: code and creator disagree → error, row left out", () => {
    const { issues, model } = run(
      conversions(["2026-03-03", "ann", "BOB", "", 1, 10], ["2026-03-03", "ann", "ann", "", 2, 20]),
    );
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "code-creator-mismatch", cell: "Conversions!C2" },
    ]);
    expect(findings(issues)[0]!.message).toBe(msg.codeCreatorMismatch("BOB", "bob", "ann"));
    expect(model.totals.revenue).toBe(20);
    expect(model.creators[0]!.revenue).toBe(20);
  });

  it("Conversions: a creator not on the tab with another creator's code → the same error, not a warning", () => {
    // 'zed' is on no Creators row; BOB belongs to bob: both given, and they disagree.
    const { issues, model } = run(
      conversions(["2026-03-03", "zed", "BOB", "", 1, 10], ["2026-03-04", "bob", "BOB", "", 1, 5]),
    );
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "code-creator-mismatch", cell: "Conversions!C2" },
    ]);
    expect(findings(issues)[0]!.message).toBe(msg.codeCreatorMismatch("BOB", "bob", "zed"));
    // Only bob's own sale counts: the 10 is left out, not unattributed.
    expect(model.totals.revenue).toBe(5);
    expect(model.totals.unattributed_revenue).toBe(0);
  });

  it("Conversions without a Creator column: the unattributed warning sits on the Discount code cell", () => {
    const { issues } = run(
      tabsWith({
        Conversions: [
          ["Date", "Revenue", "Discount code"],
          ["2026-03-05", 10, ""],
        ],
      }),
    );
    expect(brief(issues)).toEqual([{ severity: "warning", code: "unattributed", cell: "Conversions!C2" }]);
  });

  it("Conversions: a code alone resolves the creator", () => {
    const { issues, model } = run(conversions(["2026-03-03", "", "bob", "", 1, 10]));
    expect(issues).toEqual([]);
    expect(model.creators[1]!.revenue).toBe(10);
    expect(model.totals.unattributed_revenue).toBe(0);
  });

  it("Conversions: no creator and no code → unattributed warning, counted in totals only", () => {
    const { issues, model } = run(conversions(["2026-03-03", "", "", "", 1, 10]));
    expect(brief(issues)).toEqual([{ severity: "warning", code: "unattributed", cell: "Conversions!B2" }]);
    expect(issues[0]!.message).toBe(msg.unattributed());
    expect(model.totals.revenue).toBe(10);
    expect(model.totals.unattributed_revenue).toBe(10);
    expect(model.creators.map((c) => c.revenue)).toEqual([0, 0]);
  });

  it("Conversions: an unknown code or creator → warning, unattributed", () => {
    const { issues, model } = run(
      conversions(["2026-03-03", "", "NOPE", "", 1, 10], ["2026-03-04", "carol", "", "", 1, 5]),
    );
    expect(brief(issues)).toEqual([
      { severity: "warning", code: "unknown-discount-code", cell: "Conversions!C2" },
      { severity: "warning", code: "unknown-creator", cell: "Conversions!B3" },
    ]);
    expect(issues[0]!.message).toBe(
      'Discount code "NOPE" belongs to no creator. The row counts as unattributed.',
    );
    expect(model.totals.unattributed_revenue).toBe(15);
  });

  it("Conversions: an SKU missing from Products → warning, row kept as its own product", () => {
    const tabs = conversions(["2026-03-03", "ann", "", "GHOST", 1, 10]);
    tabs.Products = [
      ["SKU", "Product"],
      ["SER", "Serum"],
    ];
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "unknown-sku", cell: "Conversions!D2" }]);
    expect(model.products.map((p) => [p.product, p.revenue])).toEqual([
      ["GHOST", 10],
      ["Serum", 0],
    ]);
  });

  it("Conversions before the start: warning, kept; after the end: tail, no warning", () => {
    const { issues, model } = run(
      conversions(["2026-03-01", "ann", "", "", 1, 10], ["2026-03-20", "ann", "", "", 1, 5]),
    );
    expect(brief(issues)).toEqual([{ severity: "warning", code: "before-start", cell: "Conversions!A2" }]);
    expect(model.totals.revenue).toBe(15);
    expect(model.totals.tail_revenue).toBe(5);
  });

  it("an Owner not on Team → warning, creator kept", () => {
    const tabs = tabsWith({ Team: [["Member"], ["Maya"]] });
    tabs.Creators![1]![6] = "Maya";
    tabs.Creators![2]![6] = "Zoe";
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "unknown-owner", cell: "Creators!G3" }]);
    expect(issues[0]!.message).toBe(msg.unknownOwner("Zoe"));
    expect(model.totals.creators).toBe(2);
    expect(model.team.map((t) => [t.member, t.creators])).toEqual([
      ["Maya", 1],
      ["Zoe", 1],
    ]);
  });

  it("Published outside the campaign → warning, post kept", () => {
    const tabs = minimalTabs();
    tabs.Content![1]![3] = "2026-02-20";
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "warning", code: "outside-campaign", cell: "Content!D2" }]);
    expect(model.totals.content_pieces).toBe(2);
  });

  it("reach or clicks above impressions → warnings, post kept", () => {
    const tabs = minimalTabs();
    tabs.Content![1]![5] = 5000; // reach > 1000 impressions
    tabs.Content![2]![7] = 2500; // clicks > 2000 impressions
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([
      { severity: "warning", code: "reach-above-impressions", cell: "Content!F2" },
      { severity: "warning", code: "clicks-above-impressions", cell: "Content!H3" },
    ]);
    expect(model.totals.reach).toBe(5000 + 1500);
  });

  it("Baseline: end before start and overlapping periods are errors", () => {
    const { issues, model } = run(
      tabsWith({
        Baseline: [
          ["Period", "Start date", "End date", "Sessions"],
          ["before", "2026-02-01", "2026-02-28", 2800],
          ["during", "2026-03-08", "2026-03-02", 700],
          ["after", "2026-02-20", "2026-03-20", 100],
        ],
      }),
    );
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "end-before-start", cell: "Baseline!C3" },
      { severity: "error", code: "period-overlap", cell: "Baseline!B4" },
    ]);
    expect(issues.find((i) => i.code === "period-overlap")!.message).toBe(
      msg.periodOverlap("after", "before"),
    );
    expect(model.lift.sessions).toEqual({
      before_daily: 100,
      during_daily: null,
      after_daily: null,
      during_lift: null,
      after_lift: null,
    });
  });

  it("Goals: unknown KPI and duplicate KPI are errors; the row is left out", () => {
    const { issues, model } = run(
      tabsWith({
        Goals: [
          ["KPI", "Target"],
          ["revenue", 100],
          ["happiness", 5],
          ["Revenue", 200],
          ["ctr", "2%"],
        ],
      }),
    );
    expect(brief(findings(issues))).toEqual([
      { severity: "error", code: "unknown-kpi", cell: "Goals!A3" },
      { severity: "error", code: "duplicate", cell: "Goals!A4" },
    ]);
    expect(model.goals.map((g) => [g.kpi, g.target])).toEqual([
      ["revenue", 100],
      ["ctr", 0.02],
    ]);
  });

  it("Campaign: end date before start date is an error on the end date", () => {
    const tabs = minimalTabs();
    tabs.Campaign![3] = ["End date", "2026-03-01"];
    const { issues, model } = run(tabs);
    expect(brief(issues)).toEqual([{ severity: "error", code: "end-before-start", cell: "Campaign!B4" }]);
    expect(issues[0]!.message).toBe(msg.endBeforeStart("2026-03-01", "2026-03-02"));
    expect(model.campaign.end_date).toBeNull();
    expect(model.totals.content_pieces).toBe(2);
  });
});

describe("the whole list for a broken workbook", () => {
  it("sorts findings by tab (a tab's own findings first), row and column", () => {
    const tabs = tabsWith({
      Goals: [
        ["KPI", "Target"],
        ["roas", "lots"],
      ],
    });
    tabs.Creators![2]![1] = "myspace";
    tabs.Creators![2]![2] = -1;
    tabs.Content![1]![3] = "2026-02-31";
    expect(run(tabs).issues).toMatchInlineSnapshot(`
      [
        {
          "args": {
            "column": "Target",
            "found": "lots",
          },
          "cell": "Goals!B2",
          "code": "not-a-number",
          "column": "Target",
          "message": "Target must be a number; found "lots".",
          "row": 2,
          "severity": "error",
          "tab": "Goals",
        },
        {
          "args": {
            "count": 1,
            "rows": [
              2,
            ],
            "tab": "Goals",
          },
          "cell": null,
          "code": "rows-excluded",
          "column": null,
          "message": "Row 2 of Goals has an error and is left out of the KPIs.",
          "row": null,
          "severity": "warning",
          "tab": "Goals",
        },
        {
          "args": {
            "column": "Platform",
            "found": "myspace",
            "values": [
              "tiktok",
              "instagram",
              "youtube",
              "pinterest",
              "facebook",
              "x",
              "twitch",
              "snapchat",
              "linkedin",
              "blog",
              "other",
            ],
          },
          "cell": "Creators!B3",
          "code": "not-an-option",
          "column": "Platform",
          "message": "Platform must be one of tiktok, instagram, youtube, pinterest, facebook, x, twitch, snapchat, linkedin, blog, other; found "myspace".",
          "row": 3,
          "severity": "error",
          "tab": "Creators",
        },
        {
          "args": {
            "column": "Followers",
            "found": "-1",
          },
          "cell": "Creators!C3",
          "code": "negative",
          "column": "Followers",
          "message": "Followers cannot be negative; found "-1".",
          "row": 3,
          "severity": "error",
          "tab": "Creators",
        },
        {
          "args": {
            "count": 1,
            "rows": [
              3,
            ],
            "tab": "Creators",
          },
          "cell": null,
          "code": "rows-excluded",
          "column": null,
          "message": "Row 3 of Creators has an error and is left out of the KPIs.",
          "row": null,
          "severity": "warning",
          "tab": "Creators",
        },
        {
          "args": {
            "column": "Published",
            "found": "2026-02-31",
          },
          "cell": "Content!D2",
          "code": "not-a-date",
          "column": "Published",
          "message": "Published must be a date (for example 2026-03-01); found "2026-02-31".",
          "row": 2,
          "severity": "error",
          "tab": "Content",
        },
        {
          "args": {
            "count": 1,
            "rows": [
              2,
            ],
            "tab": "Content",
          },
          "cell": null,
          "code": "rows-excluded",
          "column": null,
          "message": "Row 2 of Content has an error and is left out of the KPIs.",
          "row": null,
          "severity": "warning",
          "tab": "Content",
        },
      ]
    `);
  });
});

describe("the spreadsheet's own locale", () => {
  // A German spreadsheet (File → Settings: Germany): "1.234" is one thousand two hundred and thirty-four.
  const fee = (campaignLocaleRow: unknown[] | null) => {
    const tabs = minimalTabs();
    if (campaignLocaleRow) tabs.Campaign = [...tabs.Campaign!, campaignLocaleRow];
    tabs.Creators![1]![4] = "1.234";
    return analyze(workbook(tabs), { sheetLocale: "de-DE" }).model.creators[0]!.fee;
  };

  it("no Locale row → text numbers read the German way: 1.234 = 1234", () => {
    expect(fee(null)).toBe(1234);
  });

  it("a Locale row left blank → the same as no row: 1234", () => {
    expect(fee(["Locale", ""])).toBe(1234);
  });

  it("Locale en → the campaign's own wins: 1.234", () => {
    expect(fee(["Locale", "en"])).toBe(1.234);
  });
});
