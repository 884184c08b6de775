import type { Command } from "./command.ts";
import { load } from "../pipeline.ts";
import { countLine, kpiSummary } from "../terminal.ts";

const kpis: Command = {
  name: "kpis",
  summary: "compute every KPI of the campaign (docs/kpis.md); --json for the full model",
  usage: `Usage: postmortem kpis [SOURCE] [--json]

Computes the KPI model: totals, creators, posts, groups, products, daily trend,
lift, goals and team. Rows with errors are left out; the rest is computed.

Options:
  --json    print the whole model as JSON (the stable shape of docs/json.md)
  -h, --help`,
  options: { json: { type: "boolean" } },
  async run({ values, positionals }) {
    const { model, issues } = await load(positionals[0]);
    if (values.json) process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
    else {
      process.stdout.write(`${kpiSummary(model)}\n`);
      if (issues.length > 0)
        process.stdout.write(`\n${countLine(issues)} — run \`postmortem validate\` to list them.\n`);
    }
    return 0;
  },
};

export default kpis;
