// Keys that must be unique: the first occurrence is kept, later ones are errors.
import { type Keys, leaveOut } from "./context.ts";
import type { ParsedTables } from "../parse/workbook.ts";
import type { ParsedTab } from "../parse/table.ts";
import { a1 } from "../issues/issue.ts";
import type { IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";

function unique<T>(
  issues: IssueList,
  tab: ParsedTab<T>,
  key: keyof T & string,
  comparable: (v: string) => string,
): void {
  // The first row of each value; its A1 reference is built only for a duplicate.
  const seen = new Map<string, number>();
  const meta = tab.def.columns.find((m) => m.key === key)!;
  for (const r of tab.rows) {
    const v = r.data[key];
    if (typeof v !== "string" || v === "") continue;
    const k = comparable(v);
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, r.row);
      continue;
    }
    const at = a1(tab.def.name, tab.columns.get(key) ?? 0, first);
    leaveOut(issues, tab as ParsedTab<unknown>, r, key, "duplicate", sentence.duplicate(meta.header, v, at));
  }
}

export function checkUnique(t: ParsedTables, keys: Keys, issues: IssueList): void {
  unique(issues, t.creators, "handle", keys.handle);
  unique(issues, t.creators, "discount_code", keys.lower);
  unique(issues, t.content, "url", (s) => s.trim());
  unique(issues, t.products, "sku", keys.lower);
  unique(issues, t.team, "member", keys.lower);
}
