// A Campaign tab without a Currency: amounts are plain numbers, never a made-up US$.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatFigure } from "../../core/index.ts";
import { load } from "../../generator/pipeline.ts";
import { renderReport } from "../../generator/report/index.ts";
import { kpiSummary } from "../../generator/terminal.ts";

const ROOT = resolve(import.meta.dirname, "../..");
let blank = "";
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "pm-currency-"));
  blank = join(dir, "no-currency");
  await cp(join(ROOT, "templates/sample"), blank, { recursive: true });
  const campaign = await readFile(join(blank, "Campaign.csv"), "utf8");
  expect(campaign).toMatch(/^Currency,USD$/m);
  await writeFile(join(blank, "Campaign.csv"), campaign.replace(/^Currency,USD$/m, "Currency,"));
});

describe("Structure: no currency given", () => {
  it("formatting money with no currency → 84989 as 84,989 and 0.42 as 0.42 (en), 84.989 (da): no sign", () => {
    expect(formatFigure(84989, "money", "en", null)).toBe("84,989");
    expect(formatFigure(0.42, "money", "en", null)).toBe("0.42");
    expect(formatFigure(84989, "money", "da", null)).toBe("84.989");
    expect(formatFigure(84989, "money", "en", "USD")).toBe("$84,989");
  });

  it("the sample with a blank Currency cell → the model carries currency null, totals as with USD", async () => {
    const plain = await load(blank);
    const usd = await load(join(ROOT, "templates/sample"));
    expect(plain.model.campaign.currency).toBe(null);
    expect(plain.model.totals).toEqual(usd.model.totals);
  });

  it("its HTML report → no $ and no USD in the page (the team's own words aside), total cost shown as a plain number", async () => {
    const a = await load(blank);
    const r = await renderReport(a, { locale: "en" });
    // Text the team typed (Retrospective answers, Journal notes, the words a recommendation cites)
    // quotes $ amounts of its own; the report marks it dir="auto", so it is left out here.
    const text = r.html
      .replace(/<style[\s\S]*?<\/style>/g, "")
      .replace(/<svg[\s\S]*?<\/svg>/g, "")
      .replace(/<section id="s-retrospective"[\s\S]*?<\/section>/, "")
      .replace(/<bdi dir="auto">[\s\S]*?<\/bdi>/g, "")
      .replace(/<p class="tl-note" dir="auto">[\s\S]*?<\/p>/g, "")
      // The no-currency finding names the codes to type.
      .replace("(USD, EUR…)", "");
    expect(text.length).toBeGreaterThan(10_000);
    expect(text).not.toContain("US$");
    expect(text).not.toMatch(/\$\s?\d/);
    expect(text).not.toContain("USD");
    const cost = formatFigure(a.model.totals.total_cost, "money", "en", null);
    expect(cost).toMatch(/^\d{1,3}(,\d{3})+$/);
    expect(r.html).toContain(cost);
    // The charts' axes carry no currency sign either.
    for (const svg of r.html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) expect(svg).not.toMatch(/\$\s?\d/);
  });

  it("kpis in the terminal → money without a sign, and the header says no currency", async () => {
    const a = await load(blank);
    const out = kpiSummary(a.model);
    expect(out).not.toContain("$");
    expect(out).toContain(" · no currency · ");
    const line = out.split("\n").find((l) => l.startsWith("total_cost "));
    expect(line?.trim().split(/\s+/)[1]).toBe(formatFigure(a.model.totals.total_cost, "money", "en", null));
  });
});
