// One name for text that groups case-insensitively.

/**
 * The name shown for text matched case-insensitively ("Lee", "lee"): the most
 * frequent spelling, ties to the first in code-unit order. Never the first
 * seen, so that reordering the sheet's rows cannot rename a group.
 */
export function canonicalSpelling(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = spellings[0]!;
  for (const [s, n] of counts) {
    const m = counts.get(best)!;
    if (n > m || (n === m && s < best)) best = s;
  }
  return best;
}
