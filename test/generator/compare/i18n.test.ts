import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { compareCampaigns } from "../../../core/compare/index.ts";
import type { RawWorkbook } from "../../../core/index.ts";
import { main } from "../../../generator/cli.ts";
import { renderComparison } from "../../../generator/compare/render.ts";
import { LANGUAGES } from "../../../generator/i18n/locale.ts";
import { AUTUMN_25, model, SPRING_25, SPRING_26 } from "../../core/compare/fixtures.ts";

type Tree = { [k: string]: string | Tree };
const read = async (lang: string) =>
  JSON.parse(await readFile(`templates/compare/i18n/${lang}.json`, "utf8")) as Tree;
const flat = (t: Tree, pre = ""): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === "string" ? [[pre + k, v]] : flat(v, `${pre + k}.`)));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** A fixture campaign with a Locale row on its Campaign tab. */
function withLocale(wb: RawWorkbook, locale: string): RawWorkbook {
  return {
    tabs: wb.tabs.map((t) =>
      t.name === "Campaign" ? { ...t, values: [...t.values, ["Locale", locale]] } : t,
    ),
  };
}

describe("compare translations", () => {
  it.each(LANGUAGES.filter((l) => l !== "en").map((lang) => ({ lang })))(
    "$lang has exactly en's keys, none empty, with en's {placeholders}",
    async ({ lang }) => {
      const en = new Map(flat(await read("en")));
      const other = new Map(flat(await read(lang)));
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [k, v] of other) {
        expect(v.trim(), `${lang} ${k}`).not.toBe("");
        expect(placeholders(v), `${lang} ${k}`).toEqual(placeholders(en.get(k) ?? ""));
      }
    },
  );

  it("without --locale the latest campaign's Campaign-tab locale is used (da-DK → Danish, comma decimals)", async () => {
    const cmp = compareCampaigns([model(SPRING_25), model(withLocale(AUTUMN_25, "da-DK"))]);
    const { html, locale } = await renderComparison(cmp, { generated: new Date("2026-04-01T00:00:00Z") });
    expect(locale).toEqual({ lang: "da", locale: "da-DK", dir: "ltr" });
    expect(html).toContain('<html lang="da" dir="ltr">');
    expect(html).toContain("Kampagnesammenligning");
    // Revenue 3580 → 5150 is +43.9 %, written the Danish way (no-break space before %).
    expect(html).toContain("+43,9\u00a0% mod forrige");
    // R4's floor 0.5 with a decimal comma.
    expect(html).toContain("R4 — seneste ROAS ≥ 0,5");
  });

  it("an unknown Campaign-tab locale falls back to English with a note", async () => {
    const cmp = compareCampaigns([model(SPRING_25), model(withLocale(AUTUMN_25, "tlh"))]);
    const { html, locale } = await renderComparison(cmp, {});
    expect(locale.lang).toBe("en");
    expect(locale.note).toContain('"tlh"');
    expect(html).toContain('<html lang="en" dir="ltr">');
  });

  it("--locale beats the Campaign tab's locale", async () => {
    const cmp = compareCampaigns([model(SPRING_25), model(withLocale(AUTUMN_25, "da-DK"))]);
    const { html } = await renderComparison(cmp, { locale: "vi" });
    expect(html).toContain('<html lang="vi" dir="ltr">');
    expect(html).toContain("So sánh các chiến dịch");
  });

  it("lists the creators added and dropped one per item under a heading with their count", async () => {
    const cmp = compareCampaigns([model(SPRING_25), model(AUTUMN_25)]);
    const ch = cmp.changes[0]!;
    const [a, d, k] = [ch.creators_added, ch.creators_dropped, ch.creators_kept].map((x) => x.length);
    const en = (await renderComparison(cmp, { locale: "en" })).html;
    expect(en).toContain(`: Added (${a})</h3>`);
    expect(en).toContain(`: Dropped (${d})</h3>`);
    expect(en).toContain(`: Kept (${k})</p>`);
    const items = [...en.matchAll(/<ul class="handles">([\s\S]*?)<\/ul>/g)].map(
      (m) => m[1]!.split("<li>").length - 1,
    );
    expect(items).toEqual([a, d].filter((n) => (n ?? 0) > 0));
    const zh = (await renderComparison(cmp, { locale: "zh-CN" })).html;
    expect(zh).toContain(`：新增 ${a} 位</h3>`);
  });

  it("the currency note is translated (zh-CN)", async () => {
    const cmp = compareCampaigns([model(SPRING_25), model(AUTUMN_25), model(SPRING_26)]);
    const { html } = await renderComparison(cmp, { locale: "zh-CN" });
    expect(html).toContain("这些活动使用了不同币种（USD, EUR）");
    expect(html).toContain("续约"); // dan: rehire
  });
});

describe("postmortem compare --locale", () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "compare-i18n-"));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(out, { recursive: true, force: true });
  });

  it("da,ar writes compare-da.html and compare-ar.html with lang and dir set", async () => {
    const spring = "templates/sample-earlier/spring-2025";
    const autumn = "templates/sample-earlier/autumn-2025";
    expect(
      await main(["compare", spring, autumn, "--out", out, "--format", "html", "--locale", "da,ar"]),
    ).toBe(0);
    const da = await readFile(join(out, "compare-da.html"), "utf8");
    expect(da).toContain('<html lang="da" dir="ltr">');
    expect(da).toContain("Creator-oversigt");
    expect(da).toContain("Book igen"); // dewydevon: rehire
    const ar = await readFile(join(out, "compare-ar.html"), "utf8");
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain("سجل صنّاع المحتوى");
    expect(ar).toContain("إعادة التعاقد");
    expect(ar).toContain("مكتبة المحتوى");
    // A handle keeps its own direction, so "@" stays in front in a right-to-left page.
    expect(ar).toContain('<li><bdi dir="auto">@rosiereviews</bdi> <span class="muted">تيك توك</span></li>');
    expect(ar).toContain("\u2068Spring 2025\u2069 ← \u2068Autumn 2025\u2069");
  });

  it("an unknown --locale tag is a usage error (exit 2), as for report", async () => {
    expect(await main(["compare", "a", "b", "--out", out, "--locale", "da,xx-nope"])).toBe(2);
  });
});
