// Where the Google clients talk to and where the login token lives. Everything
// comes from the environment so proxies and tests can point the CLI elsewhere.
import { homedir } from "node:os";
import { join } from "node:path";
import { SourceError } from "../errors.ts";
import { googleMessages } from "./messages.ts";

export const SCOPES = {
  sheets: "https://www.googleapis.com/auth/spreadsheets.readonly",
  driveFile: "https://www.googleapis.com/auth/drive.file",
} as const;

/** Read-only unless the report is uploaded to Drive. */
export function scopesFor(opts: { upload?: boolean | undefined } = {}): string[] {
  return opts.upload ? [SCOPES.sheets, SCOPES.driveFile] : [SCOPES.sheets];
}

export interface Endpoints {
  /** Root of the Sheets and Drive APIs (the clients' `rootUrl`); undefined = Google's. */
  apiRoot: string | undefined;
  tokenUrl: string;
  authUrl: string;
  revokeUrl: string;
}

/** POSTMORTEM_GOOGLE_API_ROOT redirects every Google call (APIs, token, consent, revoke) to one host. */
export function endpoints(env: NodeJS.ProcessEnv = process.env): Endpoints {
  const raw = env.POSTMORTEM_GOOGLE_API_ROOT?.trim();
  if (!raw)
    return {
      apiRoot: undefined,
      tokenUrl: "https://oauth2.googleapis.com/token",
      authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
      revokeUrl: "https://oauth2.googleapis.com/revoke",
    };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SourceError(googleMessages.badApiRoot(raw));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new SourceError(googleMessages.badApiRoot(raw));
  // A path prefix (a proxy's) is kept: http://proxy.local/google/ → …/google/v4/spreadsheets/….
  const root = `${url.origin}${url.pathname.replace(/\/*$/, "")}/`;
  return {
    apiRoot: root,
    tokenUrl: `${root}token`,
    authUrl: `${root}o/oauth2/v2/auth`,
    revokeUrl: `${root}revoke`,
  };
}

/** Overall deadline of one Google operation, retries included (POSTMORTEM_GOOGLE_TIMEOUT, seconds). */
export function deadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.POSTMORTEM_GOOGLE_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 60_000;
}

/** `$XDG_CONFIG_HOME/campaign-postmortem`, else `~/.config/campaign-postmortem` (%APPDATA% on Windows). */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CONFIG_HOME?.trim();
  if (xdg) return join(xdg, "campaign-postmortem");
  if (process.platform === "win32" && env.APPDATA) return join(env.APPDATA, "campaign-postmortem");
  return join(homedir(), ".config", "campaign-postmortem");
}

export function tokenPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), "token.json");
}

/** Default place of the OAuth client JSON downloaded from the Cloud console. */
export function clientFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.POSTMORTEM_OAUTH_CLIENT_FILE?.trim() || join(configDir(env), "client.json");
}

/** gcloud's Application Default Credentials file (`gcloud auth application-default login`). */
export function gcloudAdcPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CLOUDSDK_CONFIG) return join(env.CLOUDSDK_CONFIG, "application_default_credentials.json");
  if (process.platform === "win32" && env.APPDATA)
    return join(env.APPDATA, "gcloud", "application_default_credentials.json");
  return join(homedir(), ".config", "gcloud", "application_default_credentials.json");
}
