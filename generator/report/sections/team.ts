// Team: what each member ran and what it returned.
import { cell } from "../table.ts";
import type { Kit } from "./kit.ts";

export function teamSection(k: Kit) {
  const { v, t, numCell, kpi, table, measured, row, has, head } = k;
  return has("team")
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
              cell(m.member, { strong: true, typed: true }),
              cell(m.role ?? "–", { typed: m.role !== null }),
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
}
