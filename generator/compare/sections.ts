// The comparison's sections as template context: every label translated and every
// figure formatted in its own campaign's currency.
import {
  type ComparisonModel,
  type MetricRow,
  ROSTER_RULES,
  type RosterRow,
} from "../../core/compare/index.ts";
import { NOT_MEASURED } from "../../core/index.ts";
import { type Cell, cell, type Table } from "../report/table.ts";
import { unitOf } from "../units.ts";
import { type CompareText, iso } from "./text.ts";

/** The printed roster stops here (roster.csv and the JSON have every creator). */
export const ROSTER_ROWS_SHOWN = 60;

const DIMENSIONS = ["platform", "tier", "cooperation_model"] as const;

const table = (
  caption: string,
  columns: { label: string; num: boolean }[],
  rows: Cell[][],
  cls = "",
): Table => ({
  caption,
  cls,
  columns,
  rows: rows.map((cells) => ({ cls: "", cells })),
});

/** One row per KPI, one column per campaign, each with its change on the one before. */
export function metricTable(x: CompareText, caption: string, rows: MetricRow[]): Table {
  return table(
    caption,
    [{ label: x.L("col.kpi"), num: false }, ...x.campaignCols],
    rows.map((r) => [
      cell(x.kpiLabel(r.key), { strong: true }),
      ...r.values.map((v, i) => {
        const t = x.tr(x.cur(i));
        const d = r.deltas[i];
        const change = d && d.rel !== null ? x.L("vsPrevious", { change: t.fmt(d.rel, "change") }) : null;
        return cell(t.fmt(v, unitOf(r.key)), { num: true, badge: change });
      }),
    ]),
  );
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

/** What changed from one campaign to the next: who came and went (a line), where the budget went (a table). */
export function changes(cmp: ComparisonModel, x: CompareText): { tables: Table[]; list: string[] } {
  const { L } = x;
  const keyLabel = (k: string) => {
    const [p, h] = k.split(":");
    return `${iso(`@${h}`)} (${x.label(`platform.${p}`, p ?? "")})`;
  };
  const tables: Table[] = [];
  const list: string[] = [];
  for (const ch of cmp.changes) {
    const head = L("changeTitle", { from: iso(x.name(ch.from)), to: iso(x.name(ch.to)) });
    const handles = (ks: string[]) => (ks.length ? ks.map(keyLabel).join(L("sep")) : L("none"));
    // Punctuation is the language's own (； in Chinese, ؛ in Arabic), so the whole line is one template.
    list.push(
      L("changeLine", {
        head,
        added: L("added", { n: String(ch.creators_added.length) }),
        addedList: handles(ch.creators_added),
        dropped: L("dropped", { n: String(ch.creators_dropped.length) }),
        droppedList: handles(ch.creators_dropped),
        kept: L("kept", { n: String(ch.creators_kept.length) }),
      }),
    );
    const tf = x.tr(x.cur(ch.from));
    const tt = x.tr(x.cur(ch.to));
    tables.push(
      table(
        `${head}${ch.same_currency ? "" : ` — ${L("differentCurrency")}`}`,
        [
          { label: L("col.segment"), num: false },
          { label: L("col.from"), num: true },
          { label: L("col.to"), num: true },
          { label: L("col.change"), num: true },
        ],
        DIMENSIONS.flatMap((dim) =>
          ch.budget[dim]
            .filter((s) => (s.from ?? 0) !== 0 || (s.to ?? 0) !== 0)
            .map((s) => [
              cell(x.label(`${dim}.${s.key}`, s.key)),
              cell(`${tf.fmt(s.from, "money")} (${tf.fmt(s.from_share, "rate")})`, { num: true }),
              cell(`${tt.fmt(s.to, "money")} (${tt.fmt(s.to_share, "rate")})`, { num: true }),
              cell(s.change === null ? "–" : tt.fmt(s.change, "money"), { num: true }),
            ]),
        ),
      ),
    );
  }
  return { tables, list };
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
