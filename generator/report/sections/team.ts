// Team: what each member ran and what came of it, in the sheet's order; no ranking of people.
import { cell } from "../table.ts";
import type { Kit } from "./kit.ts";

const NO_SALES = "—";

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
            [kpi("content_pieces"), true],
            [t.t("col.converting"), true, measured],
            [kpi("revenue"), true, v.totals.revenue !== null],
            [kpi("creator_cost"), true],
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
              numCell(m.posts),
              numCell(m.converting_creators),
              // A member who owned no sales has none to show, not a zero to compare.
              (m.revenue ?? 0) > 0 ? numCell(m.revenue, "money") : cell(NO_SALES, { num: true }),
              m.creators > 0 ? numCell(m.creator_cost, "money") : cell(NO_SALES, { num: true }),
              numCell(m.hours, "number"),
              numCell(m.labor_cost, "money"),
            ]),
          ),
          "team",
        ),
        note: t.t("conclusions.team_note"),
      }
    : null;
}
