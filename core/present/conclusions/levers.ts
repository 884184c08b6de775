// Levers that matter: groups holding enough of the creator cost, ranked by what they
// contributed on their own basis (creator cost), the ratio shown beside.
import { DIMENSIONS, type Dimension, type GroupRow, type KpiModel } from "../../kpi/model.ts";
import { ratio } from "../../kpi/registry.ts";
import { MATERIAL_COST_SHARE, MATERIAL_CREATORS } from "./rules.ts";
import type { LeverRecord } from "./types.ts";
import { VOLUME } from "./volume.ts";

export interface GroupLever extends LeverRecord {
  material: boolean;
  row: GroupRow;
}

const num = (row: object, key: string): number | null => {
  const v = (row as Record<string, unknown>)[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};

/** A group passes the materiality line: ≥ 10 % of creator cost and ≥ 3 creators. */
export const isMaterial = (costShare: number, creators: number) =>
  costShare >= MATERIAL_COST_SHARE && creators >= MATERIAL_CREATORS;

/**
 * What a group added: revenue − cost when the metric is ROAS; otherwise the group's
 * volume priced at the campaign's own cost per unit (creator cost), minus what it cost.
 */
function contributions(rows: GroupRow[], metric: string): (number | null)[] {
  if (metric === "roas") return rows.map((g) => (g.revenue === null ? null : g.revenue - (g.cost ?? 0)));
  const vol = VOLUME[metric] ?? VOLUME.cpe!;
  const volume = rows.reduce((a, g) => a + (num(g, vol.key) ?? 0), 0);
  const cost = rows.reduce((a, g) => a + (g.cost ?? 0), 0);
  const rate = ratio(cost, volume);
  return rows.map((g) => {
    const v = num(g, vol.key);
    return rate === null || v === null ? null : v * rate - (g.cost ?? 0);
  });
}

/** Every group of every dimension with a cost and a value, marked material or not. */
export function groupLevers(m: KpiModel, metric: string): GroupLever[] {
  const creatorCost = m.totals.creator_cost;
  const out: GroupLever[] = [];
  for (const dimension of DIMENSIONS) {
    const rows = m.groups[dimension as Dimension];
    const contrib = contributions(rows, metric);
    rows.forEach((g, i) => {
      const value = num(g, metric);
      const contribution = contrib[i] ?? null;
      const cost = g.cost ?? 0;
      if (g.key === null || cost <= 0 || value === null || contribution === null) return;
      const cost_share = ratio(cost, creatorCost) ?? 0;
      out.push({
        dimension,
        key: g.key,
        metric,
        value,
        basis: "creator",
        cost_share,
        creators: g.creators,
        contribution,
        material: isMaterial(cost_share, g.creators),
        row: g,
      });
    });
  }
  return out;
}

const record = ({ material: _m, row: _r, ...l }: GroupLever): LeverRecord => l;

/** The best and worst material levers by contribution; none unless two groups pass the line. */
export function rankLevers(all: GroupLever[]): { best: LeverRecord | null; worst: LeverRecord | null } {
  const material = all.filter((l) => l.material).sort((a, b) => b.contribution - a.contribution);
  if (material.length < 2) return { best: null, worst: null };
  return { best: record(material[0]!), worst: record(material[material.length - 1]!) };
}
