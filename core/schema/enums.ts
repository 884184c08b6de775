// The values an option column accepts, in display order, and the other
// spellings read as them.

export const PLATFORMS = [
  "tiktok",
  "instagram",
  "youtube",
  "pinterest",
  "facebook",
  "x",
  "twitch",
  "snapchat",
  "linkedin",
  "blog",
  "other",
] as const;
/** Other spellings of a platform, the same for Creators and Content. */
export const PLATFORM_SYNONYMS = { twitter: "x", ig: "instagram", yt: "youtube", tik_tok: "tiktok" } as const;
export const COOPERATION_MODELS = ["fixed_fee", "gifted", "affiliate", "hybrid"] as const;
export const STATUSES = [
  "prospect",
  "contacted",
  "negotiating",
  "contracted",
  "shipped",
  "live",
  "completed",
  "declined",
] as const;
export const FORMATS = [
  "short_video",
  "long_video",
  "image",
  "carousel",
  "story",
  "live",
  "pin",
  "article",
  "other",
] as const;
export const OBJECTIVES = ["awareness", "engagement", "traffic", "leads", "sales", "audience"] as const;
export const COST_CATEGORIES = [
  "agency",
  "paid_amplification",
  "production",
  "tools",
  "shipping",
  "other",
] as const;
export const PERIODS = ["before", "during", "after"] as const;
export const RETRO_SECTIONS = [
  "collaboration",
  "process",
  "function",
  "next_steps",
  "stop",
  "start",
  "continue",
  "change",
  "hit",
  "miss",
  "learning",
] as const;
export const JOURNAL_TYPES = ["incident", "decision", "milestone", "learning"] as const;
export const TIERS = ["nano", "micro", "mid", "macro", "mega"] as const;

export type Platform = (typeof PLATFORMS)[number];
export type CooperationModel = (typeof COOPERATION_MODELS)[number];
export type Status = (typeof STATUSES)[number];
export type Format = (typeof FORMATS)[number];
export type Objective = (typeof OBJECTIVES)[number];
export type Tier = (typeof TIERS)[number];

export const DEFAULT_TIER_THRESHOLDS = [10_000, 100_000, 500_000, 1_000_000] as const;
