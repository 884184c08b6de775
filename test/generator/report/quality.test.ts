// The summary's data-quality line: rows with errors are counted, with the money their readable cells carry.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../core/index.ts";
import { buildReportView } from "../../../core/present/index.ts";
import { renderReport } from "../../../generator/report/index.ts";
import { readCsvFolder } from "../../../generator/sources/csv.ts";
import { SAMPLE_DIR } from "../../../generator/sources/index.ts";
import { editedSample, GENERATED, sampleReport, textOf } from "./helpers.ts";

describe("the summary's data-quality line", () => {
  it("says every row is counted for the sample", async () => {
    const r = await sampleReport("en");
    expect(r.view.data_quality).toEqual({
      errors: 0,
      warnings: 18,
      rows_left_out: 0,
      cost_left_out: 0,
      revenue_left_out: 0,
    });
    expect(textOf(r.html)).toContain(
      "Data quality · Every row of the workbook is counted in the figures. 18 warnings are listed in the appendix.",
    );
  });

  it("says there are no warnings, or the one warning, in the count's own form", async () => {
    const dir = join(SAMPLE_DIR, "..", "sample-earlier", "spring-2025");
    const clean = analyze(await readCsvFolder(dir));
    expect(buildReportView(clean.model, clean.notes).data_quality.warnings).toBe(0);
    const text = async (a: typeof clean, locale: string) =>
      textOf((await renderReport(a, { locale, generated: GENERATED })).html);
    expect(await text(clean, "en")).toContain(
      "Every row of the workbook is counted in the figures. There are no warnings.",
    );
    // Chinese runs its two sentences together, without a space.
    expect(await text(clean, "zh-CN")).toContain("工作簿的每一行都计入了数据。没有警告。");
    // One post published after the campaign's end (30 March 2025): one warning.
    const wb = await readCsvFolder(dir);
    const content = wb.tabs.find((t) => t.name === "Content")!.values;
    const published = content[0]!.indexOf("Published");
    content[1]![published] = "2025-04-20";
    const one = analyze(wb);
    expect(one.issues.map((i) => i.code)).toEqual(["outside-campaign"]);
    expect(await text(one, "en")).toContain(
      "Every row of the workbook is counted in the figures. 1 warning is listed in the appendix.",
    );
    expect(await text(one, "ar")).toContain("تحذير واحد مدرج في الملحق.");
  });

  it("counts the rows left out and the cost and revenue on them, in every language", async () => {
    // lenaglowlab's fee is unreadable (her product 76 and shipping 24.50 still read: 100.50);
    // the first conversion's orders are unreadable (its revenue 418.00 still reads).
    const dir = await editedSample((tab, csv) => {
      if (tab === "Creators") return csv.replace(",fixed_fee,16000,76,24.50,", ",fixed_fee,abc,76,24.50,");
      if (tab === "Conversions")
        return csv.replace("2026-03-03,,,QM-DAY-30,8,11,418.00,", "2026-03-03,,,QM-DAY-30,x,11,418.00,");
      return csv;
    });
    const a = analyze(await readCsvFolder(dir));
    const q = buildReportView(a.model, a.notes).data_quality;
    expect(q).toMatchObject({ rows_left_out: 2, cost_left_out: 100.5, revenue_left_out: 418 });
    const en = textOf((await renderReport(a, { locale: "en", generated: GENERATED })).html);
    expect(en).toContain(
      "2 rows with errors are left out of the figures; they carry $101 of cost and $418 of revenue.",
    );
    const da = textOf((await renderReport(a, { locale: "da", generated: GENERATED })).html);
    expect(da).toContain("2 rækker med fejl er udeladt af tallene");
    for (const locale of ["zh-CN", "vi", "ar"]) {
      const text = textOf((await renderReport(a, { locale, generated: GENERATED })).html);
      expect(text).not.toContain("left out of the figures");
    }
  });

  it("says the money is not counted when the rows themselves are not known", async () => {
    const a = analyze(
      await readCsvFolder(
        await editedSample((tab, csv) =>
          tab === "Creators" ? csv.replace(",fixed_fee,16000,76,24.50,", ",fixed_fee,abc,76,24.50,") : csv,
        ),
      ),
    );
    const { left_out: _, ...notes } = a.notes;
    const q = buildReportView(a.model, notes).data_quality;
    expect(q).toMatchObject({ rows_left_out: 1, cost_left_out: null, revenue_left_out: null });
  });
});
