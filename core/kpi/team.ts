// The team: each member's creators, results and hours, owners missing from the Team tab included.
import type { CreatorKpis, TeamKpis } from "./model.ts";
import { ratio } from "./registry.ts";
import { canonicalSpelling } from "./spelling.ts";
import { isContracted } from "./status.ts";
import type { N } from "./sums.ts";
import type { Dataset } from "../validate/dataset.ts";
import { textKey } from "../schema/keys.ts";

export function computeTeam(ds: Dataset, active: CreatorKpis[]): TeamKpis[] {
  const lower = textKey;
  const members: { member: string; role: string | null; hours: N; labor: N }[] = ds.team.map((t) => ({
    member: t.member,
    role: t.role ?? null,
    hours: t.hours ?? null,
    labor: t.hours === undefined || t.hourly_cost === undefined ? null : t.hours * t.hourly_cost,
  }));
  const known = new Set(members.map((m) => lower(m.member)));
  // Owners not in Team, named by canonicalSpelling (not by the first row seen).
  const extra = new Map<string, string[]>();
  for (const cr of active)
    if (cr.owner && !known.has(lower(cr.owner))) {
      const list = extra.get(lower(cr.owner));
      if (list) list.push(cr.owner);
      else extra.set(lower(cr.owner), [cr.owner]);
    }
  for (const owner of [...extra.values()].map(canonicalSpelling).sort((a, b) => a.localeCompare(b)))
    members.push({ member: owner, role: null, hours: null, labor: null });
  const revenueMeasured = ds.conversions.some((v) => v.revenue !== undefined);
  // Each member's creators in sheet order, found by one pass over the creators (not one per member).
  const byOwner = new Map<string, CreatorKpis[]>();
  for (const cr of active) {
    if (cr.owner === null) continue;
    const key = lower(cr.owner);
    const list = byOwner.get(key);
    if (list) list.push(cr);
    else byOwner.set(key, [cr]);
  }
  return members.map((m) => {
    const mine = byOwner.get(lower(m.member)) ?? [];
    const revenue = revenueMeasured ? mine.reduce((t, cr) => t + (cr.revenue ?? 0), 0) : null;
    const creatorCost = mine.reduce((t, cr) => t + cr.cost, 0);
    return {
      member: m.member,
      role: m.role,
      creators: mine.length,
      contracted: mine.filter((cr) => isContracted(cr.status)).length,
      live: mine.filter((cr) => cr.posts > 0).length,
      converting_creators: mine.filter((cr) => cr.converting).length,
      posts: mine.reduce((t, cr) => t + cr.posts, 0),
      revenue,
      creator_cost: creatorCost,
      roas: ratio(revenue, creatorCost),
      hours: m.hours,
      labor_cost: m.labor,
    };
  });
}
