// Small builders for workbooks in tests: tabs as arrays of rows, row 0 the headers
// (built from records by test/support/workbook.ts).
import { type Analysis, analyze, type Issue, type RawWorkbook } from "../../core/index.ts";
import { formGrid, tableGrid } from "../support/workbook.ts";

export type Tabs = Record<string, unknown[][]>;

export function workbook(tabs: Tabs): RawWorkbook {
  return { tabs: Object.entries(tabs).map(([name, values]) => ({ name, values })) };
}

/** A valid campaign of two creators and two posts; tests override single tabs. */
export function minimalTabs(): Tabs {
  return {
    Campaign: formGrid("campaign", {
      name: "Mini",
      start_date: "2026-03-02",
      end_date: "2026-03-08",
      objective: "sales",
      currency: "USD",
    }),
    Creators: tableGrid("creators", [
      {
        handle: "ann",
        platform: "instagram",
        followers: 1000,
        cooperation_model: "fixed_fee",
        fee: 100,
        discount_code: "ANN",
        owner: "",
      },
      {
        handle: "bob",
        platform: "tiktok",
        followers: 2000,
        cooperation_model: "gifted",
        fee: 0,
        discount_code: "BOB",
        owner: "",
      },
    ]),
    Content: tableGrid("content", [
      {
        creator: "ann",
        url: "https://example.com/p/1",
        format: "image",
        published: "2026-03-03",
        impressions: 1000,
        reach: 800,
        likes: 50,
        clicks: 10,
      },
      {
        creator: "bob",
        url: "https://example.com/p/2",
        format: "short_video",
        published: "2026-03-04",
        impressions: 2000,
        reach: 1500,
        likes: 80,
        clicks: 20,
      },
    ]),
  };
}

export function run(tabs: Tabs, timeZone?: string): Analysis {
  return analyze(workbook(tabs), timeZone ? { timeZone } : {});
}

/** The issues without their sentences, for compact comparisons. */
export const brief = (issues: readonly Issue[]) =>
  issues.map((i) => ({ severity: i.severity, code: i.code, cell: i.cell ?? i.tab }));

/** Issues other than the per-tab "rows left out" summaries. */
export const findings = (issues: readonly Issue[]) => issues.filter((i) => i.code !== "rows-excluded");
