// Import roster: this spreadsheet's campaign and the ones linked by URL → buildRoster → the Roster tab.
// Opening other spreadsheets needs the full spreadsheets scope: only a build with
// --with-roster-import asks for it and shows the menu item (README "Import roster").
import {
  buildRoster,
  chronological,
  formulaSafe,
  ROSTER_CSV_HEADER,
  type RosterRecord,
  rosterRecords,
} from "../core/compare/index.ts";
import { type Analysis, type KpiModel, TABS } from "../core/index.ts";
import { COUNT, MULTIPLE, AMOUNT, TEXT } from "./formats.ts";
import { fingerprint } from "./ledger.ts";
import { say } from "./messages.ts";
import { numberedTab, rewriteTab, type Sheet, type Spreadsheet, templateSheets } from "./sheets.ts";

export const ROSTER_TAB = "Roster";

const SHEETS_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([\w-]+)/;

/** The links a user pasted: split on commas, semicolons and white space, each once. */
export function parseLinks(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((s) => s !== ""))];
}

export interface RosterImport {
  /** The tab written, or null when no campaign could be read. */
  tab: string | null;
  creators: number;
  campaigns: number;
  /** One sentence per link (or for this spreadsheet) left out. */
  problems: string[];
}

const isCampaign = (ss: Spreadsheet) => templateSheets(ss).some((t) => t.def === TABS.creators);

/**
 * Read `current` and every linked campaign the way Validate reads (`read`), build the
 * roster over all of them and write it to our Roster tab. A link that fails is one
 * problem sentence; the others are still imported.
 */
export function importRoster(
  current: Spreadsheet,
  links: readonly string[],
  open: (url: string) => Spreadsheet,
  read: (ss: Spreadsheet) => Analysis,
): RosterImport {
  const problems: string[] = [];
  const models: KpiModel[] = [];
  const seen = new Set<string>([SHEETS_URL.exec(current.getUrl())?.[1] ?? ""]);
  if (isCampaign(current)) models.push(read(current).model);
  else problems.push(say.rosterThisNotCampaign);
  for (const link of links) {
    const id = SHEETS_URL.exec(link)?.[1];
    if (!id) {
      problems.push(say.rosterBadLink(link));
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    let other: Spreadsheet;
    try {
      other = open(link);
    } catch (e) {
      problems.push(
        say.rosterUnreachable(link, e instanceof Error && e.message ? e.message : say.unexpected),
      );
      continue;
    }
    if (!isCampaign(other)) problems.push(say.rosterNotCampaign(link));
    else models.push(read(other).model);
  }
  if (models.length === 0) return { tab: null, creators: 0, campaigns: 0, problems };
  const ordered = chronological(models);
  const roster = buildRoster(ordered);
  const records = rosterRecords(roster, (i) => ordered[i]?.campaign.name ?? `#${i + 1}`);
  const tab = writeRosterTab(current, records);
  return { tab, creators: roster.length, campaigns: ordered.length, problems };
}

/**
 * Our Roster tab carries say.rosterNote on A1, with a fingerprint of the values it
 * wrote. A user's tab of that name, or ours once someone typed in it, is never
 * written to: the roster goes to the next "Roster (n)".
 */
function rosterSheet(ss: Spreadsheet): Sheet {
  for (let n = 1; ; n++) {
    const name = numberedTab(ROSTER_TAB, n);
    const sheet = ss.getSheetByName(name);
    if (!sheet) return ss.insertSheet(name, ss.getNumSheets());
    const note = sheet.getRange(1, 1, 1, 1).getNotes()[0]?.[0] ?? "";
    if (!note.startsWith(say.rosterNote)) continue;
    const stamp = say.rosterStampOf(note);
    if (stamp === null || stamp === fingerprint(sheet.getDataRange().getValues())) return sheet;
  }
}

const NUMERIC = new Set(["total_cost", "revenue", "orders", "roas", "cpa"]);
// Plain amounts: the campaigns of a roster may be priced in different currencies.
const FORMAT: Record<string, string> = {
  total_cost: AMOUNT,
  revenue: AMOUNT,
  orders: COUNT,
  roas: MULTIPLE,
  cpa: AMOUNT,
};

/** Rewrite the tab whole: one clear, one setNumberFormats, one setValues. */
function writeRosterTab(ss: Spreadsheet, records: readonly RosterRecord[]): string {
  const sheet = rosterSheet(ss);
  const width = ROSTER_CSV_HEADER.length;
  const values = [
    [...ROSTER_CSV_HEADER],
    ...records.map((r) =>
      r.map((v, j) =>
        v === null
          ? ""
          : typeof v === "string" && !NUMERIC.has(ROSTER_CSV_HEADER[j] ?? "")
            ? formulaSafe(v)
            : v,
      ),
    ),
  ];
  // Text columns as plain text, so a list like "2.5; 4" or a campaign name is never read as a date.
  const formats = values.map((_, i) =>
    ROSTER_CSV_HEADER.map((h) => (i > 0 && FORMAT[h] ? (FORMAT[h] as string) : TEXT)),
  );
  rewriteTab(sheet, values, width, formats);
  // Fingerprint of the values as read back (Sheets may store a value differently from how it was given).
  const stamp = fingerprint(sheet.getDataRange().getValues());
  sheet.getRange(1, 1, 1, 1).setNotes([[say.rosterNoteStamped(stamp)]]);
  sheet.setFrozenRows(1);
  return sheet.getName();
}
