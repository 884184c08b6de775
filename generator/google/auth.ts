// Google credentials, in the order a user expects:
//
//   1. GOOGLE_OAUTH_ACCESS_TOKEN          a bare token (`gcloud auth print-access-token`); never refreshed
//   2. GOOGLE_APPLICATION_CREDENTIALS     a service-account key (or authorized-user) JSON file
//   3. Application Default Credentials    gcloud's file (`gcloud auth application-default login`)
//   4. the `postmortem login` token       <config dir>/token.json
//
// The GCE metadata server is not probed (a slow miss on every laptop). With
// POSTMORTEM_GOOGLE_API_ROOT set, every call of every client (APIs, token,
// refresh) goes to that root and nowhere else.
import { readFile } from "node:fs/promises";
import {
  type AuthClient,
  gaxios,
  GoogleAuth,
  JWT,
  OAuth2Client,
  UserRefreshClient,
} from "google-auth-library";
import { SourceError } from "../errors.ts";
import { deadlineMs, type Endpoints, endpoints, gcloudAdcPath, SCOPES, tokenPath } from "./config.ts";
import { googleMessages } from "./messages.ts";

export type AuthKind = "access-token" | "service-account" | "authorized-user" | "login" | "external";

export interface GoogleCredentials {
  client: AuthClient;
  kind: AuthKind;
  /** The service account's e-mail, named in "share the sheet with …" sentences. */
  email?: string | undefined;
  /** Exact strings that must never reach output (tokens, keys, secrets). */
  secrets: string[];
  endpoints: Endpoints;
}

interface CredentialsJson {
  type?: string;
  client_email?: string;
  private_key?: string;
  private_key_id?: string;
  client_id?: string;
  client_secret?: string;
  refresh_token?: string;
  quota_project_id?: string;
  /** Written by `postmortem login`: the scopes that were granted. */
  scopes?: string[];
  /** Written by `postmortem login`: the signed-in account, named in "share the sheet with …". */
  account?: string;
}

const GOOGLE_HOST = /(^|\.)googleapis\.com$|^accounts\.google\.com$/;

/** A transporter with a deadline that, under an API root override, sends Google hosts' calls there. */
export function transporter(ep: Endpoints, env: NodeJS.ProcessEnv = process.env): gaxios.Gaxios {
  const t = new gaxios.Gaxios({ timeout: deadlineMs(env) });
  const root = ep.apiRoot;
  if (root) {
    t.interceptors.request.add({
      resolved: async (config) => {
        const url = new URL(String(config.url));
        if (GOOGLE_HOST.test(url.hostname))
          config.url = new URL(`${root}${url.pathname.slice(1)}${url.search}`);
        return config;
      },
    });
  }
  return t;
}

function accessTokenClient(token: string, ep: Endpoints, env: NodeJS.ProcessEnv): GoogleCredentials {
  const client = new OAuth2Client({
    transporter: transporter(ep, env),
    endpoints: { oauth2TokenUrl: ep.tokenUrl, oauth2AuthBaseUrl: ep.authUrl, oauth2RevokeUrl: ep.revokeUrl },
  });
  // No refresh token and no expiry: the library uses it as is and never calls the token host.
  client.setCredentials({ access_token: token });
  return { client, kind: "access-token", secrets: [token], endpoints: ep };
}

/** A credentials JSON (service account, authorized user, external account) → client. */
export async function fromCredentialsJson(
  json: CredentialsJson,
  path: string,
  scopes: string[],
  kind: "login" | "file",
  env: NodeJS.ProcessEnv = process.env,
): Promise<GoogleCredentials> {
  const ep = endpoints(env);
  if (json.type === "service_account") {
    if (!json.client_email || !json.private_key)
      throw new SourceError(googleMessages.badCredentialsFile(path, "no client_email or private_key"));
    const client = new JWT({
      email: json.client_email,
      key: json.private_key,
      keyId: json.private_key_id,
      scopes,
      transporter: transporter(ep, env),
    });
    return {
      client,
      kind: "service-account",
      email: json.client_email,
      secrets: [json.private_key, ...(json.private_key_id ? [json.private_key_id] : [])],
      endpoints: ep,
    };
  }
  if (json.type === "authorized_user") {
    if (!json.client_id || !json.refresh_token)
      throw new SourceError(googleMessages.badCredentialsFile(path, "no client_id or refresh_token"));
    if (kind === "login" && json.scopes && !scopes.every((s) => json.scopes!.includes(s)))
      throw new SourceError(googleMessages.loginNeedsUpload());
    const client = new UserRefreshClient({
      clientId: json.client_id,
      clientSecret: json.client_secret,
      refreshToken: json.refresh_token,
      quotaProjectId: json.quota_project_id,
      transporter: transporter(ep, env),
      endpoints: { oauth2TokenUrl: ep.tokenUrl, oauth2RevokeUrl: ep.revokeUrl },
    });
    return {
      client,
      kind: kind === "login" ? "login" : "authorized-user",
      email: kind === "login" ? json.account : undefined,
      secrets: [json.refresh_token, ...(json.client_secret ? [json.client_secret] : [])],
      endpoints: ep,
    };
  }
  if (typeof json.type === "string" && !ep.apiRoot) {
    // Workload identity and impersonation: the library knows them; our override cannot reach them.
    const client = (await new GoogleAuth({
      credentials: json as Record<string, unknown>,
      scopes,
    }).getClient()) as AuthClient;
    return { client, kind: "external", secrets: [], endpoints: ep };
  }
  throw new SourceError(googleMessages.badCredentialsFile(path, `unsupported type "${json.type ?? "none"}"`));
}

async function readJson(path: string): Promise<CredentialsJson | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new SourceError(googleMessages.badCredentialsFile(path, "it cannot be read"));
  }
  try {
    const json = JSON.parse(text) as unknown;
    if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("not an object");
    return json as CredentialsJson;
  } catch {
    throw new SourceError(googleMessages.badCredentialsFile(path, "it is not valid JSON"));
  }
}

/** The first credentials found, for these scopes; SourceError when there are none. */
export async function getCredentials(
  opts: { scopes?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<GoogleCredentials> {
  const env = opts.env ?? process.env;
  const scopes = opts.scopes ?? [SCOPES.sheets];
  const ep = endpoints(env);
  const token = env.GOOGLE_OAUTH_ACCESS_TOKEN?.trim();
  if (token) return accessTokenClient(token, ep, env);
  const keyFile = env.GOOGLE_APPLICATION_CREDENTIALS?.trim();
  if (keyFile) {
    const json = await readJson(keyFile);
    if (!json) throw new SourceError(googleMessages.badCredentialsFile(keyFile, "no such file"));
    return fromCredentialsJson(json, keyFile, scopes, "file", env);
  }
  const adc = await readJson(gcloudAdcPath(env));
  if (adc) return fromCredentialsJson(adc, gcloudAdcPath(env), scopes, "file", env);
  const login = await readJson(tokenPath(env));
  if (login) return fromCredentialsJson(login, tokenPath(env), scopes, "login", env);
  throw new SourceError(googleMessages.noCredentials());
}
