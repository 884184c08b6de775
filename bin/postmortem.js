#!/usr/bin/env node
// The `postmortem` command: runs the compiled CLI, dist/cli.js (`npm run build`; `npm ci` and
// `npm pack` build it). `npm run dev` runs the TypeScript sources instead, under tsx.
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1+ keeps V8's compiled code of our modules between runs (Node 20 has no such cache;
// the biggest packages have one of their own there, generator/code-cache.ts).
module.enableCompileCache?.();

const fromSources = process.env.POSTMORTEM_SOURCES === "1";
// In a checkout (the build script is beside us), sources edited since the last build are rebuilt
// first, so this never runs stale code. An installed package has no build script and no sources.
const builder = new URL("../scripts/build-cli.js", import.meta.url);
if (!fromSources && existsSync(builder)) {
  const { buildCli, isStale } = await import(builder.href);
  if (isStale()) {
    try {
      await buildCli({ clean: false });
    } catch (e) {
      process.stderr.write(
        `postmortem: the sources changed but dist/ could not be rebuilt (${e.message}).\n`,
      );
      process.exit(3);
    }
  }
}
const entry = new URL(fromSources ? "../generator/cli.ts" : "../dist/cli.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("postmortem: dist/cli.js is missing; run `npm run build` in the package folder.\n");
  process.exit(3);
}
if (process.env.DEBUG === "1") process.setSourceMapsEnabled(true);
// `postmortem kpis | head`: the reader left; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
const { main, stopOnSignals } = await import(entry.href);
// Ctrl-C, SIGTERM, SIGHUP: exit 130/143/129 with one sentence, no temp file or browser left.
stopOnSignals();
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Done: exit now even if a dead browser left protocol timers behind (they can hold
// the process for 30 s and more). Unref'd, so a clean run still exits at once, and
// the second lets piped output drain first.
setTimeout(() => process.exit(code), 1000).unref();
