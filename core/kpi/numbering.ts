// Creators numbered once per computation: each post and conversion carries its creator's number,
// so per-creator sums live in arrays indexed by number instead of Maps keyed by handle strings
// (one string lookup per row instead of one per row and figure).
import type { Dataset } from "../validate/dataset.ts";

/** No creator of the model: the row's creator key is null or names none of ds.creators. */
export const NO_CREATOR = -1;

export interface CreatorNumbers {
  /** Creator key → the index in ds.creators of the last creator with that key (as a Map keyed by key keeps it). */
  byKey: ReadonlyMap<string, number>;
  /** Creator number of each post, by post index; NO_CREATOR when none. */
  post: Int32Array;
  /** Creator number of each conversion, by conversion index; NO_CREATOR when none. */
  conversion: Int32Array;
}

export function numberCreators(ds: Dataset): CreatorNumbers {
  const byKey = new Map<string, number>();
  for (let i = 0; i < ds.creators.length; i++) byKey.set(ds.creators[i]!.key, i);
  const post = new Int32Array(ds.posts.length);
  for (let i = 0; i < post.length; i++) post[i] = byKey.get(ds.posts[i]!.creatorKey) ?? NO_CREATOR;
  const conversion = new Int32Array(ds.conversions.length);
  for (let i = 0; i < conversion.length; i++) {
    const key = ds.conversions[i]!.creatorKey;
    conversion[i] = key === null ? NO_CREATOR : (byKey.get(key) ?? NO_CREATOR);
  }
  return { byKey, post, conversion };
}
