import { generateKeyPairSync } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getCredentials } from "../../../generator/google/auth.ts";
import { gcloudAdcPath, tokenPath } from "../../../generator/google/config.ts";
import { googleMessages } from "../../../generator/google/messages.ts";
import { isolatedEnv, TOKEN } from "./helpers.ts";

const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const serviceAccount = (email: string) =>
  JSON.stringify({ type: "service_account", client_email: email, private_key: privateKey });
const authorizedUser = JSON.stringify({
  type: "authorized_user",
  client_id: "1234-fake.apps.googleusercontent.com",
  client_secret: "GOCSPX-fake",
  refresh_token: "1//fake-refresh-token-0123456789abcdef",
  scopes: ["https://www.googleapis.com/auth/spreadsheets.readonly"],
});

async function write(path: string, text: string) {
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, text);
}

describe("the credentials chain", () => {
  it("goes access token → GOOGLE_APPLICATION_CREDENTIALS → gcloud ADC → postmortem login", async () => {
    const env = await isolatedEnv();
    const keyFile = join(env.HOME!, "key.json");
    await write(keyFile, serviceAccount("from-env@p.iam.gserviceaccount.com"));
    await write(gcloudAdcPath(env), serviceAccount("from-adc@p.iam.gserviceaccount.com"));
    await write(tokenPath(env), authorizedUser);

    const all = { ...env, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN, GOOGLE_APPLICATION_CREDENTIALS: keyFile };
    expect((await getCredentials({ env: all })).kind).toBe("access-token");
    const gac = await getCredentials({ env: { ...env, GOOGLE_APPLICATION_CREDENTIALS: keyFile } });
    expect([gac.kind, gac.email]).toEqual(["service-account", "from-env@p.iam.gserviceaccount.com"]);
    const adc = await getCredentials({ env });
    expect([adc.kind, adc.email]).toEqual(["service-account", "from-adc@p.iam.gserviceaccount.com"]);
    const bare = { ...env, CLOUDSDK_CONFIG: join(env.HOME!, "no-gcloud") };
    expect((await getCredentials({ env: bare })).kind).toBe("login");
  });

  it("keeps every secret it holds on the list to scrub", async () => {
    const env = await isolatedEnv();
    const keyFile = join(env.HOME!, "key.json");
    await write(keyFile, serviceAccount("sa@p.iam.gserviceaccount.com"));
    const creds = await getCredentials({ env: { ...env, GOOGLE_APPLICATION_CREDENTIALS: keyFile } });
    expect(creds.secrets).toContain(privateKey);
    expect((await getCredentials({ env: { ...env, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN } })).secrets).toEqual([
      TOKEN,
    ]);
  });

  it("names a key file that does not exist", async () => {
    const env = await isolatedEnv();
    const missing = join(env.HOME!, "nope.json");
    await expect(
      getCredentials({ env: { ...env, GOOGLE_APPLICATION_CREDENTIALS: missing } }),
    ).rejects.toThrow(googleMessages.badCredentialsFile(missing, "no such file"));
  });

  it("says how to get credentials when there are none", async () => {
    await expect(getCredentials({ env: await isolatedEnv() })).rejects.toThrow(
      googleMessages.noCredentials(),
    );
  });
});
