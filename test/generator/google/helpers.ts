// Shared set-up for the Google tests: a fake API, an isolated environment and a
// record of every host the process opens a socket to.
import { mkdtemp } from "node:fs/promises";
import { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SHEET_ID = "1QuillmossDaybreakLaunchSheet0123456789ab";
export const SHEET_URL = `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`;
export const TOKEN = "ya29.test-access-token-0123456789-secret";

/** An environment with no credentials and config dirs in a fresh temp dir (never the user's). */
export async function isolatedEnv(extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), "pm-google-"));
  return {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, "config"),
    CLOUDSDK_CONFIG: join(dir, "gcloud"),
    ...extra,
  };
}

/** Hosts of every TCP connection opened while `fn` runs. */
export async function hostsContacted<T>(fn: () => Promise<T>): Promise<{ result: T; hosts: string[] }> {
  const hosts: string[] = [];
  const original = Socket.prototype.connect;
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
    // net.connect passes its normalised [options, callback] pair as one array.
    const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as
      | { host?: string; port?: number; path?: string }
      | number
      | string;
    if (typeof first === "object" && first !== null && !first.path)
      hosts.push(String(first.host ?? "localhost"));
    else if (typeof first === "number")
      hosts.push(String(typeof args[1] === "string" ? args[1] : "localhost"));
    return (original as (...a: unknown[]) => Socket).apply(this, args);
  } as typeof original;
  try {
    return { result: await fn(), hosts };
  } finally {
    Socket.prototype.connect = original;
  }
}
