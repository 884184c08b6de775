#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a checkout needs no build step.
import { register } from "tsx/esm/api";

register();
// `postmortem kpis | head`: the reader left; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
const { main } = await import("../generator/cli.ts");
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Done: exit now even if a dead browser left protocol timers behind (they can hold
// the process for 30 s and more). Unref'd, so a clean run still exits at once, and
// the second lets piped output drain first.
setTimeout(() => process.exit(code), 1000).unref();
