import type { ParseArgsConfig } from "node:util";

/** One `postmortem <name>` command: its help and what it runs. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Resolves to the exit code. */
  run(args: { values: Record<string, unknown>; positionals: string[] }): Promise<number>;
}
