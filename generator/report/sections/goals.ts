// Goals: target, actual and attainment per KPI.
import { ATTAINMENT_BAR_MAX } from "../../../core/present/index.ts";
import type { Kit } from "./kit.ts";

export function goalsSection(k: Kit) {
  const { v, t, n, basis, has, head } = k;
  return has("goals")
    ? {
        ...head("goals"),
        rows: v.goals.map((g) => ({
          label: basis(g.kpi),
          direction: g.lowerIsBetter ? t.t("goals.lower_better") : null,
          target: n(g.target, g.unit),
          actual: n(g.actual, g.unit),
          attainment: n(g.attainment, "rate"),
          status: g.met === null ? "none" : g.met ? "met" : "missed",
          statusLabel: t.t(g.met === null ? "common.not_measured" : g.met ? "common.met" : "common.missed"),
          bar: `${(g.bar * 100).toFixed(1)}%`,
          mark: `${(g.mark * 100).toFixed(1)}%`,
        })),
        scaleLabel: t.t("goals.scale", { cap: n(ATTAINMENT_BAR_MAX, "rate"), target: n(1, "rate") }),
        cols: {
          kpi: t.t("col.kpi"),
          target: t.t("col.target"),
          actual: t.t("col.actual"),
          attainment: t.t("col.attainment"),
          status: t.t("col.status"),
        },
      }
    : null;
}
