// The CLI as a user runs it (a child process), against the fake API through
// POSTMORTEM_GOOGLE_API_ROOT: exit codes, sentences, and no secret in the output.
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { googleMessages } from "../../../generator/google/messages.ts";
import { sampleTabs } from "../../fixtures/google/sample-sheet.ts";
import { type FakeGoogle, startFakeGoogle } from "./fake-google.ts";
import { isolatedEnv, SHEET_ID, SHEET_URL, TOKEN } from "./helpers.ts";

const BIN = fileURLToPath(new URL("../../../bin/postmortem.js", import.meta.url));

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let fake: FakeGoogle;
beforeAll(async () => {
  fake = await startFakeGoogle({ tokens: [TOKEN] });
  fake.spreadsheets.set(SHEET_ID, await sampleTabs());
});
afterAll(() => fake.close());

describe("postmortem kpis <Google Sheet>", () => {
  it("prints the same --json model as the bundled sample, after one batchGet", async () => {
    const env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
    const before = fake.requests.length;
    const [sheet, sample] = await Promise.all([
      run(["kpis", SHEET_URL, "--json"], env),
      run(["kpis", "--json"], env),
    ]);
    expect(sheet.stderr).toBe("");
    expect(sheet.code).toBe(0);
    expect(JSON.parse(sheet.stdout)).toEqual(JSON.parse(sample.stdout));
    const mine = fake.requests.slice(before);
    expect(mine.filter((r) => r.path.endsWith("/values:batchGet"))).toHaveLength(1);
    expect(`${sheet.stdout}${sheet.stderr}`).not.toContain(TOKEN);
  });

  it("exits 3 with the check-the-URL sentence for an unknown sheet (404)", async () => {
    const env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
    const missing = "1NoSuchSheetAnywhere000000000000000";
    const res = await run(["validate", `https://docs.google.com/spreadsheets/d/${missing}/edit`], env);
    expect(res.code).toBe(3);
    expect(res.stderr).toBe(`postmortem: ${googleMessages.notFound(missing)}\n`);
    expect(res.stdout).toBe("");
  });

  it("exits 3 asking to share the sheet with the service account's e-mail (403), never printing the key", async () => {
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url });
    const keyFile = join(env.HOME!, "key.json");
    const email = "postmortem-reader@quillmoss-reports.iam.gserviceaccount.com";
    await writeFile(
      keyFile,
      JSON.stringify({
        type: "service_account",
        project_id: "quillmoss-reports",
        private_key_id: "0123456789abcdef0123456789abcdef01234567",
        private_key: privateKey,
        client_email: email,
        client_id: "100000000000000000001",
      }),
    );
    fake.faults.push({
      match: (r) => r.path.startsWith("/v4/"),
      status: 403,
      body: {
        error: { code: 403, message: "The caller does not have permission", status: "PERMISSION_DENIED" },
      },
      times: 1,
    });
    const before = fake.requests.length;
    const res = await run(["kpis", SHEET_ID], { ...env, GOOGLE_APPLICATION_CREDENTIALS: keyFile });
    expect(res.code).toBe(3);
    expect(res.stderr).toBe(`postmortem: ${googleMessages.forbidden("the sheet", email)}\n`);
    // The key was used: its JWT was exchanged for a token at the fake's token endpoint.
    const mine = fake.requests.slice(before);
    expect(mine.map((r) => r.path)).toEqual(["/token", `/v4/spreadsheets/${SHEET_ID}`]);
    const keyBody = privateKey.split("\n")[1]!;
    for (const out of [res.stdout, res.stderr]) {
      expect(out).not.toContain(keyBody);
      expect(out).not.toMatch(/ya29\./);
    }
  });

  it("exits 3 asking the signed-in account to get access (403 with a bare token)", async () => {
    const env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
    fake.faults.push({
      match: (r) => r.path.startsWith("/v4/"),
      status: 403,
      body: {
        error: { code: 403, message: "The caller does not have permission", status: "PERMISSION_DENIED" },
      },
      times: 1,
    });
    const res = await run(["kpis", SHEET_ID], env);
    expect(res.code).toBe(3);
    expect(res.stderr).toBe(`postmortem: ${googleMessages.forbidden("the sheet", undefined)}\n`);
    expect(res.stderr).not.toContain(TOKEN);
  });

  it("exits 3 explaining how to get credentials when there are none", async () => {
    const env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url });
    const before = fake.requests.length;
    const res = await run(["kpis", SHEET_URL], env);
    expect(res.code).toBe(3);
    expect(res.stderr).toBe(`postmortem: ${googleMessages.noCredentials()}\n`);
    expect(fake.requests.length).toBe(before);
  });
});
