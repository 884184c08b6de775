// Recommendations, in full.
import type { Kit } from "./kit.ts";

export function recommendationsSection(k: Kit) {
  const { v, n, segs, has, head } = k;
  return has("recommendations")
    ? {
        ...head("recommendations"),
        items: v.recommendations.map((r, i) => ({
          n: n(i + 1),
          id: r.id,
          action: segs(r.action),
          detail: segs(r.detail),
          words: r.words ? segs(r.words) : null,
          note: r.note ? segs(r.note) : null,
        })),
      }
    : null;
}
