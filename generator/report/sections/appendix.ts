// Appendix: left-out sections, findings, method and the data tables.
import {
  type IssueGroup,
  MATERIAL_COST_SHARE,
  MATERIAL_CREATORS,
  TOP_SHARE,
} from "../../../core/present/index.ts";
import type { Translator } from "../../i18n/translator.ts";
import { findingText } from "../findings.ts";
import { type Cell, cell } from "../table.ts";
import { handle, type Kit } from "./kit.ts";

export function appendixSection(k: Kit) {
  const { v, t, n, numCell, kpi, table, row, c, title, head, creatorCols, creatorCells } = k;
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
          findingCell(t, g),
        ],
        g.severity,
      ),
    );
  const thresholds = v.appendix.tier_thresholds;
  return {
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
      c.currency ? t.t("method.ratios", { currency: c.currency }) : t.t("method.ratios_no_currency"),
      t.t("conclusions.method.basis"),
      t.t("conclusions.method.levers", {
        share: n(MATERIAL_COST_SHARE, "rate"),
        creators: n(MATERIAL_CREATORS),
      }),
      ...(v.totals.gross_profit !== null ? [t.t("conclusions.method.profit")] : []),
      t.t("conclusions.method.zero", { share: n(TOP_SHARE, "rate") }),
      t.t("method.declined"),
      t.t("method.trend"),
      // Charts, the funnel and the goal bars are not mirrored in a right-to-left report: their
      // geometry reads left to right, as its figures do (each one a left-to-right isolate).
      ...(t.rtl ? [t.t("method.charts")] : []),
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
                cell(handle(p.creator), { strong: true, typed: true }),
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
}

/**
 * A finding in the report's language; core's English sentence, set left to right, when it has
 * none. A group standing for others of its kind says how many.
 */
export function findingCell(
  t: Translator,
  g: Pick<IssueGroup, "code" | "message" | "args"> & { others?: number },
): Cell {
  const text = findingText(t, g);
  const others = g.others ? ` ${t.plural("appendix.findings.others", g.others)}` : "";
  return text === null ? cell(g.message + others, { dir: "ltr" }) : cell(text + others);
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
