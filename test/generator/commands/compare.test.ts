import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { compareCampaigns } from "../../../core/compare/index.ts";
import type { ComparisonModel } from "../../../core/compare/types.ts";
import { main } from "../../../generator/cli.ts";
import { renderComparison } from "../../../generator/compare/render.ts";
import { AUTUMN_25, model, SPRING_25, SPRING_26 } from "../../core/compare/fixtures.ts";

const SPRING = "templates/sample-earlier/spring-2025";
const AUTUMN = "templates/sample-earlier/autumn-2025";

describe("postmortem compare", () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "compare-cli-"));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(out, { recursive: true, force: true });
  });

  it("needs two sources and known formats (exit 2)", async () => {
    expect(await main(["compare", SPRING])).toBe(2);
    expect(await main(["compare", SPRING, AUTUMN, "--format", "docx"])).toBe(2);
  });

  it("writes the JSON and roster.csv for the bundled earlier seasons and the sample", async () => {
    // Given newest first: compare orders them by start date.
    expect(
      await main(["compare", "templates/sample", AUTUMN, SPRING, "--out", out, "--format", "json,csv"]),
    ).toBe(0);
    const cmp = JSON.parse(await readFile(join(out, "compare.json"), "utf8")) as ComparisonModel;
    expect(cmp.version).toBe(1);
    expect(cmp.campaigns.map((c) => c.start_date)).toEqual(["2025-03-03", "2025-09-08", "2026-03-02"]);
    // The story in tools/sample/earlier.ts: Kay and Gabi are not back in autumn,
    // Rosie, Sam and Julie are new; dewydevon is in all three and keeps paying back.
    expect(cmp.changes[0]?.creators_dropped).toContain("instagram:theskinedit.kay");
    expect(cmp.changes[0]?.creators_dropped).toContain("instagram:glowup.gabi");
    expect(cmp.changes[0]?.creators_added).toEqual(
      expect.arrayContaining(["tiktok:rosiereviews", "youtube:skinnerdsam", "tiktok:glasskinjules"]),
    );
    const dewy = cmp.roster.find((r) => r.key === "tiktok:dewydevon");
    expect(dewy?.campaigns.map((c) => c.campaign)).toEqual([0, 1, 2]);
    expect(dewy?.verdict).toBe("rehire");
    // Lena's ROAS fell 1.6 → 1.1 → 0.48 (below the 0.5 floor): drop.
    expect(cmp.roster.find((r) => r.key === "youtube:lenaglowlab")?.verdict).toBe("drop");
    const csv = await readFile(join(out, "roster.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "platform,handle,name,campaigns,currency,total_cost,revenue,orders,roas,cpa,roas_by_campaign,cpa_by_campaign,trend,verdict,rule",
    );
    // One line per roster row (all USD) plus the header and the final empty line.
    expect(csv.split("\r\n")).toHaveLength(cmp.roster.length + 2);
  });

  it("prints one line per file written, then the three workbooks' findings", async () => {
    const said = vi.mocked(process.stdout.write);
    said.mockClear();
    expect(await main(["compare", SPRING, AUTUMN, "--out", out, "--format", "json,csv"])).toBe(0);
    const lines = said.mock.calls.map((c) => String(c[0]));
    expect(lines).toEqual([
      `Wrote ${join(out, "compare.json")}\n`,
      `Wrote ${join(out, "roster.csv")}\n`,
      expect.stringMatching(/^The workbooks have 0 errors and \d+ warnings? in all/),
    ]);
  });
});

describe("compare HTML", () => {
  it("shows deltas, the currency note and the verdicts", async () => {
    const cmp = compareCampaigns([model(SPRING_25), model(AUTUMN_25), model(SPRING_26)]);
    const { html } = await renderComparison(cmp, {
      locale: "en",
      generated: new Date("2026-04-01T00:00:00Z"),
    });
    // Revenue 3580 → 5150 is +43.9 %
    expect(html).toContain("+43.9% vs previous");
    expect(html).toContain("different currencies (USD, EUR)");
    // dan 10× in both campaigns → Rehire; eve 0× → Drop
    expect(html).toMatch(/@dan[\s\S]*?Rehire/);
    expect(html).toMatch(/@eve[\s\S]*?Drop/);
    expect(html).toContain('href="https://ex.com/a2"');
  });
});

describe("compare HTML without a start date", () => {
  it("names the undated campaign in the finding", async () => {
    const undated = model(AUTUMN_25);
    undated.campaign.start_date = null;
    const { html } = await renderComparison(compareCampaigns([model(SPRING_26), undated]), {
      locale: "en",
      generated: new Date("2026-04-01T00:00:00Z"),
    });
    // The name comes wrapped in bidi isolates (U+2068 … U+2069).
    expect(html).toContain(
      "No start date for \u2068Autumn 2025\u2069, so the campaigns are compared in the order given.",
    );
  });
});
