import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CREATOR_RATIOS, TAB_LIST, TOTALS } from "../../core/index.ts";
import { jsonDoc } from "../../scripts/docs-json.ts";
import { kpisDoc, templateDoc } from "../../scripts/docs.ts";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const STALE = "is out of date: run npm run docs";

describe("docs/ generated from the code", () => {
  it("docs/kpis.md matches the KPI registry", () => {
    const doc = read("docs/kpis.md");
    expect(doc, `docs/kpis.md ${STALE}`).toBe(kpisDoc());
    for (const k of TOTALS) expect(doc).toContain(`| \`${k.key}\` | ${k.label} | ${k.unit} |`);
    expect(doc).toContain("| sales | `revenue` (Revenue), `orders` (Orders), `roas` (ROAS), `roi` (ROI),");
    for (const k of CREATOR_RATIOS) expect(doc).toContain(`\`${k}\``);
  });

  it("docs/template.md matches the tab schema", () => {
    const doc = read("docs/template.md");
    expect(doc, `docs/template.md ${STALE}`).toBe(templateDoc());
    for (const tab of TAB_LIST) {
      expect(doc).toContain(`## ${tab.name}`);
      for (const c of tab.columns) expect(doc).toContain(`| ${c.header} | \`${c.key}\` |`);
    }
  });

  it("docs/json.md lists the keys the CLI writes", { timeout: 180_000 }, () => {
    const doc = read("docs/json.md");
    expect(doc, `docs/json.md ${STALE}`).toBe(jsonDoc());
    for (const key of ["campaign", "totals", "creators", "issues", "ok"])
      expect(doc).toContain(`- \`${key}\`:`);
  });
});
