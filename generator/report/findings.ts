// A workbook finding in the report's language: the sentence for its code (and form) with
// the values core named in its args; core's English sentence when the language has none.
import { type IssueArg, LIST_MAX, LIST_SHOWN } from "../../core/index.ts";
import type { IssueGroup } from "../../core/present/index.ts";
import { iso, lookupEntry, type Translator } from "../i18n/translator.ts";

/** Args that are dates (YYYY-MM-DD), shown in the report's date format. */
const DATE_ARGS: ReadonlySet<string> = new Set(["date", "start", "end"]);
/** Lists of alternatives ("one of a, b or c") rather than of things that all hold. */
const OR_ARGS: ReadonlySet<string> = new Set(["values", "readings"]);

/** The translation key of a finding's sentence. */
export function findingKey(code: string, form: IssueArg | undefined): string {
  return `appendix.findings.${code}${typeof form === "string" ? `.${form}` : ""}`;
}

function argText(t: Translator, name: string, v: IssueArg): string {
  // Workbook text keeps its own direction inside a right-to-left sentence.
  const text = (s: string) => (t.rtl ? iso(s) : s);
  if (typeof v === "number") return t.fmt(v, "count");
  if (typeof v === "string") return DATE_ARGS.has(name) ? t.date(v) : text(v);
  const items: string[] = v.map((x: string | number) =>
    typeof x === "number" ? t.fmt(x, "count") : text(x),
  );
  if (items.length > LIST_MAX)
    return t.list([
      ...items.slice(0, LIST_SHOWN),
      t.t("appendix.findings.more", { count: t.fmt(items.length - LIST_SHOWN, "count") }),
    ]);
  return OR_ARGS.has(name) ? t.listOr(items) : t.list(items);
}

/**
 * The finding in the report's language, or null when the language has no sentence for it
 * or the finding lacks a value the sentence names (then core's English sentence stands).
 */
export function findingText(t: Translator, g: Pick<IssueGroup, "code" | "args">): string | null {
  const key = findingKey(g.code, g.args.form);
  if (!t.hasEntry(key)) return null;
  const values: Record<string, string> = {};
  for (const [name, v] of Object.entries(g.args)) if (name !== "form") values[name] = argText(t, name, v);
  if (!placeholders(t, key).every((p) => p in values)) return null;
  const count = g.args.count;
  const text = typeof count === "number" ? t.plural(key, count, values) : t.t(key, values);
  return g.args.kept === undefined ? text : t.t("appendix.findings.kept", { ...values, finding: text });
}

/** The {names} a label (every plural form of it) fills in. */
function placeholders(t: Translator, key: string): string[] {
  const e = lookupEntry(t.translations, key);
  const texts = typeof e === "string" ? [e] : Object.values(e ?? {}).filter((x) => typeof x === "string");
  return [...new Set(texts.flatMap((x) => [...x.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))];
}
