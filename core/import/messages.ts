// Every sentence the import says to a user, in one place.
import type { SkipReason } from "./types.ts";

const q = (s: string) => `"${s}"`;
const list = (xs: readonly string[], max = 5) =>
  xs.length <= max
    ? xs.map(q).join(", ")
    : `${xs.slice(0, max).map(q).join(", ")} and ${xs.length - max} more`;

export const importMsg = {
  unknownKind: (file: string) =>
    `${file} is not an export the import knows (Shopify orders, TikTok Shop affiliate or all orders, YouTube Studio, TikTok Studio, Meta Business Suite); name its kind with --as.`,
  missingColumns: (file: string, label: string, headers: readonly string[]) =>
    `${file} does not look like a ${label}: it has no ${list(headers)} column.`,
  noRows: (file: string) => `${file} holds a header row but no data rows; nothing to import.`,
  formulaLike: (file: string, row: number, found: string) =>
    `${file} row ${row} holds ${q(found)}, which a spreadsheet would run as a formula; the file is refused so nothing from it reaches the workbook.`,
  wrongCurrency: (file: string, found: string, campaign: string) =>
    `${file} is in ${found}, but the campaign is in ${campaign}; export it in ${campaign} or fix the Campaign tab's Currency.`,
  noCampaignCurrency: (file: string) =>
    `${file} holds money, but the Campaign tab names no Currency to check it against; fill in Currency first.`,
  noCampaignDates: (file: string) =>
    `${file} has dates without a year, and the Campaign tab has no start date to place them in; fill in Start date first.`,
  noCreator: (file: string, platform: string) =>
    `${file} does not say whose ${platform} account it is, and the Creators tab has no single ${platform} creator; name the creator with --creator HANDLE.`,
  unknownCreatorOption: (handle: string) =>
    `--creator ${q(handle)} is not on the Creators tab; add the creator there first.`,
  unreadable: (column: string, found: string) => `${column} ${q(found)} cannot be read; the row is left out.`,
  unknownStatus: (status: string) => `Status ${q(status)} is not one the import knows; the row is left out.`,
  unknownAccount: (account: string) =>
    `Account ${q(account)} is not a handle on the Creators tab; its posts are not imported. Add the creator, then import again.`,
  unattributed: (tokens: readonly string[]) =>
    `${list(tokens)} belong${tokens.length === 1 ? "s" : ""} to no creator on the Creators tab; those orders are imported as unattributed.`,
  commissionDiffers: (creator: string, paid: number, expected: number) =>
    `TikTok paid ${creator} ${paid} in commission, but the Creators tab's commission rate gives ${expected}.`,
  typedRow: (tab: string, key: string) =>
    `${tab} already has a row for ${q(key)} that was typed, not imported; it is left as it is.`,
  editedByHand: (tab: string, row: number) =>
    `${tab} row ${row} was imported and then edited by hand; it is left as it is.`,
  ambiguousYear: (found: string, iso: string) => `${q(found)} has no year; it was read as ${iso}.`,
};

/** How a skip reason reads in the summary ("3 skipped: refunded"). */
export const SKIP_LABEL: Readonly<Record<SkipReason, string>> = {
  voided: "voided",
  refunded: "refunded",
  cancelled: "cancelled",
  unpaid: "customer unpaid",
  ineligible: "ineligible status",
  "unknown-status": "unknown status",
  "total-row": "total row",
  "description-row": "field descriptions row",
  "unknown-account": "unknown account",
  unreadable: "unreadable cell",
  "typed-row": "already typed on the tab",
  "edited-by-hand": "edited by hand since the last import",
};
