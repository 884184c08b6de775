// Reading the cells of an export: figures, dates (also without a year, with localised
// month names) and the currency a money cell is written in. Core's cell readers do the
// work; this adds what exports need beyond a typed sheet.
import { isBlank, isoDate, type ReadContext, readDate, readNumber, readText } from "../index.ts";

/** "Not measured" as exports write it. */
const PLACEHOLDER = /^(?:-+|–|—|n\/a|na|none|null|\?)$/i;

export type Figure = { ok: true; value: number | null } | { ok: false; found: string };

/** A figure cell: a number, blank (also `--`, `N/A`), or unreadable. */
export function figure(raw: unknown, ctx: ReadContext): Figure {
  if (isBlank(raw) || (typeof raw === "string" && PLACEHOLDER.test(raw.trim())))
    return { ok: true, value: null };
  const r = readNumber(typeof raw === "string" ? raw.replace(/%$/, "") : raw, ctx, true);
  if (r.kind === "ok") return { ok: true, value: r.value };
  return r.kind === "blank" ? { ok: true, value: null } : { ok: false, found: String(raw) };
}

export function textOf(raw: unknown): string {
  const t = readText(raw);
  return t.kind === "ok" ? t.value : "";
}

// Month names of the report languages and of the common export languages (lower case, no dots).
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ],
  [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
  [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
  ],
  [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
  ],
];

function monthOfWord(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  for (const names of MONTH_NAMES) {
    const i = names.findIndex((n) => n === w || (w.length >= 3 && n.startsWith(w)));
    if (i >= 0) return i + 1;
  }
  return null;
}

/** Day and month (and a year when written) from text such as `Mar 4`, `4. marts`, `4 thg 3`, `3月4日`. */
export function dayMonth(text: string): { day: number; month: number; year: number | null } | null {
  const s = text.normalize("NFKC").trim();
  let m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(s);
  if (m) return { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
  m = /^(?:ngày\s+)?(\d{1,2})\s+(?:thg|tháng)\s*(\d{1,2})(?:,?\s*(?:năm\s+)?(\d{4}))?/i.exec(s);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : null };
  const words = s.split(/[\s,./-]+/).filter((w) => w !== "");
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const w of words) {
    if (/^\d{4}$/.test(w)) year = Number(w);
    else if (/^\d{1,2}$/.test(w) && day === null) day = Number(w);
    else if (month === null && /^\p{L}+$/u.test(w)) month = monthOfWord(w);
    else if (/^\d{1,2}:\d{2}/.test(w)) break;
  }
  return day !== null && month !== null ? { day, month, year } : null;
}

/**
 * An export's date → ISO. Exports write full dates (read as the core reads them) or,
 * like TikTok Studio, day and month only: the year is then the one that puts the day
 * nearest the campaign's start.
 */
export function exportDate(
  raw: unknown,
  ctx: ReadContext,
  campaignStart: string | null,
): { iso: string; guessedYear: boolean } | null {
  const r = readDate(raw, ctx);
  if (r.kind === "ok") return { iso: r.value, guessedYear: false };
  if (typeof raw !== "string") return null;
  const dm = dayMonth(raw);
  if (!dm) return null;
  if (dm.year !== null) {
    const iso = isoDate(dm.year, dm.month, dm.day);
    return iso ? { iso, guessedYear: false } : null;
  }
  if (!campaignStart) return null;
  const y = Number(campaignStart.slice(0, 4));
  const candidates = [y - 1, y, y + 1]
    .map((yy) => isoDate(yy, dm.month, dm.day))
    .filter((d): d is string => d !== null);
  const dist = (d: string) => Math.abs(Date.parse(d) - Date.parse(campaignStart));
  candidates.sort((a, b) => dist(a) - dist(b));
  return candidates[0] ? { iso: candidates[0], guessedYear: true } : null;
}

/** The currency a money cell names (a symbol or ISO code beside the figure), or null. */
export function currencyToken(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  const sym = /\p{Sc}+/u.exec(s);
  if (sym) return sym[0];
  const code = /(?:^([A-Za-z]{3})\s*[-+\d.,(])|(?:[\d.,]\s*([A-Za-z]{3})$)/.exec(s);
  const c = code?.[1] ?? code?.[2];
  return c ? c.toUpperCase() : null;
}

/** Whether a currency code or symbol names the campaign's currency (`$` for USD, `₫`/`đ` for VND…). */
export function sameCurrency(token: string, campaign: string): boolean {
  const t = token.trim();
  const code = campaign.toUpperCase();
  if (t.toUpperCase() === code) return true;
  if (/^[A-Za-z]{3}$/.test(t)) return false;
  const symbols = new Set<string>();
  for (const display of ["symbol", "narrowSymbol"] as const) {
    for (const locale of ["en", "vi", "da", "zh-CN", "ar"]) {
      try {
        const parts = new Intl.NumberFormat(locale, {
          style: "currency",
          currency: code,
          currencyDisplay: display,
        }).formatToParts(1);
        const c = parts.find((p) => p.type === "currency")?.value;
        if (c) symbols.add(c.replace(/[A-Za-z]+/g, "") || c);
      } catch {
        // an unknown code has no symbols
      }
    }
  }
  if (code === "VND") symbols.add("đ");
  return symbols.has(t) || symbols.has(t.replace(/[A-Za-z]+/g, ""));
}
