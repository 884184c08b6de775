// Every chart spec the report and the comparison build is checked against the JSON
// schema the vega-lite package ships (the version that compiles it), so a spec that
// compiles leniently but is wrong is caught.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { compareCampaigns } from "../../../core/compare/index.ts";
import { chartConfig } from "../../../generator/charts/palette.ts";
import { costSpec, shareSpec } from "../../../generator/compare/chart-specs.ts";
import { compareText } from "../../../generator/compare/text.ts";
import { resolveLocale } from "../../../generator/i18n/locale.ts";
import { load } from "../../../generator/pipeline.ts";
import { sampleReport } from "./helpers.ts";

const require = createRequire(import.meta.url);

/** vega-lite's package "exports" hide build/vega-lite-schema.json: find it next to the resolved entry point. */
function schemaPath(): string {
  let dir = path.dirname(require.resolve("vega-lite"));
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "vega-lite")
      return path.join(dir, "build", "vega-lite-schema.json");
  }
  throw new Error("vega-lite's JSON schema was not found beside the vega-lite package");
}

// strict:false: the schema uses keywords ajv's strict mode rejects (unknown formats, unions).
const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath(), "utf8")) as object);

function describeError(e: ErrorObject): string {
  const extra =
    e.keyword === "additionalProperties"
      ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})`
      : "";
  return `${e.instancePath || "/"}: ${e.message ?? e.keyword}${extra}`;
}

/** Schema errors of a spec as "path: reason" lines; none when it is valid. */
function schemaErrors(spec: unknown): string[] {
  if (validate(spec) === true) return [];
  return [...new Set((validate.errors ?? []).map(describeError))];
}

describe("the vega-lite schema check itself", () => {
  it("accepts a valid spec", () => {
    expect(
      schemaErrors({
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        data: { values: [{ a: "x", b: 1 }] },
        mark: "bar",
        encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
      }),
    ).toEqual([]);
  });

  it("rejects an unknown mark, an unknown encoding type and a misspelt property", () => {
    expect(
      schemaErrors({ data: { values: [] }, mark: "barr", encoding: { x: { field: "a", type: "nominall" } } }),
    ).not.toEqual([]);
    expect(schemaErrors({ data: { values: [] }, mark: "bar", encodingg: {} })).not.toEqual([]);
  });
});

describe("the report's chart specs", () => {
  for (const locale of ["en", "ar"])
    it(`are valid Vega-Lite (${locale})`, async () => {
      const { charts } = await sampleReport(locale);
      expect(charts.length).toBeGreaterThan(5);
      for (const c of charts)
        expect({ id: c.id, errors: schemaErrors(c.spec) }).toEqual({ id: c.id, errors: [] });
    });
});

describe("the comparison's chart specs", () => {
  let specs: [string, unknown][] = [];
  beforeAll(async () => {
    const sources = [
      "templates/sample-earlier/spring-2025",
      "templates/sample-earlier/autumn-2025",
      "templates/sample",
    ];
    const cmp = compareCampaigns(await Promise.all(sources.map(async (s) => (await load(s)).model)));
    const x = compareText(cmp, resolveLocale("en", undefined));
    const cfg = chartConfig({ brand: "#1F3A5F", font: "Inter" });
    specs = [
      ["cost", costSpec(cmp, x, cfg)],
      ["share", shareSpec(cmp, x, cfg)],
    ];
  });

  it("are valid Vega-Lite", () => {
    for (const [id, spec] of specs) expect({ id, errors: schemaErrors(spec) }).toEqual({ id, errors: [] });
  });
});
