// Creators: groups by tier, platform and deal type, personas, the leaderboard and who did not convert.
import type { GroupRow } from "../../../core/index.ts";
import { type Dimension, leverName } from "../../../core/present/index.ts";
import { cell } from "../table.ts";
import { unitOf } from "../../units.ts";
import { cardGrid, cutTable, type Kit, valueOfRow } from "./kit.ts";

export function creatorsSection(k: Kit) {
  const { v, t, n, numCell, kpi, basis, chart, table, measured, row, has, head, creatorCols, creatorCells } =
    k;
  const cv = v.creators;
  const zero = cutTable(
    k,
    t.plural("creators.zero", cv.zero_converters.length, { cost: n(cv.zero_cost, "money") }),
    cv.zero_converters,
  );
  const metric = v.leverMetric;
  // Groups under the materiality line are shown as small tests, never as levers.
  const small = (dim: Dimension, key: string | null) => {
    const l = cv.group_levers.find((x) => x.dimension === dim && x.key === key);
    return l && !l.material ? t.t("conclusions.small_test", { share: n(l.cost_share, "rate") }) : null;
  };
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
        [basis(metric, "creator"), true],
        ...(metric !== "cpa" && v.totals.orders !== null
          ? ([[basis("cpa", "creator"), true]] as [string, boolean][])
          : []),
      ],
      rows
        .filter((g) => g.key !== null)
        .map((g) =>
          row([
            cell(t.t(`${dim}.${g.key}`), { strong: true, badge: small(dim, g.key) }),
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
  // Each column of shares with one number of decimals (its cells also hold a count).
  const withTag = {
    converting: t.column(
      cv.personas.map((p) => p.converting_share),
      "rate",
    ),
    non_converting: t.column(
      cv.personas.map((p) => p.non_converting_share),
      "rate",
    ),
  };
  return has("creators")
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
        charts: ["tier_" + metric, "cooperation_model_" + metric, "scatter", "platform_share"]
          .map(chart)
          .filter((x): x is string => x !== null),
        groupTables: (["tier", "platform", "cooperation_model"] as Dimension[])
          .filter((d) => cv.groups[d].length > 0)
          .map((d) => groupTable(d, cv.groups[d])),
        unpaid:
          cv.unpaid.length > 0
            ? t.t("conclusions.unpaid", {
                groups: t.list(
                  cv.unpaid.map((l) =>
                    l.material
                      ? t.t("conclusions.unpaid_item", {
                          lever: t.argText(leverName(l)),
                          value: n(l.value, "multiple"),
                        })
                      : t.plural("conclusions.unpaid_small", l.creators, {
                          lever: t.argText(leverName(l)),
                          value: n(l.value, "multiple"),
                        }),
                  ),
                ),
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
                cv.personas.map((p, i) =>
                  row([
                    cell(p.tag, { strong: true, typed: true }),
                    cell(`${withTag.converting[i]} (${n(p.converting)})`, { num: true }),
                    cell(`${withTag.non_converting[i]} (${n(p.non_converting)})`, { num: true }),
                    cell(n(p.difference, "points"), {
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
                  [basis(v.totals.revenue !== null ? "roas" : "cpe", "creator"), true],
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
          zero.rows.length > 0
            ? table(
                zero.caption,
                [...creatorCols, [kpi("content_pieces"), true], [kpi("clicks"), true], [kpi("cost"), true]],
                zero.rows.map((cr) =>
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
}
