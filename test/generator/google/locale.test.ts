// The spreadsheet's own locale (File → Settings) reads text numbers and dates
// when the Campaign tab names no locale.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiGrid } from "../../fixtures/google/sample-sheet.ts";
import { formGrid, tableGrid } from "../../support/workbook.ts";
import { type FakeGoogle, startFakeGoogle } from "./fake-google.ts";
import { isolatedEnv, TOKEN } from "./helpers.ts";

const BIN = fileURLToPath(new URL("../../../bin/postmortem.js", import.meta.url));
const DE = "1GermanLocaleSheet0123456789abcdefghijklmn";
const US = "1UnitedStatesSheet0123456789abcdefghijklmn";

function kpis(id: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [BIN, "kpis", id, "--json"], { env }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout, stderr }),
    ),
  );
}

// Text cells, as a column formatted "plain text" keeps them.
const tabs = () => [
  {
    title: "Campaign",
    values: apiGrid(
      formGrid("campaign", {
        name: "Locale test",
        start_date: "2026-03-02",
        end_date: "2026-03-31",
        objective: "awareness",
      }),
    ),
  },
  {
    title: "Creators",
    values: tableGrid("creators", [
      { handle: "ann", platform: "instagram", followers: "12.500", cooperation_model: "fixed_fee", fee: 100 },
    ]),
  },
  {
    title: "Content",
    values: tableGrid("content", [
      { creator: "ann", format: "image", published: "04/03/2026", impressions: "2.000", likes: 50 },
    ]),
  },
];

let fake: FakeGoogle;
beforeAll(async () => {
  fake = await startFakeGoogle({ tokens: [TOKEN] });
  fake.spreadsheets.set(DE, tabs());
  fake.settings.set(DE, { locale: "de_DE", timeZone: "Europe/Berlin" });
  fake.spreadsheets.set(US, tabs());
  fake.settings.set(US, { locale: "en_US", timeZone: "America/New_York" });
});
afterAll(() => fake.close());

interface Model {
  campaign: { locale: string };
  creators: { handle: string; followers: number | null }[];
  posts: { published: string | null; impressions: number | null; er_impressions: number | null }[];
}

describe("the Google Sheet's own locale", () => {
  it("de_DE: '12.500' followers, '2.000' impressions and '04/03/2026' read as 12,500, 2,000 and 4 March", async () => {
    const env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
    const r = await kpis(DE, env);
    expect(r.stderr).toBe("");
    const m = JSON.parse(r.stdout) as Model;
    expect(m.creators.map((c) => [c.handle, c.followers])).toEqual([["ann", 12_500]]);
    expect(m.posts.map((p) => [p.published, p.impressions])).toEqual([["2026-03-04", 2000]]);
    // 50 likes / 2,000 impressions
    expect(m.posts[0]!.er_impressions).toBe(0.025);
    // The report's language stays the template's default: the sheet locale only reads cells.
    expect(m.campaign.locale).toBe("en");
  });

  it("en_US: the same text read month-first with a decimal point → 3 April, and 12.5 followers", async () => {
    const env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
    const m = JSON.parse((await kpis(US, env)).stdout) as Model;
    expect(m.posts.map((p) => p.published)).toEqual(["2026-04-03"]);
    expect(m.creators.map((c) => c.followers)).toEqual([12.5]);
  });
});
