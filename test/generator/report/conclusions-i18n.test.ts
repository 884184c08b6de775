// The conclusions in the five languages: every sentence with a count takes the plural form
// Intl.PluralRules picks, and the team's Stop / Continue items are matched to their lever
// whatever language the team wrote them in.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../core/index.ts";
import {
  buildReportView,
  DIMENSIONS,
  type Finding,
  mentioned,
  recommendations,
  verdict,
} from "../../../core/present/index.ts";
import { LANGUAGES } from "../../../generator/i18n/locale.ts";
import { fillLabel, loadTranslations, lookupLabel, Translator } from "../../../generator/i18n/translator.ts";
import { handWorkbook } from "./hand-campaign.ts";

const view = (objective = "sales") => {
  const a = analyze(handWorkbook({ objective }));
  return { a, v: buildReportView(a.model, a.notes, a.dataset) };
};

describe("plural forms in the conclusions", () => {
  // Every verdict and recommendation of the campaign, read as a sales, awareness, engagement
  // and traffic campaign, with every count in it set to 1 and then to 3.
  const runs = ["sales", "awareness", "engagement", "traffic"].map((o) => view(o));
  const counted = (fs: Finding[], n: number): Finding[] =>
    fs.map((f) => ({ ...f, figures: f.figures.map((g) => (g.unit === "count" ? { ...g, value: n } : g)) }));
  const sentences = (t: Translator, n: number): string[] =>
    runs.flatMap(({ a, v }) => {
      const recs = recommendations(counted(v.conclusions.recommendations, n), a.model, a.notes);
      return [
        ...verdict(counted(v.conclusions.verdict, n), recs).map((m) => t.text(m)),
        ...recs.flatMap((r) =>
          [r.action, r.detail, r.words].filter((m) => m !== undefined).map((m) => t.text(m)),
        ),
      ];
    });
  // The plural nouns a count of 1 must never stand before.
  const PLURAL_NOUNS: Record<string, string> = {
    en: "creators|posts|clicks|engagements|impressions|leads|orders|followers|goals|deals",
    da: "creators|engagementer|visninger|ordrer|følgere|leads|aftaler",
  };

  it.each(LANGUAGES)("%s renders every sentence with counts of 1 and of 3", (lang) => {
    const t = new Translator(lang, lang, "USD");
    for (const n of [1, 3]) {
      const all = sentences(t, n);
      expect(all.length).toBeGreaterThan(30);
      for (const s of all) expect(s).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(["en", "da"] as const)("%s never writes a plural noun after a count of 1", (lang) => {
    const t = new Translator(lang, lang, "USD");
    const one = new RegExp(`(?<![\\d.,])1 (?:${PLURAL_NOUNS[lang]})(?![\\p{L}])`, "u");
    const ones = sentences(t, 1);
    expect(ones.filter((s) => one.test(s))).toEqual([]);
    // The singular and plural forms both occur: "1 creator was paid…", "3 creators were paid…".
    const never =
      lang === "en" ? ["1 creator was paid", "3 creators were paid"] : ["1 creator blev", "3 creators blev"];
    expect(ones.some((s) => s.includes(never[0]!))).toBe(true);
    expect(sentences(t, 3).some((s) => s.includes(never[1]!))).toBe(true);
  });

  it("picks Arabic's forms for the posts of a creator who sold nothing: منشور واحد, منشوران, 3 منشورات", () => {
    const t = new Translator("ar", "ar", "USD");
    const post = (n: number) =>
      t.text({ key: "conclusions.count.posts", args: { count: { kind: "count", value: n } } });
    expect(post(1)).toBe("منشور واحد");
    expect(post(2)).toBe("منشوران");
    expect(post(3)).toBe("\u20663\u2069 منشورات");
    expect(post(11)).toBe("\u206611\u2069 منشورًا");
  });
});

describe("the team's own words, in any language", () => {
  // The Continue item on hybrid deals (row 2) and the Stop item on fixed fees (row 3), and the
  // Journal line on ffzero, as a Danish, Vietnamese, Chinese or Arabic team would write them.
  const NOTES = {
    da: [
      "Fortsæt med hybridaftaler med små TikTok-creators",
      "Stop med faste honorarer over 2.000 $ uden publikumsrapport",
      "De fleste af ffzeros følgere bor i udlandet, hvor vi ikke leverer.",
    ],
    vi: [
      "Tiếp tục hợp đồng kết hợp với nhà sáng tạo TikTok nhỏ",
      "Ngừng ký phí cố định trên 2.000 $ khi chưa có báo cáo khán giả",
      "Phần lớn người theo dõi của ffzero ở nước ngoài, nơi chúng ta không giao hàng.",
    ],
    "zh-CN": [
      "继续与小型 TikTok 达人的底薪加佣金合作",
      "停止在没有受众报告的情况下签超过 2000 美元的固定费用合作",
      "ffzero的粉丝大多在海外，我们不发货。",
    ],
    ar: [
      "واصلوا العقود بنظام أجر وعمولة مع صنّاع المحتوى الصغار على تيك توك",
      "أوقفوا عقود الأجر الثابت فوق 2000 دولار دون تقرير عن الجمهور",
      "معظم متابعي ffzero في الخارج حيث لا نشحن.",
    ],
  } as const;

  it.each(Object.keys(NOTES) as (keyof typeof NOTES)[])(
    "%s: cites the Stop item on fixed fees (narrowed: 2 of 3 lost money) and the Continue item on hybrid deals (supported: 3 of 3)",
    (lang) => {
      const [cont, stop, journal] = NOTES[lang];
      const a = analyze(
        handWorkbook({
          retrospective: [
            { section: "continue", item: cont },
            { section: "stop", item: stop },
          ],
          journal,
        }),
      );
      const c = buildReportView(a.model, a.notes, a.dataset).conclusions;
      const rec = (code: string) => c.recommendations.find((f) => f.code === code)!;
      const held = (f: Finding) =>
        f.figures.filter((g) => g.key === "held" || g.key === "of").map((g) => g.value);
      expect(rec("cut_lever").cites).toEqual([{ tab: "Retrospective", row: 3 }]);
      expect([rec("cut_lever").relation, ...held(rec("cut_lever"))]).toEqual(["narrows", 2, 3]);
      expect(rec("keep_lever").cites).toEqual([{ tab: "Retrospective", row: 2 }]);
      expect([rec("keep_lever").relation, ...held(rec("keep_lever"))]).toEqual(["supports", 3, 3]);
      expect(rec("zero_check").cites).toEqual([{ tab: "Journal", row: 2 }]);
    },
  );

  it("tells 超头部 (mega) from 头部 (macro), and mikro-creators from a Danish 'mellem' (between)", () => {
    expect([...mentioned("超头部达人太贵", "tier")]).toEqual(["mega"]);
    expect([...mentioned("头部达人表现一般", "tier")]).toEqual(["macro"]);
    expect([...mentioned("Flyt budget til mikro-creators, mellem de to kampagner", "tier")]).toEqual([
      "micro",
    ]);
    expect([...mentioned("He gave us a microwave mid-campaign", "cooperation_model")]).toEqual([]);
    expect([...mentioned("He gave us a microwave mid-campaign", "tier")]).toEqual([]);
  });

  // Bare words that mean something else in another language are matched only inside the lever's name.
  const AMBIGUOUS = new Set(["gave", "mellem", "kết hợp", "متوسطة", "x", "إكس"]);
  it.each(LANGUAGES)(
    "%s: every tier, platform and deal type's label and lever name is recognised",
    (lang) => {
      const m = loadTranslations(lang);
      const missed: string[] = [];
      for (const d of DIMENSIONS) {
        const labels = m[d] as Record<string, string>;
        const lever = lookupLabel(m, `lever.${d}`)!;
        for (const [key, label] of Object.entries(labels)) {
          if (key === "other") continue;
          const texts = [fillLabel(lever, { name: label })];
          if (!AMBIGUOUS.has(label.toLowerCase())) texts.push(label);
          for (const text of texts) if (!mentioned(text, d).has(key)) missed.push(`${d}.${key}: ${text}`);
        }
      }
      // A lone "X" is no evidence of the platform in any language.
      expect(missed.filter((s) => !s.startsWith("platform.x: X"))).toEqual([]);
    },
  );
});
