import { describe, expect, it } from "vitest";
import { COOPERATION_MODELS, PLATFORMS, TIERS } from "../../../core/index.ts";
import {
  CHART_TEXT,
  contrastRatio,
  deltaE,
  MODEL_COLORS,
  PLATFORM_COLORS,
  scaleFor,
  TIER_COLORS,
  textOn,
} from "../../../generator/charts/palette.ts";

describe("palette", () => {
  it("gives every platform, tier and model its own colour", () => {
    for (const [keys, map] of [
      [PLATFORMS, PLATFORM_COLORS],
      [TIERS, TIER_COLORS],
      [COOPERATION_MODELS, MODEL_COLORS],
    ] as const) {
      const colours = keys.map((k) => (map as Record<string, string>)[k]);
      expect(colours.every(Boolean)).toBe(true);
      expect(new Set(colours).size).toBe(keys.length);
    }
  });

  it("keeps every group's colours apart for normal, protan, deutan and tritan vision", () => {
    // Black vs white: L* 0 vs 100, a* = b* = 0 → ΔE = 100 (checks the Lab conversion).
    expect(deltaE("#000000", "#FFFFFF")).toBeCloseTo(100, 3);
    // Every pair within a group must stay at least ΔE 10 apart once the deficiency is simulated
    // (Machado et al. 2009); the weakest pair today is twitch/blog for deutan, about 11.
    for (const map of [PLATFORM_COLORS, TIER_COLORS, MODEL_COLORS] as Record<string, string>[]) {
      const colours = Object.values(map);
      for (const vision of ["normal", "protan", "deutan", "tritan"] as const)
        for (let i = 0; i < colours.length; i++)
          for (let j = i + 1; j < colours.length; j++)
            expect(deltaE(colours[i]!, colours[j]!, vision)).toBeGreaterThanOrEqual(10);
    }
  });

  it("gives each dimension its own colours: no tier or deal type looks like a platform or each other", () => {
    // The creators page shows tiers, deal types and platforms together; ΔE 20 reads as a different colour.
    const groups = [PLATFORM_COLORS, TIER_COLORS, MODEL_COLORS].map((m) =>
      Object.values(m as Record<string, string>),
    );
    for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++)
        for (const x of groups[a]!)
          for (const y of groups[b]!) expect([x, y, deltaE(x, y) >= 20]).toEqual([x, y, true]);
  });

  it("computes WCAG contrast", () => {
    // Black on white: (1 + 0.05) / (0 + 0.05) = 21.
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBeCloseTo(1, 5);
  });

  it("keeps chart text at least 4.5:1 on white", () => {
    for (const c of Object.values(CHART_TEXT))
      expect(contrastRatio(c, "#FFFFFF")).toBeGreaterThanOrEqual(4.5);
  });

  it("picks a readable label colour on each fill", () => {
    expect(textOn("#F0E442")).toBe("#000000");
    expect(textOn("#0072B2")).toBe("#FFFFFF");
    for (const c of [...Object.values(PLATFORM_COLORS), ...Object.values(TIER_COLORS)])
      expect(contrastRatio(c, textOn(c))).toBeGreaterThanOrEqual(4.5);
  });

  it("builds scales with fixed colours and spare ones for unknown keys", () => {
    const s = scaleFor("platform", ["youtube", "tiktok", "mystery"]);
    expect(s.domain).toEqual(["youtube", "tiktok", "mystery"]);
    expect(s.range.slice(0, 2)).toEqual(["#D55E00", "#000000"]);
    // First Okabe–Ito colour not already used: blue.
    expect(s.range[2]).toBe("#0072B2");
  });
});
