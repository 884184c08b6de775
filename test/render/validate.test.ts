import { describe, expect, it } from "vitest";
import { validateSpec } from "../../generator/render/validate.ts";

describe("validateSpec", () => {
  it("accepts a valid Vega-Lite spec", () => {
    const r = validateSpec({
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      data: { values: [{ a: "x", b: 1 }] },
      mark: "bar",
      encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
    });
    expect(r).toEqual({ valid: true, errors: [] });
  });

  it("rejects an unknown mark and an unknown encoding type", () => {
    const r = validateSpec({
      data: { values: [] },
      mark: "barr",
      encoding: { x: { field: "a", type: "nominall" } },
    });
    expect(r.valid).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it("rejects a misspelt property", () => {
    const r = validateSpec({ data: { values: [] }, mark: "bar", encodingg: {} });
    expect(r.valid).toBe(false);
  });
});
