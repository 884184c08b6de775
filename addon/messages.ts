// Every sentence the add-on shows, in one place (the core's findings have their own, core/messages.ts).

export const TITLE = "Campaign Post-mortem";

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export const say = {
  menu: {
    createTemplate: "Create campaign template",
    insertSampleData: "Insert sample data",
    validate: "Validate",
    computeKpis: "Compute KPIs",
    clearMarks: "Clear marks",
    openSidebar: "Open sidebar",
  },
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
  markHeader: (severity: "error" | "warning") => `${TITLE} · ${severity}`,
  markFooter: "Validate updates this note; Clear marks removes it.",
  userNoteSeparator: "——— your own note, kept ———",
  computedNote: (label: string, description: string) =>
    `${label}: ${description}. Computed by ${TITLE} (Compute KPIs); it rewrites this column, so type nothing here.`,
  kpisTabIntro: (name: string | null, start: string | null, end: string | null, currency: string) =>
    `${name ?? "Campaign"} · ${start ?? "?"} to ${end ?? "?"} · money in ${currency}. Rewritten by Compute KPIs; do not type here.`,
  enumHelp: (values: readonly string[]) => `Pick one of: ${values.join(", ")}. Other spellings are read too.`,
  reportHow: (url: string) => `npx postmortem report "${url}"`,
};
