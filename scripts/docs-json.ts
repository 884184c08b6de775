// docs/json.md: the shape of every JSON document the CLI writes, read from what it writes
// for the bundled sample campaigns, so the page lists exactly the keys a user gets.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "bin", "postmortem.js");

interface Shape {
  types: Set<string>;
  /** Object fields and how many of the objects seen had each. */
  fields: Map<string, { shape: Shape; seen: number }>;
  objects: number;
  items: Shape | null;
}

const empty = (): Shape => ({ types: new Set(), fields: new Map(), objects: 0, items: null });

function learn(shape: Shape, v: unknown): void {
  if (Array.isArray(v)) {
    shape.types.add("array");
    shape.items ??= empty();
    for (const item of v) learn(shape.items, item);
  } else if (v !== null && typeof v === "object") {
    shape.types.add("object");
    shape.objects++;
    for (const [k, child] of Object.entries(v)) {
      const field = shape.fields.get(k) ?? { shape: empty(), seen: 0 };
      field.seen++;
      learn(field.shape, child);
      shape.fields.set(k, field);
    }
  } else shape.types.add(v === null ? "null" : typeof v);
}

function typeText(shape: Shape): string {
  const parts = [...shape.types].map((t) =>
    t === "array" && shape.items ? `array of ${typeText(shape.items) || "values"}` : t,
  );
  return parts.sort((a, b) => Number(a === "null") - Number(b === "null")).join(" | ");
}

function lines(shape: Shape, depth: number, out: string[]): void {
  const obj = shape.items && shape.items.fields.size > 0 ? shape.items : shape;
  for (const [key, { shape: child, seen }] of obj.fields) {
    const optional = seen < obj.objects ? " (not always present)" : "";
    out.push(`${"  ".repeat(depth)}- \`${key}\`: ${typeText(child)}${optional}`);
    lines(child, depth + 1, out);
  }
}

function describe(title: string, intro: string, value: unknown): string[] {
  const shape = empty();
  learn(shape, value);
  const out = [`## ${title}`, "", intro, "", `Top level: ${typeText(shape)}.`, ""];
  lines(shape, 0, out);
  out.push("");
  return out;
}

const cli = (args: string[]) =>
  execFileSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });

function written(args: string[], pick: (files: string[]) => string): unknown {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-docs-"));
  try {
    cli([...args, "--format", "json", "--out", dir, "--force"]);
    return JSON.parse(readFileSync(join(dir, pick(readdirSync(dir))), "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the report's `conclusions` mean: the records its verdict and recommendations are rendered from. */
const CONCLUSIONS = [
  "### `conclusions`",
  "",
  "The verdict and the recommendations as language-neutral records; every language of the report renders",
  "its sentences from these, and every number a sentence shows is one of its finding's `figures`.",
  "",
  "- `version`: the shape's version (1).",
  "- `verdict`, `recommendations`: arrays of findings, in the report's order. A finding has",
  "  - `code`: what it says (`goals_some`, `result_sales_profit`, `levers` (`levers_paid` when even the",
  "    weakest lever made money), `what_if_short`, `what_if_cost`, `change`;",
  "    `cut_lever`, `keep_lever`, `shift_tier`, `zero_check`, `zero_explained`, `zero_paid`,",
  "    `zero_gifted`, `never_posted`, `rehire` (`rehire_paid` when the campaign lost money), `track_creators`, `unattributed`, `post_gaps`, `tail`, …);",
  "  - `severity`: `positive`, `neutral` or `negative`;",
  "  - `figures`: `{ key, value, unit, basis? }`, `unit` one of `count`, `money`, `rate`, `change`,",
  "    `multiple`; `basis` is `creator` (creator cost: fee + product + shipping + commission) or `total`",
  "    (fully loaded: creator cost + other costs + team time) for a figure that depends on cost;",
  "  - optional `creators` (handles), `held_back` (handles a cut leaves to the recommendation that asks",
  "    for a check first: a creator who sold nothing is never advised against unseen), `lever` and `other`",
  "    (`{ dimension, key }` of a tier, platform or",
  "    deal type), `kpi`, `cites` (`{ tab, row }`: the Retrospective or Journal row the finding rests on),",
  "    `relation` (`supports`, `narrows` or `contradicts`: what the data says about the cited Stop /",
  "    Start / Continue / Change item, with the figures `held` and `of`: the group's creators who went",
  "    its way, of those judged; a creator who cost money and got none of a measured result, such as",
  "    no orders, did not pay off, and one without a cost or without the result measured is not judged)",
  "    and `see` (the verdict's `change`: the recommendation it repeats).",
  "- `levers`: `best` and `worst`, each `{ dimension, key, metric, value, basis, cost_share, creators,",
  "  contribution }` or null. Only a group with at least 10 % of creator cost and 3 creators can be one;",
  "  they are ranked by contribution (revenue − creator cost, or for a cost-per metric the group's volume",
  "  at the campaign's rate minus its cost), the ratio `value` beside it.",
  "- `what_if`: `{ excluded, metric, basis, actual, without }`, `excluded` a group `{ dimension, key }` or",
  "  `{ creators: [handle] }`; `metric` is the weakest lever's (`roas` and `roas_creator`, or a cost per result",
  "  such as `cpm` on both bases); `without` is recomputed by the KPI code on the campaign without those",
  "  creators, their posts and their sales (other costs and team time stay). The verdict cites a what-if",
  "  only when it would have improved the fully loaded figure.",
  "",
];

/** What an issue's `args` hold: the values its message names, for saying it in another language. */
const ISSUE_ARGS = [
  "### Issue `args`",
  "",
  "Every issue keeps its English `message` and carries `args`, the values that sentence names, so a",
  "program can say the finding in its own language by `code` (the report does, in all five):",
  "",
  "- `column`, `header`, `field`, `tab`: the template's names (`Followers`, `Creators`); `cell`: an",
  "  A1 reference (`Creators!F1`); `found`, `value`, `formula`, `handle`, `code`, `sku`, `owner`: the",
  "  cell's text as found; `suggestion`: the column or field it probably meant.",
  "- `date`, `start`, `end`: dates as `YYYY-MM-DD`; `row`, `count`, `max`: numbers; `rows`,",
  "  `headers`, `names`, `values`, `readings`, `currencies`: lists (`rows` of `hidden-rows`, `struck-rows`",
  "  and `format-currency` in runs",
  '  such as `"12–40"`, of the others as numbers).',
  "- `form`: which of the code's sentences it is, when a code has more than one (`unknown-column`:",
  "  `plain` or `suggestion`; `required`: `blank` or `placeholder`; `far-year`: `date` or `end-date`…).",
  "- `kept`: set when a column the KPIs do not need could not be read: the row is kept without that",
  "  column's value.",
  "",
];

export function jsonDoc(): string {
  const kpis = JSON.parse(cli(["kpis", "--json"]));
  const validate = JSON.parse(cli(["validate", "--json"]));
  const report = written(["report"], (files) => files.find((f) => f.endsWith(".json")) ?? "");
  const compare = written(
    [
      "compare",
      "templates/sample-earlier/spring-2025",
      "templates/sample-earlier/autumn-2025",
      "templates/sample",
    ],
    () => "compare.json",
  );
  return [
    "<!-- Generated by `npm run docs` from what the CLI writes for the bundled samples; edit the code, not this file. -->",
    "# JSON output",
    "",
    "The keys of every JSON document the command line writes, as it writes them for the",
    "bundled sample campaign (`templates/sample/`, with the two earlier seasons for the",
    "comparison). Numbers are unrounded, rates are fractions, dates are `YYYY-MM-DD`, and a",
    "figure that could not be computed is `null`. The KPI keys are defined in",
    "[kpis.md](kpis.md).",
    "",
    ...describe("`postmortem kpis --json`", "The whole KPI model of one campaign.", kpis),
    ...describe(
      "`postmortem validate --json`",
      "`ok` is false when a finding is an error; each issue names its tab and, when it has one, its cell.",
      validate,
    ),
    ...ISSUE_ARGS,
    ...describe(
      "`postmortem report --format json`",
      "Written next to the HTML and PDF as `<campaign>.json`: the KPI model above plus `conclusions`.",
      report,
    ),
    ...CONCLUSIONS,
    ...describe("`postmortem compare --format json`", "Written as `compare.json`.", compare),
  ].join("\n");
}
