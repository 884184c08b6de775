// The report's translation files and the Translator that formats figures and dates
// for one locale and currency.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { displayRule, moneyOptions, NOT_MEASURED, type Unit } from "../../core/index.ts";
import type { Arg, Msg } from "../../core/present/index.ts";
import { templatesPath } from "../package-root.ts";
import type { Language } from "./locale.ts";

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

/** Every key of a translation file, dotted. */
export function flatKeys(m: Translations, prefix = ""): string[] {
  return Object.entries(m).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : flatKeys(v, `${prefix}${k}.`),
  );
}

/** Labels that are common nouns (lower-cased inside a sentence); platforms and products are names. */
const LOWERED = /^(kpi|tier|cooperation_model|conclusions\.basis\.\w+|conclusions\.kpi)\./;

export interface Segment {
  text: string;
  /** A figure or name inside a sentence, set in bold. */
  strong: boolean;
}

/** Formats numbers, money, rates and dates for one locale and currency, and translates keys. */
export class Translator {
  readonly translations: Translations;
  readonly #nf = new Map<string, Intl.NumberFormat>();
  readonly #date: Intl.DateTimeFormat;
  readonly #dateShort: Intl.DateTimeFormat;
  readonly #list: Intl.ListFormat;

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

  /** A figure as shown; NOT_MEASURED for a value that was not measured. */
  fmt(value: number | null | undefined, unit: Unit | "number"): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return NOT_MEASURED;
    const rule = displayRule(value, unit, this.currency);
    return this.nf(rule.key, rule.options).format(value) + rule.suffix;
  }

  /** Big figures on cards: compact counts (15.9M), everything else as usual. */
  big(value: number, unit: Unit): string {
    if (unit === "count" && Math.abs(value) >= 1_000_000)
      return this.nf("compact", { notation: "compact", maximumFractionDigits: 1 }).format(value);
    if (unit === "money" && Math.abs(value) >= 1_000_000)
      return this.nf("mcompact", {
        ...moneyOptions(this.currency),
        notation: "compact",
        maximumFractionDigits: 2,
      }).format(value);
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

  /** A sentence as text and bold figures, ready for escaped output. */
  segments(m: Msg, inside = false): Segment[] {
    const template = this.t(m.key);
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
        return [{ text: a.value, strong: true }];
      case "date":
        return [{ text: this.date(a.value), strong: true }];
      case "msg":
        return this.segments(a.msg, inside);
      case "list": {
        const items = a.items.map((i) =>
          this.argSegments(i)
            .map((s) => s.text)
            .join(""),
        );
        if (a.more > 0) items.push(this.t("common.more", { count: this.fmt(a.more, "count") }));
        return [{ text: this.list(items), strong: false }];
      }
      default:
        return [{ text: this.fmt(a.value, a.kind), strong: true }];
    }
  }
}
