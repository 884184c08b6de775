// present → Drive: upload the rendered report next to the sheet (or into a folder)
// with the drive.file scope, and share it read-only with named people.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { type drive_v3, drive } from "@googleapis/drive";
import { OutputError, UsageError } from "../errors.ts";
import { type GoogleCredentials, getCredentials } from "./auth.ts";
import { deadlineMs, scopesFor } from "./config.ts";
import { classify, toSourceError } from "./errors.ts";
import { gmsg } from "./messages.ts";
import { withRetry } from "./retry.ts";

export interface UploadFile {
  path: string;
  mimeType: string;
}

export interface UploadOptions {
  /** The source sheet: files go into its folder when Drive lets us see it. */
  sheetId?: string | undefined;
  /** An explicit folder; wins over the sheet's folder. */
  folderId?: string | undefined;
  /** E-mail addresses granted reader access to every uploaded file. */
  shareWith?: string[] | undefined;
  /** Send Drive's "shared with you" e-mail; off unless asked for. */
  notify?: boolean | undefined;
  /** Where notes (such as a fallback to My Drive) go; stderr by default. */
  onNote?: (sentence: string) => void;
  env?: NodeJS.ProcessEnv;
  credentials?: GoogleCredentials;
}

export interface Uploaded {
  name: string;
  link: string;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** `--share-with a@x.com,b@y.com` → addresses; UsageError on anything that is not one. */
export function parseShareWith(value: string): string[] {
  const list = value
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const bad = list.filter((s) => !EMAIL.test(s));
  if (bad.length > 0 || list.length === 0)
    throw new UsageError(
      `--share-with takes comma-separated e-mail addresses; "${bad[0] ?? value}" is not one.`,
    );
  return [...new Set(list)];
}

export async function uploadReport(files: UploadFile[], opts: UploadOptions = {}): Promise<Uploaded[]> {
  const env = opts.env ?? process.env;
  const note = opts.onNote ?? ((s: string) => process.stderr.write(`${s}\n`));
  const end = Date.now() + deadlineMs(env);
  const left = () => Math.max(1, end - Date.now());
  const creds = opts.credentials ?? (await getCredentials({ scopes: scopesFor({ upload: true }), env }));
  const api = drive({
    version: "v3",
    // googleapis-common pins its own google-auth-library copy; the client is the same at runtime.
    auth: creds.client as unknown as drive_v3.Options["auth"],
    ...(creds.endpoints.apiRoot ? { rootUrl: creds.endpoints.apiRoot } : {}),
  });
  const base = { email: creds.email, secrets: creds.secrets, upload: true, api: "Google Drive" };
  const call = <T>(fn: (timeout: number) => Promise<T>) => withRetry(fn, { deadlineMs: left() });

  const contents = await Promise.all(
    files.map(async (f) => {
      try {
        return await readFile(f.path);
      } catch {
        throw new OutputError(gmsg.cannotReadUpload(f.path));
      }
    }),
  );

  let parent = opts.folderId;
  const explicit = parent !== undefined;
  if (!parent && opts.sheetId) {
    try {
      const res = await call((timeout) =>
        api.files.get(
          { fileId: opts.sheetId!, fields: "parents", supportsAllDrives: true },
          { timeout, retry: false },
        ),
      );
      parent = res.data.parents?.[0] ?? undefined;
    } catch (e) {
      const s = classify(e).status;
      if (s !== 403 && s !== 404) throw toSourceError(e, { ...base, what: "the sheet's folder" });
    }
    if (!parent) note(gmsg.noSheetFolder());
  }

  const create = (i: number, parents: string[] | undefined) =>
    call((timeout) =>
      api.files.create(
        {
          requestBody: {
            name: basename(files[i]!.path),
            mimeType: files[i]!.mimeType,
            ...(parents ? { parents } : {}),
          },
          // A fresh stream per attempt: a retried upload must send the bytes again.
          media: { mimeType: files[i]!.mimeType, body: Readable.from([contents[i]!]) },
          fields: "id,name,webViewLink",
          supportsAllDrives: true,
        },
        { timeout, retry: false },
      ),
    );

  const out: Uploaded[] = [];
  for (let i = 0; i < files.length; i++) {
    let res: Awaited<ReturnType<typeof create>>;
    try {
      res = await create(i, parent ? [parent] : undefined);
    } catch (e) {
      const s = classify(e).status;
      if (explicit || !parent || (s !== 403 && s !== 404))
        throw toSourceError(e, { ...base, what: "the Drive folder", id: parent ?? "", notFound: "folder" });
      note(gmsg.noSheetFolder());
      parent = undefined;
      try {
        res = await create(i, undefined);
      } catch (e2) {
        throw toSourceError(e2, { ...base, what: "My Drive" });
      }
    }
    const id = res.data.id ?? "";
    for (const emailAddress of opts.shareWith ?? []) {
      try {
        await call((timeout) =>
          api.permissions.create(
            {
              fileId: id,
              sendNotificationEmail: opts.notify ?? false,
              supportsAllDrives: true,
              requestBody: { type: "user", role: "reader", emailAddress },
            },
            { timeout, retry: false },
          ),
        );
      } catch (e) {
        if (classify(e).reasons.includes("invalidSharingRequest"))
          throw new OutputError(gmsg.shareNeedsNotify(emailAddress));
        throw toSourceError(e, { ...base, what: "the uploaded file" });
      }
    }
    out.push({
      name: res.data.name ?? basename(files[i]!.path),
      link: res.data.webViewLink ?? `https://drive.google.com/file/d/${id}/view`,
    });
  }
  return out;
}
