// Edge cases of the KPI definitions (docs/kpis.md), each with its
// figures worked out by hand on a tiny campaign (test/core/helpers.ts minimalTabs:
// ann 1,000 followers, fee 100, 50 likes; bob 2,000 followers, gifted, 80 likes).
import { describe, expect, it } from "vitest";
import { buildReportView } from "../../core/present/index.ts";
import { minimalTabs, run, type Tabs } from "./helpers.ts";

const tabsWith = (over: Tabs): Tabs => ({ ...minimalTabs(), ...over });

describe("er_followers of the campaign", () => {
  it("a post whose creator row has an error → left out of both sides, not only the followers", () => {
    const tabs = minimalTabs();
    tabs.Creators![2]![2] = "lots"; // bob's Followers: an error, bob's row is left out
    const { model } = run(tabs);
    // Engagements count every post: 50 + 80 = 130.
    expect(model.totals.engagements).toBe(130);
    // Followers are known for ann's post only: 50 / 1,000, not 130 / 1,000.
    expect(model.totals.er_followers).toBe(0.05);
  });

  it("every creator valid → engagements / Σ followers over posts, as before", () => {
    // (50 + 80) / (1,000 + 2,000)
    expect(run(minimalTabs()).model.totals.er_followers).toBeCloseTo(130 / 3000, 12);
  });
});

describe("sales of a creator whose row has an error", () => {
  it("count as unattributed, so the parts add up: 10 (ann) + 95 unattributed = 105", () => {
    const tabs = tabsWith({
      Conversions: [
        ["Date", "Creator", "Orders", "Revenue"],
        ["2026-03-03", "ann", 1, 10],
        ["2026-03-03", "bob", 1, 90],
        ["2026-03-04", "", 1, 5],
      ],
    });
    tabs.Creators![2]![2] = "lots"; // bob's Followers: an error, bob is not a creator of the model
    const { model } = run(tabs);
    expect(model.totals.revenue).toBe(105);
    expect(model.creators.map((c) => [c.handle, c.revenue])).toEqual([["ann", 10]]);
    expect(model.totals.unattributed_revenue).toBe(95);
    expect(model.totals.unattributed_orders).toBe(2);
    // The "(unspecified)" product (no SKU) was sold by one creator of the model: ann.
    expect(model.products.map((p) => [p.product, p.creators])).toEqual([["(unspecified)", 1]]);
  });
});

describe("goals with a target at or below zero", () => {
  // Costs: ann's fee 100 (bob is gifted at 0). Revenue 90 → ROI (90 − 100) / 100 = −10%.
  const sales = {
    Conversions: [
      ["Date", "Creator", "Orders", "Revenue"],
      ["2026-03-03", "ann", 1, 90],
    ],
  };
  const goal = (target: unknown) =>
    run(
      tabsWith({
        ...sales,
        Goals: [
          ["KPI", "Target"],
          ["roi", target],
        ],
      }),
    );

  it("ROI −10% against a goal of −20% → met, with no percentage of target", () => {
    const [g] = goal(-0.2).model.goals;
    expect(g).toEqual({ kpi: "roi", target: -0.2, actual: -0.1, attainment: null, met: true });
  });

  it("ROI −10% against a goal of 0 → missed, with no percentage of target", () => {
    const [g] = goal(0).model.goals;
    expect(g).toMatchObject({ actual: -0.1, attainment: null, met: false });
  });

  it("ROI −10% against a goal of +50% → missed at −20% of target (attainment ≥ 1 exactly when met)", () => {
    const [g] = goal(0.5).model.goals;
    expect(g!.attainment).toBeCloseTo(-0.2, 12);
    expect(g!.met).toBe(false);
  });
});

describe("gross profit needs the units sold", () => {
  const products = [
    ["SKU", "Product", "Unit cost"],
    ["S1", "Serum", 10],
  ];

  it("Units given → revenue − units × unit cost: 100 − 3 × 10 = 70", () => {
    const { model } = run(
      tabsWith({
        Products: products,
        Conversions: [
          ["Date", "Creator", "SKU", "Orders", "Units", "Revenue"],
          ["2026-03-03", "ann", "S1", 1, 3, 100],
        ],
      }),
    );
    expect(model.products.map((p) => [p.product, p.gross_profit])).toEqual([["Serum", 70]]);
    expect(model.totals.gross_profit).toBe(70);
  });

  it("no Units column → gross profit unknown (null), not the whole revenue", () => {
    const { model } = run(
      tabsWith({
        Products: products,
        Conversions: [
          ["Date", "Creator", "SKU", "Orders", "Revenue"],
          ["2026-03-03", "ann", "S1", 1, 100],
        ],
      }),
    );
    expect(model.products[0]!.gross_profit).toBeNull();
    expect(model.totals.gross_profit).toBeNull();
  });

  it("one sale of the SKU with blank Units → that SKU's gross profit is unknown", () => {
    const { model } = run(
      tabsWith({
        Products: products,
        Conversions: [
          ["Date", "Creator", "SKU", "Orders", "Units", "Revenue"],
          ["2026-03-03", "ann", "S1", 1, 3, 100],
          ["2026-03-04", "bob", "S1", 1, "", 40],
        ],
      }),
    );
    expect(model.products[0]!.units).toBe(3);
    expect(model.products[0]!.gross_profit).toBeNull();
  });
});

describe("an SKU missing from Products", () => {
  it("spelled like a catalog product's name → still its own product", () => {
    const { model } = run(
      tabsWith({
        Products: [
          ["SKU", "Product", "Unit cost"],
          ["S1", "Serum", 10],
        ],
        Conversions: [
          ["Date", "Creator", "SKU", "Orders", "Units", "Revenue"],
          ["2026-03-03", "ann", "S1", 1, 2, 100],
          ["2026-03-04", "bob", "Serum", 1, 1, 40],
        ],
      }),
    );
    // Catalog Serum: 100 − 2 × 10 = 80. The unknown SKU "Serum" has no unit cost.
    expect(
      model.products.map((p) => ({ product: p.product, skus: p.skus.map((s) => s.sku), gp: p.gross_profit })),
    ).toEqual([
      { product: "Serum", skus: ["S1"], gp: 80 },
      { product: "Serum", skus: ["Serum"], gp: null },
    ]);
  });
});

describe("the verdict on goals without a percentage of target", () => {
  // ROI −10% (as above) against a break-even goal (0): missed, attainment null.
  // CPA: cost 100 / 1 order = 100 against a target of 150 → met at 150%.
  const view = (goals: unknown[][]) => {
    const { model, notes } = run(
      tabsWith({
        Conversions: [
          ["Date", "Creator", "Orders", "Revenue"],
          ["2026-03-03", "ann", 1, 90],
        ],
        Goals: [["KPI", "Target"], ...goals],
      }),
    );
    return buildReportView(model, notes).summary.verdict[0]!;
  };

  it("break-even ROI missed next to a met CPA → '1 of 2 met', ROI named with its figures, no percentage", () => {
    const v = view([
      ["roi", 0],
      ["cpa", 150],
    ]);
    expect(v.key).toBe("verdict.goals_some_plain");
    expect(v.args).toMatchObject({ met: { value: 1 }, total: { value: 2 } });
    // Named with its basis: the goal's ROI is on revenue over the total cost.
    expect(v.args.worst).toEqual({ kind: "label", key: "conclusions.basis.total.roi" });
    expect(v.args.worst_att).toBeUndefined();
  });

  it("ROI −10% against a −20% goal, and the CPA → all 2 met, CPA named best at 150%", () => {
    const v = view([
      ["roi", -0.2],
      ["cpa", 150],
    ]);
    expect(v.key).toBe("verdict.goals_all");
    expect(v.args.total).toMatchObject({ value: 2 });
    expect((v.args.best_att as { value: number }).value).toBe(1.5);
  });
});

describe("Retrospective rows without a Section", () => {
  // Only Item is required. A note with no section is kept as an "other" note.
  const view = () => {
    const { model, notes, issues } = run(
      tabsWith({
        Retrospective: [
          ["Section", "Item", "Answer"],
          ["process", "Where did approvals wait?", "Legal, five days"],
          ["", "Send the brief a week earlier", ""],
        ],
      }),
    );
    return { issues, answers: buildReportView(model, notes).retrospective.answers };
  };

  it("→ no finding; listed under 'other' after the standard sections", () => {
    const { issues, answers } = view();
    expect(issues).toEqual([]);
    expect(answers).toEqual([
      {
        section: "process",
        items: [{ item: "Where did approvals wait?", answer: "Legal, five days", owner: null }],
      },
      { section: "other", items: [{ item: "Send the brief a week earlier", answer: null, owner: null }] },
    ]);
  });
});
