// The thresholds every conclusion is judged by, in one place.

/** A group can be the best or worst lever only with this share of creator cost… */
export const MATERIAL_COST_SHARE = 0.1;
/** …and at least this many creators. */
export const MATERIAL_CREATORS = 3;
/** A single deal with this share of creator cost is a large deal, worth its own what-if. */
export const LARGE_DEAL_SHARE = 0.1;
/** The top share of creators by clicks or engagements: evidence against "do not rebook". */
export const TOP_SHARE = 0.1;
/** Handles named in a sentence; the rest are counted ("and 2 more"). */
export const HANDLES_SHOWN = 5;
/** Bumped when the shape of `conclusions` changes. */
export const CONCLUSIONS_VERSION = 1;
