// Other workbooks: every objective, and tabs left out, render in every language without
// a crash, an empty chart, "NaN" or an unfilled {placeholder}.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../core/index.ts";
import { renderReport } from "../../../generator/report/index.ts";
import { readCsvFolder } from "../../../generator/sources/csv.ts";
import { syntheticCampaign } from "../../bench/synthetic.ts";
import { editedSample, GENERATED, textOf } from "./helpers.ts";

const OPTIONAL = [
  "Goals",
  "Conversions",
  "Products",
  "Costs",
  "Team",
  "Baseline",
  "Retrospective",
  "Journal",
];

async function render(edit: Parameters<typeof editedSample>[0], locale: string) {
  const dir = await editedSample(edit);
  return renderReport(analyze(await readCsvFolder(dir)), {
    ...(locale ? { locale } : {}),
    generated: GENERATED,
  });
}

function expectClean(html: string) {
  const text = textOf(html);
  expect(text).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
  expect(text).not.toMatch(/\{[a-z_]+\}/);
}

describe("other workbooks", () => {
  it.each(["awareness", "engagement", "traffic", "leads", "audience"])(
    "objective %s picks its own headline KPIs",
    async (objective) => {
      const r = await render(
        (tab, csv) => (tab === "Campaign" ? csv.replace("Objective,sales", `Objective,${objective}`) : csv),
        "vi",
      );
      expectClean(r.html);
      expect(r.view.objective).toBe(objective);
      expect(r.view.summary.headline.length).toBeGreaterThan(0);
      expect(r.view.summary.headline.map((h) => h.kpi)).not.toContain("revenue");
    },
  );

  it.each(["en", "zh-CN", "vi", "da", "ar"])(
    "with only Campaign, Creators and Content (%s)",
    async (locale) => {
      const r = await render((tab, csv) => (OPTIONAL.includes(tab) ? null : csv), locale);
      expectClean(r.html);
      // No sales data: products, trend and goals go; summary, creators, content and the appendix stay.
      expect(r.view.sections).toEqual([
        "summary",
        "spend",
        "creators",
        "content",
        "team",
        "recommendations",
        "appendix",
      ]);
      expect(r.view.omitted.map((o) => o.id)).toEqual([
        "goals",
        "products",
        "trend",
        "traffic",
        "retrospective",
      ]);
      expect(r.html).not.toContain('id="s-trend"');
    },
  );

  it("takes the language from the Campaign tab when --locale is absent", async () => {
    const r = await render(
      (tab, csv) => (tab === "Campaign" ? csv.replace("Locale,en", "Locale,da-DK") : csv),
      "",
    );
    expect(r.locale).toEqual({ lang: "da", locale: "da-DK", dir: "ltr" });
    expect(r.html).toContain('<html lang="da"');
  });
});

describe("a big campaign", () => {
  it("prints the first 300 posts in the appendix and says where the rest are", async () => {
    const a = analyze(syntheticCampaign({ posts: 1200, creators: 80, conversions: 400 }));
    const r = await renderReport(a, { generated: GENERATED });
    expect(r.view.appendix.posts).toHaveLength(300);
    expect(r.view.appendix.posts_total).toBe(a.model.posts.length);
    expect(textOf(r.html)).toContain(
      `The first 300 of ${a.model.posts.length.toLocaleString("en")} rows; the JSON file has them all.`,
    );
    expectClean(r.html);
  });
});
