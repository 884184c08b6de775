// The summary: headline cards, the verdict and the first recommendations.
import type { Card } from "../table.ts";
import { cardGrid, type Kit } from "./kit.ts";

export function summarySection(k: Kit) {
  const { v, t, n, kpi, basis, segs, head } = k;
  return {
    ...head("summary"),
    cards: cardGrid(
      v.summary.headline.map(
        (h): Card => ({
          label: basis(h.kpi),
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
        ? t.plural("summary.goals_line", v.summary.goalsTotal, {
            met: n(v.summary.goalsMet),
            total: n(v.summary.goalsTotal),
          })
        : null,
    quality: qualityLine(k),
    facts: [
      { label: t.t("col.creators"), value: n(v.totals.creators) },
      { label: kpi("content_pieces"), value: n(v.totals.content_pieces) },
      { label: kpi("total_cost"), value: n(v.totals.total_cost, "money") },
      ...(v.totals.impressions !== null
        ? [{ label: kpi("impressions"), value: t.big(v.totals.impressions, "count") }]
        : []),
    ],
  };
}

/** How many rows the figures leave out and the money on them, or that every row is counted; then the warnings. */
function qualityLine({ v, t, n }: Kit): { label: string; text: string } {
  const q = v.data_quality;
  const counted =
    q.rows_left_out === 0
      ? t.t("layout.quality_clean")
      : q.cost_left_out === null || q.revenue_left_out === null
        ? t.t("layout.quality_not_counted", { rows: n(q.rows_left_out) })
        : t.t(q.rows_left_out === 1 ? "layout.quality_one" : "layout.quality_other", {
            rows: n(q.rows_left_out),
            cost: n(q.cost_left_out, "money"),
            revenue: n(q.revenue_left_out, "money"),
          });
  const warnings =
    q.warnings === 0 ? t.t("layout.quality_no_warnings") : t.plural("layout.quality_warnings", q.warnings);
  const text = t.t("layout.quality_line", { counted, warnings });
  return { label: t.t("layout.quality_title"), text };
}
