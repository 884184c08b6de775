// `postmortem login`: the OAuth desktop flow (loopback redirect on 127.0.0.1, PKCE,
// state), saving only the refresh token, 0600, where auth.ts looks for it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import { OAuth2Client } from "google-auth-library";
import { SourceError, UsageError } from "../errors.ts";
import { transporter } from "./auth.ts";
import { clientFilePath, endpoints, scopesFor, tokenPath } from "./config.ts";
import { scrub } from "./errors.ts";
import { googleMessages } from "./messages.ts";

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string | undefined;
}

/** The OAuth client: POSTMORTEM_OAUTH_CLIENT_ID/_SECRET, else the client JSON file. */
export async function oauthClientConfig(
  opts: { clientFile?: string | undefined; env?: NodeJS.ProcessEnv } = {},
): Promise<OAuthClientConfig> {
  const env = opts.env ?? process.env;
  const id = env.POSTMORTEM_OAUTH_CLIENT_ID?.trim();
  if (id && !opts.clientFile)
    return { clientId: id, clientSecret: env.POSTMORTEM_OAUTH_CLIENT_SECRET?.trim() };
  const file = opts.clientFile ?? clientFilePath(env);
  // A --client FILE that cannot be used is a usage error (exit 2); no client set up at all is a
  // missing credential, like a refused API (exit 3).
  const Fail = opts.clientFile ? UsageError : SourceError;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new Fail(googleMessages.noClient(file));
  }
  try {
    const json = JSON.parse(text) as Record<
      string,
      { client_id?: string; client_secret?: string } | undefined
    >;
    const c = json.installed ?? json.web;
    if (!c?.client_id) throw new Error("no client_id");
    return { clientId: c.client_id, clientSecret: c.client_secret };
  } catch {
    throw new Fail(googleMessages.badClientFile(file));
  }
}

export interface LoginOptions {
  upload?: boolean;
  clientFile?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Opens the consent page; the system browser by default. */
  openBrowser?: (url: string) => void | Promise<void>;
  /** Lines for the user (stderr by default). */
  say?: (text: string) => void;
  /** How long to wait for the user to sign in. */
  waitMs?: number;
}

function systemBrowser(url: string): void {
  const [cmd, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // No browser launcher: the URL is printed anyway.
  }
}

/** The `email` claim of an ID token (straight from Google's token endpoint over TLS, so not re-verified). */
export function emailOf(idToken: string | null | undefined): string | undefined {
  const payload = idToken?.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { email?: unknown };
    return typeof claims.email === "string" ? claims.email : undefined;
  } catch {
    return undefined;
  }
}

const PAGE = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>campaign-postmortem</title><p style="font:16px sans-serif;margin:3em">${text}</p>`;

/** Runs the sign-in and saves the token; resolves to the token file's path. */
export async function login(opts: LoginOptions = {}): Promise<string> {
  const env = opts.env ?? process.env;
  const say = opts.say ?? ((s: string) => process.stderr.write(`${s}\n`));
  const { clientId, clientSecret } = await oauthClientConfig({ clientFile: opts.clientFile, env });
  const ep = endpoints(env);
  const scopes = scopesFor({ upload: opts.upload });
  const waitMs = opts.waitMs ?? 5 * 60_000;

  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const client = new OAuth2Client({
    clientId,
    clientSecret,
    redirectUri,
    transporter: transporter(ep, env),
    endpoints: { oauth2TokenUrl: ep.tokenUrl, oauth2AuthBaseUrl: ep.authUrl, oauth2RevokeUrl: ep.revokeUrl },
  });
  const secrets = [clientSecret ?? ""];
  try {
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    const state = randomBytes(16).toString("hex");
    const url = client.generateAuthUrl({
      access_type: "offline",
      prompt: "consent",
      // openid + email name the account, so a 403 can say which e-mail to share the sheet with.
      scope: [...scopes, "openid", "email"],
      state,
      code_challenge: codeChallenge,
      code_challenge_method: "S256" as never,
    });
    const code = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new SourceError(googleMessages.loginTimeout(Math.round(waitMs / 60_000)))),
        waitMs,
      );
      server.on("request", (req, res) => {
        const q = new URL(req.url ?? "/", redirectUri).searchParams;
        if (!q.has("code") && !q.has("error")) {
          res.writeHead(404).end();
          return;
        }
        clearTimeout(timer);
        const error = q.get("error");
        const ok = !error && q.get("state") === state;
        res.writeHead(ok ? 200 : 400, { "content-type": "text/html; charset=utf-8", connection: "close" });
        res.end(
          PAGE(
            ok
              ? "Signed in. You can close this tab and go back to the terminal."
              : "Sign-in did not complete.",
          ),
        );
        if (ok) resolve(q.get("code")!);
        else
          reject(
            new SourceError(googleMessages.loginDenied(error ?? "the answer did not match this sign-in")),
          );
      });
    });
    // Settled while the browser is still opening: awaited below, handled here.
    code.catch(() => {});
    say(googleMessages.openBrowser(url));
    await (opts.openBrowser ?? systemBrowser)(url);
    const { tokens } = await client.getToken({ code: await code, codeVerifier, redirect_uri: redirectUri });
    if (tokens.access_token) secrets.push(tokens.access_token);
    if (!tokens.refresh_token) throw new SourceError(googleMessages.noRefreshToken());
    const account = emailOf(tokens.id_token);
    const path = tokenPath(env);
    try {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const body = {
        type: "authorized_user",
        client_id: clientId,
        ...(clientSecret ? { client_secret: clientSecret } : {}),
        refresh_token: tokens.refresh_token,
        scopes,
        ...(account ? { account } : {}),
      };
      await writeFile(path, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
      // An older file keeps its old mode through writeFile: tighten it explicitly.
      await chmod(path, 0o600);
    } catch {
      throw new SourceError(googleMessages.cannotSaveToken(path));
    }
    say(googleMessages.loggedIn(path, opts.upload ?? false, account));
    return path;
  } catch (e) {
    if (e instanceof SourceError || e instanceof UsageError) throw e;
    throw new SourceError(
      googleMessages.loginDenied(scrub((e as Error).message ?? String(e), secrets).slice(0, 200)),
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Deletes the saved login (and asks Google to revoke it, best effort); false when there was none. */
export async function logout(
  opts: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ path: string; removed: boolean }> {
  const env = opts.env ?? process.env;
  const path = tokenPath(env);
  let refresh: string | undefined;
  try {
    refresh = (JSON.parse(await readFile(path, "utf8")) as { refresh_token?: string }).refresh_token;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { path, removed: false };
  }
  await rm(path, { force: true });
  if (refresh) {
    const ep = endpoints(env);
    const t = transporter(ep, { ...env, POSTMORTEM_GOOGLE_TIMEOUT: "5" });
    await t
      .request({
        url: ep.revokeUrl,
        method: "POST",
        data: new URLSearchParams({ token: refresh }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      })
      .catch(() => undefined);
  }
  return { path, removed: true };
}
