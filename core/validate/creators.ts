// Creators as reference targets: every typed handle may be referred to; only rows without errors count.
import { cached, type Keys, warn } from "./context.ts";
import type { Creator } from "./dataset.ts";
import type { ParsedRow, ParsedTab } from "../parse/table.ts";
import type { ParsedTables } from "../parse/workbook.ts";
import type { IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import type { CreatorRow } from "../schema/tabs.ts";

export interface CreatorIndex {
  /** Creator key → its first row. */
  byKey: ReadonlyMap<string, ParsedRow<CreatorRow>>;
  /** The row a handle as typed on another tab refers to; one Map lookup per distinct spelling. */
  find(text: string): ParsedRow<CreatorRow> | null;
  /** The key of the creator a discount code as typed belongs to (rows without errors); one Map lookup per distinct spelling. */
  ownerOf(code: string): string | undefined;
  /** False when the Creators tab cannot be read (missing, or its headers): no handle can match. */
  readable: boolean;
}

/** Gives every creator row its key and indexes the rows by handle and discount code. */
export function indexCreators(creators: ParsedTab<CreatorRow>, keys: Keys): CreatorIndex {
  const byKey = new Map<string, ParsedRow<CreatorRow>>();
  for (const r of creators.rows) {
    if (typeof r.data.handle !== "string") continue;
    const key = keys.handle(r.data.handle);
    (r.data as Creator).key = key;
    if (!byKey.has(key)) byKey.set(key, r);
  }
  const find = cached((text) => byKey.get(keys.handle(text)) ?? null);
  const codeOwner = new Map<string, string>();
  for (const r of creators.rows)
    if (!r.excluded && r.data.discount_code)
      codeOwner.set(keys.lower(r.data.discount_code), keys.handle(r.data.handle));
  const owner = cached((code) => codeOwner.get(keys.lower(code)) ?? null);
  return { byKey, find, ownerOf: (code) => owner(code) ?? undefined, readable: creators.usable };
}

/** An owner should be a member of the Team tab, when that tab lists anyone. */
export function checkOwners(t: ParsedTables, keys: Keys, issues: IssueList): void {
  const teamNames = new Set(
    t.team.rows.filter((r) => typeof r.data.member === "string").map((r) => keys.lower(r.data.member)),
  );
  if (!t.team.usable || teamNames.size === 0) return;
  for (const r of t.creators.rows) {
    const owner = r.data.owner;
    if (!r.excluded && owner && !teamNames.has(keys.lower(owner)))
      warn(
        issues,
        t.creators as ParsedTab<unknown>,
        r.row,
        "owner",
        "unknown-owner",
        sentence.unknownOwner(owner),
      );
  }
}

/** The creators the KPIs may use (declined ones included), each carrying its sheet row. */
export function keptCreators(creators: ParsedTab<CreatorRow>): Creator[] {
  return creators.rows
    .filter((r) => !r.excluded)
    .map((r) => {
      const cr = r.data as Creator;
      cr.row = r.row;
      return cr;
    });
}
