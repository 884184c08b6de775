// No English left in the other languages' reports: every visible text of the sample's
// HTML in zh-CN, vi, da and ar is compared with en's. A text identical to en's must be a
// figure, a handle, text the team typed (marked dir="auto", so it keeps its own
// direction) or one of the names below that every language writes the same.
import { describe, expect, it } from "vitest";
import { decode, sampleReport } from "./helpers.ts";

/** Brands, platforms, formats and acronyms the other languages write as English does. */
const SAME_EVERYWHERE = new Set([
  "ROAS",
  "ROI",
  "KPI",
  "CPA",
  "CPM",
  "CTR",
  "USD",
  "TikTok",
  "Instagram",
  "Pinterest",
  "YouTube",
  "Facebook",
  "Blog",
  "Pin",
  "Story",
  "Live",
]);

/** Words that are the same in the language itself (Danish borrows these, tiers stay English in vi). */
const SAME_IN: Record<string, readonly string[]> = {
  "zh-CN": [],
  vi: ["Nano", "Micro", "Macro", "Mega"],
  da: [
    "Brand",
    "Creators",
    "Creator",
    "Team",
    "Status",
    "Nano",
    "Mega",
    "Affiliate",
    "Hybrid",
    "Platform",
    "Tag",
    "Likes",
    "Format",
    "Start",
    "Stop",
  ],
  ar: [],
};

/**
 * Visible text nodes (and the alt/title/aria-label texts) of `html`; text inside a
 * dir="auto" element (typed by the team) goes to `typed` instead.
 */
function visibleTexts(html: string, typedOut: string[] = []): string[] {
  const body = html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<![^>]*>/g, "");
  const out: string[] = [];
  const stack: { tag: string; typed: boolean }[] = [];
  const VOID = /^(br|hr|img|meta|link|input|path|rect|circle|line|use|stop)$/i;
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, close, tag, attrs, selfClose, text] = m;
    const typed = stack.some((s) => s.typed);
    if (text !== undefined) {
      const t = decode(text)
        .replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, "")
        .replace(/\s+/g, " ")
        .trim();
      if (t) (typed ? typedOut : out).push(t);
      continue;
    }
    if (close) {
      const i = stack.map((s) => s.tag).lastIndexOf(tag!.toLowerCase());
      if (i >= 0) stack.length = i;
      continue;
    }
    for (const a of (attrs ?? "").matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/g))
      if (a[1]?.trim() && !typed) out.push(decode(a[1]).trim());
    if (!selfClose && !VOID.test(tag!))
      stack.push({ tag: tag!.toLowerCase(), typed: /\sdir="auto"/.test(attrs ?? "") });
  }
  return out;
}

/** Spreadsheet references (`Conversions!B2, B3`) name the workbook's own tabs and cells. */
const CELLS = /^('[^']+'|\w+)![A-Z]+\d+(, ([A-Z]+\d+|('[^']+'|\w+)![A-Z]+\d+))*$/;

/** A figure, a date-like run or a handle: digits, signs, separators, currency and unit marks only. */
const FIGURE = /^[\d\s.,:;%$€£¥₫×+\-−–—/()·#]*(US\$|kr\.?|pp)?[\d\s.,:;%$€£¥₫×+\-−–—/()·#]*$/;

function untranslated(lang: string, en: Set<string>, texts: string[], typed: string[]): string[] {
  // A chart's axis shows typed names too (products): the page shows the same ones as typed text.
  const allowed = new Set([...SAME_EVERYWHERE, ...(SAME_IN[lang] ?? []), ...typed]);
  return [
    ...new Set(
      texts.filter(
        (s) =>
          en.has(s) &&
          // Punctuation alone (the closing quote around the team's cited words) is no language.
          /\p{L}/u.test(s) &&
          !FIGURE.test(s) &&
          !CELLS.test(s) &&
          !s.startsWith("@") &&
          !allowed.has(s) &&
          // "TikTok · Live": names joined by a separator.
          !s.split(/ · |, /).every((p) => allowed.has(p) || FIGURE.test(p)),
      ),
    ),
  ];
}

describe("visibleTexts", () => {
  it("keeps text and labels, drops styles and text typed by the team", () => {
    const html =
      '<style>p{}</style><p>Cost <b>per</b> order</p><p dir="auto">Typed <em>answer</em></p>' +
      '<img alt="Logo"><td><bdi dir="auto">@kay</bdi></td><td>x&amp;y</td>';
    expect(visibleTexts(html)).toEqual(["Cost", "per", "order", "Logo", "x&y"]);
  });
});

describe("the sample's report in the other languages", () => {
  it.each(["zh-CN", "vi", "da", "ar"])("%s shows no English-only text", async (lang) => {
    const en = new Set(visibleTexts((await sampleReport("en")).html));
    const typed: string[] = [];
    const texts = visibleTexts((await sampleReport(lang)).html, typed);
    expect(untranslated(lang, en, texts, typed)).toEqual([]);
  });
});
