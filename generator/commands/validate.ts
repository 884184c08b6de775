import type { Command } from "./command.ts";
import { load } from "../pipeline.ts";
import { countLine, issueLine } from "../terminal.ts";

const validate: Command = {
  name: "validate",
  summary: "check the workbook against the template; exit 1 when there are errors",
  usage: `Usage: postmortem validate [SOURCE] [--json]

Lists every error and warning with its cell, one per line:
  Creators!D7: error: Followers must be a number; found "twelve thousand". [not-a-number]
Exits 1 when there is at least one error, 0 otherwise.

Options:
  --json    print {"ok": boolean, "issues": [...]}
  -h, --help`,
  options: { json: { type: "boolean" } },
  async run({ values, positionals }) {
    const { issues, source } = await load(positionals[0]);
    const ok = !issues.some((i) => i.severity === "error");
    if (values.json) process.stdout.write(`${JSON.stringify({ ok, issues }, null, 2)}\n`);
    else {
      for (const i of issues) process.stdout.write(`${issueLine(i)}\n`);
      process.stdout.write(`${source.label}: ${countLine(issues)}${ok ? " — ready for the report." : "."}\n`);
    }
    return ok ? 0 : 1;
  },
};

export default validate;
