// The comparison's sections as template context: every label translated and every
// figure formatted in its own campaign's currency.
import {
  type ComparisonModel,
  type Delta,
  type MetricRow,
  ROSTER_RULES,
  type RosterRow,
} from "../../core/compare/index.ts";
import { KPI_BY_KEY, NOT_MEASURED } from "../../core/index.ts";
import { type Cell, cell, type Table } from "../report/table.ts";
import { unitOf } from "../units.ts";
import { type CompareText, iso } from "./text.ts";

/** The printed roster stops here (roster.csv and the JSON have every creator). */
export const ROSTER_ROWS_SHOWN = 60;

const DIMENSIONS = ["platform", "tier", "cooperation_model"] as const;

/** A row of cells, or a row that heads a group of the rows below it (a dimension's label). */
type Row = Cell[] | { head: string };

const table = (
  caption: string,
  columns: { label: string; num: boolean }[],
  rows: Row[],
  cls = "",
): Table => ({
  caption,
  cls,
  columns,
  rows: rows.map((r) =>
    Array.isArray(r)
      ? { cls: "", cells: r }
      : { cls: "dim", cells: columns.map((_, i) => cell(i === 0 ? r.head : "", { strong: true })) },
  ),
});

/** Whether a change of `key` is good news: up for revenue, down for costs; null for no change. */
export function changeTone(key: string, abs: number | null): "good" | "bad" | null {
  if (abs === null || abs === 0) return null;
  const lowerIsBetter = KPI_BY_KEY.get(key)?.lowerIsBetter ?? false;
  return abs < 0 === lowerIsBetter ? "good" : "bad";
}

/** A change as read: a rate's or percentage's in percentage points, anything else relative to before, signed. */
export function changeText(
  x: CompareText,
  key: string,
  d: Delta | null,
  currency: string | null,
): string | null {
  if (!d) return null;
  const t = x.tr(currency);
  // A rate or a percentage (ROI) changes by percentage points: 60.7% → 89.5% is +28.8 pp, not +47.5%.
  if (unitOf(key) === "rate" || unitOf(key) === "change")
    return d.abs === null ? null : t.fmt(d.abs, "points");
  return d.rel === null ? null : t.fmt(d.rel, "change");
}

/** One row per KPI, one column per campaign, each with its change on the one before. */
export function metricTable(x: CompareText, caption: string, rows: MetricRow[]): Table {
  return table(
    caption,
    [{ label: x.L("col.kpi"), num: false }, ...x.campaignCols],
    rows.map((r) => {
      const unit = unitOf(r.key);
      // One rule per row (0.99 %, 1.26 %, 0.95 %), as the sentences above write them; money keeps
      // each campaign's own currency.
      const texts = unit === "money" ? null : x.tr(x.cur(0)).column(r.values, unit);
      return [
        cell(x.kpiLabel(r.key), { strong: true }),
        ...r.values.map((v, i) => {
          const t = x.tr(x.cur(i));
          const d = r.deltas[i] ?? null;
          const change = changeText(x, r.key, d, x.cur(i));
          return cell(texts?.[i] ?? t.fmt(v, unit), {
            num: true,
            badge: change === null ? null : x.L("vsPrevious", { change }),
            tone: change === null ? null : changeTone(r.key, d?.abs ?? null),
          });
        }),
      ];
    }),
  );
}

/** How many changes each narrative sentence names, the largest first. */
const NARRATED = 4;
/** What a campaign put in rather than got out: not news in the narrative. */
const INPUTS = new Set(["creators", "posts"]);

/**
 * What improved and what got worse from each campaign to the next, by how much: the
 * headline and cost-per-result KPIs, ordered by the size of their relative change.
 */
export function narrative(cmp: ComparisonModel, x: CompareText): string[] {
  const rows = [...cmp.headline, ...cmp.cost_per_result].filter((r) => !INPUTS.has(r.key));
  const out: string[] = [];
  for (let i = 1; i < cmp.campaigns.length; i++) {
    const t = x.tr(x.cur(i));
    const moves = rows
      .map((r) => ({ r, d: r.deltas[i] ?? null }))
      .filter((m) => m.d !== null && m.d.abs !== null && m.d.abs !== 0)
      .map((m) => {
        const unit = unitOf(m.r.key);
        const [before, after] = [m.r.values[i - 1], m.r.values[i]];
        // One number of decimals for the pair (1.30% → 0.95%); money each in its campaign's currency.
        const pair = unit === "money" ? null : t.column([before, after], unit);
        const from = pair?.[0] ?? x.tr(x.cur(i - 1)).fmt(before, unit);
        const to = pair?.[1] ?? t.fmt(after, unit);
        return {
          tone: changeTone(m.r.key, m.d!.abs),
          size: Math.abs(m.d!.rel ?? m.d!.abs!),
          text: x.L("narrative.item", {
            kpi: t.inSentence(x.kpiLabel(m.r.key)),
            change: changeText(x, m.r.key, m.d, x.cur(i)) ?? "",
            from,
            to,
          }),
        };
      })
      .sort((a, b) => b.size - a.size);
    const named = (tone: "good" | "bad") => {
      const ms = moves.filter((m) => m.tone === tone).slice(0, NARRATED);
      return ms.length ? t.list(ms.map((m) => m.text)) : x.L("narrative.nothing");
    };
    out.push(
      x.L("narrative.line", {
        from: iso(x.full[i - 1] ?? `#${i}`),
        to: iso(x.full[i] ?? `#${i + 1}`),
        better: named("good"),
        worse: named("bad"),
      }),
    );
  }
  return out;
}

export function findingNotes(cmp: ComparisonModel, x: CompareText): string[] {
  const name = (i: number) => iso(x.full[i] ?? `#${i + 1}`);
  return cmp.findings.map((f) => {
    switch (f.code) {
      case "currencies_differ":
        return x.L("finding.currencies_differ", {
          currencies: f.currencies.map((c) => c ?? NOT_MEASURED).join(", "),
        });
      case "no_dates":
        return x.L("finding.no_dates", { campaigns: f.campaigns.map(name).join(x.L("sep")) });
      default:
        return x.L("finding.same_campaign", { campaign: name(f.campaign), times: String(f.times) });
    }
  });
}

/** Cost, revenue and ROAS per currency: money is never added across currencies. */
export function moneyTable(cmp: ComparisonModel, x: CompareText): Table {
  const { L } = x;
  return table(
    L("moneyTitle"),
    [
      { label: L("col.currency"), num: false },
      { label: L("col.campaigns"), num: false },
      { label: L("col.cost"), num: true },
      { label: L("col.revenue"), num: true },
      { label: L("col.roas"), num: true },
    ],
    cmp.money_by_currency.map((m) => {
      const t = x.tr(m.currency);
      return [
        cell(m.currency ?? NOT_MEASURED, { strong: true }),
        cell(m.campaigns.map(x.name).join(L("sep"))),
        cell(t.fmt(m.total_cost, "money"), { num: true }),
        cell(t.fmt(m.revenue, "money"), { num: true }),
        cell(t.fmt(m.roas, "multiple"), { num: true }),
      ];
    }),
  );
}

export function goalsTable(cmp: ComparisonModel, x: CompareText): Table {
  return table(
    "",
    [{ label: x.L("col.kpi"), num: false }, ...x.campaignCols],
    cmp.goals.map((g) => [
      cell(x.kpiLabel(g.kpi), { strong: true }),
      ...g.campaigns.map((c, i) =>
        c === null
          ? cell("–", { num: true })
          : cell(x.tr(x.cur(i)).fmt(c.attainment, "rate"), {
              num: true,
              badge: c.met === null ? null : x.L(c.met ? "goalMet" : "goalMissed"),
              tone: c.met === null ? null : c.met ? "good" : "bad",
            }),
      ),
    ]),
  );
}

/** ROAS and cost per platform, tier and deal type, campaign by campaign. */
export function breakdownTables(cmp: ComparisonModel, x: CompareText): Table[] {
  return DIMENSIONS.map((dim) =>
    table(
      x.L(`dim.${dim}`),
      [{ label: x.L("col.segment"), num: false }, ...x.campaignCols],
      cmp.breakdowns[dim].map((r) => [
        cell(x.label(`${dim}.${r.key}`, r.key), { strong: true }),
        ...r.campaigns.map((c, i) => {
          if (c === null) return cell("–", { num: true });
          const t = x.tr(x.cur(i));
          return cell(
            x.L("cellRoasCost", { roas: t.fmt(c.roas, "multiple"), cost: t.fmt(c.cost, "money") }),
            {
              num: true,
            },
          );
        }),
      ]),
    ),
  );
}

/** Creators who came or went between two campaigns, under a heading with their count. */
export interface HandleGroup {
  title: string;
  /** `@handle` with its platform, one per creator. */
  items: { handle: string; platform: string }[];
}

/** What changed from one campaign to the next: who came and went (compact lists), where the budget went (a table per change, grouped by dimension). */
export function changes(
  cmp: ComparisonModel,
  x: CompareText,
): { tables: Table[]; groups: HandleGroup[]; kept: string[] } {
  const { L } = x;
  const item = (k: string) => {
    const [p, h] = k.split(":");
    return { handle: `@${h ?? ""}`, platform: x.label(`platform.${p}`, p ?? "") };
  };
  const tables: Table[] = [];
  const groups: HandleGroup[] = [];
  const kept: string[] = [];
  for (const ch of cmp.changes) {
    const head = L("changeTitle", { from: iso(x.name(ch.from)), to: iso(x.name(ch.to)) });
    const n = (xs: string[]) => x.t0.fmt(xs.length, "count");
    groups.push(
      {
        title: L("changeGroup", { head, what: L("added", { n: n(ch.creators_added) }) }),
        items: ch.creators_added.map(item),
      },
      {
        title: L("changeGroup", { head, what: L("dropped", { n: n(ch.creators_dropped) }) }),
        items: ch.creators_dropped.map(item),
      },
    );
    kept.push(L("changeGroup", { head, what: L("kept", { n: n(ch.creators_kept) }) }));
    const tf = x.tr(x.cur(ch.from));
    const tt = x.tr(x.cur(ch.to));
    const moved = (dim: (typeof DIMENSIONS)[number]) =>
      ch.budget[dim].filter((s) => (s.from ?? 0) !== 0 || (s.to ?? 0) !== 0);
    // Each money column shows one number of decimals across all three groups.
    const all = DIMENSIONS.flatMap(moved);
    const col = (t: typeof tf, values: (number | null)[], signed = false) => {
      const texts = t.column(values, "money", signed);
      return new Map(all.map((s, i) => [s, texts[i] ?? "–"]));
    };
    const from = col(
      tf,
      all.map((s) => s.from),
    );
    const to = col(
      tt,
      all.map((s) => s.to),
    );
    const change = col(
      tt,
      all.map((s) => s.change),
      true,
    );
    tables.push(
      table(
        `${head}${ch.same_currency ? "" : ` — ${L("differentCurrency")}`}`,
        [
          { label: L("col.segment"), num: false },
          { label: L("col.from"), num: true },
          { label: L("col.to"), num: true },
          { label: L("col.change"), num: true },
        ],
        DIMENSIONS.flatMap((dim): Row[] => {
          const shifts = moved(dim);
          return shifts.length === 0
            ? []
            : [
                { head: L(`dim.${dim}`) },
                ...shifts.map((s) => [
                  cell(x.label(`${dim}.${s.key}`, s.key)),
                  cell(`${from.get(s)} (${tf.fmt(s.from_share, "rate")})`, { num: true }),
                  cell(`${to.get(s)} (${tt.fmt(s.to_share, "rate")})`, { num: true }),
                  cell(change.get(s) ?? "–", { num: true }),
                ]),
              ];
        }),
      ),
    );
  }
  return { tables, groups, kept };
}

/** The creator roster with verdicts, cut at ROSTER_ROWS_SHOWN. */
export function roster(cmp: ComparisonModel, x: CompareText): { table: Table; notes: string[] } {
  const { L, t0 } = x;
  const rosterCells = (r: RosterRow): Cell[] => [
    cell(`@${r.handle}`, {
      strong: true,
      badge: [r.name, x.label(`platform.${r.platform}`, r.platform)].filter((s) => s).join(" · "),
    }),
    cell(L(`verdict.${r.verdict}`), { strong: true }),
    cell(r.campaigns.map((c) => x.name(c.campaign)).join(L("sep"))),
    cell(r.overall.map((o) => x.tr(o.currency).fmt(o.cost, "money")).join(" + "), { num: true }),
    cell(r.overall.map((o) => x.tr(o.currency).fmt(o.revenue, "money")).join(" + "), { num: true }),
    cell(r.overall.map((o) => t0.fmt(o.roas, "multiple")).join(" / "), { num: true }),
    cell(r.campaigns.map((c) => t0.fmt(c.roas, "multiple")).join(" → "), { num: true }),
    cell(L(`trend.${r.trend}`)),
  ];
  return {
    table: table(
      "",
      [
        { label: L("col.creator"), num: false },
        { label: L("col.verdict"), num: false },
        { label: L("col.campaigns"), num: false },
        { label: L("col.cost"), num: true },
        { label: L("col.revenue"), num: true },
        { label: L("col.roas"), num: true },
        { label: L("col.roasByCampaign"), num: true },
        { label: L("col.trend"), num: false },
      ],
      cmp.roster.slice(0, ROSTER_ROWS_SHOWN).map(rosterCells),
      // Long: may break across pages (the report's "dense" tables do).
      "dense roster",
    ),
    notes:
      cmp.roster.length > ROSTER_ROWS_SHOWN
        ? [L("rosterMore", { shown: String(ROSTER_ROWS_SHOWN), total: String(cmp.roster.length) })]
        : [],
  };
}

/** The content library: top posts by engagement rate and by clicks. */
export function libraryTables(cmp: ComparisonModel, x: CompareText): Table[] {
  const { L, t0 } = x;
  const postCols = [
    { label: L("col.post"), num: false },
    { label: L("col.campaign"), num: false },
    { label: L("col.platform"), num: false },
    { label: L("col.format"), num: false },
    { label: L("col.er"), num: true },
    { label: L("col.clicks"), num: true },
  ];
  const postRows = (ps: ComparisonModel["content"]["by_clicks"]) =>
    ps.map((p) => [
      cell(`@${p.creator.replace(/^@/, "")}`, { href: p.url, strong: true }),
      cell(x.name(p.campaign)),
      cell(x.label(`platform.${p.platform}`, p.platform)),
      cell(x.label(`format.${p.format}`, p.format)),
      cell(t0.fmt(p.er_impressions, "rate"), { num: true }),
      cell(t0.fmt(p.clicks, "count"), { num: true }),
    ]);
  return [
    table(L("col.er"), postCols, postRows(cmp.content.by_engagement_rate)),
    table(L("col.clicks"), postCols, postRows(cmp.content.by_clicks)),
  ];
}

/** The roster's rules with their thresholds. */
export function methodList(x: CompareText): string[] {
  const { L, t0 } = x;
  const R = ROSTER_RULES;
  return [
    L("rules.order"),
    L("rules.money"),
    L("rules.R1"),
    L("rules.R2", { rehire: t0.fmt(R.rehireRoas, "number") }),
    L("rules.R3", { breakEven: t0.fmt(R.breakEvenRoas, "number") }),
    L("rules.R4", { floor: t0.fmt(R.testAgainFloorRoas, "number") }),
    L("rules.R5"),
    L("rules.trend", { tol: t0.fmt(R.trendTolerance, "rate") }),
  ];
}
