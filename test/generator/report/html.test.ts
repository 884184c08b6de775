import { describe, expect, it } from "vitest";
import { analyze } from "../../../core/index.ts";
import { SECTION_IDS } from "../../../core/present/index.ts";
import { renderReport } from "../../../generator/report/index.ts";
import { slugify } from "../../../generator/report/shell.ts";
import { readCsvFolder } from "../../../generator/sources/csv.ts";
import { decode, editedSample, GENERATED, sample, sampleReport, textOf } from "./helpers.ts";

// The sample's totals, worked out from its CSVs (and equal to `postmortem kpis --json`):
// revenue Σ Conversions.revenue = 201,938.90; total cost = creator 84,988.73 + other 13,410
// + labor 14,702 = 113,100.73; ROAS = 201,938.90 / 113,100.73 = 1.785…; orders 4,819, so
// CPA = 113,100.73 / 4,819 = 23.4698… .
describe("the sample's report (en)", () => {
  it("has the right totals to start from", async () => {
    const { model } = await sample();
    expect(model.totals.revenue).toBeCloseTo(201938.9, 2);
    expect(model.totals.total_cost).toBeCloseTo(113100.7325, 3);
    expect(model.totals.roas).toBeCloseTo(1.78548, 4);
    expect(model.totals.cpa).toBeCloseTo(23.46975, 4);
  });

  it("shows the headline figures as formatted for en", async () => {
    const text = textOf((await sampleReport("en")).html);
    expect(text).toContain("Daybreak Serum Launch - Spring 2026");
    expect(text).toContain("$201,939");
    expect(text).toContain("$113,101");
    expect(text).toContain("1.79×");
    expect(text).toContain("$23.47");
    // Goals: 4 of 7 met (revenue, impressions, engagement rate, sessions lift).
    expect(text).toContain("4 of 7 goals met");
  });

  it("renders all twelve sections, in order, each in the contents", async () => {
    const { html, view } = await sampleReport("en");
    expect(view.sections).toEqual([...SECTION_IDS]);
    const at = SECTION_IDS.map((id) => html.indexOf(`<section id="s-${id}"`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const id of SECTION_IDS) expect(html).toContain(`href="#s-${id}"`);
  });

  it("shows each section's own figures", async () => {
    const { html } = await sampleReport("en");
    const text = textOf(html);
    // Spend: labor 14,702 (Team hours × rates) is a bar of the cost chart, 13.00% of 113,101
    // (two decimals, as shipping's 0.34% needs).
    expect(html).toContain("$14,702 · 13.00%");
    // Trend: tail revenue 14,096 after the end date, 6.98% → "7.0%" of revenue (rates keep one decimal).
    expect(text).toContain("$14,096");
    expect(text).toContain("7.0% of revenue");
    // Creators: 32 of 39 converted = 82.05% → 82.1%.
    expect(text).toContain("82.1%");
    // Tags: each column of shares with one decimal, a zero too. long-form: 5 of the 32
    // converting creators = 15.625% → 15.6%, none of the 7 others → 0.0% (not 0.00%).
    expect(text).toMatch(/long-form15\.6% \(5\)0\.0% \(0\)/);
    expect(text).not.toContain("0.00% (0)");
    // Funnel: 150,777 clicks / 15,893,203 impressions = 0.949% → two decimals below 1 %.
    expect(text).toContain("0.95% click-through rate");
    // Goals: the bars' scale in the same percent format as the attainment column.
    expect(text).toContain("Bars show attainment up to 150.0%; the line marks the target (100.0%).");
    // Goals: sessions lift 4,859 / 3,086 daily sessions − 1 = +57.5%.
    expect(text).toContain("+57.5%");
    // Products: Daybreak Vitamin C Serum 155,271 = 76.9% of 201,939.
    expect(text).toContain("Daybreak Vitamin C Serum");
    expect(text).toContain("$155,271");
    expect(text).toContain("76.9%");
    // Team: Jonas Berg's 15 converting creators brought 82,219.
    expect(text).toContain("$82,219");
    // Recommendations: fixed fees cost 52,428 for 37,256 back.
    expect(text).toContain(
      "Fixed fee deals cost $52,428 (61.7% of creator cost) across 10 creators and brought in $37,256",
    );
    // Appendix: the tab named once for a run of cells.
    expect(text).toContain("Conversions!B2, B3, B4, B5, B6, B7, B11, B12, B13, B100");
    // Funnel: 15,893,203 impressions.
    expect(text).toContain("15,893,203");
  });

  it("is one self-contained file: no http(s) resource, only the user's post links", async () => {
    const { html, view } = await sampleReport("en");
    const postLinks = new Set(view.appendix.posts.map((p) => p.href).filter((h) => h !== null));
    const refs = [...html.matchAll(/\s(src|href)="([^"]*)"/g)].map((m) => ({ attr: m[1], value: m[2]! }));
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) {
      if (r.attr === "src") expect(r.value).toMatch(/^data:/);
      else if (!r.value.startsWith("#")) expect(postLinks.has(decode(r.value))).toBe(true);
    }
    expect(html).not.toMatch(/url\(\s*["']?https?:/);
    expect(html).not.toMatch(/@import/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("@font-face");
  });
});

describe("the sample's report (da)", () => {
  it("formats the same figures the Danish way", async () => {
    const text = textOf((await sampleReport("da")).html);
    // Danish groups thousands with "." and puts the currency after a no-break space.
    expect(text).toContain("201.939\u00a0US$");
    expect(text).toContain("113.101\u00a0US$");
    expect(text).toContain("1,79×");
    expect(text).toContain("23,47\u00a0US$");
    expect(text).toContain("Resumé");
    expect(text).toContain("14.096\u00a0US$");
    expect(text).toContain("82,1\u00a0%");
    expect(text).toContain("155.271\u00a0US$");
    expect(text).toContain("+57,5\u00a0%");
    expect(text).toContain("4 af 7 mål nået");
  });
});

describe("every language", () => {
  it.each(["en", "zh-CN", "vi", "da", "ar"])("%s renders with its lang and direction", async (locale) => {
    const { html } = await sampleReport(locale);
    const dir = locale === "ar" ? "rtl" : "ltr";
    expect(html).toMatch(new RegExp(`<html lang="${locale}" dir="${dir}">`));
    expect(textOf(html)).not.toMatch(/NaN|undefined|\[object Object\]/);
  });
});

describe("user text", () => {
  it("renders a creator named like markup, and a {{tag}}, as inert text", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const dir = await editedSample((_tab, csv) =>
      csv
        .replaceAll("dewydevon", evil)
        .replace("skincare, female 25-34, us, long-form", "{{evil}}, skincare"),
    );
    const r = await renderReport(analyze(await readCsvFolder(dir)), { generated: GENERATED });
    expect(r.html).not.toContain("<img src=x");
    expect(r.html).toContain("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;");
    expect(textOf(r.html)).toContain(`@${evil}`);
    // The only <img> is none at all (no logo in the default theme).
    expect(r.html).not.toMatch(/<img\b/);
    // Chart labels are SVG text, where XML escapes only < and &: the name stays text there too.
    expect(r.html.replaceAll("&lt;img src=x onerror=alert(1)&gt;", "")).not.toMatch(/onerror=/);
  });

  it("links only http(s) post URLs", async () => {
    const dir = await editedSample((tab, csv) =>
      tab === "Content" ? csv.replace(/https:\/\/[^,]+/, "javascript:alert(1)") : csv,
    );
    const r = await renderReport(analyze(await readCsvFolder(dir)), { generated: GENERATED });
    expect(r.html).not.toContain('href="javascript:');
  });
});

describe("the traffic table", () => {
  it("gives each metric's row one rule: $47.50 before keeps the cents of the days after it", async () => {
    // Revenue before: 1,330 over the 28 days of 2 Feb – 1 Mar = $47.50 a day; during 335,080 / 28
    // = 11,967.142…; after 173,830 / 28 = 6,208.214… . Below $100 money keeps its cents, so the
    // whole row does; orders keep none (2,760 / 28 = 98.57… → 99).
    const dir = await editedSample((tab, csv) =>
      tab === "Baseline" ? csv.replace(",2760,138900,", ",2760,1330,") : csv,
    );
    const r = await renderReport(analyze(await readCsvFolder(dir)), { generated: GENERATED });
    const text = textOf(r.html);
    // Cells run together in the text; the lift during is 11,967.142… / 47.50 − 1 = +25,094.0%.
    expect(text).toContain("Revenue$47.50$11,967.14$6,208.21+25,094.0%");
    expect(text).toContain("Orders99265124+168.8%");
  });
});

describe("sections without data", () => {
  it("are left out of the contents and listed once in the appendix", async () => {
    const dir = await editedSample((tab, csv) =>
      ["Baseline", "Retrospective", "Journal"].includes(tab) ? null : csv,
    );
    const r = await renderReport(analyze(await readCsvFolder(dir)), { generated: GENERATED });
    expect(r.view.sections).not.toContain("retrospective");
    expect(r.view.sections).not.toContain("traffic");
    expect(r.html).not.toContain('id="s-traffic"');
    expect(r.html).not.toContain('href="#s-traffic"');
    const text = textOf(r.html);
    expect(text).toContain("Retrospective — No data on the Retrospective and Journal tabs.");
    expect(text).toContain("Traffic & audience — No data on the Baseline tab.");
  });
});

describe("slugify", () => {
  it("makes a file name from the campaign name", () => {
    expect(slugify("Daybreak Serum Launch - Spring 2026")).toBe("daybreak-serum-launch-spring-2026");
    expect(slugify("Café Crème: été!")).toBe("cafe-creme-ete");
    expect(slugify("春季活动")).toBe("春季活动");
    expect(slugify(null)).toBe("campaign");
  });
});

describe("theme", () => {
  it("puts the brand colour, the logo (inlined) and the font into the HTML", async () => {
    const logo =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    const r = await renderReport(await sample(), {
      theme: { brand: "#00AA77", logo, font: "Inter" },
      generated: GENERATED,
    });
    expect(r.html).toContain("--brand:#00AA77");
    // Handlebars escapes "=" in the base64 padding as &#x3D;, which the browser decodes back.
    expect(r.html).toContain(
      `<img class="logo" src="${logo.replaceAll("=", "&#x3D;")}" alt="Quillmoss Skincare">`,
    );
    expect(r.html).toContain('--font:"Inter", "Noto Sans"');
  });
});
