// Every threshold the roster's verdicts use, in one place (README "Comparing campaigns").

export const ROSTER_RULES = {
  /** Latest and overall ROAS at or above this: rehire as is. */
  rehireRoas: 2,
  /** Latest ROAS at or above this (break-even) but short of rehire: renegotiate. */
  breakEvenRoas: 1,
  /** Latest ROAS below break-even but at or above this, on a first try or an upward trend: test again. */
  testAgainFloorRoas: 0.5,
  /** A ROAS change within ± this share of the previous one reads as flat. */
  trendTolerance: 0.1,
} as const;

/** How many posts each list of the content library keeps. */
export const CONTENT_LIBRARY_SIZE = 10;
