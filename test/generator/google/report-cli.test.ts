// `postmortem report` with --upload and --batch, as a child process against the fake API.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchMessages } from "../../../generator/report/messages.ts";
import { googleMessages } from "../../../generator/google/messages.ts";
import { writeTemplate } from "../../../generator/xlsx/template.ts";
import { sampleTabs } from "../../fixtures/google/sample-sheet.ts";
import { type FakeGoogle, startFakeGoogle } from "./fake-google.ts";
import { isolatedEnv, SHEET_ID, SHEET_URL, TOKEN } from "./helpers.ts";

const BIN = fileURLToPath(new URL("../../../bin/postmortem.js", import.meta.url));
const SLUG = "daybreak-serum-launch-spring-2026";

function run(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd, maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let fake: FakeGoogle;
let env: NodeJS.ProcessEnv;
let cwd: string;
beforeAll(async () => {
  fake = await startFakeGoogle({ tokens: [TOKEN] });
  fake.spreadsheets.set(SHEET_ID, await sampleTabs());
  fake.parents.set(SHEET_ID, ["sheetFolder"]);
  env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
  cwd = env.HOME!;
});
afterAll(() => fake.close());

const hasBrowser = existsSync("/usr/bin/chromium") || existsSync("/usr/bin/chromium-browser");

describe("postmortem report --upload", () => {
  it.runIf(hasBrowser)("uploads the PDFs it printed next to the sheet and shares them", async () => {
    const res = await run(
      ["report", SHEET_URL, "--out", "out", "--upload", "--share-with", "ceo@quillmoss.example"],
      env,
      cwd,
    );
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    const pdf = await readFile(join(cwd, "out", `${SLUG}.pdf`));
    const up = fake.uploads.find((u) => u.metadata.name === `${SLUG}.pdf`)!;
    expect(up.bytes.equals(pdf)).toBe(true);
    expect(up.metadata.parents).toEqual(["sheetFolder"]);
    const data = await readFile(join(cwd, "out", `${SLUG}-data.pdf`));
    const upData = fake.uploads.find((u) => u.metadata.name === `${SLUG}-data.pdf`)!;
    expect(upData.bytes.equals(data)).toBe(true);
    expect(upData.mimeType).toBe("application/pdf");
    expect(fake.uploads.map((u) => u.metadata.name)).toEqual([
      `${SLUG}.pdf`,
      `${SLUG}.html`,
      `${SLUG}-data.pdf`,
    ]);
    // One reader grant per uploaded file.
    expect(fake.permissions.map((p) => p.body.emailAddress)).toEqual([
      "ceo@quillmoss.example",
      "ceo@quillmoss.example",
      "ceo@quillmoss.example",
    ]);
    expect(res.stdout.split("\n").filter(Boolean)).toEqual([
      googleMessages.uploaded(`${SLUG}.pdf`, "https://drive.google.com/file/d/file1/view?usp=drivesdk"),
      googleMessages.uploaded(`${SLUG}.html`, "https://drive.google.com/file/d/file2/view?usp=drivesdk"),
      googleMessages.uploaded(`${SLUG}-data.pdf`, "https://drive.google.com/file/d/file3/view?usp=drivesdk"),
      `Wrote out/${SLUG}.html`,
      `Wrote out/${SLUG}.pdf`,
      `Wrote out/${SLUG}-data.pdf`,
      "The workbook has 0 errors and 18 warnings; run `postmortem validate` to list them.",
    ]);
    expect(res.stdout).not.toContain(TOKEN);
  });

  it("refuses --share-with without --upload", async () => {
    const res = await run(["report", "--share-with", "a@b.co", "--format", "html"], env, cwd);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`postmortem: ${googleMessages.uploadFlagsAlone()}\n`);
  });
});

describe("postmortem report --batch", () => {
  it("renders every listed source, reports the failing one, and exits 1", async () => {
    await writeTemplate(join(cwd, "daybreak.xlsx"), undefined);
    const list = join(cwd, "campaigns.txt");
    await writeFile(list, ["# spring", SHEET_URL, "", "missing.xlsx   # typo", "daybreak.xlsx"].join("\n"));
    const res = await run(["report", "--batch", list, "--format", "html,json", "--out", "batch"], env, cwd);
    expect(res.code).toBe(1);
    const lines = res.stdout.split("\n");
    expect(lines[0]).toMatch(/^SOURCE\s+STATUS\s+OUTPUTS \/ ERROR$/);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${SHEET_URL.replace(/[.?#/]/g, "\\$&")}\\s+ok\\s+batch/${SLUG}\\.html, batch/${SLUG}\\.json$`,
      ),
    );
    expect(lines[2]).toMatch(/^missing\.xlsx\s+failed\s+Cannot read "missing\.xlsx"/);
    // The empty template has no campaign name, so its slug is the report's fallback.
    expect(lines[3]).toMatch(/^daybreak\.xlsx\s+ok\s+batch\/.+\.html, batch\/.+\.json$/);
    expect(lines.at(-2)).toBe(batchMessages.total(3, 1));
    expect(JSON.parse(await readFile(join(cwd, "batch", `${SLUG}.json`), "utf8")).creators).toHaveLength(41);
  });

  it("refuses SOURCE arguments next to --batch", async () => {
    const res = await run(["report", "x.xlsx", "--batch", "list.txt"], env, cwd);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`postmortem: ${batchMessages.withSources()}\n`);
  });
});
