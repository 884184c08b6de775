// The team's own words: which Stop / Start / Continue / Change item concerns a lever,
// and whether the data supports, narrows or contradicts it.
import type { CreatorKpis, Dimension, GroupRow } from "../../kpi/model.ts";
import type { CampaignNotes, JournalNote, RetroNote } from "../../kpi/notes.ts";
import type { Relation } from "./types.ts";

/**
 * How a team may write each group in its notes, in the report's five languages, besides the
 * sheet's own value (`fixed_fee`, `micro`, `tiktok`). A trailing `*` is a stem: compounds and
 * inflections may follow it ("hybridaftaler", "mikro-creators"). Chinese terms match inside
 * words (Chinese has no spaces); Arabic ones after the clitics و ف ب ل ك and the article.
 * Every group's label in every report language is among them (a test reads the locale files),
 * except bare words that mean something else in another language: Danish "gave" and "mellem",
 * Vietnamese "kết hợp", a lone "X".
 */
const SPELLINGS: Record<Dimension, Record<string, readonly string[]>> = {
  cooperation_model: {
    fixed_fee: [
      "fixed fee",
      "flat fee",
      "fast honorar*",
      "faste honorar*",
      "fasthonorar*",
      "phí cố định",
      "固定费",
      "一口价",
      "أجر ثابت",
      "الأجر الثابت",
      "رسوم ثابتة",
      "الرسوم الثابتة",
    ],
    gifted: [
      "gifted",
      "gifting",
      "pr box",
      "seeding",
      "gave-*",
      "gaveaftale*",
      "gaver",
      "gavepakke*",
      "tặng sản phẩm",
      "tặng quà",
      "赠品",
      "置换",
      "寄样",
      "إهداء",
      "هدايا",
    ],
    affiliate: [
      "affiliate*",
      "commission-only",
      "commission only",
      "kun provision",
      "tiếp thị liên kết",
      "纯佣",
      "تسويق بالعمولة",
    ],
    hybrid: [
      "hybrid*",
      "hợp đồng kết hợp",
      "kết hợp phí",
      "phí và hoa hồng",
      "phí + hoa hồng",
      "底薪加佣金",
      "底薪+佣金",
      "混合",
      "مختلط",
      "عقود مختلطة",
      "العقود المختلطة",
      "أجر وعمولة",
    ],
  },
  tier: {
    nano: ["nano*", "素人", "نانو"],
    micro: ["micro", "mikro*", "小微", "مايكرو"],
    mid: ["mid-tier", "mid tier", "mellem-*", "mellemstor*", "trung cấp", "腰部", "فئة متوسطة"],
    macro: ["macro", "makro*", "头部", "ماكرو"],
    mega: ["mega", "mega-*", "megainfluencer*", "超头部", "ميغا"],
  },
  platform: {
    tiktok: ["tiktok*", "tik tok", "تيك توك"],
    instagram: ["instagram*", "إنستغرام", "انستغرام"],
    youtube: ["youtube*", "油管", "يوتيوب"],
    pinterest: ["pinterest*", "بينترست"],
    facebook: ["facebook*", "脸书", "فيسبوك"],
    x: ["twitter", "推特", "إكس", "تويتر"],
    twitch: ["twitch", "تويتش"],
    snapchat: ["snapchat", "سناب شات"],
    linkedin: ["linkedin", "领英", "لينكد إن"],
    blog: ["blog*", "博客", "مدونة"],
  },
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

/**
 * A term as a regular expression: a whole word (English plural allowed: "fixed fees"
 * mentions fixed_fee, "microwave" not micro), a stem, a Chinese substring, or an Arabic
 * word with its clitics.
 */
function termRe(term: string): RegExp {
  const stem = term.endsWith("*");
  const t = escapeRe(stem ? term.slice(0, -1) : term);
  if (HAN.test(term)) return new RegExp(t, "giu");
  const before = ARABIC.test(term) ? "(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?(?:ال|ل)?)" : "(?<![\\p{L}\\p{N}])";
  const after = stem ? "" : ARABIC.test(term) ? "(?![\\p{L}\\p{N}])" : "(?:s|es)?(?![\\p{L}\\p{N}])";
  return new RegExp(`${before}${t}${after}`, "giu");
}

/** The sheet's own spelling of a value, and with spaces or hyphens for its underscores; not a short one ("mid", "x"). */
const keyTerms = (key: string) =>
  key.length < 4 ? [] : [...new Set([key, key.replace(/_/g, " "), key.replace(/_/g, "-")])];

/** Each dimension's terms as regular expressions, built on first use (about 18 ms: not at load). */
let builtTerms: Record<Dimension, [string, RegExp[]][]> | null = null;
const allTerms = () =>
  (builtTerms ??= Object.fromEntries(
    (Object.keys(SPELLINGS) as Dimension[]).map((d) => [
      d,
      Object.entries(SPELLINGS[d]).map(([key, ts]) => [key, [...keyTerms(key), ...ts].map(termRe)]),
    ]),
  ) as Record<Dimension, [string, RegExp[]][]>);

/**
 * The groups of a dimension a text mentions. A term inside a longer one of another group
 * does not count ("头部" inside "超头部" is mega, not macro).
 */
export function mentioned(text: string, dimension: Dimension): Set<string> {
  const hits: { key: string; start: number; end: number }[] = [];
  for (const [key, res] of allTerms()[dimension])
    for (const re of res)
      for (const m of text.matchAll(re)) hits.push({ key, start: m.index, end: m.index + m[0].length });
  const inside = (h: (typeof hits)[number]) =>
    hits.some(
      (o) => o.key !== h.key && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
    );
  return new Set(hits.filter((h) => !inside(h)).map((h) => h.key));
}

export function mentions(text: string, dimension: Dimension, key: string): boolean {
  return mentioned(text, dimension).has(key);
}

/**
 * A handle in a note, with or without its @, in any language: not inside a longer handle
 * ("kay" is not "kay.k"), whatever script stands beside it ("theskinedit.kay的粉丝"), a
 * Danish genitive allowed ("ffzeros følgere").
 */
export function namesCreator(text: string, handle: string): boolean {
  const h = handle.replace(/^@/, "");
  return (
    h.length > 0 &&
    new RegExp(`(?<![A-Za-z0-9_.])${escapeRe(h)}s?(?![A-Za-z0-9_]|\\.[A-Za-z0-9_])`, "i").test(text)
  );
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
