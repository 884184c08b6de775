// read: a Google Sheet → RawWorkbook with three calls, one metadata `spreadsheets.get`
// for the tab names, then side by side one `values.batchGet` for every template tab, with
// UNFORMATTED_VALUE + SERIAL_NUMBER so cells reach the core as from an .xlsx, and one
// `spreadsheets.get` of those tabs' row flags for the rows out of view and cells' number formats
// for the cells shown in another currency; a fourth, only when
// a URL column holds a cell that is not a URL, for the links behind such cells.
import { type sheets_v4, sheets } from "@googleapis/sheets";
import {
  columnLetter,
  headerKey,
  type RawTab,
  type RawWorkbook,
  TAB_LIST,
  TAB_NAMES,
} from "../../core/index.ts";
import { SourceError } from "../errors.ts";
import { type GoogleCredentials, getCredentials } from "./auth.ts";
import { deadlineMs, SCOPES } from "./config.ts";
import { toSourceError } from "./errors.ts";
import { applyFormats, applyHidden, HIDDEN_FIELDS } from "./hidden.ts";
import { applyLinks, LINK_FIELDS, linkRanges } from "./links.ts";
import { googleMessages } from "./messages.ts";
import { withRetry } from "./retry.ts";

/**
 * A tab name as an A1 range, quoted only when it must be, as the API itself writes
 * ranges: `Creators`, but `'Team''s notes'`, and `'AB12'` (else a cell address).
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The tab name of a returned range: `'My Tab'!A1:Z100`, `Creators!A1:N42` or `Creators`. */
export function sheetNameOfRange(range: string): string {
  if (range.startsWith("'")) {
    let out = "";
    for (let i = 1; i < range.length; i++) {
      const ch = range[i]!;
      if (ch === "'") {
        if (range[i + 1] === "'") {
          out += "'";
          i++;
        } else return out;
      } else out += ch;
    }
    return out;
  }
  const bang = range.lastIndexOf("!");
  return bang < 0 ? range : range.slice(0, bang);
}

/** The workbook's tabs that are template tabs (first match per template tab), in workbook order. */
export function templateTabs(titles: readonly string[]): string[] {
  const wanted = new Set(TAB_NAMES.map(headerKey));
  const taken = new Set<string>();
  const out: string[] = [];
  for (const t of titles) {
    const k = headerKey(t);
    if (wanted.has(k) && !taken.has(k)) {
      taken.add(k);
      out.push(t);
    }
  }
  return out;
}

export interface ReadSheetOptions {
  env?: NodeJS.ProcessEnv;
  credentials?: GoogleCredentials;
  /** Scopes asked for when no credentials are given (read-only unless uploading). */
  scopes?: string[];
}

export interface ReadSheet {
  workbook: RawWorkbook;
  title: string | undefined;
  /** The spreadsheet's own time zone and locale (File → Settings). */
  timeZone: string | undefined;
  locale: string | undefined;
  /** The credentials used, reusable for the Drive upload. */
  credentials: GoogleCredentials;
}

/** Template tabs a workbook must have and lacks. */
export function missingRequiredTabs(titles: readonly string[]): string[] {
  const have = new Set(titles.map(headerKey));
  return TAB_LIST.filter((t) => t.required && !have.has(headerKey(t.name))).map((t) => t.name);
}

export async function readSpreadsheet(id: string, opts: ReadSheetOptions = {}): Promise<ReadSheet> {
  const env = opts.env ?? process.env;
  const end = Date.now() + deadlineMs(env);
  const left = () => Math.max(1, end - Date.now());
  const creds = opts.credentials ?? (await getCredentials({ scopes: opts.scopes ?? [SCOPES.sheets], env }));
  const ctx = {
    deadlineSeconds: deadlineMs(env) / 1000,
    what: "the sheet",
    id,
    notFound: "sheet" as const,
    email: creds.email,
    secrets: creds.secrets,
    api: "Google Sheets",
  };
  const api = sheets({
    version: "v4",
    // googleapis-common pins its own google-auth-library copy; the client is the same at runtime.
    auth: creds.client as unknown as sheets_v4.Options["auth"],
    ...(creds.endpoints.apiRoot ? { rootUrl: creds.endpoints.apiRoot } : {}),
  });
  try {
    const meta = await withRetry(
      (timeout) =>
        api.spreadsheets.get(
          { spreadsheetId: id, fields: "properties(title,timeZone,locale),sheets.properties.title" },
          { timeout, retry: false },
        ),
      { deadlineMs: left() },
    );
    const titles = (meta.data.sheets ?? [])
      .map((s) => s.properties?.title)
      .filter((t): t is string => typeof t === "string");
    const wanted = templateTabs(titles);
    if (wanted.length === 0) throw new SourceError(googleMessages.noTemplateTabs(TAB_NAMES, titles));
    const missing = missingRequiredTabs(titles);
    if (missing.length > 0) throw new SourceError(googleMessages.missingTabs(missing, titles));
    const ranges = wanted.map(quoteSheetName);
    const [res, flags] = await Promise.all([
      withRetry(
        (timeout) =>
          api.spreadsheets.values.batchGet(
            {
              spreadsheetId: id,
              ranges,
              valueRenderOption: "UNFORMATTED_VALUE",
              dateTimeRenderOption: "SERIAL_NUMBER",
              majorDimension: "ROWS",
            },
            { timeout, retry: false },
          ),
        { deadlineMs: left() },
      ),
      withRetry(
        (timeout) =>
          api.spreadsheets.get(
            { spreadsheetId: id, ranges, fields: HIDDEN_FIELDS },
            { timeout, retry: false },
          ),
        { deadlineMs: left() },
      ),
    ]);
    const tabs: RawTab[] = wanted.map((name) => ({ name, values: [] }));
    (res.data.valueRanges ?? []).forEach((vr, i) => {
      const named = vr.range ? sheetNameOfRange(vr.range) : undefined;
      const tab =
        tabs.find((t) => t.name === named) ??
        tabs.find((t) => named !== undefined && headerKey(t.name) === headerKey(named)) ??
        tabs[i];
      if (tab) tab.values = (vr.values ?? []) as unknown[][];
    });
    applyHidden(tabs, flags.data.sheets ?? []);
    applyFormats(tabs, flags.data.sheets ?? []);
    const linked = linkRanges(tabs);
    if (linked.length > 0) {
      const got = await withRetry(
        (timeout) =>
          api.spreadsheets.get(
            {
              spreadsheetId: id,
              ranges: linked.map(({ tab, col, firstRow, lastRow }) => {
                const c = columnLetter(col);
                return `${quoteSheetName(tab.name)}!${c}${firstRow}:${c}${lastRow}`;
              }),
              fields: LINK_FIELDS,
            },
            { timeout, retry: false },
          ),
        { deadlineMs: left() },
      );
      applyLinks(tabs, got.data.sheets ?? []);
    }
    const p = meta.data.properties;
    return {
      workbook: { tabs },
      title: p?.title ?? undefined,
      timeZone: p?.timeZone ?? undefined,
      locale: p?.locale ?? undefined,
      credentials: creds,
    };
  } catch (e) {
    throw toSourceError(e, ctx);
  }
}
