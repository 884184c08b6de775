// The core bundles into Apps Script: it may import only itself and
// nothing from Node, Google or the DOM. (core/tsconfig.json's `types: []` and
// `lib: ["ES2022"]` also make any Node/DOM global a type error.)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = resolve(import.meta.dirname, "../../core");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Module specifiers of static imports/exports, dynamic import() and require(). */
function specifiers(source: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;
  return [...source.matchAll(re)].map((m) => m[1]!);
}

const allowed = (spec: string) => spec.startsWith("./") || spec.startsWith("../");

describe("core purity", () => {
  it("finds the imports it scans for", () => {
    expect(
      specifiers(`import a from "node:fs";\nexport * from "./x.ts";\nconst b = await import("googleapis");`),
    ).toEqual(["node:fs", "./x.ts", "googleapis"]);
    expect(allowed("node:fs")).toBe(false);
    expect(allowed("@googleapis/sheets")).toBe(false);
  });

  it("core/**/*.ts imports only relative modules, never leaving core/", () => {
    const bad: string[] = [];
    const files = tsFiles(CORE);
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        const rel = relative(CORE, file);
        if (!allowed(spec)) bad.push(`${rel}: ${spec}`);
        else if (spec.startsWith(".") && relative(CORE, resolve(file, "..", spec)).startsWith(".."))
          bad.push(`${rel}: ${spec} (outside core/)`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("core uses no Node or DOM globals", () => {
    const globals =
      /\b(process\.|Buffer\.|require\(|__dirname|window\.|document\.|globalThis\.fetch|localStorage)/;
    const bad = tsFiles(CORE).filter((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .some((l) => !l.trim().startsWith("//") && !l.trim().startsWith("*") && globals.test(l)),
    );
    expect(bad.map((f) => relative(CORE, f))).toEqual([]);
  });
});
