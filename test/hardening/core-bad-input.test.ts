// Bad input never crashes: every case yields findings, never an exception, and
// the model never holds NaN or Infinity.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, type KpiModel, type RawWorkbook, TAB_LIST } from "../../core/index.ts";
import { minimalTabs, run, workbook } from "../core/helpers.ts";

/** Every number in the model, with its path. */
function numbers(v: unknown, path = "model", out: [string, number][] = []): [string, number][] {
  if (typeof v === "number") out.push([path, v]);
  else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) numbers(v[i], `${path}[${i}]`, out);
  } else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) numbers(x, `${path}.${k}`, out);
  return out;
}

function expectFinite(model: KpiModel) {
  const bad = numbers(model).filter(([, n]) => !Number.isFinite(n));
  expect(bad).toEqual([]);
  // and it serializes as the CLI prints it
  expect(() => JSON.stringify(model)).not.toThrow();
}

describe("Core: bad input", () => {
  it("an empty workbook (no tabs at all) → missing-tab on Campaign, Creators and Content; zero totals, finite model", () => {
    const { issues, model } = analyze({ tabs: [] });
    expect(issues.filter((i) => i.code === "missing-tab").map((i) => i.tab)).toEqual([
      "Campaign",
      "Creators",
      "Content",
    ]);
    expect(model.totals.creators).toBe(0);
    expect(model.daily).toEqual([]);
    expectFinite(model);
  });

  it("a workbook of unrelated tabs (Sheet1, Pivot with #REF! and an invalid Date, a nameless tab) → missing-tab findings, finite model", () => {
    const { issues, model } = analyze(
      workbook({
        Sheet1: [
          ["a", "b"],
          [1, 2],
        ],
        Pivot: [
          [null, "#REF!"],
          [new Date(Number.NaN), {}],
        ],
        "": [],
      }),
    );
    expect(issues.some((i) => i.code === "missing-tab")).toBe(true);
    expectFinite(model);
  });

  it("tabs with only headers, or nothing at all → empty-tab on Creators, missing-field on Campaign, missing-header on empty tabs; finite model", () => {
    const tabs: Record<string, unknown[][]> = {};
    for (const t of TAB_LIST)
      tabs[t.name] = t.layout === "form" ? [["Field", "Value"]] : [t.columns.map((c) => c.header)];
    const { issues, model } = run(tabs);
    expect(issues.some((i) => i.code === "empty-tab" && i.tab === "Creators")).toBe(true);
    expect(issues.some((i) => i.code === "missing-field" && i.tab === "Campaign")).toBe(true);
    expectFinite(model);
    const empty = run(Object.fromEntries(TAB_LIST.map((t) => [t.name, []])));
    expect(empty.issues.some((i) => i.code === "missing-header" && i.tab === "Creators")).toBe(true);
    expectFinite(empty.model);
  });

  it("10,000 blank rows before a real row in Content → skipped silently, no findings, the real row keeps its sheet row number (10,004)", () => {
    const tabs = minimalTabs();
    for (let i = 0; i < 10_000; i++) tabs.Content!.push(i % 2 ? ["", " ", null, "", "", "", "", ""] : []);
    tabs.Content!.push(["bob", "https://example.com/p/3", "image", "2026-03-05", 10, 5, 1, 1]);
    const { issues, model } = run(tabs);
    expect(issues).toEqual([]);
    expect(model.totals.content_pieces).toBe(3);
    expect(model.posts[2]!.row).toBe(10_004);
  });

  it("a cell of 100,000 characters in every kind of column → error on Creators!C2, too-long on Campaign!B7, messages quote at most 40 characters, finite model", () => {
    const long = "x".repeat(50_000) + "9".repeat(50_000);
    const tabs = minimalTabs();
    tabs.Creators![1] = tabs.Creators![1]!.map((_v, c) => (c === 0 ? `ann${long}` : long));
    tabs.Content![1] = tabs.Content![1]!.map(() => long);
    tabs.Campaign!.push(["Brand", long], ["Locale", long], ["Tier thresholds", long]);
    const { issues, model } = run(tabs);
    expect(issues.some((i) => i.severity === "error" && i.cell === "Creators!C2")).toBe(true);
    // Campaign rows 2-6 are the minimal fields (Currency last); Brand is added at row 7.
    expect(issues.some((i) => i.code === "too-long" && i.cell === "Campaign!B7")).toBe(true);
    // Messages quote at most 40 characters of a cell.
    for (const i of issues) expect(i.message.length).toBeLessThan(400);
    expect(model.totals.creators).toBe(1);
    expectFinite(model);
  });

  it("extreme numbers (1e308, Number.MAX_VALUE) in Content!E and Creators!E → too-large error on each cell, row left out, no Infinity in the model", () => {
    const tabs = minimalTabs();
    tabs.Content![1]![4] = 1e308;
    tabs.Content![2]![4] = "1e308";
    tabs.Creators![1]![4] = Number.MAX_VALUE;
    const { issues, model } = run(tabs);
    // Beyond 1e15 a figure is an error on its cell, and the row is left out.
    const tooLarge = issues.filter((i) => i.code === "too-large").map((i) => i.cell);
    expect(tooLarge).toEqual(expect.arrayContaining(["Content!E2", "Content!E3", "Creators!E2"]));
    expectFinite(model);
  });

  it("all-zero impressions, followers and fees → every ratio with a zero denominator is null, never NaN or Infinity", () => {
    const tabs = minimalTabs();
    for (const row of tabs.Content!.slice(1)) row.splice(4, 4, 0, 0, 0, 0);
    tabs.Creators![1]![2] = 0;
    tabs.Creators![1]![4] = 0;
    const { model } = run(tabs);
    expect(model.totals.er_impressions).toBeNull();
    expect(model.totals.ctr).toBeNull();
    expect(model.creators[0]!.er_followers).toBeNull();
    expect(model.creators[0]!.roas).toBeNull();
    expect(model.posts[0]!.er_followers).toBeNull();
    expectFinite(model);
  });
});

describe("Core: random cells", () => {
  const cell = fc.oneof(
    fc.constant(""),
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "#DIV/0!",
      "#N/A",
      "1,5",
      "3.5%",
      "1.2k",
      "2026-03-04",
      "03/04/2026",
      "@ann",
      "bob",
      "-1",
      "1e308",
    ),
    fc.double(),
    fc.integer({ min: -1000, max: 100_000 }),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constant({ error: "#REF!" }),
    fc.constant([1, 2]),
  );
  const grid = (headers: string[]) =>
    fc
      .array(fc.array(cell, { maxLength: headers.length + 2 }), { maxLength: 8 })
      .map((rows) => [headers, ...rows]);

  it("300 random grids under the template's headers (error values, text numbers, dates, NaN, objects) → findings with string messages, never an exception, finite model", () => {
    const tabArbs = Object.fromEntries(
      TAB_LIST.map((t) => [
        t.name,
        t.layout === "form"
          ? fc
              .array(cell, { minLength: t.columns.length, maxLength: t.columns.length })
              .map((vals) => [["Field", "Value"], ...t.columns.map((c, i) => [c.header, vals[i]])])
          : grid(t.columns.map((c) => c.header)),
      ]),
    );
    fc.assert(
      fc.property(fc.record(tabArbs), (tabs) => {
        const wb: RawWorkbook = workbook(tabs as Record<string, unknown[][]>);
        const { model, issues } = analyze(wb);
        expect(Array.isArray(issues)).toBe(true);
        for (const i of issues) expect(typeof i.message).toBe("string");
        expect(numbers(model).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
      }),
      { numRuns: 300, seed: 20260302 },
    );
  });
});

describe("row order never renames a group", () => {
  const tabs = (owners: [string, string]) => {
    const t = minimalTabs();
    t.Creators = [
      ["Handle", "Platform", "Followers", "Cooperation model", "Owner"],
      ["ann", "tiktok", 10, "gifted", owners[0]],
      ["bob", "tiktok", 10, "gifted", owners[1]],
    ];
    return t;
  };

  it("owners Lee and lee in either row order → one owner group and one team row named Lee", () => {
    for (const owners of [
      ["Lee", "lee"],
      ["lee", "Lee"],
    ] as [string, string][]) {
      const { model } = run(tabs(owners));
      expect(model.groups.owner.map((g) => [g.key, g.creators])).toEqual([["Lee", 2]]);
      expect(model.team.map((t) => [t.member, t.creators])).toEqual([["Lee", 2]]);
    }
  });
});

describe("row order never renames a product", () => {
  it("SKU X9 and x9 (not in Products) in either row order → one product X9 with both rows' revenue", () => {
    for (const skus of [
      ["X9", "x9"],
      ["x9", "X9"],
    ]) {
      const t = minimalTabs();
      t.Conversions = [
        ["Date", "Creator", "SKU", "Orders", "Revenue"],
        ["2026-03-03", "ann", skus[0], 1, 10],
        ["2026-03-04", "ann", skus[1], 2, 25],
      ];
      const { model } = run(t);
      expect(model.products.map((p) => [p.product, p.skus.map((s) => s.sku), p.orders, p.revenue])).toEqual([
        ["X9", ["X9"], 3, 35],
      ]);
    }
  });
});
