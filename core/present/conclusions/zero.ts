// Creators who cost money and sold nothing, split by what they cost and whether they
// posted, with the evidence that argues against dropping them.
import type { CreatorKpis, KpiModel } from "../../kpi/model.ts";
import type { CampaignNotes, JournalNote, RetroNote } from "../../kpi/notes.ts";
import { counted, zeroConverters } from "../figures.ts";
import { TOP_SHARE } from "./rules.ts";
import { notesNaming } from "./words.ts";

export interface ZeroCreator {
  creator: CreatorKpis;
  /** A fee or commission was paid; otherwise only product and shipping (gifted). */
  paid: boolean;
  posted: boolean;
  top_clicks: boolean;
  top_engagements: boolean;
  journal: JournalNote[];
  retrospective: RetroNote[];
}

/** The smallest value still in the top share of creators by this figure (null when nobody has one). */
export function topLine(cs: readonly CreatorKpis[], key: "clicks" | "engagements"): number | null {
  const values = cs
    .map((c) => c[key])
    .filter((v): v is number => v !== null && v > 0)
    .sort((a, b) => b - a);
  if (values.length === 0) return null;
  return values[Math.max(1, Math.ceil(TOP_SHARE * cs.length)) - 1] ?? values[values.length - 1]!;
}

export function zeroSales(m: KpiModel, notes: CampaignNotes): ZeroCreator[] {
  const cs = counted(m);
  const clicks = topLine(cs, "clicks");
  const engagements = topLine(cs, "engagements");
  return zeroConverters(m).map((c) => ({
    creator: c,
    paid: c.fee > 0 || c.commission > 0,
    posted: c.posts > 0,
    top_clicks: clicks !== null && (c.clicks ?? 0) >= clicks,
    top_engagements: engagements !== null && (c.engagements ?? 0) >= engagements,
    ...notesNaming(notes, c.handle),
  }));
}

/** Evidence that the creator's audience responded, or that the team explained the zero. */
export const hasEvidence = (z: ZeroCreator) =>
  z.top_clicks || z.top_engagements || z.journal.length > 0 || z.retrospective.length > 0;

/** A creator who posted and sold nothing, with such evidence: checked before anyone advises against them. */
export const needsCheck = (z: ZeroCreator) => z.posted && hasEvidence(z);
