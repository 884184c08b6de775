// Comparable forms of what users type for headers and options.
import type { ColumnMeta } from "./columns.ts";

/** Any character outside ASCII: text without one needs no Unicode clean-up. */
export const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Characters with no glyph that copy-paste leaves in a cell: zero-width spaces and joiners,
 * direction marks and embeddings (text copied from an Arabic page), word joiner, BOM, soft
 * hyphen. The cell shows the same text without them, so headers, handles, numbers and dates
 * are read without them. Only for `replace`: a global pattern keeps state in `test`.
 */
export const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * Header or tab text → comparable form: Unicode NFKC (full-width letters, ligatures),
 * invisible characters removed, non-breaking spaces and line breaks as spaces, case,
 * surrounding/repeated whitespace and `_` ignored.
 */
export function headerKey(s: string): string {
  return s
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
}

/**
 * Codes, SKUs and names as typed → comparable form: NFKC (full-width letters and digits, as a
 * Chinese input method types them), invisible characters, outer spaces and case ignored. The
 * checks and the KPIs compare with this one rule, so a SKU the checks find is the one summed.
 */
export function textKey(s: string): string {
  // ASCII text, the common case, has nothing to normalise or drop: skip both (100k keys at scale).
  const t = NON_ASCII.test(s) ? s.normalize("NFKC").replace(INVISIBLE, "") : s;
  return t.trim().toLowerCase();
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
