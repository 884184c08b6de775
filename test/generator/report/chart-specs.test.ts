import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { vegaLocale } from "../../../generator/charts/render.ts";
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
    expect(costs.description).toBe("Creator fees was the largest cost: $63,050, 55.7% of the total.");
    expect(html).toContain('aria-label="Creator fees was the largest cost: $63,050, 55.7% of the total."');
    expect(html.match(/<svg\b/g)?.length).toBe(charts.length);
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
});
