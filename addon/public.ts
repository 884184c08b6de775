// The add-on's public globals, listed once. The build appends one top-level
// `function name(…)` per entry to Code.js (Apps Script only calls top-level
// functions: menu items, triggers, google.script.run, custom functions), and
// main.ts must implement exactly these names.

interface Entry {
  kind: "trigger" | "menu" | "client" | "custom";
  params: readonly string[];
}

interface CustomEntry extends Entry {
  kind: "custom";
  /** Shown by Sheets' formula autocomplete. */
  summary: string;
  /** Parameter name → help text. */
  help: Readonly<Record<string, string>>;
  returns: string;
  /** Parameters that may be left out. */
  optional?: readonly string[];
}

const RANGE = "a number, or a range of them";

export const PUBLIC = {
  onOpen: { kind: "trigger", params: ["e"] },
  onInstall: { kind: "trigger", params: ["e"] },
  createTemplate: { kind: "menu", params: [] },
  insertSampleData: { kind: "menu", params: [] },
  /** A pasted shop or platform export → template rows, through the CLI's import code. */
  importPastedExport: { kind: "menu", params: [] },
  validate: { kind: "menu", params: [] },
  computeKpis: { kind: "menu", params: [] },
  clearMarks: { kind: "menu", params: [] },
  openSidebar: { kind: "menu", params: [] },
  /** A self-test on the user's own spreadsheet: what only a real sheet can tell. */
  diagnostics: { kind: "menu", params: [] },
  /** In the menu only when built with --with-roster-import (full spreadsheets scope). */
  importRoster: { kind: "menu", params: [] },
  sidebarData: { kind: "client", params: [] },
  selectCell: { kind: "client", params: ["target"] },
  ENGAGEMENT_RATE: {
    kind: "custom",
    params: ["engagements", "impressions"],
    summary:
      "Engagement rate: engagements / impressions, as a fraction. Blank when impressions are 0 or blank.",
    help: {
      engagements: `Likes + comments + shares + saves: ${RANGE}.`,
      impressions: `Impressions: ${RANGE}.`,
    },
    returns: "The engagement rate (0.035 = 3.5%), one per row for a range.",
  },
  CPM: {
    kind: "custom",
    params: ["cost", "impressions"],
    summary:
      "Cost per thousand impressions: cost / impressions × 1000. Blank when impressions are 0 or blank.",
    help: { cost: `Cost: ${RANGE}.`, impressions: `Impressions: ${RANGE}.` },
    returns: "The CPM, one per row for a range.",
  },
  CPE: {
    kind: "custom",
    params: ["cost", "engagements"],
    summary: "Cost per engagement: cost / engagements. Blank when engagements are 0 or blank.",
    help: { cost: `Cost: ${RANGE}.`, engagements: `Engagements: ${RANGE}.` },
    returns: "The cost per engagement, one per row for a range.",
  },
  ROAS: {
    kind: "custom",
    params: ["revenue", "cost"],
    summary: "Return on ad spend: revenue / cost. Blank when the cost is 0 or blank.",
    help: { revenue: `Revenue: ${RANGE}.`, cost: `Cost: ${RANGE}.` },
    returns: "The ROAS (2.5 = 2.5× the cost), one per row for a range.",
  },
  ROI: {
    kind: "custom",
    params: ["revenue", "cost"],
    summary: "Return on investment: (revenue − cost) / cost. Blank when the cost is 0 or blank.",
    help: { revenue: `Revenue: ${RANGE}.`, cost: `Cost: ${RANGE}.` },
    returns: "The ROI as a fraction (0.4 = 40% gain), one per row for a range.",
  },
  CREATOR_TIER: {
    kind: "custom",
    params: ["followers", "thresholds"],
    optional: ["thresholds"],
    summary: "Creator tier (nano, micro, mid, macro, mega) from the follower count.",
    help: {
      followers: `Followers: ${RANGE}.`,
      thresholds:
        'Optional: the four follower counts where micro, mid, macro and mega begin, as a range or text "10000, 100000, 500000, 1000000" (the default).',
    },
    returns: "The tier, one per row for a range.",
  },
} as const satisfies Record<string, Entry | CustomEntry>;

export type PublicName = keyof typeof PUBLIC;
type NamesOf<K extends Entry["kind"]> = {
  [N in PublicName]: (typeof PUBLIC)[N]["kind"] extends K ? N : never;
}[PublicName];
export type MenuHandler = NamesOf<"menu">;
export type CustomFunctionName = NamesOf<"custom">;

/** Name of the object the bundle's IIFE assigns; the stubs delegate to it. */
export const BUNDLE_GLOBAL = "PostmortemAddon";
