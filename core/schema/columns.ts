// A column described once: its header, kind, whether it is required, and the
// text and example the sheet's header note, the xlsx template and the README
// show. The row types are derived from these descriptions, so a column cannot
// exist in the sheet and not in the type (or the other way round).

export type Kind =
  | "text"
  | "count"
  | "number"
  | "money"
  | "rate"
  | "date"
  | "enum"
  | "tags"
  | "url"
  | "currency"
  | "locale"
  | "thresholds"
  | "target";

/** Kinds read as a plain figure (a number to sum); rates and dates are numbers with rules of their own. */
export function isFigureKind(kind: Kind): boolean {
  return kind === "count" || kind === "money" || kind === "number";
}

export interface ColumnMeta {
  key: string;
  header: string;
  kind: Kind;
  required: boolean;
  description: string;
  example?: string;
  /** Enum values, canonical keys, in display order. */
  values?: readonly string[];
  /** Other spellings accepted for enum values: synonym → canonical key. */
  synonyms?: Readonly<Record<string, string>>;
  /** Value used when the cell is blank. */
  default?: string | number | readonly number[];
  /** Lower bound checked on the read value. */
  min?: number;
  /**
   * Describes the row without entering a figure or a key (Link, Name, Tags…): an
   * unreadable cell is read as blank with a warning, and the row is kept.
   */
  descriptive?: boolean;
}

/** A column whose key, value type and requiredness the compiler knows. */
export interface Column<K extends string = string, T = unknown, R extends boolean = boolean>
  extends ColumnMeta {
  key: K;
  required: R;
  /** Type-only: the value a read cell holds. */
  readonly __value?: T;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ValueOf<C> = C extends Column<string, infer T> ? T : never;

/** The record a table row reads into: required columns always present, the others when the cell is not blank. */
export type RowOf<Cols extends readonly Column[]> = Simplify<
  { [C in Cols[number] as C["required"] extends true ? C["key"] : never]: ValueOf<C> } & {
    [C in Cols[number] as C["required"] extends true ? never : C["key"]]?: ValueOf<C> | undefined;
  }
>;

type Opts = Partial<
  Pick<ColumnMeta, "required" | "example" | "default" | "min" | "synonyms" | "descriptive">
> & {
  description: string;
};
type Req<O extends Opts> = O["required"] extends true ? true : false;

function column<K extends string, T, O extends Opts>(
  key: K,
  header: string,
  kind: Kind,
  o: O,
  extra?: Partial<ColumnMeta>,
): Column<K, T, Req<O>> {
  // Every field, undefined when unset: one shape for every column, so reading a cell looks a
  // field up in one place rather than among dozens of shapes (each cell reads several).
  const meta: ColumnMeta = {
    key,
    header,
    kind,
    required: o.required ?? false,
    description: o.description,
    example: o.example,
    values: extra?.values,
    synonyms: o.synonyms,
    default: o.default,
    min: extra?.min ?? o.min,
    descriptive: o.descriptive ? true : undefined,
  };
  return meta as Column<K, T, Req<O>>;
}

export const text = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, string, O>(key, header, "text", o);
export const url = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, string, O>(key, header, "url", o);
/** Read as `YYYY-MM-DD`. */
export const date = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, string, O>(key, header, "date", o);
/** Whole things counted: never negative; `12k` text is read. */
export const count = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, number, O>(key, header, "count", o, { min: 0 });
export const money = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, number, O>(key, header, "money", o);
export const num = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, number, O>(key, header, "number", o);
/** A fraction from 0 to 1. */
export const rate = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, number, O>(key, header, "rate", o);
export const tags = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, string[], O>(key, header, "tags", o);
export const currency = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, string, O>(key, header, "currency", o);
export const locale = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, string, O>(key, header, "locale", o);
export const thresholds = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, number[], O>(key, header, "thresholds", o);
/** A goal's target, read by its KPI's unit. */
export const target = <const K extends string, const O extends Opts>(key: K, header: string, o: O) =>
  column<K, number, O>(key, header, "target", o);
export const choice = <
  const K extends string,
  const V extends readonly [string, ...string[]],
  const O extends Opts,
>(
  key: K,
  header: string,
  values: V,
  o: O,
) => column<K, V[number], O>(key, header, "enum", o, { values });
