import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { vegaLocale } from "../../../generator/charts/render.ts";
import { Translator } from "../../../generator/i18n/translator.ts";
import { chartFigures, markerSegments } from "../../../generator/report/chart-specs.ts";
import { sampleReport } from "./helpers.ts";

// The package's exports leave the schema out, so it is read from its file.
const schema = JSON.parse(
  readFileSync(
    resolve(
      dirname(fileURLToPath(import.meta.url)),
      "../../../node_modules/vega-lite/build/vega-lite-schema.json",
    ),
    "utf8",
  ),
) as object;
// The Vega-Lite schema is draft-07 and uses a few non-standard keywords; strict mode would refuse them.
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validate = ajv.compile(schema);

describe("chart specs", () => {
  it("the validator refuses a broken spec (so passing means something)", () => {
    expect(validate({ mark: "nonsense", data: { values: [] } })).toBe(false);
  });

  it.each(["en", "zh-CN", "vi", "da", "ar"])(
    "validate against the shipped Vega-Lite schema (%s)",
    async (locale) => {
      const { charts } = await sampleReport(locale);
      // The sample has a chart for costs, tiers, deal types, cost vs revenue, platforms, products, trend, formats and traffic.
      expect(charts.map((c) => c.id).sort()).toEqual(
        [
          "cooperation_model_roas",
          "costs",
          "formats",
          "platform_share",
          "products",
          "scatter",
          "tier_roas",
          "traffic",
          "trend",
        ].sort(),
      );
      for (const c of charts) {
        const ok = validate(c.spec);
        expect(
          ok ? [] : (validate.errors ?? []).slice(0, 3).map((e) => `${c.id} ${e.instancePath} ${e.message}`),
        ).toEqual([]);
      }
    },
  );

  it("every spec carries the renderer's d3 locale (one source of truth): Danish decimal comma, day-first dates", async () => {
    const { charts } = await sampleReport("da");
    const locale = vegaLocale("da", "USD") as {
      number: Record<string, unknown>;
      time: Record<string, unknown>;
    };
    expect(locale.number.decimal).toBe(",");
    expect(locale.number.thousands).toBe(".");
    expect(locale.time.date).toBe("%-d.%-m.%Y");
    expect((locale.time.shortMonths as string[])[2]).toBe("mar.");
    for (const c of charts) expect((c.spec.config as { locale?: unknown }).locale).toEqual(locale);
  });

  it("each chart has a title and a text alternative stating its finding, inlined as SVG", async () => {
    const { charts, html } = await sampleReport("en");
    for (const c of charts) {
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.description).toMatch(/\d/);
    }
    const costs = charts.find((c) => c.id === "costs")!;
    // Creator fees: Σ fees of the counted creators = 63,050, 55.7% of 113,101.
    expect(costs.description).toBe("Largest cost: Creator fees, $63,050 (55.7% of the total).");
    expect(html).toContain('aria-label="Largest cost: Creator fees, $63,050 (55.7% of the total)."');
    expect(html.match(/<svg\b/g)?.length).toBe(charts.length);
  });

  it("calls a group the best only among those large enough to judge when a small test did better", async () => {
    const { charts } = await sampleReport("en");
    // Tiers: micro's 4.58× is the highest bar. Deal types: gifted (6.44×, $570) and affiliate
    // (5.24×, $6,278 = 7.4 % of creator cost) beat hybrid's 4.84× but are small tests.
    expect(charts.find((c) => c.id === "tier_roas")?.description).toBe(
      "Micro creators returned $4.58 for every $1.00 spent, the best of any tier.",
    );
    expect(charts.find((c) => c.id === "cooperation_model_roas")?.description).toBe(
      "Hybrid deals returned $4.84 for every $1.00 spent, the best of the deal types large enough to judge.",
    );
  });

  it("formats axis numbers for the locale", async () => {
    const { charts } = await sampleReport("da");
    const trend = charts.find((c) => c.id === "trend")!;
    const locale = (
      trend.spec.config as { locale: { number: { decimal: string; thousands: string; currency: string[] } } }
    ).locale.number;
    expect(locale.decimal).toBe(",");
    expect(locale.thousands).toBe(".");
    expect(locale.currency).toEqual(["", "\u00a0US$"]);
  });

  it("colours each platform the same in every chart", async () => {
    const { charts } = await sampleReport("en");
    const plat = charts.find((c) => c.id === "platform_share")!;
    const json = JSON.stringify(plat.spec);
    // TikTok is listed first and keeps its palette colour.
    expect(json).toMatch(/"domain":\["tiktok"/);
  });

  it("a chart's figures of one unit share the decimals of the most demanding one, as a table column does", () => {
    const t = new Translator("en", "en-US", "USD");
    // 0.34 % is below 1 %, so it needs two decimals and the whole chart shows two.
    expect(chartFigures(t, [0.557, 0.0034], "rate")).toEqual(["55.70%", "0.34%"]);
    expect(chartFigures(t, [0.557, 0.2], "rate")).toEqual(["55.7%", "20.0%"]);
    // The table beside the chart also lists a 0.4 % SKU: the chart follows its column.
    expect(chartFigures(t, [0.25, 0.5], "rate", [0.25, 0.004, 0.5])).toEqual(["25.00%", "50.00%"]);
    // $47.50 is below $100, so it keeps its cents and $5,398 shows them too.
    expect(chartFigures(t, [5398, 47.5], "money")).toEqual(["$5,398.00", "$47.50"]);
    expect(chartFigures(t, [63050, 386], "money")).toEqual(["$63,050", "$386"]);
    expect(chartFigures(t, [0.4, null], "rate")).toEqual(["40.0%", "–"]);
  });

  it("the cost chart prints every share with the two decimals its smallest (shipping, 0.34 %) needs", async () => {
    const { charts } = await sampleReport("en");
    const costs = charts.find((c) => c.id === "costs")!;
    const texts = (costs.spec as { data: { values: { text: string }[] } }).data.values.map((r) => r.text);
    // Total cost 113,101: fees 63,050 → 55.75 %, agency 4,500 → 3.98 %, shipping 386 → 0.34 %.
    expect(texts[0]).toBe("$63,050 · 55.75%");
    expect(texts).toContain("$4,500 · 3.98%");
    expect(texts.at(-1)).toBe("$386 · 0.34%");
  });

  it("a Journal marker's line leaves a gap where it would cross the peak or mean label", async () => {
    // A label box from x 90 to 150 and y 30 to 43, with 2 px kept clear around it.
    const box = { x0: 90, x1: 150, y0: 30, y1: 43 };
    expect(markerSegments(100, [box])).toEqual([
      { y: 12, y2: 28 },
      { y: 45, y2: 170 },
    ]);
    expect(markerSegments(160, [box])).toEqual([{ y: 12, y2: 170 }]);
    // The sample: 38 days on 530 px, 13.95 px a day; "Peak Mar 12: $20,570" starts 8 px after the
    // middle of Mar 12's band (day 10: 10.5 × 13.95 + 8 = 154.4), so the markers of Mar 13 and 15 (5 and 6) are cut.
    const { charts } = await sampleReport("en");
    const trend = charts.find((c) => c.id === "trend")!;
    const json = JSON.stringify(trend.spec);
    const markers = JSON.parse(/"data":\{"values":(\[\{"date":"[^\]]*"y2"[^\]]*\])/.exec(json)![1]!) as {
      date: string;
    }[];
    const pieces = (date: string) => markers.filter((m) => m.date === date).length;
    expect(pieces("2026-03-13")).toBe(2);
    expect(pieces("2026-03-15")).toBe(2);
    expect(pieces("2026-03-02")).toBe(1);
  });

  it("the scatter names its two lines in a legend, not on the plot where the handles are", async () => {
    const { charts } = await sampleReport("da");
    const scatter = charts.find((c) => c.id === "scatter")!;
    const json = JSON.stringify(scatter.spec);
    // The campaign's ROAS on creator cost is 2.38×, as its card says.
    expect(json).toContain('"domain":["Nulpunkt","Kampagnens ROAS på creator-omkostning 2,38×"]');
    // The lines are one layer of line marks, with no text beside them.
    const lines = (scatter.spec as { layer: { mark: { type: string }; layer?: unknown }[] }).layer[0]!;
    expect(lines.mark.type).toBe("line");
    expect(lines.layer).toBeUndefined();
  });
});
