import { execFile } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getCredentials } from "../../../generator/google/auth.ts";
import { tokenPath } from "../../../generator/google/config.ts";
import { login, logout } from "../../../generator/google/login.ts";
import { googleMessages } from "../../../generator/google/messages.ts";
import { readSpreadsheet } from "../../../generator/google/sheets.ts";
import { sampleTabs } from "../../fixtures/google/sample-sheet.ts";
import { type FakeGoogle, startFakeGoogle } from "./fake-google.ts";
import { isolatedEnv, SHEET_ID } from "./helpers.ts";

const CLIENT_SECRET = "GOCSPX-fake-client-secret-0123456789";
let fake: FakeGoogle;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  fake = await startFakeGoogle();
  fake.spreadsheets.set(SHEET_ID, await sampleTabs());
  env = await isolatedEnv({
    POSTMORTEM_GOOGLE_API_ROOT: fake.url,
    POSTMORTEM_OAUTH_CLIENT_ID: "1234-fake.apps.googleusercontent.com",
    POSTMORTEM_OAUTH_CLIENT_SECRET: CLIENT_SECRET,
  });
});
afterEach(() => fake.close());

/** The "browser": follows the consent page's redirect to the loopback listener. */
const browser = async (url: string) => {
  const res = await fetch(url);
  expect(res.status).toBe(200);
};

describe("postmortem login / logout", () => {
  it("signs in with PKCE on 127.0.0.1, saves the token 0600, and the token then reads sheets", async () => {
    const said: string[] = [];
    const path = await login({ env, openBrowser: browser, say: (s) => said.push(s) });
    expect(path).toBe(tokenPath(env));
    expect(path.startsWith(env.XDG_CONFIG_HOME!)).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(await readFile(path, "utf8"));
    expect(saved).toMatchObject({
      type: "authorized_user",
      refresh_token: "1//fake-refresh-token-0123456789abcdef",
      scopes: ["https://www.googleapis.com/auth/spreadsheets.readonly"],
      account: "maya@quillmoss.example",
    });

    const consent = fake.requests.find((r) => r.path === "/o/oauth2/v2/auth")!;
    expect(consent.query.get("code_challenge_method")).toBe("S256");
    expect(consent.query.get("redirect_uri")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(consent.query.get("access_type")).toBe("offline");
    const exchange = new URLSearchParams(fake.requests.find((r) => r.path === "/token")!.body.toString());
    expect(exchange.get("grant_type")).toBe("authorization_code");
    expect(exchange.get("code_verifier")?.length).toBeGreaterThanOrEqual(43);

    // What the user saw names the file, never a token or the client secret.
    const shown = said.join("\n");
    expect(shown).toContain(googleMessages.loggedIn(path, false, "maya@quillmoss.example"));
    expect(shown).not.toContain("1//fake-refresh");
    expect(shown).not.toContain("ya29.");
    expect(shown).not.toContain(CLIENT_SECRET);

    const res = await readSpreadsheet(SHEET_ID, { env });
    expect(res.credentials.kind).toBe("login");
    expect(res.workbook.tabs).toHaveLength(11);
    const consentScopes = consent.query.get("scope")?.split(" ");
    expect(consentScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.readonly",
      "openid",
      "email",
    ]);

    // A sheet not shared with the signed-in account: the sentence names that account.
    fake.faults.push({
      match: (r) => r.path.startsWith("/v4/"),
      status: 403,
      body: {
        error: { code: 403, message: "The caller does not have permission", status: "PERMISSION_DENIED" },
      },
      times: 1,
    });
    await expect(readSpreadsheet(SHEET_ID, { env })).rejects.toThrow(
      googleMessages.forbidden("the sheet", "maya@quillmoss.example"),
    );

    // A read-only login cannot upload: it says how to get the Drive scope.
    await expect(
      getCredentials({
        env,
        scopes: [
          "https://www.googleapis.com/auth/spreadsheets.readonly",
          "https://www.googleapis.com/auth/drive.file",
        ],
      }),
    ).rejects.toThrow(googleMessages.loginNeedsUpload());

    expect(await logout({ env })).toEqual({ path, removed: true });
    await expect(stat(path)).rejects.toThrow();
    expect(fake.requests.at(-1)?.path).toBe("/revoke");
    expect(await logout({ env })).toEqual({ path, removed: false });
  });

  it("says where to get an OAuth client when there is none", async () => {
    const bare = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url });
    await expect(login({ env: bare, openBrowser: browser, say: () => {} })).rejects.toThrow(
      googleMessages.noClient(`${bare.XDG_CONFIG_HOME}/campaign-postmortem/client.json`),
    );
  });

  it("postmortem login with no OAuth client set up exits 3; an unusable --client FILE exits 2", async () => {
    const bin = fileURLToPath(new URL("../../../bin/postmortem.js", import.meta.url));
    const bare = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url });
    const cli = (args: string[]) =>
      new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(process.execPath, [bin, ...args], { env: bare }, (err, _out, stderr) =>
          resolve({ code: err ? Number((err as { code?: number }).code) : 0, stderr }),
        ),
      );
    const none = await cli(["login", "--no-browser"]);
    expect(none.code).toBe(3);
    expect(none.stderr.trim()).toBe(
      `postmortem: ${googleMessages.noClient(`${bare.XDG_CONFIG_HOME}/campaign-postmortem/client.json`)}`,
    );
    const junk = join(bare.XDG_CONFIG_HOME!, "..", "junk.json");
    await writeFile(junk, "{}");
    const bad = await cli(["login", "--no-browser", "--client", junk]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`postmortem: ${googleMessages.badClientFile(junk)}`);
  });

  it("refuses an answer whose state does not match", async () => {
    const forged = async (url: string) => {
      const redirect = new URL(new URL(url).searchParams.get("redirect_uri")!);
      redirect.searchParams.set("code", "stolen");
      redirect.searchParams.set("state", "not-ours");
      await fetch(redirect);
    };
    await expect(login({ env, openBrowser: forged, say: () => {} })).rejects.toThrow(
      googleMessages.loginDenied("the answer did not match this sign-in"),
    );
    expect(fake.requests.some((r) => r.path === "/token")).toBe(false);
  });
});
