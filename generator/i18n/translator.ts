// Report languages: the translation files, locale resolution and Intl formatting.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Unit } from "../../core/index.ts";
import type { Arg, Msg } from "../../core/present/index.ts";
import { UsageError } from "../errors.ts";
import { reportMsg } from "./messages.ts";

export const LANGUAGES = ["en", "zh-CN", "vi", "da", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

export const I18N_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../templates/report/i18n");

export type Messages = { [key: string]: string | Messages };

const cache = new Map<Language, Messages>();
export function loadMessages(lang: Language): Messages {
  let m = cache.get(lang);
  if (!m) {
    m = JSON.parse(readFileSync(resolve(I18N_DIR, `${lang}.json`), "utf8")) as Messages;
    cache.set(lang, m);
  }
  return m;
}

/** Every key of a translation file, dotted. */
export function flatKeys(m: Messages, prefix = ""): string[] {
  return Object.entries(m).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : flatKeys(v, `${prefix}${k}.`),
  );
}

export interface ResolvedLocale {
  /** Which translation file. */
  lang: Language;
  /** The tag Intl formats numbers and dates with (en-GB keeps its own formats). */
  locale: string;
  dir: "ltr" | "rtl";
  /** Why the report fell back to en, when it did. */
  note?: string;
}

/**
 * `--locale`, else the Campaign tab's, else en. An unknown `--locale` is a usage error;
 * an unknown Campaign-tab locale falls back to en (the report still gets written) and says so.
 */
export function resolveLocale(flag: string | undefined, campaign: string | undefined): ResolvedLocale {
  if (flag !== undefined) {
    const r = supported(flag);
    if (!r) throw new UsageError(reportMsg.unknownLocale(flag, true));
    return r;
  }
  if (!campaign) return { lang: "en", locale: "en", dir: "ltr" };
  return (
    supported(campaign) ?? {
      lang: "en",
      locale: "en",
      dir: "ltr",
      note: reportMsg.unknownLocale(campaign, false),
    }
  );
}

function supported(tag: string): ResolvedLocale | null {
  let loc: Intl.Locale;
  try {
    loc = new Intl.Locale(tag);
  } catch {
    return null;
  }
  const lang: Language | undefined =
    loc.language === "zh"
      ? "zh-CN"
      : (LANGUAGES as readonly string[]).includes(loc.language)
        ? (loc.language as Language)
        : undefined;
  if (!lang) return null;
  // Chinese labels are Simplified; a bare "zh" formats as zh-CN.
  const locale = loc.language === "zh" && !loc.region ? "zh-CN" : loc.toString();
  return { lang, locale, dir: lang === "ar" ? "rtl" : "ltr" };
}

/** Labels that are common nouns (lower-cased inside a sentence); platforms and products are names. */
const LOWERED = /^(kpi|tier|cooperation_model)\./;

export interface Segment {
  text: string;
  /** A figure or name inside a sentence, set in bold. */
  strong: boolean;
}

/** Formats numbers, money, rates and dates for one locale and currency, and translates keys. */
export class Translator {
  readonly messages: Messages;
  readonly #nf = new Map<string, Intl.NumberFormat>();
  readonly #date: Intl.DateTimeFormat;
  readonly #dateShort: Intl.DateTimeFormat;
  readonly #list: Intl.ListFormat;

  constructor(
    readonly lang: Language,
    readonly locale: string,
    readonly currency: string,
  ) {
    this.messages = loadMessages(lang);
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
    return s.replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? `{${k}}`);
  }

  has(key: string): boolean {
    return this.lookup(key) !== undefined;
  }

  private lookup(key: string): string | undefined {
    let cur: string | Messages | undefined = this.messages;
    for (const part of key.split(".")) {
      if (cur === undefined || typeof cur === "string") return undefined;
      cur = cur[part];
    }
    return typeof cur === "string" ? cur : undefined;
  }

  private nf(key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
    let f = this.#nf.get(key);
    if (!f) {
      f = new Intl.NumberFormat(this.locale, opts);
      this.#nf.set(key, f);
    }
    return f;
  }

  /** A figure as shown; "–" for a value that was not measured. */
  fmt(value: number | null | undefined, unit: Unit | "number"): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return "–";
    switch (unit) {
      case "money":
        return Math.abs(value) < 100
          ? this.nf("m2", {
              style: "currency",
              currency: this.currency,
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
            }).format(value)
          : this.nf("m0", {
              style: "currency",
              currency: this.currency,
              maximumFractionDigits: 0,
              minimumFractionDigits: 0,
            }).format(value);
      case "rate":
        return this.nf("p", { style: "percent", maximumFractionDigits: 1 }).format(value);
      case "change":
        return this.nf("c", { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(
          value,
        );
      case "multiple":
        return `${this.nf("x", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}×`;
      case "number":
        return this.nf("n1", { maximumFractionDigits: 1 }).format(value);
      default:
        return this.nf("n", { maximumFractionDigits: 0 }).format(value);
    }
  }

  /** Big figures on cards: compact counts (15.9M), everything else as usual. */
  big(value: number, unit: Unit): string {
    if (unit === "count" && Math.abs(value) >= 1_000_000)
      return this.nf("compact", { notation: "compact", maximumFractionDigits: 1 }).format(value);
    if (unit === "money" && Math.abs(value) >= 1_000_000)
      return this.nf("mcompact", {
        style: "currency",
        currency: this.currency,
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
