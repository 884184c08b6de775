// The never-silent rule for values, as a property: one realistic value mutation
// of a valid generated campaign either leaves every KPI as it was, or brings a
// new finding that names the mutated cell or its column.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Analysis, analyze, type Issue, type RawWorkbook } from "../../core/index.ts";
import { type Tabs, validCampaign } from "./arbitraries.ts";
import { VALUE_MUTATIONS } from "./mutations-values.ts";

const SEED = 20_260_314;
const TIMEOUT = 180_000;

const workbook = (tabs: Tabs): RawWorkbook => ({
  tabs: Object.entries(tabs).map(([name, values]) => ({ name, values: values.map((r) => [...r]) })),
});
const key = (i: Issue) => `${i.severity}|${i.code}|${i.cell ?? i.tab}|${i.message}`;
const kpis = (a: Analysis) => JSON.stringify(a.model);

describe("never silent: value mutations", () => {
  it(
    "one value mutation of a valid campaign (1,000 runs, fixed seed) → every KPI unchanged, or a new finding naming the cell or its column",
    () => {
      let applied = 0;
      fc.assert(
        fc.property(
          validCampaign,
          fc.nat(VALUE_MUTATIONS.length - 1),
          fc.infiniteStream(fc.nat()),
          (tabs, which, seeds) => {
            const before = analyze(workbook(tabs));
            const wb = workbook(tabs);
            const mutation = VALUE_MUTATIONS[which]!;
            const it = seeds[Symbol.iterator]();
            const touched = mutation.apply(wb, (n) => (it.next().value as number) % n);
            if (!touched) return true;
            applied++;
            const after = analyze(wb);
            if (kpis(after) === kpis(before)) return true;
            const old = new Set(before.issues.map(key));
            const named = after.issues.filter(
              (i) =>
                !old.has(key(i)) &&
                i.tab === touched.tab &&
                (i.cell === touched.cell || i.column === touched.column),
            );
            if (named.length === 0)
              throw new Error(
                `${mutation.name} at ${touched.cell} changed the KPIs without a finding naming it`,
              );
            return true;
          },
        ),
        { numRuns: 1000, seed: SEED },
      );
      // Most runs find a cell to mutate: the property is not vacuous.
      expect(applied).toBeGreaterThan(700);
    },
    TIMEOUT,
  );

  it("every mutation applies to the sample-sized campaign at least once → none is dead code", () => {
    const sample = fc.sample(validCampaign, { numRuns: 200, seed: SEED });
    const dead = VALUE_MUTATIONS.filter(
      (m) => !sample.some((tabs, i) => m.apply(workbook(tabs), (n) => i % n) !== null),
    ).map((m) => m.name);
    expect(dead).toEqual([]);
  });
});
