// What every cross-tab rule shares: comparable keys, cell references, and how an error leaves its row out.
import { handleKey } from "../parse/cells.ts";
import type { ParsedTab } from "../parse/table.ts";
import type { Issue } from "../issues/issue.ts";
import { type CellRef, cellIssue, type IssueList } from "../issues/list.ts";
import type { Said } from "../issues/messages.ts";
import { textKey } from "../schema/keys.ts";

/** Comparable forms of handles and codes. They repeat across thousands of rows: each distinct spelling is worked out once. */
export interface Keys {
  /** A handle: as handleKey compares it (case, width, invisible characters, a leading @ ignored). */
  handle(s: string): string;
  /** Codes, SKUs, member names: as textKey compares them (case, width, invisible characters, outer spaces ignored). */
  lower(s: string): string;
}

/** `f` worked out once per distinct string (handles, codes and SKUs repeat across thousands of rows); `f` never returns undefined. */
export function cached<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = f(s)));
    return v;
  };
}

export function cachedKeys(): Keys {
  return { handle: cached(handleKey), lower: cached(textKey) };
}

/** The cell of column `key` in a row of a parsed tab. */
export function cellOf(tab: ParsedTab<unknown>, row: number, key: string): CellRef {
  const meta = tab.def.columns.find((m) => m.key === key)!;
  return { tab: tab.def.name, row, col: tab.columns.get(key) ?? 0, column: meta.header };
}

export function warn(
  issues: IssueList,
  tab: ParsedTab<unknown>,
  row: number,
  key: string,
  code: Issue["code"],
  message: Said,
): void {
  issues.add(cellIssue("warning", code, cellOf(tab, row, key), message));
}

/** An error that leaves its row out of the KPIs: reported on the row's `key` cell, the row marked. */
export function leaveOut(
  issues: IssueList,
  tab: ParsedTab<unknown>,
  r: { row: number; excluded: boolean },
  key: string,
  code: Issue["code"],
  message: Said,
): void {
  issues.add(cellIssue("error", code, cellOf(tab, r.row, key), message));
  r.excluded = true;
}
