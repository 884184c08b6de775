// What the report shows beyond the figures: the team's own words (retrospective,
// journal), the baseline periods and the other costs by category. Carried beside
// the KPI model, not in it, so `kpis --json` prints the model alone.
import type { Dataset } from "../validate/dataset.ts";
import type { LeftOut } from "../validate/left-out.ts";

export interface RetroNote {
  /** The Section; "other" when the row names none. */
  section: string;
  item: string;
  answer: string | null;
  owner: string | null;
  /** Sheet row on the Retrospective tab, for citing it. */
  row: number;
}

export interface JournalNote {
  date: string;
  type: string | null;
  note: string;
  impact: string | null;
  /** Sheet row on the Journal tab. */
  row: number;
}

export interface PeriodNote {
  period: string;
  start_date: string;
  end_date: string;
}

export interface CampaignNotes {
  /** In sheet order. */
  retrospective: RetroNote[];
  /** By date, then sheet row. */
  journal: JournalNote[];
  /** Baseline periods by start date. */
  periods: PeriodNote[];
  /** Costs tab amounts per category ("other" when blank), categories in first-seen order. */
  other_costs: { category: string; amount: number }[];
  /** Rows left out of the KPIs and the cost and revenue they carry; absent when not known. */
  left_out?: LeftOut;
}

function otherCosts(ds: Dataset): CampaignNotes["other_costs"] {
  const byCategory = new Map<string, number>();
  for (const r of ds.costs) {
    const cat = r.category ?? "other";
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + r.amount);
  }
  return [...byCategory].map(([category, amount]) => ({ category, amount }));
}

export function computeNotes(ds: Dataset): CampaignNotes {
  return {
    retrospective: ds.retrospective.map((r) => ({
      section: r.section ?? "other",
      item: r.item,
      answer: r.answer ?? null,
      owner: r.owner ?? null,
      row: r.row,
    })),
    journal: [...ds.journal]
      .sort((a, b) => a.date.localeCompare(b.date) || a.row - b.row)
      .map((j) => ({
        date: j.date,
        type: j.type ?? null,
        note: j.note,
        impact: j.impact ?? null,
        row: j.row,
      })),
    periods: [...ds.baseline]
      .sort((a, b) => a.start_date.localeCompare(b.start_date))
      .map((b) => ({ period: b.period, start_date: b.start_date, end_date: b.end_date })),
    other_costs: otherCosts(ds),
    ...(ds.left_out ? { left_out: ds.left_out } : {}),
  };
}
