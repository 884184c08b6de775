// What both sample generators share: seeded randomness and writing a workbook as one
// CSV per tab. Calendar arithmetic is the core's (addDays, daysBetween).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TABS, type TabKey } from "../../core/index.ts";
import type { Grid } from "../workbook.ts";

export type Rng = () => number;

/** mulberry32: a small seeded PRNG, so every run writes the same rows. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, the seed of the main sample's PRNGs. */
export function fnv1a(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A 31-polynomial string hash, the seed of the earlier seasons' PRNGs. */
export const polyHash = (s: string): number =>
  [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** A cell as its CSV text reads back: blank for null and undefined. */
export const cellText = (v: unknown): string => (v === undefined || v === null ? "" : String(v));

/** The grid as a CSV file reads back: every cell text. */
export const textGrid = (grid: Grid): string[][] => grid.map((row) => row.map(cellText));

function csvCell(v: unknown): string {
  const s = cellText(v);
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes each tab as `<tab name>.csv` in `dir`. */
export function writeTabs(dir: string, tabs: Partial<Record<TabKey, Grid>>): void {
  mkdirSync(dir, { recursive: true });
  for (const [key, grid] of Object.entries(tabs)) {
    const lines = (grid ?? []).map((r) => r.map(csvCell).join(","));
    writeFileSync(join(dir, `${TABS[key as TabKey].name}.csv`), `${lines.join("\n")}\n`, "utf8");
  }
}
