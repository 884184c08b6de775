import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { render } from "../../scripts/docs.ts";
import { TAB_LIST } from "../../core/index.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README references", () => {
  it("match the core's schema and KPI registry (run `npm run docs` after changing them)", () => {
    expect(render(readme)).toBe(readme);
  });

  it("list every column of every tab", () => {
    for (const tab of TAB_LIST)
      for (const c of tab.columns) expect(readme).toContain(`| ${c.header} | \`${c.key}\` |`);
  });
});
