// Conversion rows: each credited to a creator by name or discount code, or counted as unattributed.
import { cached, type Keys, leaveOut, warn } from "./context.ts";
import type { CreatorIndex } from "./creators.ts";
import type { Conversion, Creator } from "./dataset.ts";
import type { Campaign } from "../parse/campaign.ts";
import type { ParsedRow, ParsedTab } from "../parse/table.ts";
import type { ParsedTables } from "../parse/workbook.ts";
import type { IssueList } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import type { ConversionRow } from "../schema/tabs.ts";

interface Context {
  tab: ParsedTab<unknown>;
  creators: CreatorIndex;
  keys: Keys;
  issues: IssueList;
}

/** The creator a row is credited to (null: unattributed), or undefined when its creator and code disagree. */
function creditOf(r: ParsedRow<ConversionRow>, c: Context): string | null | undefined {
  const d = r.data;
  const named = d.creator ? c.creators.find(d.creator) : null;
  const namedKey = named ? (named.data as Creator).key : null;
  const owner = d.discount_code ? c.creators.ownerOf(d.discount_code) : undefined;
  // Creator and code both given and naming different creators (the named one may
  // not even be on the Creators tab): an error, the row is left out.
  if (d.creator && d.discount_code && owner !== undefined && owner !== namedKey) {
    const ownerHandle = c.creators.byKey.get(owner)?.data.handle ?? owner;
    leaveOut(
      c.issues,
      c.tab,
      r,
      "discount_code",
      "code-creator-mismatch",
      sentence.codeCreatorMismatch(d.discount_code, ownerHandle, d.creator),
    );
    return undefined;
  }
  if (d.creator && !named)
    warn(
      c.issues,
      c.tab,
      r.row,
      "creator",
      "unknown-creator",
      sentence.unknownCreatorInConversions(d.creator, c.creators.readable),
    );
  if (!d.creator && d.discount_code && owner === undefined)
    warn(
      c.issues,
      c.tab,
      r.row,
      "discount_code",
      "unknown-discount-code",
      sentence.unknownDiscountCode(d.discount_code),
    );
  if (!d.creator && !d.discount_code) {
    // On the Creator cell, or the Discount code cell when the tab has no Creator column.
    const cell = c.tab.columns.has("creator") ? "creator" : "discount_code";
    warn(c.issues, c.tab, r.row, cell, "unattributed", sentence.unattributed());
  }
  return !d.creator && owner !== undefined ? owner : namedKey;
}

export function resolveConversions(
  t: ParsedTables,
  creators: CreatorIndex,
  campaign: Campaign,
  keys: Keys,
  issues: IssueList,
): Conversion[] {
  const c: Context = { tab: t.conversions as ParsedTab<unknown>, creators, keys, issues };
  const skus = new Set(
    t.products.rows.filter((r) => typeof r.data.sku === "string").map((r) => keys.lower(r.data.sku)),
  );
  const checkSkus = t.products.usable && skus.size > 0;
  const isListed = cached((sku) => skus.has(keys.lower(sku)));
  const start = campaign.start_date;
  const out: Conversion[] = [];
  for (const r of t.conversions.rows) {
    if (r.excluded) continue;
    const d = r.data;
    if (start && d.date < start)
      warn(issues, c.tab, r.row, "date", "before-start", sentence.beforeStart(d.date, start));
    const creatorKey = creditOf(r, c);
    if (creatorKey === undefined) continue;
    if (checkSkus && d.sku && !isListed(d.sku))
      warn(issues, c.tab, r.row, "sku", "unknown-sku", sentence.unknownSku(d.sku));
    const conv = d as Conversion;
    conv.row = r.row;
    conv.creatorKey = creatorKey;
    out.push(conv);
  }
  return out;
}
