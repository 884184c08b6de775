// Small builders for workbooks in tests: tabs as arrays of rows, row 0 the headers.
import { type Analysis, analyze, type Issue, type RawWorkbook } from "../../core/index.ts";

export type Tabs = Record<string, unknown[][]>;

export function workbook(tabs: Tabs): RawWorkbook {
  return { tabs: Object.entries(tabs).map(([name, values]) => ({ name, values })) };
}

/** A valid campaign of two creators and two posts; tests override single tabs. */
export function minimalTabs(): Tabs {
  return {
    Campaign: [
      ["Field", "Value"],
      ["Campaign name", "Mini"],
      ["Start date", "2026-03-02"],
      ["End date", "2026-03-08"],
      ["Objective", "sales"],
    ],
    Creators: [
      ["Handle", "Platform", "Followers", "Cooperation model", "Fee", "Discount code", "Owner"],
      ["ann", "instagram", 1000, "fixed_fee", 100, "ANN", ""],
      ["bob", "tiktok", 2000, "gifted", 0, "BOB", ""],
    ],
    Content: [
      ["Creator", "Post URL", "Format", "Published", "Impressions", "Reach", "Likes", "Clicks"],
      ["ann", "https://example.com/p/1", "image", "2026-03-03", 1000, 800, 50, 10],
      ["bob", "https://example.com/p/2", "short_video", "2026-03-04", 2000, 1500, 80, 20],
    ],
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
