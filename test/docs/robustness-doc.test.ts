import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC, listTests, render, toRows } from "../../scripts/robustness-doc.ts";

describe("docs/robustness.md", () => {
  it("matches the titles of the tests in test/hardening/ (run npm run docs:robustness)", () => {
    // vitest list runs as a child process with this run's VITEST* variables cleared.
    const tests = listTests();
    expect(tests.some((t) => t.file.endsWith("test/hardening/core-bad-input.test.ts"))).toBe(true);
    const expected = render(toRows(tests));
    const current = readFileSync(DOC, "utf8");
    expect(current, "docs/robustness.md is out of date: run npm run docs:robustness").toBe(expected);
  }, 120_000);

  it("splits each title into area, case tried and behaviour, one table per area", () => {
    const root = new URL("../..", import.meta.url).pathname;
    const rows = toRows([
      {
        name: "Sources: xlsx > a merged cell A|B → value kept in the first cell",
        file: `${root}test/hardening/xlsx.test.ts`,
      },
      {
        name: "Core: bad input > an empty workbook → missing-tab on Campaign",
        file: `${root}test/hardening/core.test.ts`,
      },
    ]);
    expect(rows).toEqual([
      {
        area: "Sources: xlsx",
        file: "test/hardening/xlsx.test.ts",
        tried: "a merged cell A|B",
        does: "value kept in the first cell",
      },
      {
        area: "Core: bad input",
        file: "test/hardening/core.test.ts",
        tried: "an empty workbook",
        does: "missing-tab on Campaign",
      },
    ]);
    const md = render(rows);
    expect(md.indexOf("## Core: bad input")).toBeLessThan(md.indexOf("## Sources: xlsx"));
    expect(md).toContain(
      "| a merged cell A\\|B | value kept in the first cell | `test/hardening/xlsx.test.ts` |",
    );
  });

  it("fails loudly on a title without the arrow, naming the test", () => {
    const root = new URL("../..", import.meta.url).pathname;
    expect(() =>
      toRows([
        {
          name: "Core: bad input > an empty workbook → missing-tab",
          file: `${root}test/hardening/a.test.ts`,
        },
        { name: "Core: bad input > an empty workbook", file: `${root}test/hardening/b.test.ts` },
      ]),
    ).toThrow(
      'These hardening tests lack " → " between the case tried and what the product does:\n  test/hardening/b.test.ts: "Core: bad input > an empty workbook"',
    );
  });
});
