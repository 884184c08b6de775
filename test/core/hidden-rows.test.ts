// Rows a reader knows are hidden in the sheet: read like any other, and said in one warning per tab.
import { describe, expect, it } from "vitest";
import { analyze, type RawWorkbook, rowSpans, sentence } from "../../core/index.ts";
import { brief, minimalTabs, type Tabs, workbook } from "./helpers.ts";

/** The tabs as a workbook, with the hidden rows given per tab. */
function withHidden(tabs: Tabs, hidden: Record<string, number[]>): RawWorkbook {
  const wb = workbook(tabs);
  for (const t of wb.tabs) if (hidden[t.name]) t.hiddenRows = hidden[t.name];
  return wb;
}

/** Creators: ann 2, bob 3, blank 4, cyd 5, dan 6 (followers unreadable), a Total row 7. */
function creatorsTabs(): Tabs {
  const tabs = minimalTabs();
  const creators = tabs.Creators!;
  // Handle, Platform, Followers, Cooperation model, Fee, Discount code, Owner.
  creators.push(
    [],
    ["cyd", "youtube", 3000, "fixed_fee", 50, "CYD", ""],
    ["dan", "instagram", "twelve", "fixed_fee", 70, "DAN", ""],
    ["Total", "", 6000, "", 220, "", ""],
  );
  return tabs;
}

describe("hidden rows", () => {
  it("names the hidden data rows it counts (bob 3, cyd 5), not the blank row 4, the error row 6, the total row 7 or the header", () => {
    const wb = withHidden(creatorsTabs(), { Creators: [1, 3, 4, 5, 6, 7] });
    const { issues, model } = analyze(wb);
    const hidden = issues.filter((i) => i.code === "hidden-rows");
    expect(brief(hidden)).toEqual([{ severity: "warning", code: "hidden-rows", cell: "Creators!A3" }]);
    expect(hidden[0]!.row).toBe(3);
    expect(hidden[0]!.column).toBe("Handle");
    expect(hidden[0]!.message).toBe(
      "2 rows of Creators are hidden or filtered out of view (rows 3 and 5), but they are still counted in the KPIs; to leave them out, delete the rows or set their Status to declined.",
    );
    expect(hidden[0]!.args).toEqual({
      form: "status",
      tab: "Creators",
      rows: ["3", "5"],
      count: 2,
      status: "declined",
    });
    // Counted as if visible: ann 100 + bob 0 + cyd 50; dan's row has an error, the total is left out.
    expect(model.creators.map((c) => c.handle)).toEqual(["ann", "bob", "cyd"]);
    expect(model.totals.creator_cost).toBe(150);
  });

  it("changes no figure and no other finding", () => {
    const plain = analyze(workbook(creatorsTabs()));
    const hidden = analyze(withHidden(creatorsTabs(), { Creators: [3, 5] }));
    const others = hidden.issues.filter((i) => i.code !== "hidden-rows");
    expect(others).toEqual(plain.issues);
    expect({ ...hidden.model, issues: others }).toEqual(plain.model);
  });

  it("says nothing when no row is hidden, the list is empty, or only rows that are not counted are", () => {
    const plain = analyze(workbook(creatorsTabs())).issues;
    for (const rows of [[], [1], [4, 6, 7], [40, 41]])
      expect(analyze(withHidden(creatorsTabs(), { Creators: rows })).issues).toEqual(plain);
  });

  it("a hidden declined creator (bob, row 3) is in no total already: only ann's row 2 is named", () => {
    const tabs = minimalTabs();
    const creators = tabs.Creators!;
    creators[0]!.push("Status");
    creators[1]!.push("completed");
    creators[2]!.push("declined");
    const { issues, model } = analyze(withHidden(tabs, { Creators: [2, 3] }));
    const hidden = issues.filter((i) => i.code === "hidden-rows");
    expect(hidden.map((i) => i.args?.rows)).toEqual([["2"]]);
    // ann's fee alone: bob is listed but, declined, counted in no total.
    expect(model.totals.creator_cost).toBe(100);
  });

  it("a tab without a Status column: one row, and delete it as the only way out", () => {
    const { issues } = analyze(withHidden(minimalTabs(), { Content: [3] }));
    const hidden = issues.filter((i) => i.code === "hidden-rows");
    expect(brief(hidden)).toEqual([{ severity: "warning", code: "hidden-rows", cell: "Content!A3" }]);
    expect(hidden[0]!.message).toBe(
      "Row 3 of Content is hidden or filtered out of view, but it is still counted in the KPIs; to leave it out, delete the row.",
    );
    expect(hidden[0]!.args).toEqual({ form: "plain", tab: "Content", rows: ["3"], count: 1 });
  });

  it("a hidden last row that holds the sums of the rows above is a total, not a hidden row", () => {
    const tabs = minimalTabs();
    // Impressions 1000 + 2000, reach 800 + 1500: the sums of rows 2 and 3.
    tabs.Content!.push(["all", "", "image", "2026-03-05", 3000, 2300, "", ""]);
    const { issues } = analyze(withHidden(tabs, { Content: [4] }));
    expect(issues.map((i) => i.code)).toEqual(["total-row"]);
  });

  it("Goals: the hidden rows whose KPI and target are read", () => {
    const tabs = minimalTabs();
    tabs.Goals = [
      ["KPI", "Target"],
      ["revenue", 100],
      ["happiness", 5],
      ["ctr", "2%"],
    ];
    const { issues } = analyze(withHidden(tabs, { Goals: [3, 4] }));
    expect(brief(issues)).toEqual([
      { severity: "error", code: "unknown-kpi", cell: "Goals!A3" },
      { severity: "warning", code: "hidden-rows", cell: "Goals!A4" },
      { severity: "warning", code: "rows-excluded", cell: "Goals" },
    ]);
    expect(issues[1]!.message).toBe(sentence.hiddenRows("Goals", [4]).message);
  });
});

describe("struck-through rows", () => {
  it("said as hidden rows are, in a warning of their own; a row both hidden and struck is in both", () => {
    const wb = withHidden(creatorsTabs(), { Creators: [3] });
    // bob 3 and cyd 5 struck through; dan 6 has an error, the Total row 7 is left out.
    wb.tabs.find((t) => t.name === "Creators")!.struckRows = [3, 5, 6, 7];
    const { issues, model } = analyze(wb);
    const marked = issues.filter((i) => i.code === "hidden-rows" || i.code === "struck-rows");
    expect(brief(marked)).toEqual([
      { severity: "warning", code: "hidden-rows", cell: "Creators!A3" },
      { severity: "warning", code: "struck-rows", cell: "Creators!A3" },
    ]);
    expect(marked[1]!.message).toBe(
      "2 rows of Creators are struck through (rows 3 and 5), but they are still counted in the KPIs; to leave them out, delete the rows or set their Status to declined.",
    );
    expect(model.totals.creator_cost).toBe(150);
  });

  it("one struck row of a tab without Status", () => {
    expect(sentence.struckRows("Content", [7]).message).toBe(
      "Row 7 of Content is struck through, but it is still counted in the KPIs; to leave it out, delete the row.",
    );
  });
});

describe("the hidden-rows sentence", () => {
  it("folds runs of rows: 5, 9 and 12–40", () => {
    const rows = [5, 9, ...Array.from({ length: 29 }, (_, i) => 12 + i)];
    expect(rowSpans(rows)).toEqual(["5", "9", "12–40"]);
    expect(sentence.hiddenRows("Content", rows).message).toBe(
      "31 rows of Content are hidden or filtered out of view (rows 5, 9 and 12–40), but they are still counted in the KPIs; to leave them out, delete the rows.",
    );
  });

  it("past 12 runs, the first 10 and how many more, as the report lists them", () => {
    // Every other row from 2 to 30: 15 runs of one row.
    const rows = Array.from({ length: 15 }, (_, i) => 2 + 2 * i);
    expect(sentence.hiddenRows("Content", rows).message).toBe(
      "15 rows of Content are hidden or filtered out of view (rows 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 5 more), but they are still counted in the KPIs; to leave them out, delete the rows.",
    );
    expect(rowSpans([7])).toEqual(["7"]);
    expect(rowSpans([7, 8])).toEqual(["7–8"]);
    expect(rowSpans([])).toEqual([]);
  });
});
