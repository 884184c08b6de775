// `postmortem report --upload [--folder ID] [--share-with a@x,b@y] [--notify]`: the
// report command's flags → Drive settings, checked before anything is rendered.
import { spreadsheetId } from "../sources/index.ts";
import { UsageError } from "../errors.ts";
import { scopesFor } from "./config.ts";
import type { UploadResult } from "./drive.ts";
import { googleMessages } from "./messages.ts";

export interface UploadSettings {
  folder?: string | undefined;
  shareWith: string[];
  notify: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Options the report command adds for Drive (spread into its `options`). */
export const UPLOAD_OPTIONS = {
  upload: { type: "boolean" },
  folder: { type: "string" },
  "share-with": { type: "string" },
  notify: { type: "boolean" },
} as const;

export const UPLOAD_USAGE = `  --upload           upload the PDFs and HTML to Google Drive (next to the sheet, else My Drive)
  --folder ID        the Drive folder to upload into (the last part of its URL)
  --share-with LIST  comma-separated e-mail addresses to give read access
  --notify           let Drive e-mail them (off by default)`;

const FOLDER_ID = /^[A-Za-z0-9_-]{10,}$/;
const FOLDER_URL = /\/folders\/([A-Za-z0-9_-]+)/;

/** The upload flags → settings (undefined without --upload); fails early when Drive cannot be used. */
export async function uploadSettings(
  values: Record<string, unknown>,
  formats?: ReadonlySet<string>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<UploadSettings | undefined> {
  const folder = values.folder as string | undefined;
  const share = values["share-with"] as string | undefined;
  if (!values.upload) {
    if (folder !== undefined || share !== undefined || values.notify)
      throw new UsageError(googleMessages.uploadFlagsAlone());
    return undefined;
  }
  if (formats && !formats.has("pdf") && !formats.has("html"))
    throw new UsageError(googleMessages.nothingToUpload());
  const folderId = folder === undefined ? undefined : (FOLDER_URL.exec(folder)?.[1] ?? folder.trim());
  if (folderId !== undefined && !FOLDER_ID.test(folderId))
    throw new UsageError(googleMessages.badFolder(folder ?? ""));
  // The Google clients load only when uploading: `report` without --upload starts faster.
  const [{ getCredentials }, { parseShareWith }] = await Promise.all([
    import("./auth.ts"),
    import("./drive.ts"),
  ]);
  const shareWith = share === undefined ? [] : parseShareWith(share);
  // Credentials with the Drive scope now, not after a minute of rendering.
  await getCredentials({ scopes: scopesFor({ upload: true }), env });
  return {
    folder: folderId,
    shareWith,
    notify: values.notify === true,
    env,
  };
}

/** Uploads one rendered report; prints nothing (the caller lists the links). */
export async function uploadRendered(
  settings: UploadSettings,
  r: { source: string | undefined; slug: string; files: Readonly<Record<string, string>> },
): Promise<UploadResult> {
  const { uploadReport } = await import("./drive.ts");
  return uploadReport({
    pdf: r.files.pdf,
    html: r.files.html,
    dataPdf: r.files["data.pdf"],
    name: r.slug,
    sheetId: r.source === undefined ? undefined : (spreadsheetId(r.source) ?? undefined),
    folder: settings.folder,
    shareWith: settings.shareWith,
    notify: settings.notify,
    ...(settings.env ? { env: settings.env } : {}),
  });
}

/** Uploads one written report and prints its Drive links on stdout (the single-run path). */
export async function uploadAndSay(
  settings: UploadSettings,
  w: { source: string | undefined; slug: string; files: Record<string, string> },
): Promise<void> {
  const { links } = await uploadRendered(settings, w);
  for (const l of links) process.stdout.write(`${googleMessages.uploaded(l.name, l.link)}\n`);
}
