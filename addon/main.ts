// The bundle's entry: one implementation for every name of PUBLIC, which the build's top-level stubs call.
import { CPE, CPM, CREATOR_TIER, ENGAGEMENT_RATE, ROAS, ROI } from "./functions.ts";
import {
  clearMarks,
  computeKpis,
  createTemplate,
  diagnostics,
  importPastedExport,
  importRoster,
  insertSampleData,
  onInstall,
  onOpen,
  openSidebar,
  validate,
} from "./menu.ts";
import type { PUBLIC } from "./public.ts";
import { selectCell, sidebarData } from "./sidebar.ts";

type Fn = (...args: never[]) => unknown;

// Every PUBLIC name, and no other, has an implementation here (checked by the compiler).
export const HANDLERS = {
  onOpen,
  onInstall,
  createTemplate,
  insertSampleData,
  importPastedExport,
  validate,
  computeKpis,
  clearMarks,
  openSidebar,
  diagnostics,
  importRoster,
  sidebarData,
  selectCell,
  ENGAGEMENT_RATE,
  CPM,
  CPE,
  ROAS,
  ROI,
  CREATOR_TIER,
} satisfies Record<keyof typeof PUBLIC, Fn>;
