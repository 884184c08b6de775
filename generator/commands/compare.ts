import type { Command } from "./command.ts";
import { compareMessages } from "../compare/messages.ts";
import type { CompareFormat } from "../compare/output.ts";
import { UsageError } from "../errors.ts";
import { load } from "../pipeline.ts";
import { LANGUAGES, resolveLocale } from "../i18n/locale.ts";

function parseFormats(raw: string, known: readonly string[]): CompareFormat[] {
  const out = new Set<CompareFormat>();
  for (const f of raw.split(",").map((s) => s.trim().toLowerCase())) {
    if (!known.includes(f)) throw new UsageError(compareMessages.badFormat(f));
    out.add(f as CompareFormat);
  }
  return [...out];
}

const compare: Command = {
  name: "compare",
  summary: "compare two or more campaigns; creator roster and content library",
  usage: `Usage: postmortem compare SOURCE SOURCE... [--out DIR] [--format html,pdf,json,csv]
                          [--locale TAG[,TAG...]] [--theme FILE] [--page-size A4|Letter]

Compares the campaigns (any mix of workbooks, CSV folders and Sheets URLs) in order
of start date: headline KPIs with deltas, goals, cost per result, platform/tier/
deal-type performance, what changed, a creator roster with verdicts and the top posts.
Writes DIR/compare.html, DIR/compare.pdf, DIR/compare.json and DIR/roster.csv.
Money is never added across currencies. A campaign given twice (the same name,
dates, currency and totals) is compared once, with a note.

Options:
  --out DIR          where to write (default: out)
  --format LIST      html, pdf, json and/or csv (default: html,pdf,json,csv)
  --locale TAG       ${LANGUAGES.join(", ")}, or several comma-separated (one
                     compare-LANG.html/.pdf each) (default: the latest campaign's
                     Campaign tab locale, else en)
  --theme FILE       as for \`postmortem report\`
  --page-size SIZE   A4 (default) or Letter
  --force            overwrite files in DIR that postmortem did not write
  -h, --help

Exit codes: 0 done · 2 usage error · 3 no browser for the PDF or a write failure.`,
  options: {
    out: { type: "string" },
    format: { type: "string" },
    locale: { type: "string" },
    theme: { type: "string" },
    "page-size": { type: "string" },
    force: { type: "boolean" },
  },
  async run({ values, positionals }) {
    if (positionals.length < 2) throw new UsageError(compareMessages.tooFew(positionals.length));
    // The renderer (charts, templates, the browser) loads only for this command.
    const [{ COMPARE_FORMATS, writeComparison }, { loadTheme }] = await Promise.all([
      import("../compare/output.ts"),
      import("../report/theme.ts"),
    ]);
    const formats = parseFormats(
      (values.format as string | undefined) ?? "html,pdf,json,csv",
      COMPARE_FORMATS,
    );
    const ps = ((values["page-size"] as string | undefined) ?? "A4").toLowerCase();
    if (ps !== "a4" && ps !== "letter") throw new UsageError(compareMessages.badPageSize(ps));
    const locales =
      values.locale === undefined ? [undefined] : (values.locale as string).split(",").map((s) => s.trim());
    // An unknown tag is a usage error (exit 2) before any source is read.
    for (const l of locales) if (l !== undefined) resolveLocale(l, undefined);
    const theme = await loadTheme(values.theme as string | undefined);
    const models = [];
    let allErrors = 0;
    let allWarnings = 0;
    for (const source of positionals) {
      process.stderr.write(`${compareMessages.reading(source)}\n`);
      const { model, issues } = await load(source);
      const errors = issues.filter((i) => i.severity === "error").length;
      allErrors += errors;
      allWarnings += issues.filter((i) => i.severity === "warning").length;
      if (errors > 0) process.stderr.write(`${compareMessages.errorsLeftOut(source, errors)}\n`);
      models.push(model);
    }
    const { files, notes, model } = await writeComparison(models, {
      out: (values.out as string | undefined) ?? "out",
      force: values.force === true,
      formats,
      locales,
      theme,
      pageSize: ps === "letter" ? "Letter" : "A4",
    });
    for (const n of notes) process.stderr.write(`postmortem: ${n}\n`);
    for (const f of model.findings)
      if (f.code === "same_campaign") {
        const name = model.campaigns[f.campaign]?.name ?? `#${f.campaign + 1}`;
        process.stderr.write(`postmortem: ${compareMessages.sameCampaign(name, f.times)}\n`);
      }
    for (const f of files) process.stdout.write(`${compareMessages.wrote([f])}\n`);
    process.stdout.write(`${compareMessages.findings(allErrors, allWarnings)}\n`);
    return 0;
  },
};

export default compare;
