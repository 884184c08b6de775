// The Campaign tab: Field/Value rows, read locale first.
import { isBlank, type ReadContext, readContext } from "./cells.ts";
import { CELL_ERROR, readCell, readerFor } from "./cell.ts";
import { findTab, type RawWorkbook } from "./raw.ts";
import { matchColumn } from "./table.ts";
import { suggestColumn } from "./headers.ts";
import { a1 } from "../issues/issue.ts";
import { type CellRef, cellIssue, type IssueList, tabIssue } from "../issues/list.ts";
import { sentence } from "../issues/messages.ts";
import { DEFAULT_TIER_THRESHOLDS } from "../schema/enums.ts";
import { headerKey } from "../schema/keys.ts";
import type { Campaign } from "../schema/campaign.ts";
import { type CampaignFields, TABS } from "../schema/tabs.ts";

export type { Campaign };

export interface ParsedCampaign {
  campaign: Campaign;
  found: string | null;
  /** Field key → its value cell, for cross-tab messages. */
  cells: Map<string, CellRef>;
  ctx: ReadContext;
}

/**
 * The Campaign tab: `Field`/`Value` rows. The locale is read first: it sets how the rest is read.
 * `sheetLocale` (the spreadsheet's own) reads text numbers and dates when the tab names no locale.
 */
export function parseCampaign(
  wb: RawWorkbook,
  issues: IssueList,
  timeZone?: string,
  sheetLocale = "en",
): ParsedCampaign {
  const def = TABS.campaign;
  const campaign: Campaign = {
    name: null,
    brand: null,
    start_date: null,
    end_date: null,
    currency: null,
    objective: null,
    locale: "en",
    prepared_by: null,
    tier_thresholds: [...DEFAULT_TIER_THRESHOLDS],
  };
  const cells = new Map<string, CellRef>();
  const raw = findTab(wb, def.name);
  if (!raw) {
    issues.add(tabIssue("error", "missing-tab", def.name, sentence.missingTab(def.name)));
    return { campaign, found: null, cells, ctx: readContext(sheetLocale, timeZone) };
  }
  // Field/Value header row, or none at all: then column A holds the field labels.
  let fieldCol = 0;
  let valueCol = 1;
  let start = 0;
  const head = (raw.values[0] ?? []).map((v) => (typeof v === "string" ? headerKey(v) : ""));
  const fi = head.indexOf("field");
  const vi = head.indexOf("value");
  if (fi >= 0 && vi >= 0) {
    fieldCol = fi;
    valueCol = vi;
    start = 1;
  }
  const found = new Map<string, { raw: unknown; ref: CellRef }>();
  for (let r = start; r < raw.values.length; r++) {
    const line = raw.values[r] ?? [];
    const label = line[fieldCol];
    const meta = matchColumn(def, label);
    if (!meta && typeof label === "string" && !isBlank(label)) {
      const text = label.normalize("NFKC").trim();
      const ref = { tab: def.name, row: r + 1, col: fieldCol, column: text };
      const message = sentence.unknownField(
        text,
        a1(def.name, fieldCol, r + 1),
        suggestColumn(def, label)?.header,
      );
      issues.add(cellIssue("warning", "unknown-field", ref, message));
    }
    if (!meta || found.has(meta.key)) continue;
    found.set(meta.key, {
      raw: line[valueCol],
      ref: { tab: def.name, row: r + 1, col: valueCol, column: meta.header },
    });
  }
  const localeMeta = def.columns.find((m) => m.key === "locale")!;
  const localeCell = found.get("locale");
  let ctx = readContext(sheetLocale, timeZone);
  // A blank Locale cell is no locale, as when the row is absent: the spreadsheet's own reads the cells.
  if (localeCell && !isBlank(localeCell.raw)) {
    const v = readCell(
      localeMeta,
      readerFor(localeMeta, ctx),
      localeCell.raw,
      def.name,
      localeCell.ref.row,
      localeCell.ref.col,
      ctx,
      issues,
    );
    if (typeof v === "string") {
      campaign.locale = v;
      ctx = readContext(v, timeZone);
    }
  }
  const values: Record<string, unknown> = {};
  for (const meta of def.columns) {
    const cell = found.get(meta.key);
    if (!cell) {
      if (meta.required)
        issues.add(tabIssue("error", "missing-field", def.name, sentence.missingField(meta.header)));
      continue;
    }
    cells.set(meta.key, cell.ref);
    if (meta.key === "locale") continue;
    const v = readCell(
      meta,
      readerFor(meta, ctx),
      cell.raw,
      def.name,
      cell.ref.row,
      cell.ref.col,
      ctx,
      issues,
    );
    if (v !== undefined && v !== CELL_ERROR) values[meta.key] = v;
  }
  Object.assign(campaign, values as Partial<CampaignFields>);
  const currencyCell = found.get("currency");
  if (!currencyCell || isBlank(currencyCell.raw)) {
    const message = sentence.noCurrency();
    if (currencyCell) issues.add(cellIssue("warning", "no-currency", currencyCell.ref, message));
    else issues.add(tabIssue("warning", "no-currency", def.name, message));
  }
  return { campaign, found: raw.name, cells, ctx };
}
