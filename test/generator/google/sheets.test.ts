import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyze, TAB_NAMES } from "../../../core/index.ts";
import { endpoints } from "../../../generator/google/config.ts";
import { googleMessages } from "../../../generator/google/messages.ts";
import { HIDDEN_FIELDS } from "../../../generator/google/hidden.ts";
import { LINK_FIELDS } from "../../../generator/google/links.ts";
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
/** The row-flag calls: a `spreadsheets.get` for the hidden rows. */
const flagGets = () => fake.requests.filter((r) => r.query.get("fields") === HIDDEN_FIELDS);

describe("readSpreadsheet", () => {
  it("reads the sample in one metadata call, then one batchGet and one row-flag call side by side, giving the CSV sample's KPIs", async () => {
    const { result, hosts } = await hostsContacted(() => readSpreadsheet(SHEET_ID, { env }));
    // Only the fake was contacted: the preset token means no token host either.
    expect(new Set(hosts)).toEqual(new Set(["127.0.0.1"]));
    expect(fake.requests).toHaveLength(3);
    const meta = fake.requests[0]!;
    expect(meta.path).toBe(`/v4/spreadsheets/${SHEET_ID}`);
    expect(meta.query.get("fields")).toBe("properties(title,timeZone,locale),sheets.properties.title");
    expect(batchGets()).toHaveLength(1);
    // The row flags of the template tabs alone, and nothing else of them.
    const flags = flagGets();
    expect(flags).toHaveLength(1);
    expect(flags[0]!.path).toBe(`/v4/spreadsheets/${SHEET_ID}`);
    expect(flags[0]!.query.getAll("ranges")).toEqual(batchGets()[0]!.query.getAll("ranges"));
    // The sample hides no row.
    expect(result.workbook.tabs.filter((t) => t.hiddenRows)).toEqual([]);
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
    // The metadata call twice (refused, then answered), then the row flags once.
    expect(fake.requests.filter((r) => !r.path.endsWith("batchGet"))).toHaveLength(3);
    expect(flagGets()).toHaveLength(1);
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

describe("links behind URL cells", () => {
  /** The sample with Content's Post URL (column B) of rows 2–6 and Creators' Fee (F2) replaced. */
  async function linkedSample(): Promise<void> {
    const tabs = await sampleTabs();
    const content = tabs.find((t) => t.title === "Content")!;
    const urls = ["Watch", "My video", "Daybreak reel", "two links", "#N/A"];
    urls.forEach((text, i) => {
      content.values[i + 1]![1] = text;
    });
    content.links = {
      // =HYPERLINK("https://www.instagram.com/p/AAA/", "Watch"): the API gives the formula's URL.
      B2: { hyperlink: "https://www.instagram.com/p/AAA/" },
      // A link inserted on part of the text ("video").
      B3: {
        textFormatRuns: [
          { startIndex: 0 },
          { startIndex: 3, format: { link: { uri: "https://youtu.be/BBB" } } },
        ],
      },
      // A smart chip.
      B4: {
        chipRuns: [
          { startIndex: 0, chip: { richLinkProperties: { uri: "https://www.tiktok.com/@x/video/1" } } },
        ],
      },
      B5: {
        textFormatRuns: [
          { startIndex: 0, format: { link: { uri: "https://a.example/1" } } },
          { startIndex: 4, format: { link: { uri: "https://a.example/2" } } },
        ],
      },
    };
    tabs.find((t) => t.title === "Creators")!.values[1]![5] = "#DIV/0!";
    fake.spreadsheets.set(SHEET_ID, tabs);
  }

  it("asks for the links of the non-URL cells only, in a fourth call, and reads each link as the cell's URL", async () => {
    await linkedSample();
    const { workbook } = await readSpreadsheet(SHEET_ID, { env });
    expect(fake.requests).toHaveLength(4);
    const links = fake.requests[3]!;
    expect(links.path).toBe(`/v4/spreadsheets/${SHEET_ID}`);
    // Rows 2–6 of Post URL: every other cell of both URL columns already reads as a URL.
    expect(links.query.getAll("ranges")).toEqual(["Content!B2:B6"]);
    expect(links.query.get("fields")).toBe(LINK_FIELDS);

    const { model, issues } = analyze(workbook);
    expect(model.posts.slice(0, 5).map((p) => p.url)).toEqual([
      "https://www.instagram.com/p/AAA/",
      "https://youtu.be/BBB",
      "https://www.tiktok.com/@x/video/1",
      null,
      null,
    ]);
    const onContent = issues.filter((i) => i.tab === "Content").map((i) => [i.severity, i.code, i.cell]);
    // Two links in one cell: no single URL, so the label is not a URL; a formula error is
    // a finding too. Post URL is descriptive: both rows stay.
    expect(onContent).toEqual([
      ["warning", "not-a-url", "Content!B5"],
      ["warning", "cell-error", "Content!B6"],
    ]);
    expect(model.posts).toHaveLength(
      (await loadSource(undefined)).workbook.tabs.find((t) => t.name === "Content")!.values.length - 1,
    );
    // A formula error in a figure cell is an error that costs the row, never a 0.
    expect(issues.filter((i) => i.cell === "Creators!F2").map((i) => [i.severity, i.code])).toEqual([
      ["error", "cell-error"],
    ]);
  });
});

describe("rows out of view", () => {
  it("rows hidden by the user and by a filter reach the core, which names the ones it counts", async () => {
    const tabs = await sampleTabs();
    const creators = tabs.find((t) => t.title === "Creators")!;
    const content = tabs.find((t) => t.title === "Content")!;
    // Creators row 4 (dewydevon) hidden by hand; Content rows 4 and 5 by a filter, row 5 by hand
    // too; a row past the last value (row 900) holds nothing and is not handed over.
    creators.hidden = { byUser: [4, 900] };
    content.hidden = { byUser: [5], byFilter: [4, 5] };
    fake.spreadsheets.set(SHEET_ID, tabs);
    const { workbook } = await readSpreadsheet(SHEET_ID, { env });
    const hidden = workbook.tabs.filter((t) => t.hiddenRows).map((t) => [t.name, t.hiddenRows]);
    expect(Object.fromEntries(hidden)).toEqual({ Creators: [4], Content: [4, 5] });
    const { issues, model } = analyze(workbook);
    const said = issues.filter((i) => i.code === "hidden-rows").map((i) => [i.cell, i.args?.rows]);
    expect(Object.fromEntries(said)).toEqual({ "Creators!A4": ["4"], "Content!A4": ["4–5"] });
    // Counted as before: the same model as the sample read with no row hidden.
    const plain = analyze((await loadSource(undefined)).workbook).model;
    expect(model.totals).toEqual(plain.totals);
    expect(model.posts).toHaveLength(plain.posts.length);
    expect(model.creators.map((c) => c.row)).toContain(4);
    // Row 3, ariaskinstudio, is declined: in no total, so hiding it would not be said.
    creators.hidden = { byUser: [3] };
    content.hidden = {};
    fake.spreadsheets.set(SHEET_ID, tabs);
    const declined = analyze((await readSpreadsheet(SHEET_ID, { env })).workbook);
    expect(declined.issues.filter((i) => i.code === "hidden-rows")).toEqual([]);
  });
});

describe("cells formatted in a currency", () => {
  it("Fee cells shown as euros in the USD sample → their patterns reach the core in the row-flag call, which names them", async () => {
    const tabs = await sampleTabs();
    const creators = tabs.find((t) => t.title === "Creators")!;
    // lenaglowlab's 16000 (F2) and dewydevon's 6000 (F4) shown as euros; theskinedit.kay's fee in
    // dollars (F5) and a plain product cost (G2) name the campaign's currency or none.
    creators.formats = { F2: "[$€]#,##0.00", F4: "[$€-407] #,##0", F5: '"$"#,##0.00', G2: "#,##0.00" };
    fake.spreadsheets.set(SHEET_ID, tabs);
    const { workbook } = await readSpreadsheet(SHEET_ID, { env });
    // Still the one row-flag call, with the formats' field in its mask.
    expect(flagGets()).toHaveLength(1);
    expect(fake.requests).toHaveLength(3);
    const formats = workbook.tabs.find((t) => t.name === "Creators")!.numberFormats!;
    const given = formats.flatMap((line, r) => (line ?? []).flatMap((f, c) => (f ? [[r + 1, c, f]] : [])));
    expect(given).toEqual([
      [2, 5, "[$€]#,##0.00"],
      [4, 5, "[$€-407] #,##0"],
      [5, 5, '"$"#,##0.00'],
    ]);
    expect(workbook.tabs.filter((t) => t.numberFormats).map((t) => t.name)).toEqual(["Creators"]);
    const { issues, model } = analyze(workbook);
    expect(issues.filter((i) => i.code === "format-currency").map((i) => [i.cell, i.message])).toEqual([
      [
        "Creators!F2",
        "2 Fee cells of Creators are formatted in EUR, not the campaign currency USD (rows 2 and 4), but they are counted as USD. Convert the amounts to USD or change the cells' format.",
      ],
    ]);
    // Counted as dollars, as before.
    expect(model.totals).toEqual(analyze((await loadSource(undefined)).workbook).model.totals);
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
