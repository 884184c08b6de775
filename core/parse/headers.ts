// Header row → the template's columns. Headers are compared in their normalised form
// (headerKey); a trailing unit (`Fee ($)`, `Revenue, EUR`, `Commission rate (%)`) names
// the column before it. Whatever is not matched is reported once, never dropped silently.
import { currencyReadings } from "./currency.ts";
import type { ColumnMeta } from "../schema/columns.ts";
import { headerKey } from "../schema/keys.ts";
import type { TabDef } from "../schema/tabs.ts";
import { KPI_BY_KEY } from "../kpi/registry.ts";
import {
  COMPUTED_EXTRA_HEADERS,
  COMPUTED_TABS,
  IMPORT_KEY_HEADER,
  IMPORT_KEY_TABS,
} from "../schema/words.ts";

export interface HeaderMatch {
  meta: ColumnMeta;
  /** The unit the header named (`$`, `USD`, `%`), when it had one. */
  unit: string | null;
  /** The ISO codes a currency unit can mean; [] when the unit is not a currency. */
  currencies: readonly string[];
}

const BRACKETED = /^(.*?)\s*[([]\s*([^()[\]]{1,12}?)\s*[)\]]$/u;
const AFTER_COMMA = /^(.*?)\s*,\s*([^,]{1,12})$/u;

function exact(def: TabDef, key: string): ColumnMeta | undefined {
  if (key === "") return undefined;
  return def.columns.find((c) => headerKey(c.header) === key || headerKey(c.key) === key);
}

/** A unit fits the column: a currency on a money column, `%` on a rate column. */
function unitFits(meta: ColumnMeta, currencies: readonly string[], unit: string): boolean {
  if (meta.kind === "money") return currencies.length > 0;
  if (meta.kind === "rate") return unit === "%";
  return false;
}

/** The column a header names, its unit included; undefined when it names none. */
export function matchHeader(def: TabDef, header: unknown): HeaderMatch | undefined {
  if (typeof header !== "string" && typeof header !== "number") return undefined;
  const key = headerKey(String(header));
  const meta = exact(def, key);
  if (meta) return { meta, unit: null, currencies: [] };
  const m = BRACKETED.exec(key) ?? AFTER_COMMA.exec(key);
  if (!m?.[1] || !m[2]) return undefined;
  const base = exact(def, m[1]);
  if (!base) return undefined;
  const unit = m[2];
  const currencies = currencyReadings(m[2]);
  return unitFits(base, currencies, m[2]) ? { meta: base, unit, currencies } : undefined;
}

let computed: ReadonlySet<string> | undefined;
/** The add-on's computed column headers, normalised (built on first use: the registry is large). */
function computedHeaders(): ReadonlySet<string> {
  computed ??= new Set(
    [...COMPUTED_EXTRA_HEADERS, ...[...KPI_BY_KEY.values()].map((k) => k.label)].map(headerKey),
  );
  return computed;
}

/** Headers the import or the add-on writes: known, and never read as input. */
export function isWrittenHeader(def: TabDef, header: unknown): boolean {
  if (typeof header !== "string") return false;
  const key = headerKey(header);
  if (IMPORT_KEY_TABS.has(def.key) && key === headerKey(IMPORT_KEY_HEADER)) return true;
  return COMPUTED_TABS.has(def.key) && computedHeaders().has(key);
}

/** Edits (insert, delete, substitute) between two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The column an unknown header most likely meant: a unit-stripped match, or one within a few edits. */
export function suggestColumn(def: TabDef, header: string): ColumnMeta | undefined {
  const key = headerKey(header);
  const m = BRACKETED.exec(key) ?? AFTER_COMMA.exec(key);
  const base = m?.[1] ? exact(def, m[1]) : undefined;
  if (base) return base;
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  let best: { meta: ColumnMeta; d: number } | undefined;
  for (const meta of def.columns)
    for (const name of [headerKey(meta.header), headerKey(meta.key)]) {
      const d = editDistance(key, name);
      if (d <= limit && (!best || d < best.d)) best = { meta, d };
    }
  return best?.meta;
}
