// Comparable forms of what users type for headers and options.
import type { ColumnMeta } from "./columns.ts";

/** Header text → comparable form: case, surrounding/repeated whitespace and `_` ignored. */
export function headerKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
}

/** Option text → comparable form: case ignored; spaces, underscores and hyphens are equivalent. */
export function enumKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_");
}

/** An option column's lookup: comparable spelling (enumKey) → canonical value, synonyms included. */
export function enumLookup(meta: ColumnMeta): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of meta.values ?? []) map.set(enumKey(v), v);
  for (const [syn, v] of Object.entries(meta.synonyms ?? {})) map.set(enumKey(syn), v);
  return map;
}
