// validate: the cross-tab rules of template.md over parsed tabs → a Dataset
// of the rows the KPIs may use, with references resolved.
import { handleKey as normHandle } from "../parse/cells.ts";
import { a1, type Issue } from "../issues/issue.ts";
import { msg } from "../issues/messages.ts";
import {
  type Campaign,
  cellIssue,
  type GoalInput,
  IssueList,
  type ParsedRow,
  type ParsedTab,
  parseCampaign,
  parseGoals,
  parseTable,
  type RawWorkbook,
  tabIssue,
} from "../parse/tab.ts";
import {
  type BaselineRow,
  type ContentRow,
  type ConversionRow,
  type CostRow,
  type CreatorRow,
  type JournalRow,
  type Platform,
  type ProductRow,
  type RetrospectiveRow,
  TABS,
  type TabDef,
  type TeamRow,
} from "../schema/index.ts";

export interface Creator extends CreatorRow {
  row: number;
  key: string;
}
export interface Post extends ContentRow {
  row: number;
  platform: Platform;
  /** Matched creator's key; the creator may itself be excluded. */
  creatorKey: string;
}
export interface Conversion extends ConversionRow {
  row: number;
  /** Resolved creator's key, or null when unattributed. */
  creatorKey: string | null;
}
export type Rows<T> = (T & { row: number })[];

export interface Dataset {
  campaign: Campaign;
  goals: Rows<GoalInput>;
  /** Creators without errors, declined included. */
  creators: Creator[];
  posts: Post[];
  conversions: Conversion[];
  products: Rows<ProductRow>;
  costs: Rows<CostRow>;
  team: Rows<TeamRow>;
  baseline: Rows<BaselineRow>;
  retrospective: Rows<RetrospectiveRow>;
  journal: Rows<JournalRow>;
  /** Which tabs were found with their required headers. */
  usable: Record<keyof typeof TABS, boolean>;
  /** Which columns each tab has (keys), for "not measured" vs. "zero". */
  columns: Record<keyof typeof TABS, ReadonlySet<string>>;
}

export interface ReadOptions {
  /** Zone in which Date cells are read (the spreadsheet's); UTC when absent. */
  timeZone?: string;
  /** Locale (BCP 47) in which text numbers and dates are read when the Campaign tab names none: the spreadsheet's. */
  sheetLocale?: string;
}

/** ReadOptions from a spreadsheet's settings as Google spells them (time zone, locale "de_DE"). */
export function spreadsheetReadOptions(
  timeZone: string | null | undefined,
  locale: string | null | undefined,
): ReadOptions {
  const read: ReadOptions = {};
  if (timeZone) read.timeZone = timeZone;
  // Google spells locales "de_DE"; BCP 47 (and Intl) wants "de-DE".
  if (locale) read.sheetLocale = locale.replace(/_/g, "-");
  return read;
}

/** The rows the KPIs may use, each carrying its sheet row (the parsed object is reused, not copied). */
const keep = <T>(tab: ParsedTab<T>): Rows<T> =>
  tab.rows
    .filter((r) => !r.excluded)
    .map((r) => Object.assign(r.data as object, { row: r.row }) as T & { row: number });

function ref(def: TabDef, tab: ParsedTab<unknown>, row: number, key: string) {
  const meta = def.columns.find((m) => m.key === key)!;
  return { tab: def.name, row, col: tab.columns.get(key) ?? 0, column: meta.header };
}

/** Read, parse and validate a workbook: every finding as data, and the rows the KPIs may use. */
export function readWorkbook(
  wb: RawWorkbook,
  opts: ReadOptions = {},
): { dataset: Dataset; issues: IssueList } {
  const issues = new IssueList();
  // Handles and codes repeat across thousands of rows: normalise each distinct spelling once.
  const keyCache = new Map<string, string>();
  const handleKey = (s: string) => {
    let k = keyCache.get(s);
    if (k === undefined) keyCache.set(s, (k = normHandle(s)));
    return k;
  };
  const lowerCache = new Map<string, string>();
  const lower = (s: string) => {
    let k = lowerCache.get(s);
    if (k === undefined) lowerCache.set(s, (k = s.trim().toLowerCase()));
    return k;
  };
  const { campaign, cells, ctx } = parseCampaign(wb, issues, opts.timeZone, opts.sheetLocale);
  if (campaign.start_date && campaign.end_date && campaign.end_date < campaign.start_date) {
    const r = cells.get("end_date")!;
    issues.add(
      cellIssue("error", "end-before-start", r, msg.endBeforeStart(campaign.end_date, campaign.start_date)),
    );
    campaign.end_date = null;
  }
  const goals = parseGoals(wb, ctx, issues);
  const creators = parseTable<CreatorRow>(wb, TABS.creators, ctx, issues);
  const content = parseTable<ContentRow>(wb, TABS.content, ctx, issues);
  const conversions = parseTable<ConversionRow>(wb, TABS.conversions, ctx, issues);
  const products = parseTable<ProductRow>(wb, TABS.products, ctx, issues);
  const costs = parseTable<CostRow>(wb, TABS.costs, ctx, issues);
  const team = parseTable<TeamRow>(wb, TABS.team, ctx, issues);
  const baseline = parseTable<BaselineRow>(wb, TABS.baseline, ctx, issues);
  const retrospective = parseTable<RetrospectiveRow>(wb, TABS.retrospective, ctx, issues);
  const journal = parseTable<JournalRow>(wb, TABS.journal, ctx, issues);

  for (const t of [creators, content] as ParsedTab<unknown>[])
    if (t.usable && t.rows.length === 0)
      issues.add(tabIssue("warning", "empty-tab", t.def.name, msg.emptyTab(t.def.name)));

  /** An error that leaves its row out of the KPIs: reported on the row's `key` cell, the row marked. */
  const leaveOut = (
    tab: ParsedTab<unknown>,
    r: { row: number; excluded: boolean },
    key: string,
    code: Issue["code"],
    message: string,
  ) => {
    issues.add(cellIssue("error", code, ref(tab.def, tab, r.row, key), message));
    r.excluded = true;
  };

  // Uniqueness: the first occurrence is kept, later ones are errors.
  const unique = <T>(tab: ParsedTab<T>, key: keyof T & string, norm: (v: string) => string) => {
    const seen = new Map<string, string>();
    const meta = tab.def.columns.find((m) => m.key === key)!;
    for (const r of tab.rows) {
      const v = r.data[key];
      if (typeof v !== "string" || v === "") continue;
      const k = norm(v);
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, a1(tab.def.name, tab.columns.get(key) ?? 0, r.row));
        continue;
      }
      leaveOut(tab as ParsedTab<unknown>, r, key, "duplicate", msg.duplicate(meta.header, v, first));
    }
  };
  unique(creators, "handle", handleKey);
  unique(creators, "discount_code", lower);
  unique(content, "url", (s) => s.trim());
  unique(products, "sku", lower);
  unique(team, "member", lower);

  // Creators: every typed handle is a valid reference target; only valid rows count.
  // Each creator row carries its key; `byHandleText` caches handle text as typed
  // → row, so a post or conversion costs one Map lookup.
  const handleToRow = new Map<string, ParsedRow<CreatorRow>>();
  for (const r of creators.rows) {
    if (typeof r.data.handle !== "string") continue;
    const key = handleKey(r.data.handle);
    (r.data as Creator).key = key;
    if (!handleToRow.has(key)) handleToRow.set(key, r);
  }
  const byHandleText = new Map<string, ParsedRow<CreatorRow> | null>();
  const creatorOf = (text: string) => {
    let r = byHandleText.get(text);
    if (r === undefined) byHandleText.set(text, (r = handleToRow.get(handleKey(text)) ?? null));
    return r;
  };
  const codeToHandle = new Map<string, string>();
  for (const r of creators.rows)
    if (!r.excluded && r.data.discount_code)
      codeToHandle.set(lower(r.data.discount_code), handleKey(r.data.handle));
  const teamNames = new Set(
    team.rows.filter((r) => typeof r.data.member === "string").map((r) => lower(r.data.member)),
  );
  if (team.usable && teamNames.size > 0) {
    for (const r of creators.rows) {
      const owner = r.data.owner;
      if (!r.excluded && owner && !teamNames.has(lower(owner)))
        issues.add(
          cellIssue(
            "warning",
            "unknown-owner",
            ref(TABS.creators, creators as ParsedTab<unknown>, r.row, "owner"),
            msg.unknownOwner(owner),
          ),
        );
    }
  }

  const start = campaign.start_date;
  const end = campaign.end_date;
  const posts: Post[] = [];
  for (const r of content.rows) {
    if (r.excluded) continue;
    const d = r.data;
    const creator = creatorOf(d.creator);
    if (!creator) {
      leaveOut(
        content as ParsedTab<unknown>,
        r,
        "creator",
        "unknown-creator",
        msg.unknownCreatorInContent(d.creator),
      );
      continue;
    }
    if (start && end && (d.published < start || d.published > end))
      issues.add(
        cellIssue(
          "warning",
          "outside-campaign",
          ref(TABS.content, content as ParsedTab<unknown>, r.row, "published"),
          msg.outsideCampaign(d.published, start, end),
        ),
      );
    if (d.reach !== undefined && d.impressions !== undefined && d.reach > d.impressions)
      issues.add(
        cellIssue(
          "warning",
          "reach-above-impressions",
          ref(TABS.content, content as ParsedTab<unknown>, r.row, "reach"),
          msg.reachAboveImpressions(),
        ),
      );
    if (d.clicks !== undefined && d.impressions !== undefined && d.clicks > d.impressions)
      issues.add(
        cellIssue(
          "warning",
          "clicks-above-impressions",
          ref(TABS.content, content as ParsedTab<unknown>, r.row, "clicks"),
          msg.clicksAboveImpressions(),
        ),
      );
    const platform = d.platform ?? creator.data.platform ?? "other";
    // Mutate in place rather than Object.assign({...}): one object per row, no temporaries.
    const post = d as Post;
    post.row = r.row;
    post.platform = platform;
    post.creatorKey = (creator.data as Creator).key;
    posts.push(post);
  }

  const skus = new Set(
    products.rows.filter((r) => typeof r.data.sku === "string").map((r) => lower(r.data.sku)),
  );
  const checkSkus = products.usable && skus.size > 0;
  const convs: Conversion[] = [];
  for (const r of conversions.rows) {
    if (r.excluded) continue;
    const d = r.data;
    if (start && d.date < start)
      issues.add(
        cellIssue(
          "warning",
          "before-start",
          ref(TABS.conversions, conversions as ParsedTab<unknown>, r.row, "date"),
          msg.beforeStart(d.date, start),
        ),
      );
    const named = d.creator ? creatorOf(d.creator) : null;
    let creatorKey: string | null = named ? (named.data as Creator).key : null;
    const owner = d.discount_code ? codeToHandle.get(lower(d.discount_code)) : undefined;
    // Creator and code both given and naming different creators (the named one may
    // not even be on the Creators tab): an error, the row is left out.
    if (d.creator && d.discount_code && owner !== undefined && owner !== creatorKey) {
      leaveOut(
        conversions as ParsedTab<unknown>,
        r,
        "discount_code",
        "code-creator-mismatch",
        msg.codeCreatorMismatch(d.discount_code, handleToRow.get(owner)?.data.handle ?? owner, d.creator),
      );
      continue;
    }
    if (d.creator && !named)
      issues.add(
        cellIssue(
          "warning",
          "unknown-creator",
          ref(TABS.conversions, conversions as ParsedTab<unknown>, r.row, "creator"),
          msg.unknownCreatorInConversions(d.creator),
        ),
      );
    if (!d.creator && owner !== undefined) creatorKey = owner;
    if (!d.creator && d.discount_code && owner === undefined)
      issues.add(
        cellIssue(
          "warning",
          "unknown-discount-code",
          ref(TABS.conversions, conversions as ParsedTab<unknown>, r.row, "discount_code"),
          msg.unknownDiscountCode(d.discount_code),
        ),
      );
    if (!d.creator && !d.discount_code)
      issues.add(
        cellIssue(
          "warning",
          "unattributed",
          // On the Creator cell, or the Discount code cell when the tab has no Creator column.
          ref(
            TABS.conversions,
            conversions as ParsedTab<unknown>,
            r.row,
            conversions.columns.has("creator") ? "creator" : "discount_code",
          ),
          msg.unattributed(),
        ),
      );
    if (checkSkus && d.sku && !skus.has(lower(d.sku)))
      issues.add(
        cellIssue(
          "warning",
          "unknown-sku",
          ref(TABS.conversions, conversions as ParsedTab<unknown>, r.row, "sku"),
          msg.unknownSku(d.sku),
        ),
      );
    const conv = d as Conversion;
    conv.row = r.row;
    conv.creatorKey = creatorKey;
    convs.push(conv);
  }

  // Baseline: each period once, end ≥ start, no overlaps.
  const seenPeriods: { period: string; start: string; end: string; cell: string }[] = [];
  for (const r of baseline.rows) {
    if (r.excluded) continue;
    const d = r.data;
    const dup = seenPeriods.find((p) => p.period === d.period);
    if (dup) {
      leaveOut(
        baseline as ParsedTab<unknown>,
        r,
        "period",
        "duplicate",
        msg.duplicate("Period", d.period, dup.cell),
      );
      continue;
    }
    if (d.end_date < d.start_date) {
      leaveOut(
        baseline as ParsedTab<unknown>,
        r,
        "end_date",
        "end-before-start",
        msg.endBeforeStart(d.end_date, d.start_date),
      );
      continue;
    }
    const overlap = seenPeriods.find((p) => d.start_date <= p.end && p.start <= d.end_date);
    if (overlap) {
      leaveOut(
        baseline as ParsedTab<unknown>,
        r,
        "start_date",
        "period-overlap",
        msg.periodOverlap(d.period, overlap.period),
      );
      continue;
    }
    const cell = a1(TABS.baseline.name, baseline.columns.get("period") ?? 0, r.row);
    seenPeriods.push({ period: d.period, start: d.start_date, end: d.end_date, cell });
  }

  // One summary per tab of the rows left out of the KPIs.
  for (const t of [
    goals,
    creators,
    content,
    conversions,
    products,
    costs,
    team,
    baseline,
    retrospective,
    journal,
  ] as ParsedTab<unknown>[]) {
    const rows = t.rows.filter((r) => r.excluded).map((r) => r.row);
    if (rows.length > 0)
      issues.add(tabIssue("warning", "rows-excluded", t.def.name, msg.rowsExcluded(t.def.name, rows)));
  }

  const creatorsKept: Creator[] = creators.rows
    .filter((r) => !r.excluded)
    .map((r) => {
      const cr = r.data as Creator;
      cr.row = r.row;
      return cr;
    });
  const tabs = {
    goals,
    creators,
    content,
    conversions,
    products,
    costs,
    team,
    baseline,
    retrospective,
    journal,
  };
  const usable = { campaign: cells.size > 0 } as Record<keyof typeof TABS, boolean>;
  const columns = { campaign: new Set(cells.keys()) as ReadonlySet<string> } as Record<
    keyof typeof TABS,
    ReadonlySet<string>
  >;
  for (const [k, t] of Object.entries(tabs)) {
    usable[k as keyof typeof TABS] = t.usable;
    columns[k as keyof typeof TABS] = new Set(t.columns.keys());
  }
  const dataset: Dataset = {
    campaign,
    goals: keep(goals),
    creators: creatorsKept,
    posts,
    conversions: convs,
    products: keep(products),
    costs: keep(costs),
    team: keep(team),
    baseline: keep(baseline),
    retrospective: keep(retrospective),
    journal: keep(journal),
    usable,
    columns,
  };
  return { dataset, issues };
}
