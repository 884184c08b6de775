// Import: platform exports → template rows → a merge plan for the workbook.
//
//   grid of the export ─ openExport ─ kind, header, rows (refused: one sentence)
//        │
//   map (orders.ts, posts.ts)  → order lines, products, posts + skips and findings
//        │
//   plan (ledger.ts, merge.ts) → cell edits per tab + a per-tab summary
//
// Pure: the CLI reads the files and writes the edits; the add-on does the same on a sheet.
import { IssueList, parseCampaign, type RawWorkbook, buildDataset, TABS } from "../index.ts";
import { type Roster, rosterOf } from "./attribution.ts";
import { kindDef } from "./kinds.ts";
import { applyLedger } from "./ledger.ts";
import { type KeyedRow, mergeRows, type TabEdit, type TabSummary } from "./merge.ts";
import { importMsg } from "./messages.ts";
import { mapShopify, mapTiktokAffiliate, mapTiktokOrders } from "./orders.ts";
import { mapMeta, mapTiktokStudio, mapYoutube } from "./posts.ts";
import { type ImportTarget, openExport } from "./sheet.ts";
import { type ExportKind, type ImportFinding, isRefusal, type MappedExport, type Refusal } from "./types.ts";

export {
  EXPORT_KINDS,
  type ExportKind,
  type ImportFinding,
  isRefusal,
  type MappedExport,
  type Refusal,
  type SkipReason,
} from "./types.ts";
export { detectKind, KINDS, kindDef } from "./kinds.ts";
export { LEDGER_TAB, MARKER_HEADER, type OutCell, type TabEdit, type TabSummary } from "./merge.ts";
export { importMsg, SKIP_LABEL } from "./messages.ts";
export type { ImportTarget } from "./sheet.ts";

const MAPPERS: Record<
  ExportKind,
  (s: Parameters<typeof mapShopify>[0], t: ImportTarget) => MappedExport | Refusal
> = {
  "shopify-orders": mapShopify,
  "tiktok-affiliate": mapTiktokAffiliate,
  "tiktok-orders": mapTiktokOrders,
  "youtube-studio": mapYoutube,
  "tiktok-studio": mapTiktokStudio,
  "meta-content": mapMeta,
};

/** What the export will be checked and attributed against: the campaign's currency and dates, its creators. */
export function importTarget(wb: RawWorkbook, creator?: string): ImportTarget & { roster: Roster } {
  const { dataset } = buildDataset(wb);
  const currency = dataset.campaign.currency || null;
  return {
    campaign: { currency, start_date: dataset.campaign.start_date },
    roster: rosterOf(dataset),
    creator,
  };
}

/** One export file's grid → its mapped rows, or a refusal. */
export function mapExport(
  file: string,
  grid: readonly unknown[][],
  target: ImportTarget,
  as?: ExportKind,
): MappedExport | Refusal {
  const sheet = openExport(file, grid, as);
  if (isRefusal(sheet)) return sheet;
  const mapped = MAPPERS[sheet.def.kind](sheet, target);
  if (isRefusal(mapped)) return mapped;
  if (mapped.unattributed.length > 0)
    mapped.findings.push({
      severity: "warning",
      code: "unattributed",
      row: null,
      message: importMsg.unattributed(mapped.unattributed),
    });
  return mapped;
}

export interface ImportPlan {
  edits: TabEdit[];
  summaries: TabSummary[];
  findings: ImportFinding[];
}

const addSkips = (into: TabSummary, from: MappedExport["skipped"]) => {
  for (const [k, n] of Object.entries(from) as [keyof typeof from, number][])
    into.skipped[k] = (into.skipped[k] ?? 0) + n;
};

/** The edits that bring the exports into the workbook, and what they do per tab. */
export function planImport(
  wb: RawWorkbook,
  exports: readonly MappedExport[],
  target: ImportTarget,
): ImportPlan {
  const ctx = parseCampaign(wb, new IssueList()).ctx;
  const edits: TabEdit[] = [];
  const summaries: TabSummary[] = [];
  const keep = (r: { edit: TabEdit | null; summary: TabSummary }) => {
    if (r.edit) edits.push(r.edit);
    summaries.push(r.summary);
    return r.summary;
  };
  const orders = exports.filter((m) => kindDef(m.kind).target === "conversions");
  if (orders.length > 0) {
    const ledger = applyLedger(wb, orders, target.roster);
    const conv = keep(mergeRows(wb, TABS.conversions, ledger.rows, ctx));
    for (const m of orders) addSkips(conv, m.skipped);
    if (ledger.edit) edits.push(ledger.edit);
    const products = new Map<string, KeyedRow>();
    for (const p of orders.flatMap((m) => m.products))
      if (!products.has(p.sku.toLowerCase()))
        products.set(p.sku.toLowerCase(), {
          key: `sku ${p.sku.toLowerCase()}`,
          values: { sku: p.sku, product: p.product, price: p.price },
        });
    if (products.size > 0)
      keep(
        mergeRows(wb, TABS.products, [...products.values()], ctx, (v) =>
          typeof v.sku === "string" ? v.sku.trim().toLowerCase() : null,
        ),
      );
  }
  const posts = exports.filter((m) => kindDef(m.kind).target === "content");
  if (posts.length > 0) {
    const rows = new Map<string, KeyedRow>();
    for (const p of posts.flatMap((m) => m.posts)) {
      const key = p.url || `${p.source} ${p.creator.toLowerCase()} ${p.published}`;
      rows.set(key, {
        key,
        values: {
          creator: p.creator,
          url: p.url || null,
          platform: p.platform,
          format: p.format,
          published: { date: p.published },
          ...p.metrics,
        },
      });
    }
    const content = keep(
      mergeRows(wb, TABS.content, [...rows.values()], ctx, (v) =>
        typeof v.url === "string" && v.url !== "" ? v.url : null,
      ),
    );
    for (const m of posts) addSkips(content, m.skipped);
  }
  return { edits, summaries, findings: exports.flatMap((m) => m.findings) };
}
