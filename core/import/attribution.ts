// Attribution through the Creators tab: discount codes, usernames and account handles,
// case-insensitive (a leading @ ignored), as the workbook's own validation matches them.
import { type Dataset, handleKey, textKey } from "../index.ts";

export interface Roster {
  /** A discount code → the creator's handle as typed on the Creators tab. */
  byCode(code: string): string | null;
  /** A username or account handle → the creator's handle as typed. */
  byHandle(name: string): string | null;
  /** Handles of the creators on one platform. */
  onPlatform(platform: string): string[];
  /** The commission rate on the creator's row (0 when blank). */
  rateOf(handle: string): number;
}

export function rosterOf(dataset: Pick<Dataset, "creators">): Roster {
  const codes = new Map<string, string>();
  const handles = new Map<string, string>();
  const platforms = new Map<string, string[]>();
  const rates = new Map<string, number>();
  for (const c of dataset.creators) {
    handles.set(handleKey(c.handle), c.handle);
    rates.set(c.handle, c.commission_rate ?? 0);
    if (c.discount_code) codes.set(textKey(c.discount_code), c.handle);
    platforms.set(c.platform, [...(platforms.get(c.platform) ?? []), c.handle]);
  }
  return {
    byCode: (code) => codes.get(textKey(code)) ?? null,
    byHandle: (name) => handles.get(handleKey(name)) ?? null,
    onPlatform: (p) => platforms.get(p) ?? [],
    rateOf: (h) => rates.get(h) ?? 0,
  };
}
