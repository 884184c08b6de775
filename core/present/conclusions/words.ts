// The team's own words: which Stop / Start / Continue / Change item concerns a lever,
// and whether the data supports, narrows or contradicts it.
import type { CreatorKpis, Dimension, GroupRow } from "../../kpi/model.ts";
import type { CampaignNotes, JournalNote, RetroNote } from "../../kpi/notes.ts";
import type { Relation } from "./types.ts";

/** How a team writes each group in its notes (English), besides the key itself. */
const SPELLINGS: Record<Dimension, Record<string, readonly string[]>> = {
  cooperation_model: {
    fixed_fee: ["fixed fee", "fixed-fee", "flat fee"],
    gifted: ["gifted", "gifting", "pr box", "seeding"],
    affiliate: ["affiliate", "commission-only", "commission only"],
    hybrid: ["hybrid"],
  },
  tier: { nano: ["nano"], micro: ["micro"], mid: ["mid-tier", "mid tier"], macro: ["macro"], mega: ["mega"] },
  platform: {
    tiktok: ["tiktok", "tik tok"],
    instagram: ["instagram"],
    youtube: ["youtube"],
    pinterest: ["pinterest"],
    facebook: ["facebook"],
    x: ["twitter"],
    twitch: ["twitch"],
    snapchat: ["snapchat"],
    linkedin: ["linkedin"],
    blog: ["blog"],
  },
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The term as a whole word, plural allowed: "fixed fees" mentions fixed_fee, "microwave" not micro. */
const wordRe = (term: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(term)}(s|es)?(?=$|[^\\p{L}\\p{N}])`, "iu");

export function mentions(text: string, dimension: Dimension, key: string): boolean {
  return (SPELLINGS[dimension][key] ?? []).some((term) => wordRe(term).test(text));
}

/** A handle as a whole word in a note, with or without its @. */
export function namesCreator(text: string, handle: string): boolean {
  const h = handle.replace(/^@/, "");
  return h.length > 0 && wordRe(h).test(text);
}

const ACTION_SECTIONS = ["stop", "start", "continue", "change"] as const;

/** The first Stop / Start / Continue / Change item about the group, in the order of `prefer`. */
export function itemOn(
  notes: CampaignNotes,
  dimension: Dimension,
  key: string,
  prefer: readonly string[] = ACTION_SECTIONS,
): RetroNote | null {
  for (const section of prefer)
    for (const r of notes.retrospective)
      if (r.section === section && mentions(`${r.item} ${r.answer ?? ""}`, dimension, key)) return r;
  return null;
}

/** Journal lines and Retrospective rows that name the creator. */
export function notesNaming(
  notes: CampaignNotes,
  handle: string,
): { journal: JournalNote[]; retrospective: RetroNote[] } {
  return {
    journal: notes.journal.filter((j) => namesCreator(`${j.note} ${j.impact ?? ""}`, handle)),
    retrospective: notes.retrospective.filter((r) => namesCreator(`${r.item} ${r.answer ?? ""}`, handle)),
  };
}

/**
 * Stop and Change ask for less of a group, Start and Continue for more. The data supports
 * the item when the group and every member in it go its way, narrows it when only some
 * members do, contradicts it when none does. `good` says whether a row paid off.
 */
export function relationTo(
  section: string,
  group: GroupRow,
  members: readonly CreatorKpis[],
  good: (row: GroupRow | CreatorKpis) => boolean | null,
): { relation: Relation; held: number; of: number } {
  const wantsGood = section === "start" || section === "continue";
  const judged = members.map(good).filter((x): x is boolean => x !== null);
  const held = judged.filter((x) => x === wantsGood).length;
  const groupHeld = good(group) === wantsGood;
  const relation: Relation = groupHeld
    ? held === judged.length
      ? "supports"
      : "narrows"
    : held > 0
      ? "narrows"
      : "contradicts";
  return { relation, held, of: judged.length };
}
