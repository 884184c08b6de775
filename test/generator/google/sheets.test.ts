import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyze, TAB_NAMES } from "../../../core/index.ts";
import { endpoints } from "../../../generator/google/config.ts";
import { googleMessages } from "../../../generator/google/messages.ts";
import { quoteSheetName, readSpreadsheet, sheetNameOfRange } from "../../../generator/google/sheets.ts";
import { SourceError } from "../../../generator/errors.ts";
import { loadSource } from "../../../generator/sources/index.ts";
import { readXlsx } from "../../../generator/sources/xlsx.ts";
import { writeTemplate } from "../../../generator/xlsx/template.ts";
import { sampleTabs } from "../../fixtures/google/sample-sheet.ts";
import { type FakeGoogle, startFakeGoogle } from "./fake-google.ts";
import { hostsContacted, isolatedEnv, SHEET_ID, TOKEN } from "./helpers.ts";

let fake: FakeGoogle;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  fake = await startFakeGoogle({ tokens: [TOKEN] });
  fake.spreadsheets.set(SHEET_ID, await sampleTabs());
  env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
});
afterEach(() => fake.close());

const batchGets = () => fake.requests.filter((r) => r.path.endsWith("/values:batchGet"));

describe("readSpreadsheet", () => {
  it("reads the sample in one metadata call and one batchGet, giving the CSV sample's KPIs", async () => {
    const { result, hosts } = await hostsContacted(() => readSpreadsheet(SHEET_ID, { env }));
    // Only the fake was contacted: the preset token means no token host either.
    expect(new Set(hosts)).toEqual(new Set(["127.0.0.1"]));
    expect(fake.requests.map((r) => r.path)).toEqual([
      `/v4/spreadsheets/${SHEET_ID}`,
      `/v4/spreadsheets/${SHEET_ID}/values:batchGet`,
    ]);
    const meta = fake.requests[0]!;
    expect(meta.query.get("fields")).toBe("properties(title,timeZone,locale),sheets.properties.title");
    const get = batchGets()[0]!;
    expect(get.query.get("valueRenderOption")).toBe("UNFORMATTED_VALUE");
    expect(get.query.get("dateTimeRenderOption")).toBe("SERIAL_NUMBER");
    // The sample ships 11 tabs, all template tabs: each is one range of the single call.
    expect(get.query.getAll("ranges")).toHaveLength(11);
    expect(get.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(result.timeZone).toBe("Europe/Berlin");
    expect(result.locale).toBe("en_US");

    const fromSheet = analyze(result.workbook).model;
    const fromCsv = analyze((await loadSource(undefined)).workbook).model;
    expect(fromSheet.totals).toEqual(fromCsv.totals);
    expect(fromSheet.creators).toEqual(fromCsv.creators);
    expect(fromSheet.daily).toEqual(fromCsv.daily);
    expect(JSON.parse(JSON.stringify(fromSheet))).toEqual(JSON.parse(JSON.stringify(fromCsv)));
    // …and those of the same campaign saved as .xlsx.
    const xlsx = join(env.HOME!, "sample.xlsx");
    await writeTemplate(xlsx, (await loadSource(undefined)).workbook);
    const fromXlsx = analyze(await readXlsx(xlsx)).model;
    expect(JSON.parse(JSON.stringify(fromSheet))).toEqual(JSON.parse(JSON.stringify(fromXlsx)));
    // Dates travel as serials: 2026-01-01 is day 46023 after 1899-12-30, so 2026-03-03
    // is 46023 + 31 (Jan) + 28 (Feb) + 2 = 46084.
    const content = result.workbook.tabs.find((t) => t.name === "Content")!;
    expect(content.values[1]?.[4]).toBe(46084);
    expect(fromSheet.posts[0]?.published).toBe("2026-03-03");
  });

  it("names the required tabs the sheet lacks", async () => {
    const tabs = (await sampleTabs()).filter((t) => t.title !== "Creators" && t.title !== "Content");
    fake.spreadsheets.set(SHEET_ID, tabs);
    const err = await readSpreadsheet(SHEET_ID, { env }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).message).toBe(
      googleMessages.missingTabs(
        ["Creators", "Content"],
        tabs.map((t) => t.title),
      ),
    );
    expect(batchGets()).toHaveLength(0);
  });

  it("says so when the sheet has no template tab at all", async () => {
    fake.spreadsheets.set(SHEET_ID, [{ title: "Sheet1", values: [["a"]] }]);
    const err = (await readSpreadsheet(SHEET_ID, { env }).catch((e: unknown) => e)) as SourceError;
    expect(err.message).toBe(googleMessages.noTemplateTabs(TAB_NAMES, ["Sheet1"]));
    expect(err.exitCode).toBe(3);
  });

  it("retries 429 with backoff and succeeds when the quota frees up", async () => {
    fake.faults.push({
      match: (r) => r.path.endsWith("/values:batchGet"),
      status: 429,
      body: { error: { code: 429, message: "Quota exceeded", status: "RESOURCE_EXHAUSTED" } },
      headers: { "retry-after": "0" },
      times: 2,
    });
    const res = await readSpreadsheet(SHEET_ID, { env });
    // Two refused attempts, then the one that answered.
    expect(batchGets()).toHaveLength(3);
    expect(res.workbook.tabs).toHaveLength(11);
  });

  it("gives up on a lasting 429 at the deadline with the quota sentence", async () => {
    fake.faults.push({ match: (r) => r.path.endsWith("/values:batchGet"), status: 429 });
    const err = (await readSpreadsheet(SHEET_ID, {
      env: { ...env, POSTMORTEM_GOOGLE_TIMEOUT: "2" },
    }).catch((e: unknown) => e)) as SourceError;
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(
      /^Google's API was over its quota or unavailable \(HTTP 429\) and still was after retrying for \d+ seconds?/,
    );
    expect(batchGets().length).toBeGreaterThanOrEqual(2);
  });

  it("retries a 5xx once it passes", async () => {
    fake.faults.push({ match: (r) => !r.path.endsWith("batchGet"), status: 503, times: 1 });
    await readSpreadsheet(SHEET_ID, { env });
    expect(fake.requests.filter((r) => !r.path.endsWith("batchGet"))).toHaveLength(2);
  });

  it("turns a server that never answers into the timeout sentence", async () => {
    fake.faults.push({ match: () => true, hang: true });
    const err = (await readSpreadsheet(SHEET_ID, {
      env: { ...env, POSTMORTEM_GOOGLE_TIMEOUT: "1" },
    }).catch((e: unknown) => e)) as SourceError;
    expect(err.message).toBe(googleMessages.timeout(1));
  });

  it("turns a closed port into the unreachable sentence", async () => {
    const url = fake.url;
    await fake.close();
    fake = await startFakeGoogle();
    const err = (await readSpreadsheet(SHEET_ID, {
      env: { ...env, POSTMORTEM_GOOGLE_API_ROOT: url },
    }).catch((e: unknown) => e)) as SourceError;
    expect(err.message).toBe(googleMessages.unreachable(new URL(url).host));
  });
});

describe("A1 names", () => {
  it("quotes tab names and reads them back from returned ranges", () => {
    expect(quoteSheetName("Team's notes")).toBe("'Team''s notes'");
    expect(quoteSheetName("Creators")).toBe("Creators");
    // Names that read as a cell (AB12) or an R1C1 reference must be quoted.
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("Creators ")).toBe("'Creators '");
    expect(sheetNameOfRange("'Team''s notes'!A1:B2")).toBe("Team's notes");
    expect(sheetNameOfRange("Creators!A1:N42")).toBe("Creators");
  });
});

describe("POSTMORTEM_GOOGLE_API_ROOT", () => {
  it("keeps a proxy's path prefix for the APIs and the token endpoint", () => {
    const ep = endpoints({ POSTMORTEM_GOOGLE_API_ROOT: "http://127.0.0.1:8089/google" });
    expect(ep.apiRoot).toBe("http://127.0.0.1:8089/google/");
    expect(ep.tokenUrl).toBe("http://127.0.0.1:8089/google/token");
    expect(endpoints({ POSTMORTEM_GOOGLE_API_ROOT: "http://127.0.0.1:8089/" }).apiRoot).toBe(
      "http://127.0.0.1:8089/",
    );
  });

  it("refuses what is not an http(s) address", () => {
    expect(() => endpoints({ POSTMORTEM_GOOGLE_API_ROOT: "ftp://x" })).toThrow(
      googleMessages.badApiRoot("ftp://x"),
    );
  });
});
