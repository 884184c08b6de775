// Every sentence the Google adapters say to a user, one function each. Tests
// compare against these; none of them ever takes a credential.

const LOGIN_HELP =
  "run `postmortem login`, set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file, or set GOOGLE_OAUTH_ACCESS_TOKEN (for example to the output of `gcloud auth print-access-token`)";

export const googleMessages = {
  noCredentials: () =>
    `No Google credentials found: ${LOGIN_HELP}; or download the sheet as .xlsx and pass the file.`,
  badCredentialsFile: (path: string, why: string) =>
    `Cannot use the Google credentials file ${path} (${why}); download a new key or run \`postmortem login\`.`,
  badApiRoot: (found: string) =>
    `POSTMORTEM_GOOGLE_API_ROOT must be an http(s) address such as http://127.0.0.1:8089/; found "${found}".`,
  forbidden: (what: string, email: string | undefined) =>
    email
      ? `Google refused access to ${what}: share it with ${email} (Viewer is enough for reading) and try again.`
      : `Google refused access to ${what}: make sure the Google account you signed in with can open it (Share → add that account), then try again.`,
  scopeMissing: (upload: boolean) =>
    upload
      ? "The Google credentials may not write to Drive: run `postmortem login --upload` (or give the service account the drive.file scope) and try again."
      : "The Google credentials may not read Google Sheets: run `postmortem login`, or `gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets.readonly,https://www.googleapis.com/auth/cloud-platform`, and try again.",
  apiDisabled: (api: string, url: string | undefined) =>
    `The ${api} API is not enabled in the Google Cloud project of these credentials: enable it${url ? ` at ${url}` : " in the Cloud console (APIs & Services → Library)"} and try again in a minute.`,
  unauthenticated: () =>
    "Google did not accept the credentials (expired or revoked): get a fresh access token or run `postmortem login` again.",
  notFound: (id: string) =>
    `No Google Sheet with the ID ${id} was found: check the URL (copy it from the browser's address bar) and that the sheet was not deleted.`,
  folderNotFound: (id: string) =>
    `No Drive folder with the ID ${id} was found, or the credentials cannot see it: check the --folder ID (the last part of the folder's URL).`,
  notASheet: () =>
    "That file is not a native Google Sheet (probably an Excel file stored in Drive): open it and choose File → Save as Google Sheets, or download it and pass the .xlsx.",
  noTemplateTabs: (expected: readonly string[], found: readonly string[]) =>
    `The sheet has none of the template's tabs (${expected.join(", ")}); it has ${found.length === 0 ? "no tabs" : found.map((t) => `"${t}"`).join(", ")}: rename the tabs or start from \`postmortem template\`.`,
  missingTabs: (missing: readonly string[], found: readonly string[]) =>
    `The sheet lacks the template tab${missing.length === 1 ? "" : "s"} ${missing.map((t) => `"${t}"`).join(", ")} (it has ${found.map((t) => `"${t}"`).join(", ")}): add or rename ${missing.length === 1 ? "it" : "them"}, or start from \`postmortem template\`.`,
  unreachable: (host: string) =>
    `Cannot reach Google's servers (${host}): check the internet connection or proxy settings and try again.`,
  timeout: (seconds: number) =>
    `Google's servers did not answer within ${seconds} second${seconds === 1 ? "" : "s"}: try again later (POSTMORTEM_GOOGLE_TIMEOUT sets the limit).`,
  quota: (status: number, seconds: number) =>
    `Google's API was over its quota or unavailable (HTTP ${status}) and still was after retrying for ${seconds} second${seconds === 1 ? "" : "s"}: wait a few minutes and try again.`,
  refused: (status: number, detail: string) =>
    `The Google API refused the request (HTTP ${status}${detail ? `: ${detail}` : ""}).`,
  storageQuota: () =>
    "Drive refused the upload because the account has no storage left (service accounts have none): pass --folder with a folder in a shared drive the account can write to.",
  shareNeedsNotify: (email: string) =>
    `Drive refused to share the report with ${email}: share the file by hand from Drive.`,
  sharedByInvitation: (email: string) =>
    `${email} has no Google account, so Drive e-mailed them an invitation to open the report.`,
  badShareWith: (found: string) =>
    `--share-with takes comma-separated e-mail addresses; "${found}" is not one.`,
  uploadFlagsAlone: () =>
    "--folder, --share-with and --notify go with --upload; add --upload or leave them out.",
  badFolder: (found: string) =>
    `--folder takes a Drive folder ID or URL (https://drive.google.com/drive/folders/ID); found "${found}".`,
  nothingToUpload: () => "--upload needs the PDF or the HTML: add pdf or html to --format.",
  reading: (id: string) => `Reading Google Sheet ${id}…`,
  uploaded: (name: string, link: string) => `Uploaded ${name}: ${link}`,
  cannotReadUpload: (path: string) => `Cannot read ${path} to upload it; render the report again.`,
  noSheetFolder: () =>
    "Drive does not let this app write to the sheet's folder, so the report goes to My Drive; --folder FOLDER_ID chooses a folder.",
  // login / logout
  noClient: (file: string) =>
    `No OAuth client for \`postmortem login\`: set POSTMORTEM_OAUTH_CLIENT_ID and POSTMORTEM_OAUTH_CLIENT_SECRET, or save the client JSON (Cloud console → Credentials → OAuth client ID → Desktop app → Download JSON) as ${file}.`,
  badClientFile: (file: string) =>
    `${file} is not an OAuth client JSON for a desktop app: download it again from Cloud console → Credentials.`,
  openBrowser: (url: string) =>
    `Sign in to Google in your browser; if it does not open, visit:\n\n  ${url}\n`,
  loginDenied: (reason: string) =>
    `Google sign-in did not complete (${reason}); run \`postmortem login\` again.`,
  loginTimeout: (minutes: number) =>
    `Nobody signed in within ${minutes} minutes; run \`postmortem login\` again when ready.`,
  noRefreshToken: () =>
    "Google returned no refresh token; remove campaign-postmortem from https://myaccount.google.com/permissions and run `postmortem login` again.",
  loggedIn: (path: string, upload: boolean, account?: string) =>
    `Signed in${account ? ` as ${account}` : ""}${upload ? " (Sheets read-only and Drive files it creates)" : " (Sheets read-only)"}; the token is saved in ${path}.`,
  loggedOut: (path: string) => `Signed out; removed ${path}.`,
  notLoggedIn: (path: string) => `Not signed in (no ${path}); nothing to do.`,
  cannotSaveToken: (path: string) =>
    `Cannot save the login token to ${path}: check that the folder is writable, or set XDG_CONFIG_HOME.`,
  loginNeedsUpload: () =>
    "The saved login only allows reading Sheets: run `postmortem login --upload` to allow uploading the report to Drive.",
};
