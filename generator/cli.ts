// The `postmortem` command: dispatch to one file per command (generator/commands).
import { parseArgs } from "node:util";
import type { Command } from "./commands/command.ts";
import compare from "./commands/compare.ts";
import importCommand from "./commands/import.ts";
import kpis from "./commands/kpis.ts";
import login from "./commands/login.ts";
import logout from "./commands/logout.ts";
import report from "./commands/report.ts";
import template from "./commands/template.ts";
import validate from "./commands/validate.ts";
import { ExitError, UsageError } from "./errors.ts";

export { stopOnSignals } from "./interrupt.ts";

export const COMMANDS: Command[] = [report, compare, kpis, validate, template, importCommand, login, logout];

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return [
    "postmortem — an honest post-mortem for an influencer-marketing campaign",
    "",
    "Usage: postmortem <command> [SOURCE] [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "SOURCE: an .xlsx/.ods workbook, a folder of per-tab .csv files, or a Google Sheets URL;",
    "omitted, the bundled sample campaign.",
    "Run `postmortem <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      process.stdout.write(`${help()}\n`);
      return name === undefined ? 2 : 0;
    }
    if (name === "--version" || name === "-v") {
      const pkg = (await import("../package.json", { with: { type: "json" } })).default as {
        version: string;
      };
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd)
      throw new UsageError(`Unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(", ")}.`);
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(`${cmd.usage}\n`);
      return 0;
    }
    let parsed: { values: Record<string, unknown>; positionals: string[] };
    try {
      parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(
        `${(e as Error).message.replace(/\. To specify.*$/s, "")}. See \`postmortem ${cmd.name} --help\`.`,
      );
    }
    return await cmd.run(parsed);
  } catch (e) {
    if (e instanceof ExitError) {
      process.stderr.write(`postmortem: ${e.message}\n`);
      return e.exitCode;
    }
    if (process.env.DEBUG === "1") process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.stderr.write(
      `postmortem: something went wrong that should not have: ${(e as Error).message ?? e}. Run again with DEBUG=1 for details and please report it.\n`,
    );
    return 3;
  }
}
