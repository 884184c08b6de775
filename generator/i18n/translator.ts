// The report's translation files and the Translator that formats figures and dates
// for one locale and currency.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  applyRule,
  columnRule,
  type DisplayRule,
  type DisplayUnit,
  displayRule,
  moneyOptions,
  NOT_MEASURED,
} from "../../core/index.ts";
import type { Arg, Msg } from "../../core/present/index.ts";
import { templatesPath } from "../package-root.ts";
import { directionOf, type Language } from "./locale.ts";

export const I18N_DIR = templatesPath("report", "i18n");

/** A translation file: labels by dotted key. */
export type Translations = { [key: string]: string | Translations };

const cache = new Map<string, Translations>();
/** A translation file, read once. */
export function readTranslations(file: string): Translations {
  let m = cache.get(file);
  if (!m) {
    m = JSON.parse(readFileSync(file, "utf8")) as Translations;
    cache.set(file, m);
  }
  return m;
}

export function loadTranslations(lang: Language): Translations {
  return readTranslations(resolve(I18N_DIR, `${lang}.json`));
}

/** The label at a dotted key, if there is one. */
export function lookupLabel(m: Translations, key: string): string | undefined {
  let cur: string | Translations | undefined = m;
  for (const part of key.split(".")) {
    if (cur === undefined || typeof cur === "string") return undefined;
    cur = cur[part];
  }
  return typeof cur === "string" ? cur : undefined;
}

/** A label with its {arg} placeholders filled in; an unknown one stays as it is. */
export function fillLabel(label: string, args: Record<string, string>): string {
  return label.replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? `{${k}}`);
}

const PLURAL_CATEGORIES: readonly string[] = ["zero", "one", "two", "few", "many", "other"];

/**
 * A label with plural forms: an object of Intl.PluralRules categories
 * (`{"one": "{count} post", "other": "{count} posts"}`), `other` always present.
 */
export function isPlural(v: string | Translations | undefined): v is Record<string, string> {
  return (
    typeof v === "object" &&
    typeof v.other === "string" &&
    Object.entries(v).every(([k, x]) => PLURAL_CATEGORIES.includes(k) && typeof x === "string")
  );
}

/** Every key of a translation file, dotted; a label with plural forms is one key. */
export function flatKeys(m: Translations, prefix = ""): string[] {
  return Object.entries(m).flatMap(([k, v]) =>
    typeof v === "string" || isPlural(v) ? [`${prefix}${k}`] : flatKeys(v, `${prefix}${k}.`),
  );
}

/** The entry at a dotted key: a label, plural forms, or a section. */
export function lookupEntry(m: Translations, key: string): string | Translations | undefined {
  let cur: string | Translations | undefined = m;
  for (const part of key.split(".")) {
    if (cur === undefined || typeof cur === "string") return undefined;
    cur = cur[part];
  }
  return cur;
}

/** Labels that are common nouns (lower-cased inside a sentence); platforms and products are names. */
const LOWERED = /^(kpi|tier|cooperation_model|conclusions\.basis\.\w+|conclusions\.kpi)\./;

/** First-strong isolate: typed text (a name, a handle) keeps its own direction inside a sentence. */
export const iso = (s: string) => `\u2068${s}\u2069`;

/** Left-to-right isolate around a figure in a right-to-left page (see Translator.fmt). */
const LTR_ISOLATE = (s: string) => `\u2066${s.replace(/^\u200f+/, "")}\u2069`;

export interface Segment {
  text: string;
  /** A figure or name inside a sentence, set in bold. */
  strong: boolean;
  /** Text the team typed (a handle, a name): isolated so it keeps its own direction. */
  typed?: boolean;
}

/** Formats numbers, money, rates and dates for one locale and currency, and translates keys. */
export class Translator {
  readonly translations: Translations;
  readonly #nf = new Map<string, Intl.NumberFormat>();
  readonly #date: Intl.DateTimeFormat;
  readonly #dateShort: Intl.DateTimeFormat;
  readonly #list: Intl.ListFormat;
  readonly #plural: Intl.PluralRules;
  readonly rtl: boolean;

  constructor(
    readonly lang: Language,
    readonly locale: string,
    readonly currency: string | null,
  ) {
    this.translations = loadTranslations(lang);
    this.#date = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      timeZone: "UTC",
    });
    this.#dateShort = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
    this.#list = new Intl.ListFormat(locale, { type: "conjunction", style: "long" });
    this.#plural = new Intl.PluralRules(locale);
    this.rtl = directionOf(lang) === "rtl";
  }

  /**
   * A label with plural forms, in the form Intl.PluralRules picks for `count`; `{count}`
   * is filled with the formatted count. A plain label is used for every count.
   */
  plural(key: string, count: number, args: Record<string, string> = {}): string {
    const e = lookupEntry(this.translations, key);
    const all = { count: this.fmt(count, "count"), ...args };
    if (typeof e === "string") return fillLabel(e, all);
    if (!isPlural(e)) throw new Error(`missing translation ${this.lang}:${key}`);
    return fillLabel(e[this.#plural.select(count)] ?? e.other ?? "", all);
  }

  /** A translation by dotted key; a missing key is a bug, so it throws. */
  t(key: string, args: Record<string, string> = {}): string {
    const s = this.lookup(key);
    if (s === undefined) throw new Error(`missing translation ${this.lang}:${key}`);
    return fillLabel(s, args);
  }

  has(key: string): boolean {
    return this.lookup(key) !== undefined;
  }

  /** Whether `key` is a label or a label with plural forms. */
  hasEntry(key: string): boolean {
    const e = lookupEntry(this.translations, key);
    return typeof e === "string" || isPlural(e);
  }

  private lookup(key: string): string | undefined {
    return lookupLabel(this.translations, key);
  }

  private nf(key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
    let f = this.#nf.get(key);
    if (!f) {
      f = new Intl.NumberFormat(this.locale, opts);
      this.#nf.set(key, f);
    }
    return f;
  }

  /**
   * A figure as shown; NOT_MEASURED for a value that was not measured. `signed` shows a
   * change (+/−). In a right-to-left page every figure is a left-to-right isolate, so it
   * reads the same in cards, sentences, tables and on chart axes ("201,939 US$", "1.79×").
   */
  fmt(value: number | null | undefined, unit: DisplayUnit, signed = false): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return NOT_MEASURED;
    return this.withRule(value, displayRule(value, unit, this.currency, signed));
  }

  /** A column of figures in one unit, each with the same decimals (the rule the column needs most). */
  column(values: readonly (number | null | undefined)[], unit: DisplayUnit, signed = false): string[] {
    const rule = columnRule(values, unit, this.currency, signed);
    return values.map((v) =>
      v === null || v === undefined || !Number.isFinite(v) ? NOT_MEASURED : this.withRule(v, rule),
    );
  }

  private withRule(value: number, rule: DisplayRule): string {
    const f = this.nf(rule.key, rule.options);
    const text =
      rule.key === "points"
        ? this.t("common.points", { value: applyRule(f, { ...rule, suffix: "" }, value, true) })
        : applyRule(f, rule, value, true);
    return this.rtl ? LTR_ISOLATE(text) : text;
  }

  /** Big figures on cards: compact counts (15.9M), everything else as usual. */
  big(value: number, unit: DisplayUnit): string {
    const compact = (key: string, o: Intl.NumberFormatOptions) => {
      const text = this.nf(key, { notation: "compact", maximumFractionDigits: 1, ...o }).format(value);
      return this.rtl ? LTR_ISOLATE(text) : text;
    };
    if (unit === "count" && Math.abs(value) >= 1_000_000) return compact("compact", {});
    if (unit === "money" && Math.abs(value) >= 1_000_000)
      return compact("mcompact", { ...moneyOptions(this.currency), maximumFractionDigits: 2 });
    return this.fmt(value, unit);
  }

  date(iso: string | null | undefined): string {
    if (!iso) return "–";
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : this.#date.format(d);
  }

  dateShort(iso: string): string {
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : this.#dateShort.format(d);
  }

  list(items: string[]): string {
    return this.#list.format(items);
  }

  /** Alternatives: "a, b or c". */
  listOr(items: string[]): string {
    return new Intl.ListFormat(this.locale, { type: "disjunction", style: "long" }).format(items);
  }

  /** A sentence as text and bold figures, ready for escaped output. */
  segments(m: Msg, inside = false): Segment[] {
    const out = this.parts(m, inside);
    return inside ? out : this.capitalized(out);
  }

  private parts(m: Msg, inside: boolean): Segment[] {
    const template = this.template(m);
    const out: Segment[] = [];
    let last = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
      if (match.index > last) out.push({ text: template.slice(last, match.index), strong: false });
      const arg = m.args[match[1]!];
      if (arg === undefined) throw new Error(`missing argument ${match[1]} of ${m.key}`);
      out.push(...this.argSegments(arg, inside || match.index > 0));
      last = match.index + match[0].length;
    }
    if (last < template.length) out.push({ text: template.slice(last), strong: false });
    return out;
  }

  /** A sentence opens with a capital even when a nested label leads it ("hợp đồng…" → "Hợp đồng…"); typed text stays as typed. */
  private capitalized(out: Segment[]): Segment[] {
    const first = out[0];
    const c = first && !first.typed ? [...first.text][0] : undefined;
    if (!first || !c) return out;
    const up = c.toLocaleUpperCase(this.locale);
    return up === c ? out : [{ ...first, text: up + first.text.slice(c.length) }, ...out.slice(1)];
  }

  /** A message's label; with plural forms, the one Intl.PluralRules picks for its counting argument. */
  private template(m: Msg): string {
    const e = lookupEntry(this.translations, m.key);
    if (typeof e === "string") return e;
    const a = m.args[m.plural ?? "count"];
    const n = a && "value" in a && typeof a.value === "number" ? a.value : null;
    if (!isPlural(e) || n === null) throw new Error(`missing translation ${this.lang}:${m.key}`);
    return e[this.#plural.select(n)] ?? e.other ?? "";
  }

  text(m: Msg): string {
    return this.segments(m)
      .map((s) => s.text)
      .join("");
  }

  argText(a: Arg): string {
    return this.argSegments(a)
      .map((s) => s.text)
      .join("");
  }

  /**
   * A KPI, tier or deal-type label as it reads inside a sentence: "Cost per acquisition" →
   * "cost per acquisition"; acronyms (ROAS, CPM) and scripts without case stay as they are.
   */
  inSentence(label: string): string {
    const [first, second] = [...label];
    if (
      !first ||
      !second ||
      second.toLocaleLowerCase(this.locale) !== second ||
      second.toLocaleUpperCase(this.locale) === second
    )
      return label;
    return first.toLocaleLowerCase(this.locale) + label.slice(first.length);
  }

  private argSegments(a: Arg, inside = false): Segment[] {
    switch (a.kind) {
      case "label": {
        const text = this.t(a.key);
        return [{ text: inside && LOWERED.test(a.key) ? this.inSentence(text) : text, strong: false }];
      }
      case "text":
        return [{ text: a.value, strong: true, typed: true }];
      case "date":
        return [{ text: this.date(a.value), strong: true }];
      case "msg":
        return this.parts(a.msg, inside);
      case "list": {
        // Each item keeps its own segments (a typed handle stays isolated); the
        // locale's separators come from Intl.ListFormat.
        const items = a.items.map((i) => this.argSegments(i));
        if (a.more > 0)
          items.push([{ text: this.t("common.more", { count: this.fmt(a.more, "count") }), strong: false }]);
        const out: Segment[] = [];
        for (const part of this.#list.formatToParts(items.map((_, i) => String(i)))) {
          if (part.type === "element") out.push(...(items[Number(part.value)] ?? []));
          else out.push({ text: part.value, strong: false });
        }
        return out.map((s) => (s.typed ? { ...s, strong: false } : s));
      }
      default:
        return [{ text: this.fmt(a.value, a.kind), strong: true }];
    }
  }
}
