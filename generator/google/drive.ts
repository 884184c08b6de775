// present → Drive: upload the rendered report next to the sheet (or into a folder)
// with the drive.file scope, and share it read-only with named people.
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { type drive_v3, drive } from "@googleapis/drive";
import { OutputError, UsageError } from "../errors.ts";
import { type GoogleCredentials, getCredentials } from "./auth.ts";
import { deadlineMs, scopesFor } from "./config.ts";
import { classify, toSourceError } from "./errors.ts";
import { googleMessages } from "./messages.ts";
import { withRetry } from "./retry.ts";

export interface UploadRequest {
  /** The rendered PDF, uploaded as `<name>.pdf`. */
  pdf?: string | undefined;
  /** The rendered HTML, uploaded as `<name>.html`. */
  html?: string | undefined;
  /** The data tables' PDF, uploaded as `<name>-data.pdf`: the report's appendix points to it. */
  dataPdf?: string | undefined;
  /** File name on Drive without extension (the report's slug or title). */
  name: string;
  /** The source sheet: files go into its folder when Drive lets us see it. */
  sheetId?: string | undefined;
  /** An explicit folder ID; wins over the sheet's folder. */
  folder?: string | undefined;
  /** E-mail addresses granted reader access to every uploaded file. */
  shareWith?: string[] | undefined;
  /** Send Drive's "shared with you" e-mail; off unless asked for. */
  notify?: boolean | undefined;
  /** Where notes (such as a fallback to My Drive) go; stderr by default. */
  onNote?: (sentence: string) => void;
  env?: NodeJS.ProcessEnv;
  credentials?: GoogleCredentials;
}

interface UploadFile {
  path: string;
  name: string;
  mimeType: string;
}

export interface Uploaded {
  name: string;
  id: string;
  /** The file's webViewLink: what to send to stakeholders. */
  link: string;
}

export interface UploadResult {
  links: Uploaded[];
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** `--share-with a@x.com,b@y.com` → addresses; UsageError on anything that is not one. */
export function parseShareWith(value: string): string[] {
  const list = value
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const bad = list.filter((s) => !EMAIL.test(s));
  if (bad.length > 0 || list.length === 0) throw new UsageError(googleMessages.badShareWith(bad[0] ?? value));
  return [...new Set(list)];
}

/** Uploads the rendered report (PDF, its data PDF and/or HTML) to Drive and shares it; one link per file. */
export async function uploadReport(opts: UploadRequest): Promise<UploadResult> {
  const files: UploadFile[] = [];
  if (opts.pdf) files.push({ path: opts.pdf, name: `${opts.name}.pdf`, mimeType: "application/pdf" });
  if (opts.html) files.push({ path: opts.html, name: `${opts.name}.html`, mimeType: "text/html" });
  if (opts.dataPdf)
    files.push({ path: opts.dataPdf, name: `${opts.name}-data.pdf`, mimeType: "application/pdf" });
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
  const base = {
    deadlineSeconds: deadlineMs(env) / 1000,
    email: creds.email,
    secrets: creds.secrets,
    upload: true,
    api: "Google Drive",
  };
  const call = <T>(fn: (timeout: number) => Promise<T>) => withRetry(fn, { deadlineMs: left() });

  const contents = await Promise.all(
    files.map(async (f) => {
      try {
        return await readFile(f.path);
      } catch {
        throw new OutputError(googleMessages.cannotReadUpload(f.path));
      }
    }),
  );

  let parent = opts.folder;
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
    if (!parent) note(googleMessages.noSheetFolder());
  }

  const create = (i: number, parents: string[] | undefined) =>
    call((timeout) =>
      api.files.create(
        {
          requestBody: {
            name: files[i]!.name,
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
      note(googleMessages.noSheetFolder());
      parent = undefined;
      try {
        res = await create(i, undefined);
      } catch (e2) {
        throw toSourceError(e2, { ...base, what: "My Drive" });
      }
    }
    const id = res.data.id ?? "";
    const share = (emailAddress: string, notify: boolean) =>
      call((timeout) =>
        api.permissions.create(
          {
            fileId: id,
            sendNotificationEmail: notify,
            supportsAllDrives: true,
            requestBody: { type: "user", role: "reader", emailAddress },
          },
          { timeout, retry: false },
        ),
      );
    for (const emailAddress of opts.shareWith ?? []) {
      try {
        await share(emailAddress, opts.notify ?? false);
      } catch (e) {
        if (!classify(e).reasons.includes("invalidSharingRequest"))
          throw toSourceError(e, { ...base, what: "the uploaded file" });
        // Drive shares with an address that has no Google account only by e-mailing an invitation.
        try {
          await share(emailAddress, true);
          note(googleMessages.sharedByInvitation(emailAddress));
        } catch {
          throw new OutputError(googleMessages.shareNeedsNotify(emailAddress));
        }
      }
    }
    out.push({
      name: res.data.name ?? files[i]!.name,
      id,
      link: res.data.webViewLink ?? `https://drive.google.com/file/d/${id}/view`,
    });
  }
  return { links: out };
}
