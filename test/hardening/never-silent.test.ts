// The rule as a test: one realistic edit to one cell, header or tab of a valid campaign
// either leaves every KPI as it was, or brings a new finding that names what was edited
// (its cell, its column or its tab).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, columnLetter, type Issue, type RawWorkbook } from "../../core/index.ts";
import { type Tabs, validCampaign } from "./arbitraries.ts";
import { type Mutation, STRUCTURE_MUTATIONS, type Touched } from "./mutations.ts";
import { XLSX_MUTATIONS } from "./mutations-xlsx.ts";
// Value mutations (numbers, dates) have their own property test: never-silent-values.test.ts.
const MUTATIONS: Mutation[] = [...STRUCTURE_MUTATIONS, ...XLSX_MUTATIONS];

const workbook = (tabs: Tabs): RawWorkbook => ({
  tabs: Object.entries(tabs).map(([name, values]) => ({ name, values })),
});

const clone = (tabs: Tabs): Tabs =>
  Object.fromEntries(Object.entries(tabs).map(([k, g]) => [k, g.map((line) => [...line])]));

/** Every figure the KPIs hold, findings left aside. */
function figures(tabs: Tabs): string {
  const { issues: _, ...model } = analyze(workbook(tabs)).model;
  return JSON.stringify(model);
}

const key = (i: Issue) => `${i.severity}|${i.code}|${i.tab}|${i.cell}|${i.message}`;

/** A finding names the edit: its cell, a cell of its column, its column's header, or its tab as a whole. */
function names(i: Issue, t: Touched, header: string | null): boolean {
  if (i.tab !== t.tab) return false;
  if (t.col === null) return i.cell === null;
  const letter = columnLetter(t.col);
  const cellCol = i.cell ? /!\$?([A-Z]+)\d+$/.exec(i.cell)?.[1] : undefined;
  return (
    cellCol === letter || (header !== null && i.column === header) || (t.row !== null && i.row === t.row)
  );
}

describe("never a silent figure", () => {
  it("one realistic edit to a cell, header or tab of a valid campaign (1,000 runs) → every KPI unchanged, or a new finding names the cell, column or tab", async () => {
    await fc.assert(
      fc.asyncProperty(validCampaign, fc.nat(MUTATIONS.length - 1), fc.nat(), async (tabs, which, pick) => {
        const mutation = MUTATIONS[which]!;
        const after = clone(tabs);
        const touched = await mutation.apply(after, pick);
        if (!touched) return;
        const before = analyze(workbook(tabs));
        const seen = new Set(before.issues.map(key));
        const fresh = analyze(workbook(after)).issues.filter((i) => !seen.has(key(i)));
        if (figures(tabs) === figures(after)) return;
        const header = touched.col === null ? null : String(tabs[touched.tab]?.[0]?.[touched.col] ?? "");
        const named = fresh.some((i) => names(i, touched, header));
        expect(named, `${mutation.name} at ${JSON.stringify(touched)}: ${JSON.stringify(fresh)}`).toBe(true);
      }),
      { numRuns: 1000, seed: 20260314 },
    );
  });

  it("each mutation of the property test, on generated campaigns → applies (none is dead weight)", async () => {
    const applied = new Set<string>();
    await fc.assert(
      fc.asyncProperty(validCampaign, fc.nat(), async (tabs, pick) => {
        for (const m of MUTATIONS) if (await m.apply(clone(tabs), pick)) applied.add(m.name);
      }),
      { numRuns: 50, seed: 7 },
    );
    expect([...MUTATIONS.map((m) => m.name)].filter((n) => !applied.has(n))).toEqual([]);
  });

  it("through the .xlsx reader: a HYPERLINK filled down as a shared formula, and a shared copy saved without its result (100 runs) → every post keeps its URL, no KPI moves; the copy is an error on its cell", async () => {
    const [hyperlinks, uncached] = XLSX_MUTATIONS;
    await fc.assert(
      fc.asyncProperty(validCampaign, fc.nat(), async (tabs, pick) => {
        const linked = clone(tabs);
        if (await hyperlinks!.apply(linked, pick)) expect(figures(linked)).toBe(figures(tabs));
        const after = clone(tabs);
        const touched = await uncached!.apply(after, pick);
        if (!touched) return;
        const cell = `Content!${columnLetter(touched.col!)}${touched.row}`;
        const found = analyze(workbook(after)).issues.filter((i) => i.cell === cell);
        expect(found.map((i) => [i.severity, i.code])).toEqual([["error", "uncached-formula"]]);
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});
