// Checks a Vega-Lite spec against the JSON schema the vega-lite package ships (the
// version that compiles it), so a spec that compiles leniently but is wrong is caught.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);

/** vega-lite's package "exports" hide build/vega-lite-schema.json: find it next to the resolved entry point. */
export function schemaPath(): string {
  let dir = path.dirname(require.resolve("vega-lite"));
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "vega-lite"
    ) {
      return path.join(dir, "build", "vega-lite-schema.json");
    }
  }
  throw new Error("vega-lite's JSON schema was not found beside the vega-lite package");
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // ajv's CJS default export; draft-07 is its default dialect.
    const Ajv = require("ajv") as typeof import("ajv").default;
    const schema = JSON.parse(readFileSync(schemaPath(), "utf8")) as object;
    // strict:false: the schema uses keywords ajv's strict mode rejects (e.g. unknown formats, unions).
    const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: false, validateFormats: false });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath || "/";
  const extra =
    e.keyword === "additionalProperties"
      ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})`
      : "";
  return `${at}: ${e.message ?? e.keyword}${extra}`;
}

/** Schema check of a Vega-Lite spec; errors are "path: reason" lines. */
export function validateSpec(spec: unknown): { valid: boolean; errors: string[] } {
  const validate = validator();
  const valid = validate(spec) === true;
  return { valid, errors: valid ? [] : [...new Set((validate.errors ?? []).map(describe))] };
}
