// View model → template context: every string translated and every figure
// formatted here, so templates only lay out text they are given.
import type { CreatorKpis, GroupRow, Unit } from "../../core/index.ts";
import type { Dimension, IssueGroup, PostView, ReportView, SectionId } from "../../core/present/index.ts";
import type { Segment, Translator } from "../i18n/translator.ts";
import { unitOf } from "../units.ts";
import { type Card, type Cell, cell, type Table } from "./table.ts";

const handle = (h: string) => `@${h.replace(/^@/, "")}`;

/** Cards with the column count that fills rows evenly (six as 3 + 3, five in one row). */
function cardGrid<T>(items: T[]): { cols: number; items: T[] } {
  const cols = items.length === 6 ? 3 : items.length > 6 ? 4 : Math.max(items.length, 1);
  return { cols, items };
}

export function buildContext(v: ReportView, t: Translator, charts: Map<string, string>) {
  const n = (x: number | null | undefined, unit: Unit | "number" = "count") => t.fmt(x, unit);
  const numCell = (x: number | null | undefined, unit: Unit | "number" = "count", strong = false) =>
    cell(n(x, unit), { num: true, strong });
  const kpi = (k: string) => t.t(`kpi.${k}`);
  const chart = (id: string) => charts.get(id) ?? null;
  /** A column given as [label, numeric, shown]: an unshown column drops its cell from every row. */
  const table = (
    caption: string,
    columns: [string, boolean, boolean?][],
    rows: Table["rows"],
    cls = "",
  ): Table => {
    const keep = columns.map((c) => c[2] !== false);
    return {
      caption,
      cls,
      columns: columns.filter((_, i) => keep[i]).map(([label, num]) => ({ label, num })),
      rows: rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i] !== false) })),
    };
  };
  // Without a Conversions tab nobody "converted": those columns and cards would only say 0.
  const measured = v.totals.orders !== null;
  const row = (cells: Cell[], cls = "") => ({ cls, cells });
  const segs = (m: Parameters<Translator["segments"]>[0]): Segment[] => t.segments(m);
  const has = (id: SectionId) => v.sections.includes(id);
  const c = v.campaign;

  const title = (id: SectionId) => t.t(`section.${id}.title`);
  const toc = v.sections.map((id, i) => ({ id, number: String(i + 1).padStart(2, "0"), title: title(id) }));
  const head = (id: SectionId) => {
    const e = toc.find((x) => x.id === id)!;
    return { id: `s-${id}`, number: e.number, title: e.title, lead: t.t(`section.${id}.lead`) };
  };

  const creatorCells = (cr: CreatorKpis) => [
    cell(handle(cr.handle), {
      strong: true,
      badge: cr.status === "declined" ? t.t("status.declined") : null,
    }),
    cell(t.t(`platform.${cr.platform}`)),
    cell(t.t(`tier.${cr.tier}`)),
    cell(t.t(`cooperation_model.${cr.cooperation_model}`)),
  ];
  const creatorCols: [string, boolean][] = [
    [t.t("col.creator"), false],
    [t.t("col.platform"), false],
    [t.t("col.tier"), false],
    [t.t("col.model"), false],
  ];

  // ---- 1 summary
  const summary = {
    ...head("summary"),
    cards: cardGrid(
      v.summary.headline.map(
        (h): Card => ({
          label: kpi(h.kpi),
          value: t.big(h.value, h.unit),
          note: h.target !== null ? t.t("summary.goal", { target: n(h.target, h.unit) }) : null,
          status: h.met === null ? null : h.met ? "met" : "missed",
          statusLabel: h.met === null ? null : t.t(h.met ? "common.met" : "common.missed"),
        }),
      ),
    ),
    labels: { headline: t.t("summary.headline"), verdict: t.t("summary.verdict"), next: t.t("summary.next") },
    // The first three recommendations, in full in section 11.
    next: v.recommendations.slice(0, 3).map((r, i) => ({ n: n(i + 1), action: segs(r.action) })),
    verdict: v.summary.verdict.map((m) => ({ segments: segs(m) })),
    goalsLine:
      v.summary.goalsTotal > 0
        ? t.t("summary.goals_line", { met: n(v.summary.goalsMet), total: n(v.summary.goalsTotal) })
        : null,
    facts: [
      { label: t.t("col.creators"), value: n(v.totals.creators) },
      { label: kpi("content_pieces"), value: n(v.totals.content_pieces) },
      { label: kpi("total_cost"), value: n(v.totals.total_cost, "money") },
      ...(v.totals.impressions !== null
        ? [{ label: kpi("impressions"), value: t.big(v.totals.impressions, "count") }]
        : []),
    ],
  };

  // ---- 2 goals
  const goals = has("goals")
    ? {
        ...head("goals"),
        rows: v.goals.map((g) => ({
          label: kpi(g.kpi),
          direction: g.lowerIsBetter ? t.t("goals.lower_better") : null,
          target: n(g.target, g.unit),
          actual: n(g.actual, g.unit),
          attainment: n(g.attainment, "rate"),
          status: g.met === null ? "none" : g.met ? "met" : "missed",
          statusLabel: t.t(g.met === null ? "common.not_measured" : g.met ? "common.met" : "common.missed"),
          bar: `${(g.bar * 100).toFixed(1)}%`,
          mark: `${(g.mark * 100).toFixed(1)}%`,
        })),
        scaleLabel: t.t("goals.scale"),
        cols: {
          kpi: t.t("col.kpi"),
          target: t.t("col.target"),
          actual: t.t("col.actual"),
          attainment: t.t("col.attainment"),
          status: t.t("col.status"),
        },
      }
    : null;

  // ---- 3 spend & return
  const s = v.spend;
  const spend = has("spend")
    ? {
        ...head("spend"),
        cards: cardGrid([
          { label: kpi("total_cost"), value: t.big(s.total_cost, "money") },
          ...(s.revenue !== null ? [{ label: kpi("revenue"), value: t.big(s.revenue, "money") }] : []),
          ...(s.roas !== null ? [{ label: kpi("roas"), value: n(s.roas, "multiple") }] : []),
          ...(s.roi !== null ? [{ label: kpi("roi"), value: n(s.roi, "change") }] : []),
          ...(s.gross_profit !== null
            ? [{ label: kpi("gross_profit"), value: t.big(s.gross_profit, "money") }]
            : []),
        ]),
        costChart: chart("costs"),
        funnel: s.funnel.map((f) => ({
          label: kpi(f.key),
          value: n(f.value),
          width: `${(f.width * 100).toFixed(1)}%`,
          rate: f.rate === null ? null : n(f.rate, "rate"),
          rateLabel: f.rate === null ? null : t.t(`funnel.${f.key}`),
        })),
        funnelTitle: t.t("funnel.title"),
        funnelNote: t.t("spend.funnel_note"),
      }
    : null;

  // ---- 4 creators
  const cv = v.creators;
  const metric = v.leverMetric;
  const groupTable = (dim: Dimension, rows: GroupRow[]) =>
    table(
      t.t(`creators.by.${dim}`),
      [
        [t.t(`col.${dim === "cooperation_model" ? "model" : dim}`), false],
        [t.t("col.creators"), true],
        [t.t("col.converting"), true, measured],
        [t.t("col.share"), true, measured],
        [kpi("cost"), true],
        ...(v.totals.revenue !== null ? ([[kpi("revenue"), true]] as [string, boolean][]) : []),
        [kpi(metric), true],
        ...(metric !== "cpa" && v.totals.orders !== null
          ? ([[kpi("cpa"), true]] as [string, boolean][])
          : []),
      ],
      rows
        .filter((g) => g.key !== null)
        .map((g) =>
          row([
            cell(t.t(`${dim}.${g.key}`), { strong: true }),
            numCell(g.creators),
            numCell(g.converting_creators),
            numCell(g.converting_share, "rate"),
            numCell(g.cost, "money"),
            ...(v.totals.revenue !== null ? [numCell(g.revenue, "money")] : []),
            numCell(valueOfRow(g, metric), unitOf(metric), cv.best[dim]?.key === g.key),
            ...(metric !== "cpa" && v.totals.orders !== null ? [numCell(g.cpa, "money")] : []),
          ]),
        ),
    );
  const mk = v.mainKpi;
  const creators = has("creators")
    ? {
        ...head("creators"),
        cards: cardGrid([
          { label: t.t("col.creators"), value: n(cv.total) },
          ...(measured
            ? [
                { label: kpi("converting_creators"), value: n(cv.converting) },
                { label: kpi("converting_share"), value: n(cv.converting_share, "rate") },
              ]
            : [{ label: kpi("creator_cost"), value: t.big(v.totals.creator_cost, "money") }]),
        ]),
        charts: ["tier_" + metric, "cooperation_model_" + metric, "platform_share"]
          .map(chart)
          .filter((x): x is string => x !== null),
        groupTables: (["tier", "platform", "cooperation_model"] as Dimension[])
          .filter((d) => cv.groups[d].length > 0)
          .map((d) => groupTable(d, cv.groups[d])),
        unpaid:
          cv.unpaid_models.length > 0
            ? t.t("creators.unpaid", {
                models: t.list(cv.unpaid_models.map((g) => t.t(`cooperation_model.${g.key}`))),
              })
            : null,
        personas:
          cv.personas.length > 0
            ? table(
                t.t("creators.personas"),
                [
                  [t.t("col.tag"), false],
                  [t.t("col.converting_with"), true],
                  [t.t("col.non_converting_with"), true],
                  [t.t("col.difference"), true],
                ],
                cv.personas.map((p) =>
                  row([
                    cell(p.tag, { strong: true }),
                    cell(`${n(p.converting_share, "rate")} (${n(p.converting)})`, { num: true }),
                    cell(`${n(p.non_converting_share, "rate")} (${n(p.non_converting)})`, { num: true }),
                    cell(t.t("creators.points", { value: n(p.difference * 100, "number") }), {
                      num: true,
                      strong: Math.abs(p.difference) >= 0.15,
                    }),
                  ]),
                ),
              )
            : null,
        personasNote: cv.personas.length > 0 ? t.t("creators.personas_note") : null,
        leaderboard:
          cv.leaderboard.length > 0
            ? table(
                t.t("creators.leaderboard", { kpi: t.inSentence(kpi(mk)) }),
                [
                  ["#", true],
                  ...creatorCols,
                  [kpi("cost"), true],
                  [kpi(mk), true],
                  ...(mk !== "revenue" && v.totals.revenue !== null
                    ? ([[kpi("revenue"), true]] as [string, boolean][])
                    : []),
                  [kpi(v.totals.revenue !== null ? "roas" : "cpe"), true],
                ],
                cv.leaderboard.map((cr, i) =>
                  row([
                    cell(n(i + 1), { num: true }),
                    ...creatorCells(cr),
                    numCell(cr.cost, "money"),
                    numCell(valueOfRow(cr, mk), unitOf(mk), true),
                    ...(mk !== "revenue" && v.totals.revenue !== null ? [numCell(cr.revenue, "money")] : []),
                    v.totals.revenue !== null ? numCell(cr.roas, "multiple") : numCell(cr.cpe, "money"),
                  ]),
                ),
              )
            : null,
        zero:
          cv.zero_converters.length > 0
            ? table(
                t.t("creators.zero", { count: n(cv.zero_converters.length), cost: n(cv.zero_cost, "money") }),
                [...creatorCols, [kpi("content_pieces"), true], [kpi("clicks"), true], [kpi("cost"), true]],
                cv.zero_converters.map((cr) =>
                  row([
                    ...creatorCells(cr),
                    numCell(cr.posts),
                    numCell(cr.clicks),
                    numCell(cr.cost, "money", true),
                  ]),
                ),
              )
            : null,
      }
    : null;

  // ---- 5 products
  const products = has("products")
    ? {
        ...head("products"),
        chart: chart("products"),
        table: table(
          t.t("products.table"),
          [
            [t.t("col.product"), false],
            [kpi("orders"), true],
            [kpi("units"), true],
            [kpi("revenue"), true],
            [t.t("col.share"), true],
            [t.t("col.creators"), true],
            ...(v.products.unit_costs ? ([[kpi("gross_profit"), true]] as [string, boolean][]) : []),
          ],
          v.products.rows.flatMap((p) => [
            row(
              [
                cell(p.product === "(unspecified)" ? t.t("products.unspecified") : p.product, {
                  strong: true,
                }),
                numCell(p.orders, "count", true),
                numCell(p.units, "count", true),
                numCell(p.revenue, "money", true),
                numCell(p.revenue_share, "rate", true),
                numCell(p.creators, "count", true),
                ...(v.products.unit_costs ? [numCell(p.gross_profit, "money", true)] : []),
              ],
              "group",
            ),
            ...(p.skus.length > 1 || (p.skus[0]?.sku && p.skus[0].sku !== p.product)
              ? p.skus.map((k) =>
                  row(
                    [
                      cell([k.sku, k.variant].filter(Boolean).join(" · ") || t.t("products.unspecified")),
                      numCell(k.orders),
                      numCell(k.units),
                      numCell(k.revenue, "money"),
                      numCell(k.revenue_share, "rate"),
                      numCell(k.creators),
                      ...(v.products.unit_costs ? [numCell(k.gross_profit, "money")] : []),
                    ],
                    "sub",
                  ),
                )
              : []),
          ]),
          "products",
        ),
      }
    : null;

  // ---- 6 trend
  const tr = v.trend;
  const trend = has("trend")
    ? {
        ...head("trend"),
        chart: chart("trend"),
        facts: [
          { label: t.t("trend.mean"), value: n(tr.mean, "money") },
          {
            label: t.t("trend.peak"),
            value: `${n(tr.peak_revenue, "money")}`,
            note: tr.peak_date ? t.date(tr.peak_date) : null,
          },
          { label: t.t("trend.below_mean"), value: n(tr.days_below_mean) },
          {
            label: t.t("trend.tail"),
            value: n(tr.tail_revenue, "money"),
            note:
              tr.tail_share !== null ? t.t("trend.tail_share", { share: n(tr.tail_share, "rate") }) : null,
          },
        ].map((f) => ({ note: null, ...f })),
        tailNote:
          tr.end_date && (tr.tail_revenue ?? 0) > 0
            ? t.t("trend.tail_note", { end: t.date(tr.end_date) })
            : null,
        tailCreators:
          tr.tail_creators.length > 0
            ? table(
                t.t("trend.tail_creators"),
                [
                  ...creatorCols,
                  [kpi("orders"), true],
                  [kpi("revenue"), true],
                  [kpi("cost"), true],
                  [kpi("roas"), true],
                ],
                tr.tail_creators.map((cr) =>
                  row([
                    ...creatorCells(cr),
                    numCell(cr.orders),
                    numCell(cr.revenue, "money"),
                    numCell(cr.cost, "money"),
                    numCell(cr.roas, "multiple"),
                  ]),
                ),
              )
            : null,
        tailCreatorsNote: tr.tail_creators.length > 0 ? t.t("trend.tail_creators_note") : null,
      }
    : null;

  // ---- 7 content
  const ct = v.content;
  const contentTable = (dim: "platform" | "format", rows: typeof ct.by_platform) =>
    table(
      t.t(`content.by.${dim}`),
      [
        [t.t(`col.${dim}`), false],
        [kpi("content_pieces"), true],
        [kpi("views"), true],
        [t.t("col.likes"), true],
        [t.t("col.comments"), true],
        [t.t("col.shares"), true],
        [t.t("col.saves"), true],
        [t.t("col.er"), true],
      ],
      rows.map((r) =>
        row([
          cell(t.t(`${dim}.${r.key}`), { strong: true }),
          numCell(r.posts),
          numCell(r.views),
          numCell(r.likes),
          numCell(r.comments),
          numCell(r.shares),
          numCell(r.saves),
          numCell(r.er_impressions, "rate"),
        ]),
      ),
    );
  const postTable = (caption: string, posts: PostView[], key: "engagements" | "clicks") =>
    table(
      caption,
      [
        [t.t("col.creator"), false],
        [t.t("col.post"), false],
        [t.t("col.published"), false],
        [kpi("impressions"), true],
        [kpi(key), true],
        [key === "clicks" ? kpi("ctr") : t.t("col.er"), true],
      ],
      posts.map((p) =>
        row([
          cell(handle(p.creator), { strong: true }),
          cell(`${t.t(`platform.${p.platform}`)} · ${t.t(`format.${p.format}`)}`, {
            href: p.href,
            badge: p.href ? null : p.url ? t.t("content.unsafe_link") : null,
          }),
          cell(t.date(p.published)),
          numCell(p.impressions),
          numCell(p[key], "count", true),
          numCell(key === "clicks" ? p.ctr : p.er_impressions, "rate"),
        ]),
      ),
      "posts",
    );
  const content = has("content")
    ? {
        ...head("content"),
        chart: chart("formats"),
        byPlatform: contentTable("platform", ct.by_platform),
        byFormat: contentTable("format", ct.by_format),
        topEngagements:
          ct.top_engagements.length > 0
            ? postTable(t.t("content.top_engagements"), ct.top_engagements, "engagements")
            : null,
        topClicks:
          ct.top_clicks.length > 0 ? postTable(t.t("content.top_clicks"), ct.top_clicks, "clicks") : null,
        erNote: t.t("content.er_note"),
      }
    : null;

  // ---- 8 traffic
  const tf = v.traffic;
  const traffic = has("traffic")
    ? {
        ...head("traffic"),
        chart: chart("traffic"),
        periods: tf.periods.map((p) => ({
          label: t.t(`period.${p.period}`),
          range: `${t.date(p.start_date)} – ${t.date(p.end_date)}`,
        })),
        table:
          tf.rows.length > 0
            ? table(
                t.t("traffic.table"),
                [
                  [t.t("col.metric"), false],
                  [t.t("traffic.before"), true],
                  [t.t("traffic.during"), true],
                  [t.t("traffic.after"), true],
                  [t.t("traffic.during_lift"), true],
                  [t.t("traffic.after_lift"), true],
                ],
                tf.rows.map((r) => {
                  const u: Unit = r.metric === "revenue" ? "money" : "count";
                  return row([
                    cell(t.t(`lift.${r.metric}`), { strong: true }),
                    numCell(r.before_daily, u),
                    numCell(r.during_daily, u),
                    numCell(r.after_daily, u),
                    numCell(r.during_lift, "change", true),
                    numCell(r.after_lift, "change"),
                  ]);
                }),
              )
            : null,
        cards:
          tf.growth !== null
            ? cardGrid([
                { label: kpi("audience_growth"), value: n(tf.growth) },
                { label: kpi("audience_growth_rate"), value: n(tf.growth_rate, "change") },
              ])
            : null,
      }
    : null;

  // ---- 9 team
  const team = has("team")
    ? {
        ...head("team"),
        table: table(
          t.t("team.table"),
          [
            [t.t("col.member"), false],
            [t.t("col.role"), false],
            [t.t("col.creators"), true],
            [t.t("col.contracted"), true],
            [t.t("col.live"), true],
            [t.t("col.converting"), true, measured],
            [kpi("revenue"), true, v.totals.revenue !== null],
            [kpi("creator_cost"), true],
            [kpi("roas"), true, v.totals.revenue !== null],
            [t.t("col.hours"), true],
            [kpi("labor_cost"), true],
          ],
          v.team.map((m) =>
            row([
              cell(m.member, { strong: true }),
              cell(m.role ?? "–"),
              numCell(m.creators),
              numCell(m.contracted),
              numCell(m.live),
              numCell(m.converting_creators),
              numCell(m.revenue, "money"),
              numCell(m.creator_cost, "money"),
              numCell(m.roas, "multiple"),
              numCell(m.hours, "number"),
              numCell(m.labor_cost, "money"),
            ]),
          ),
          "team",
        ),
      }
    : null;

  // ---- 10 retrospective
  const rv = v.retrospective;
  const retroGroup = (g: {
    section: string;
    items: { item: string; answer: string | null; owner: string | null }[];
  }) => ({
    title: t.t(`retro.${g.section}`),
    cls: g.section,
    items: g.items.map((i) => ({
      item: i.item,
      answer: i.answer,
      owner: i.owner ? t.t("retro.owner", { owner: i.owner }) : null,
    })),
  });
  const retrospective = has("retrospective")
    ? {
        ...head("retrospective"),
        answers: rv.answers.map(retroGroup),
        grid: rv.grid.map(retroGroup),
        learning: rv.learning.map(retroGroup),
        journalTitle: t.t("retro.journal"),
        journal: rv.journal.map((j) => ({
          date: t.date(j.date),
          type: j.type ?? "note",
          typeLabel: j.type ? t.t(`journal.${j.type}`) : null,
          note: j.note,
          impact: j.impact,
          impactLabel: t.t("retro.impact"),
        })),
        answersTitle: t.t("retro.answers_title"),
        gridTitle: t.t("retro.grid_title"),
        learningTitle: t.t("retro.learning_title"),
      }
    : null;

  // ---- 11 recommendations
  const recommendations = has("recommendations")
    ? {
        ...head("recommendations"),
        items: v.recommendations.map((r, i) => ({
          n: n(i + 1),
          id: r.id,
          action: segs(r.action),
          detail: segs(r.detail),
        })),
      }
    : null;

  // ---- 12 appendix
  const issueRows = (groups: IssueGroup[]) =>
    groups.map((g) =>
      row(
        [
          cell(t.t(`severity.${g.severity}`)),
          cell(
            cellList(g.cells, (more) => t.t("common.more", { count: n(more) })),
            { dir: "ltr" },
          ),
          cell(t.has(`issue.${g.code}`) ? t.t(`issue.${g.code}`) : g.code),
          cell(g.message, { dir: "ltr" }),
        ],
        g.severity,
      ),
    );
  const thresholds = v.appendix.tier_thresholds;
  const appendix = {
    ...head("appendix"),
    omittedTitle: t.t("appendix.omitted_title"),
    omitted: v.omitted.map((o) => ({
      title: title(o.id),
      why: t.t(o.tabs.length > 1 ? "appendix.omitted_why_many" : "appendix.omitted_why", {
        tabs: t.list(o.tabs),
      }),
    })),
    issuesTitle: t.t("appendix.issues_title"),
    noIssues: v.appendix.issues.length === 0 ? t.t("appendix.no_issues") : null,
    issuesSummary: t.t("appendix.issues_summary", {
      errors: n(v.appendix.errors),
      warnings: n(v.appendix.warnings),
    }),
    issues:
      v.appendix.issues.length > 0
        ? table(
            // The sub-heading above already names it.
            "",
            [
              [t.t("col.severity"), false],
              [t.t("col.cell"), false],
              [t.t("col.finding"), false],
              [t.t("col.message"), false],
            ],
            issueRows(v.appendix.issue_groups),
            "issues",
          )
        : null,
    methodTitle: t.t("appendix.method_title"),
    method: [
      t.t("method.engagement"),
      t.t("method.er"),
      t.t("method.tiers", {
        nano: n(thresholds[0] ?? null),
        micro: n(thresholds[1] ?? null),
        mid: n(thresholds[2] ?? null),
        macro: n(thresholds[3] ?? null),
      }),
      t.t("method.attribution"),
      t.t("method.cost"),
      t.t("method.ratios", { currency: c.currency }),
      t.t("method.declined"),
      t.t("method.trend"),
    ],
    dataTitle: t.t("appendix.data_title"),
    creatorsNote:
      v.appendix.creators_total > v.appendix.creators.length
        ? t.t("appendix.truncated", {
            shown: n(v.appendix.creators.length),
            total: n(v.appendix.creators_total),
          })
        : null,
    postsNote:
      v.appendix.posts_total > v.appendix.posts.length
        ? t.t("appendix.truncated", { shown: n(v.appendix.posts.length), total: n(v.appendix.posts_total) })
        : null,
    creators: table(
      t.t("appendix.creators"),
      [
        ...creatorCols,
        [t.t("col.followers"), true],
        [kpi("content_pieces"), true],
        [kpi("impressions"), true],
        [kpi("clicks"), true],
        [kpi("orders"), true],
        [kpi("revenue"), true],
        [kpi("cost"), true],
      ],
      v.appendix.creators.map((cr) =>
        row(
          [
            ...creatorCells(cr),
            numCell(cr.followers),
            numCell(cr.posts),
            numCell(cr.impressions),
            numCell(cr.clicks),
            numCell(cr.orders),
            numCell(cr.revenue, "money"),
            numCell(cr.cost, "money"),
          ],
          cr.status === "declined" ? "muted" : "",
        ),
      ),
      "dense",
    ),
    posts:
      v.appendix.posts.length > 0
        ? table(
            t.t("appendix.posts"),
            [
              [t.t("col.creator"), false],
              [t.t("col.post"), false],
              [t.t("col.published"), false],
              [kpi("impressions"), true],
              [kpi("views"), true],
              [kpi("engagements"), true],
              [kpi("clicks"), true],
              [t.t("col.er"), true],
            ],
            v.appendix.posts.map((p) =>
              row([
                cell(handle(p.creator), { strong: true }),
                cell(`${t.t(`platform.${p.platform}`)} · ${t.t(`format.${p.format}`)}`, { href: p.href }),
                cell(t.date(p.published)),
                numCell(p.impressions),
                numCell(p.views),
                numCell(p.engagements),
                numCell(p.clicks),
                numCell(p.er_impressions, "rate"),
              ]),
            ),
            "dense",
          )
        : null,
  };

  return {
    toc,
    summary,
    goals,
    spend,
    creators,
    products,
    trend,
    content,
    traffic,
    team,
    retrospective,
    recommendations,
    appendix,
  };
}

const CELLS_SHOWN = 60;

/** `Conversions!B2, B3, B4`: the tab named once per run of cells on the same tab. */
export function cellList(cells: string[], more: (n: number) => string): string {
  const out: string[] = [];
  let tab: string | null = null;
  for (const c of cells.slice(0, CELLS_SHOWN)) {
    const bang = c.indexOf("!");
    const here = bang > 0 ? c.slice(0, bang) : null;
    out.push(here !== null && here === tab ? c.slice(bang + 1) : c);
    tab = here;
  }
  if (cells.length > CELLS_SHOWN) out.push(more(cells.length - CELLS_SHOWN));
  return out.join(", ");
}

function valueOfRow(r: object, key: string): number | null {
  const x = (r as Record<string, unknown>)[key];
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}
