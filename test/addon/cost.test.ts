// Validate and Compute KPIs on 2,000 creators and 20,000 posts, priced by the fake's cost model
// (COST_MS): clean, and after someone pasted over a whole computed column.
import { beforeAll, describe, expect, it } from "vitest";
import { COMPUTED_KEY } from "../../addon/computed.ts";
import { runCompute, runValidate } from "../../addon/run.ts";
import { syntheticCampaign } from "../bench/synthetic.ts";
import { type FakeSheet, type FakeSpreadsheet, installGlobals } from "../support/spreadsheet.ts";
import { spreadsheetOf } from "./fixture.ts";

/** Apps Script stops a run after 6 minutes; "far inside" is a sixth of it. */
const FAR_INSIDE_MS = 60_000;
const POSTS = 20_000;

interface Cost {
  calls: number;
  ms: number;
}
const priced = (ss: FakeSpreadsheet, run: () => unknown): Cost => {
  ss.calls.reset();
  run();
  return { calls: ss.calls.count, ms: ss.calls.ms };
};
const colOf = (s: FakeSheet, key: string) =>
  s.colMeta.findIndex((list) => list.some((m) => m.key === COMPUTED_KEY && m.value === key)) + 1;

describe("2,000 creators, 20,000 posts", () => {
  let ss: FakeSpreadsheet;
  const cost: Record<string, Cost> = {};
  beforeAll(() => {
    ss = spreadsheetOf(syntheticCampaign({ posts: POSTS, creators: 2_000, conversions: 20_000 }));
    installGlobals(ss);
    runCompute(ss); // the first Compute adds the columns and the ledger
    cost.validate = priced(ss, () => runValidate(ss));
    cost.compute = priced(ss, () => runCompute(ss));
    // Someone pastes 7 over the whole Engagements column of Content (every data row).
    const content = ss.sheets.find((s) => s.name === "Content")!;
    const col = colOf(content, "engagements");
    for (let r = 2; r <= POSTS + 1; r++) content.userSet(r, col, 7);
    cost.pastedValidate = priced(ss, () => runValidate(ss));
    cost.pastedCompute = priced(ss, () => runCompute(ss));
    // What was pasted is kept on every cell.
    expect(content.values.slice(1, POSTS + 1).every((r) => r[col - 1] === 7)).toBe(true);
  }, 300_000);

  it("Validate and Compute stay far inside the 6-minute limit, clean and pasted over", () => {
    for (const [run, c] of Object.entries(cost)) expect(c.ms, run).toBeLessThan(FAR_INSIDE_MS);
  });

  it("a pasted-over column costs at most 1.2 × the calls of a clean run", () => {
    expect(cost.pastedCompute!.calls).toBeLessThanOrEqual(1.2 * cost.compute!.calls);
    expect(cost.pastedValidate!.calls).toBeLessThanOrEqual(1.2 * cost.validate!.calls);
  });
});
