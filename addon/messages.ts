// Every sentence the add-on shows, in one place (the core's findings have their own, core/messages.ts).
import { type ImportFinding, SKIP_LABEL, type SkipReason, type TabSummary } from "../core/import/index.ts";
import type { MenuHandler } from "./public.ts";

export const TITLE = "Campaign Post-mortem";

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** The CLI's words for what the add-on asks in its prompt, and the add-on's instead. */
const IMPORT_WORDING: readonly (readonly [RegExp, string])[] = [
  [/; name its kind with --as\.$/, ": paste the whole export, header row included, into a tab of its own."],
  [
    /; name the creator with --creator HANDLE\.$/,
    '; type the creator\'s handle after the tab name, separated by a comma ("Sheet5, @anna").',
  ],
  [/^--creator ("[^"]*")/, "$1"],
];

/** `Conversions: 4 added, 1 updated, 2 unchanged; skipped 3 (2 refunded, 1 voided)` */
function summaryLine(s: TabSummary): string {
  const skipped = Object.entries(s.skipped) as [SkipReason, number][];
  const total = skipped.reduce((a, [, n]) => a + n, 0);
  const why = skipped.map(([k, n]) => `${n} ${SKIP_LABEL[k]}`).join(", ");
  return `${s.tab}: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged${total > 0 ? `; skipped ${total} (${why})` : ""}`;
}

const KPIS_INTRO_END = "Rewritten by Compute KPIs; do not type here.";

export const say = {
  menu: {
    createTemplate: "Create campaign template",
    insertSampleData: "Insert sample data",
    importPastedExport: "Import pasted export…",
    validate: "Validate",
    computeKpis: "Compute KPIs",
    clearMarks: "Clear marks",
    openSidebar: "Open sidebar",
    importRoster: "Import roster…",
    diagnostics: "Diagnostics",
  } satisfies Record<MenuHandler, string>,
  templateCreated: (added: readonly string[]) =>
    added.length === 0
      ? "Every template tab is already there; nothing was changed."
      : `Added ${plural(added.length, "tab")}: ${added.join(", ")}. Existing tabs were not touched.`,
  sampleRefused: (tab: string, rows: number) =>
    `Insert sample data fills an empty campaign workbook, and the ${tab} tab already holds ${plural(rows, "row")} of data. Open a new spreadsheet (sheets.new) and insert the sample there.`,
  sampleInserted: () => "The sample campaign is in. Try Validate, then Compute KPIs.",
  validated: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? "No problems found: the data is ready for the report."
      : `${plural(errors, "error")} and ${plural(warnings, "warning")} marked on their cells; the sidebar lists them.`,
  computed: (creators: number, posts: number, errors: number) =>
    `KPIs written for ${plural(creators, "creator")} and ${plural(posts, "post")}.` +
    (errors > 0 ? ` ${plural(errors, "error")} left rows out; they are marked on their cells.` : ""),
  cleared: (cells: number) =>
    cells === 0 ? "There were no marks to clear." : `Removed the marks from ${plural(cells, "cell")}.`,
  noSuchTab: (tab: string) => `The ${tab} tab is not in this spreadsheet any more.`,
  badTarget: (target: string) => `"${target}" is not a cell reference this add-on made.`,
  failed: (action: string, reason: string) =>
    `${action} did not finish: ${reason} Your input cells were not changed; try again, and if it keeps happening, reload the spreadsheet.`,
  unexpected: "something unexpected went wrong.",
  busy: "someone else is running Validate, Compute KPIs or an import on this spreadsheet. Wait until it finishes, then try again.",
  markHeader: (severity: "error" | "warning") => `${TITLE} · ${severity}`,
  markFooter: "Validate updates this note; Clear marks removes it.",
  userNoteSeparator: "——— your own note, kept ———",
  computedNote: (label: string, description: string) =>
    `${label}: ${description}. Computed by ${TITLE} (Compute KPIs); it rewrites this column, so type nothing here.`,
  kpisTabIntro: (name: string | null, start: string | null, end: string | null, currency: string | null) =>
    `${name ?? "Campaign"} · ${start ?? "?"} to ${end ?? "?"} · ${currency ? `money in ${currency}` : "no currency given"}. ${KPIS_INTRO_END}`,
  kpisTabIntroEnd: KPIS_INTRO_END,
  kpisKept: (kept: string, tab: string) =>
    `The ${kept} tab holds edits of yours, so it was left as it is; the new figures are in ${tab}.`,
  enumHelp: (values: readonly string[]) => `Pick one of: ${values.join(", ")}. Other spellings are read too.`,
  rosterPromptTitle: "Import roster",
  rosterPrompt:
    "Paste the links of the other campaign spreadsheets, separated by commas, spaces or new lines; this spreadsheet's campaign is included too.",
  rosterBadLink: (text: string) =>
    `"${text}" is not a Google Sheets link (https://docs.google.com/spreadsheets/d/…), so it was left out.`,
  rosterUnreachable: (url: string, reason: string) =>
    `${url} could not be opened (${reason.replace(/\.$/, "")}); check the link and that you can open it, then try again.`,
  rosterNotCampaign: (url: string) =>
    `${url} has no Creators tab, so it is not a campaign spreadsheet and was left out.`,
  rosterThisNotCampaign:
    "This spreadsheet has no Creators tab, so only the linked campaigns are in the roster.",
  rosterNothing: "No campaign could be read, so the roster was not written.",
  rosterWritten: (tab: string, creators: number, campaigns: number) =>
    `${tab} lists ${plural(creators, "creator")} from ${plural(campaigns, "campaign")}.`,
  rosterNote: `Written by ${TITLE} (Import roster); importing again rewrites this tab, so type nothing here. Verdict rules: README "Comparing campaigns".`,
  ledgerProtection:
    "Compute KPIs remembers here what it wrote, to tell it apart from what you type. Editing or deleting this tab makes the next Compute overwrite values typed into computed columns.",
  rosterNoteStamped: (stamp: string) => `${say.rosterNote}\nCheck: ${stamp}`,
  rosterStampOf: (note: string): string | null => /\nCheck: (\S+)$/.exec(note)?.[1] ?? null,
  reportHow: (url: string) => `npx postmortem report "${url}"`,
  moreFindings: (n: number) => `…and ${n.toLocaleString("en-US")} more on this tab, each marked on its cell.`,
  diag: {
    header: (title: string) => `${title} diagnostics`,
    intro:
      "What this spreadsheet did with a few test values (in a temporary tab, deleted again). Copy it and send it with any problem report.",
    copy: "Copy the report",
    copied: "Copied.",
    settings: "Spreadsheet settings",
    settingsDetail: (locale: string, zone: string, read: string) =>
      `locale ${locale}, time zone ${zone}; text numbers and dates are read as ${read || "en"}`,
    intlLocale: "Number and date conventions of the locale",
    intlLocaleDetail: (tag: string, resolved: string, decimal: string, order: string) =>
      `${tag} resolves to ${resolved}: decimal "${decimal}", dates ${order}`,
    intlZone: "Dates in the spreadsheet's time zone",
    intlZoneDetail: (zone: string, day: string) => `midnight of 2026-03-05 in ${zone} reads as ${day}`,
    nameCase: "Tab names ignore case",
    nameCaseDetail: (found: boolean) =>
      found ? "yes: the tab is found by its name in capitals" : "no: the name in capitals finds no tab",
    ratios: "Computed ratios read back exactly",
    ratiosDetail: (n: number, differs: number, back: readonly unknown[]) =>
      differs === 0
        ? `${n} of ${n} identical`
        : `${differs} of ${n} differ; read back ${JSON.stringify(back)}`,
    timing: "One write and read back",
    timingDetail: (ms: number) => `${ms} ms`,
    atFormat: 'Text starting with "=" stays text in a cell formatted as plain text',
    apostrophe: "An apostrophe keeps a number-like text as text",
    dates: "A date written and typed as 2026-03-05 is midnight in the spreadsheet's zone",
    found: (values: readonly unknown[], formulas: readonly string[]) =>
      `read back ${JSON.stringify(values)}${formulas.some((f) => f !== "") ? `, formulas ${JSON.stringify(formulas)}` : ""}`,
    stopped: "The self-test stopped",
  },
  importPromptTitle: "Import pasted export",
  importPrompt: (active: string) =>
    `Paste a Shopify orders, TikTok Shop orders, YouTube Studio, TikTok Studio or Meta Business Suite export, header row included, into a tab of its own. Then type that tab's name, or leave this blank for the active tab ("${active}"). For a YouTube or TikTok Studio export, add the creator's handle after a comma: "Sheet5, @anna".`,
  importNoTab: (name: string) =>
    `There is no tab called "${name}"; paste the export into a tab of its own and type that tab's name.`,
  importTemplateTab: (name: string) =>
    `"${name}" is one of the campaign's own tabs; paste the export into a new tab and import from there.`,
  /** How the import's sentences name the pasted tab. */
  importFile: (name: string) => `Tab "${name}"`,
  /** The import's sentences speak of the command's options; in the add-on the prompt does their work. */
  importRefused: (sentence: string) =>
    IMPORT_WORDING.reduce((s, [cli, addon]) => s.replace(cli, addon), sentence),
  importLedgerProtection:
    "Import pasted export (and postmortem import) keeps here every order line it counted, so a newer export replaces its orders instead of adding to them. Editing or deleting this tab makes the next import count those orders again.",
  importSummary: (
    tab: string,
    summaries: readonly TabSummary[],
    findings: readonly ImportFinding[],
    changed: boolean,
  ) =>
    [
      changed
        ? `Imported tab "${tab}". Run Compute KPIs to update the figures.`
        : `The rows of tab "${tab}" are already in; nothing was changed.`,
      ...summaries.map(summaryLine),
      ...findings.map((f) => `${f.row === null ? "" : `Row ${f.row}: `}${f.message}`),
    ].join("\n\n"),
  tierThresholdsNeeded: 'CREATOR_TIER needs four thresholds, e.g. "10000, 100000, 500000, 1000000".',
};
