// The creator roster: one row per creator across campaigns, with a verdict.
import type { KpiModel } from "../kpi/model.ts";
import { ratio } from "../kpi/registry.ts";
import { tookPart } from "../kpi/status.ts";
import { chronological, creatorKey } from "./order.ts";
import { ROSTER_RULES } from "./rules.ts";
import type { RosterCampaign, RosterMoney, RosterRow, TrendDirection, Verdict } from "./types.ts";

function sumN(xs: (number | null)[]): number | null {
  let s: number | null = null;
  for (const x of xs) if (x !== null) s = (s ?? 0) + x;
  return s;
}

export function trendOf(campaigns: RosterCampaign[]): TrendDirection {
  const measured = campaigns.filter((c) => c.roas !== null);
  if (campaigns.length === 1) return "new";
  const last = measured[measured.length - 1];
  const prev = measured[measured.length - 2];
  if (!last || !prev || last.roas === null || prev.roas === null) return "unknown";
  const tol = ROSTER_RULES.trendTolerance * Math.abs(prev.roas);
  if (last.roas > prev.roas + tol) return "up";
  if (last.roas < prev.roas - tol) return "down";
  return "flat";
}

/**
 * The verdict rules, first match wins (README "Comparing campaigns" lists the same):
 *  R1 latest ROAS unknown (no cost or no sales data)          → test again
 *  R2 latest ≥ rehire and overall ≥ rehire                    → rehire
 *  R3 latest ≥ break-even                                     → renegotiate
 *  R4 latest ≥ floor, and first campaign or trend up          → test again
 *  R5 otherwise                                               → drop
 * "Overall" is the pooled ROAS per currency; with several currencies the lowest counts.
 */
export function verdictOf(
  campaigns: RosterCampaign[],
  overall: RosterMoney[],
  trend: TrendDirection,
): { verdict: Verdict; rule: string } {
  const latest = campaigns[campaigns.length - 1]?.roas ?? null;
  if (latest === null) return { verdict: "test again", rule: "R1" };
  const pooled = overall.map((o) => o.roas).filter((r): r is number => r !== null);
  const overallRoas = pooled.length > 0 ? Math.min(...pooled) : null;
  const R = ROSTER_RULES;
  if (latest >= R.rehireRoas && overallRoas !== null && overallRoas >= R.rehireRoas)
    return { verdict: "rehire", rule: "R2" };
  if (latest >= R.breakEvenRoas) return { verdict: "renegotiate", rule: "R3" };
  if (latest >= R.testAgainFloorRoas && (campaigns.length === 1 || trend === "up"))
    return { verdict: "test again", rule: "R4" };
  return { verdict: "drop", rule: "R5" };
}

/** One row per creator (platform + handle); models are put in chronological order first. */
export function buildRoster(models: readonly KpiModel[]): RosterRow[] {
  const ordered = chronological(models);
  const rows = new Map<
    string,
    { platform: RosterRow["platform"]; handle: string; name: string | null; campaigns: RosterCampaign[] }
  >();
  ordered.forEach((m, index) => {
    for (const c of m.creators) {
      // Creators who never took part are not on the roster.
      if (!tookPart(c.status)) continue;
      const key = creatorKey(c.platform, c.handle);
      let row = rows.get(key);
      if (!row) {
        row = { platform: c.platform, handle: c.handle, name: c.name, campaigns: [] };
        rows.set(key, row);
      }
      row.handle = c.handle.trim().replace(/^@+/, "");
      row.name = c.name ?? row.name;
      const entry: RosterCampaign = {
        campaign: index,
        currency: m.campaign.currency,
        tier: c.tier,
        cooperation_model: c.cooperation_model,
        followers: c.followers,
        posts: c.posts,
        cost: c.cost,
        revenue: c.revenue,
        orders: c.orders,
        roas: c.roas,
        cpa: c.cpa,
        er_impressions: c.er_impressions,
      };
      // The same creator twice in one campaign (two rows): add up.
      const same = row.campaigns.find((e) => e.campaign === index);
      if (same) {
        same.posts += entry.posts;
        same.cost += entry.cost;
        same.revenue = sumN([same.revenue, entry.revenue]);
        same.orders = sumN([same.orders, entry.orders]);
        same.roas = ratio(same.revenue, same.cost);
        same.cpa = ratio(same.cost, same.orders);
      } else row.campaigns.push(entry);
    }
  });
  const out: RosterRow[] = [];
  for (const [key, r] of rows) {
    const currencies = [...new Set(r.campaigns.map((c) => c.currency))];
    const overall: RosterMoney[] = currencies.map((currency) => {
      const cs = r.campaigns.filter((c) => c.currency === currency);
      const cost = cs.reduce((s, c) => s + c.cost, 0);
      const revenue = sumN(cs.map((c) => c.revenue));
      const orders = sumN(cs.map((c) => c.orders));
      return { currency, cost, revenue, orders, roas: ratio(revenue, cost), cpa: ratio(cost, orders) };
    });
    const trend = trendOf(r.campaigns);
    out.push({
      key,
      platform: r.platform,
      handle: r.handle,
      name: r.name,
      campaigns: r.campaigns,
      overall,
      trend,
      ...verdictOf(r.campaigns, overall, trend),
    });
  }
  // Most campaigns first, then by key, so the order is stable.
  return out.sort(
    (a, b) => b.campaigns.length - a.campaigns.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
