// Regenerates the README's column and KPI references from the core's schema and
// registry (`npm run docs`); test/docs.test.ts fails when the README drifts.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GOAL_EXTRAS, RATIOS, TAB_LIST, TOTALS } from "../core/index.ts";

const README = fileURLToPath(new URL("../README.md", import.meta.url));

const cell = (s: string) => s.replace(/\|/g, "\\|");

export function columnReference(): string {
  const out: string[] = [];
  for (const tab of TAB_LIST) {
    out.push(`#### ${tab.name}${tab.required ? "" : " (optional)"}`, "", tab.description, "");
    out.push("| column | key | type | required | what it holds |", "|---|---|---|---|---|");
    for (const c of tab.columns) {
      const type =
        c.kind === "enum" ? `one of ${(c.values ?? []).map((v) => `\`${v}\``).join(", ")}` : c.kind;
      out.push(
        `| ${c.header} | \`${c.key}\` | ${cell(type)} | ${c.required ? "yes" : ""} | ${cell(c.description)} |`,
      );
    }
    out.push("");
  }
  return out.join("\n").trimEnd();
}

export function kpiReference(): string {
  const ratioKeys = new Set(RATIOS.map((r) => r.key));
  const rows = [...TOTALS, ...GOAL_EXTRAS].map(
    (k) =>
      `| \`${k.key}\` | ${cell(k.label)} | ${k.unit} | ${cell(k.description)} | ${k.lowerIsBetter ? "lower" : "higher"}${ratioKeys.has(k.key) ? " (ratio)" : ""} |`,
  );
  return ["| key | label | unit | definition | better |", "|---|---|---|---|---|", ...rows].join("\n");
}

export function render(readme: string): string {
  const put = (text: string, name: string, body: string) => {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    return text.replace(re, `$1\n${body}\n$2`);
  };
  return put(put(readme, "columns", columnReference()), "kpis", kpiReference());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const before = readFileSync(README, "utf8");
  const after = render(before);
  if (after !== before) writeFileSync(README, after);
  console.log(after === before ? "README.md is up to date." : "README.md references regenerated.");
}
